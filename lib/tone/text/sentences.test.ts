import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences';

describe('sentenceSpans', () => {
  it('splits on sentence ends and line breaks, trimming spaces', () => {
    const text = 'Thank you!  Why did you go?\nSee you. 3.5 stars';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Thank you!', 'Why did you go?', 'See you.', '3.5 stars']);
  });

  it('returns nothing for blank text', () => {
    expect(sentenceSpans('  \n ')).toEqual([]);
  });
});
