import { describe, expect, it } from 'vitest';
import { LANGS } from '../lang';
import { DEFAULT_BRAND_PROFILE } from '../settings/brand-profile';
import { holdingStatements } from './holding';

const brand = { ...DEFAULT_BRAND_PROFILE, name: 'Example Harbour Hotel', signature: 'Jamie R', role: 'Guest Relations Manager', contactChannel: 'our front desk' };

describe('holding statements for a spiking topic', () => {
  it.each(LANGS)('offers the %s holding-statement templates filled from the brand profile', (lang) => {
    const statements = holdingStatements(lang, 'cleanliness', brand);
    expect(statements.length).toBeGreaterThan(0);
    for (const { template, filled } of statements) {
      expect(template.lang).toBe(lang);
      expect(template.situations).toContain('holding_statement');
      expect(filled).not.toMatch(/\{\{/);
    }
    expect(statements.some(({ filled }) => filled.includes('Example Harbour Hotel'))).toBe(true);
    expect(statements.some(({ filled }) => filled.includes('our front desk'))).toBe(true);
  });

  it('leaves what happened and what the team will do as visible gaps, never invented', () => {
    const [statement] = holdingStatements('en', 'cleanliness', brand);
    expect(statement!.missing).toEqual(expect.arrayContaining(['what_happened', 'action']));
    expect(statement!.filled).toContain('cleanliness');
  });
});
