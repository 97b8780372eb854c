import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('marks the ranges and keeps the text whole', () => {
    expect(segmentText('the room was filthy', [{ start: 4, end: 8 }, { start: 13, end: 19 }])).toEqual([
      { text: 'the ', mark: null },
      { text: 'room', mark: 0 },
      { text: ' was ', mark: null },
      { text: 'filthy', mark: 1 },
    ]);
  });

  it('gives overlaps to the earlier range and cuts ranges outside the text', () => {
    expect(segmentText('abcdef', [{ start: 1, end: 4 }, { start: 3, end: 99 }])).toEqual([
      { text: 'a', mark: null },
      { text: 'bcd', mark: 0 },
      { text: 'ef', mark: 1 },
    ]);
  });

  it('always reassembles into the original text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) })), (text, ranges) => {
        expect(segmentText(text, ranges).map((segment) => segment.text).join('')).toBe(text);
      }),
    );
  });
});
