import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { replyDrafts } from './texts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('Review,Rating\r\n"dirty, noisy ""quiet"" room\nnever again",1\nfine,4\n');
    expect(rows).toEqual([
      ['Review', 'Rating'],
      ['dirty, noisy "quiet" room\nnever again', '1'],
      ['fine', '4'],
    ]);
  });
});

describe('replyDrafts', () => {
  it('gives distinct drafts of exactly the asked length, the same on every run', () => {
    const drafts = replyDrafts(1000, 20);
    expect(drafts.every((draft) => draft.length === 1000)).toBe(true);
    expect(new Set(drafts).size).toBe(20);
    expect(replyDrafts(1000, 20)).toEqual(drafts);
  });
});
