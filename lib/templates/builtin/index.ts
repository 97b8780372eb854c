/** The library that ships with Composure, in every language. */
import type { ReplyTemplate } from '../schema';
import { en } from './en';
import { es } from './es';
import { id } from './id';

export const builtinTemplates: ReplyTemplate[] = [...en, ...es, ...id];
