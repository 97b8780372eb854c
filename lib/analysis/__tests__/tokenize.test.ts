import { describe, expect, it } from 'vitest';
import { deElongate, EMOJI, EMOTICON, PUNCT, SHOUTED, tokenize, WORD } from '../tokenize';

const KIND_NAMES = { [WORD]: 'word', [EMOJI]: 'emoji', [EMOTICON]: 'emoticon', [PUNCT]: 'punct' };

/** The tokens of a text as plain objects (the tokenizer's arrays are reused by the next call). */
function tokenList(text: string): { kind: string; start: number; end: number; raw: string; folded: string; shouted: boolean; elongated: boolean }[] {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.count }, (_, i) => ({
    kind: KIND_NAMES[tokens.kind[i] as 0 | 1 | 2 | 3],
    start: tokens.start[i]!,
    end: tokens.end[i]!,
    raw: tokens.raw(i),
    folded: tokens.folded(i),
    shouted: (tokens.flags[i]! & SHOUTED) !== 0,
    elongated: tokens.kind[i] === WORD && tokens.elongated(i),
  }));
}

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Café  sucio!! 😡 :( didn’t';
    for (const t of tokenList(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('separates words, punctuation, emoji and emoticons', () => {
    const kinds = tokenList('Great stay :) 👍🏽, thanks!').map((t) => [t.kind, t.raw]);
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
    const [a, b, c, d] = tokenList("PÉSIMO didn't sooo Ok");
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
