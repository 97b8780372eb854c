import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTone } from './check';
import { DEFAULT_TONE_SETTINGS } from './settings';
import { toneRules } from './rules/index';
import type { RuleExample } from './types';

function run(example: RuleExample) {
  return checkTone(example.text, {
    lang: example.lang,
    site: example.site,
    context: example.context,
    settings: { ...DEFAULT_TONE_SETTINGS, ...example.settings },
  });
}

describe('every rule', () => {
  it('has a unique stable id and messages in en, es and id', () => {
    const ids = toneRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of toneRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const lang of ['en', 'es', 'id'] as const) expect(rule.messages[lang].length).toBeGreaterThan(20);
    }
  });

  it('is listed in the README', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    expect(toneRules.map((r) => r.id).filter((id) => !readme.includes(`| \`${id}\` |`))).toEqual([]);
  });

  it('carries valid and invalid examples in all three languages', () => {
    for (const rule of toneRules) {
      for (const kind of ['valid', 'invalid'] as const) {
        const langs = new Set(rule.examples[kind].map((e) => e.lang));
        expect([rule.id, kind, [...langs].sort()]).toEqual([rule.id, kind, ['en', 'es', 'id']]);
      }
    }
  });
});

for (const rule of toneRules) {
  describe(`rule ${rule.id}`, () => {
    for (const example of rule.examples.valid) {
      it(`finds nothing at all in: ${example.text.slice(0, 70)}`, () => {
        expect(run(example).findings.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
      });
    }
    for (const example of rule.examples.invalid) {
      it(`flags: ${example.text.slice(0, 70)}`, () => {
        const own = run(example).findings.filter((f) => f.ruleId === rule.id);
        expect(own.length).toBeGreaterThan(0);
        if (example.expect !== undefined) expect(own.map((f) => f.text)).toContain(example.expect);
        for (const f of own) {
          expect(f.category).toBe(rule.category);
          expect(example.text.slice(f.range.start, f.range.end)).toBe(f.text);
        }
      });
    }
  });
}
