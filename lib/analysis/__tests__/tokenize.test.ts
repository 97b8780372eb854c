import { describe, expect, it } from 'vitest';
import { deElongate, tokenize } from '../tokenize';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Café  sucio!! 😡 :( didn’t';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('separates words, punctuation, emoji and emoticons', () => {
    const kinds = tokenize('Great stay :) 👍🏽, thanks!').map((t) => [t.kind, t.raw]);
    expect(kinds).toEqual([
      ['word', 'Great'],
      ['word', 'stay'],
      ['emoticon', ':)'],
      ['emoji', '👍'],
      ['punct', ','],
      ['word', 'thanks'],
      ['punct', '!'],
    ]);
  });

  it('folds case and accents, keeps apostrophes inside words, marks shouting and elongation', () => {
    const [a, b, c, d] = tokenize("PÉSIMO didn't sooo Ok");
    expect(a).toMatchObject({ folded: 'pesimo', shouted: true });
    expect(b).toMatchObject({ folded: "didn't", shouted: false });
    expect(c).toMatchObject({ folded: 'sooo', elongated: true });
    expect(d).toMatchObject({ shouted: false });
  });

  it('undoes elongation to two letters, then to one', () => {
    expect(deElongate('goood')).toEqual(['good', 'god']);
    expect(deElongate('sooo')).toEqual(['soo', 'so']);
    expect(deElongate('dirty')).toEqual(['dirty']);
  });
});
