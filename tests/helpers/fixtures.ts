import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteId } from '../../lib/sites/site-ids';

/** Path of a committed site fixture: lib/sites/<site>/fixtures/<name>. */
export function fixturePath(site: SiteId, name: string): string {
  return join(process.cwd(), 'lib', 'sites', site, 'fixtures', name);
}

export function readFixture(site: SiteId, name: string): string {
  return readFileSync(fixturePath(site, name), 'utf8');
}

/** Parses a fixture into a Document (needs a DOM environment such as happy-dom). */
export function loadFixtureDocument(site: SiteId, name: string): Document {
  return new DOMParser().parseFromString(readFixture(site, name), 'text/html');
}
