import { storage } from 'wxt/utils/storage';

/** Origins (e.g. "https://shop.example") where the user turned on the schema.org review reader. */
export const genericSitesItem = storage.defineItem<string[]>('local:genericSites', { fallback: [], version: 1 });
