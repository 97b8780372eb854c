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

  it('gives one word one slot however it was written, and different words different slots (keyed or not)', () => {
    // Around the key's limits: six letters (its head), ten (the longest keyed), eleven (compared as text).
    const words = ['a', 'z', 'ab', 'ba', 'hotels', 'hotelx', 'breakfasts', 'breakfastz', 'breakfastss', 'xd', 'café', 'cafe1', "didn't"];
    const slotOf = new Map<string, number>();
    for (const written of [words.join(' '), words.map((w) => w.toUpperCase()).join(' '), words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '), ':) xD']) {
      const tokens = tokenize(written);
      for (let i = 0; i < tokens.count; i++) {
        const folded = tokens.folded(i);
        const known = slotOf.get(folded);
        if (known === undefined) slotOf.set(folded, tokens.word[i]!);
        else expect(tokens.word[i], folded).toBe(known);
      }
    }
    expect(new Set(slotOf.values()).size).toBe(slotOf.size);
  });

  it('undoes elongation to two letters, then to one', () => {
    expect(deElongate('goood')).toEqual(['good', 'god']);
    expect(deElongate('sooo')).toEqual(['soo', 'so']);
    expect(deElongate('dirty')).toEqual(['dirty']);
  });
});
