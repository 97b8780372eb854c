import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import { SITE_SCENARIOS } from '../../lib/sites/scenarios';

/** Every adapter is a folder with its selectors, fixtures, tests, URL examples and entrypoint. */
describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('site adapter %s', (id, adapter) => {
  const folder = join('lib', 'sites', id);

  it('has its folder with selectors, at least two HTML fixtures and tests', () => {
    expect(existsSync(join(folder, 'selectors.ts')), 'selectors.ts').toBe(true);
    const fixtures = readdirSync(join(folder, 'fixtures')).filter((file) => file.endsWith('.html'));
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(folder).some((file) => file.endsWith('.test.ts'))).toBe(true);
  });

  it('has end-to-end scenarios on its own fixtures, one with a reply to insert unless the site has no reply box', () => {
    const scenarios = SITE_SCENARIOS.filter((scenario) => scenario.site === id);
    expect(scenarios.length).toBeGreaterThan(0);
    if (adapter.noReplyBox === undefined) expect(scenarios.some((scenario) => scenario.reply)).toBe(true);
    else expect(adapter.noReplyBox.length).toBeGreaterThan(20);
    for (const scenario of scenarios) {
      expect(existsSync(join(folder, 'fixtures', scenario.fixture)), scenario.fixture).toBe(true);
      expect(adapter.matchesUrl(new URL(scenario.url)), scenario.url).toBe(true);
    }
  });

  it('has a content-script entrypoint named by its id', () => {
    expect(existsSync(join('entrypoints', `${id}.content.ts`))).toBe(true);
  });

  it('accepts its example URLs, rejects its counter-examples, and its match patterns cover them', () => {
    const { accepts, rejects } = adapter.urlExamples;
    expect(accepts.length).toBeGreaterThan(0);
    expect(rejects.length).toBeGreaterThan(0);
    const patterns = adapter.matches.map((pattern) => new MatchPattern(pattern));
    // A runtime adapter claims no pattern: it runs only where the user enabled it.
    if (adapter.registration === 'runtime') expect(adapter.matches).toEqual([]);
    for (const url of accepts) {
      expect(adapter.matchesUrl(new URL(url)), url).toBe(true);
      if (adapter.registration !== 'runtime') expect(patterns.some((pattern) => pattern.includes(url)), `a match pattern covers ${url}`).toBe(true);
    }
    for (const url of rejects) expect(adapter.matchesUrl(new URL(url)), url).toBe(false);
  });

  it('is the only adapter with match patterns that accepts its example URLs', () => {
    for (const other of SITE_ADAPTERS.filter((candidate) => candidate !== adapter && candidate.registration !== 'runtime')) {
      for (const url of adapter.urlExamples.accepts) expect(other.matchesUrl(new URL(url)), `${other.id} on ${url}`).toBe(false);
    }
  });
});

describe('the adapter registry', () => {
  it('registers every content-script entrypoint as an adapter, once', () => {
    const entrypoints = readdirSync('entrypoints')
      .filter((file) => file.endsWith('.content.ts'))
      .map((file) => file.replace('.content.ts', ''));
    expect(entrypoints.sort()).toEqual(SITE_ADAPTERS.map((adapter) => adapter.id).sort());
    expect(new Set(SITE_ADAPTERS.map((adapter) => adapter.id)).size).toBe(SITE_ADAPTERS.length);
  });
});
