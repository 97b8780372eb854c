import { describe, expect, it } from 'vitest';
import { GAP_LABELS, TEMPLATE_VARIABLES, TOPIC_FALLBACKS, greetingName, valueProblem } from './variables';
import { LANGS } from '../lang';
import { TOPIC_IDS } from '../topics';

describe('greetingName', () => {
  it.each([
    ['Maria Lopez', 'Maria'],
    ['maría lópez', 'María'],
    ['DEWI', 'Dewi'],
    ['Jean-Luc P.', 'Jean-Luc'],
    ["O'Brien", "O'Brien"],
    ['  Ana   ', 'Ana'],
  ])('greets %s as %s', (raw, expected) => {
    expect(greetingName(raw)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'A Google User',
    'Anonymous',
    'Anónimo',
    'Usuario de Google',
    'Pengguna Google',
    'Traveler',
    'Hamba Allah',
    'john_doe88',
    '@maria',
    'J.',
    'x',
  ])('leaves out %s', (raw) => {
    expect(greetingName(raw)).toBeNull();
  });
});

describe('valueProblem', () => {
  it('refuses links, emails and phone numbers, which platforms remove from replies', () => {
    expect(valueProblem('contact', 'hotelmiramar.com/contact')).toBe('link');
    expect(valueProblem('contact', 'https://example.org')).toBe('link');
    expect(valueProblem('contact', 'care@miramar.es')).toBe('email');
    expect(valueProblem('contact', 'WhatsApp +62 812 3456 7890')).toBe('phone');
    expect(valueProblem('contact', 'our guest relations inbox')).toBeNull();
  });

  it('does not mistake dates and times for phone numbers', () => {
    expect(valueProblem('update_time', 'on 12.03.2026 at 18:00')).toBeNull();
    expect(valueProblem('update_time', 'hari ini sebelum pukul 18.00')).toBeNull();
  });

  it('refuses values too long for the sentence they go into', () => {
    expect(valueProblem('name', 'A'.repeat(31))).toBe('too_long');
  });
});

describe('variable data', () => {
  it('has a gap label for every variable in every language, in brackets and distinct', () => {
    for (const lang of LANGS) {
      const labels = TEMPLATE_VARIABLES.map((variable) => GAP_LABELS[lang][variable]);
      for (const label of labels) expect(label).toMatch(/^\[[^[\]]+\]$/);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('has a topic fallback for every topic in every language', () => {
    for (const lang of LANGS) {
      for (const topic of TOPIC_IDS) expect(TOPIC_FALLBACKS[lang][topic].trim().length).toBeGreaterThan(2);
    }
  });
});
