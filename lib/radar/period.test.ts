import { describe, expect, it } from 'vitest';
import { betweenDays, lastDays, startOfDay } from './period';

const NOW = Date.UTC(2026, 10, 25, 1, 30); // 01:30 UTC on the 25th

describe('review periods on the user\'s calendar', () => {
  it('covers the last days with today included', () => {
    expect(lastDays(7, NOW, 0)).toEqual({ from: Date.UTC(2026, 10, 19), to: Date.UTC(2026, 10, 26) });
    // At UTC−5 it is still the evening of the 24th.
    expect(lastDays(1, NOW, -300)).toEqual({ from: Date.UTC(2026, 10, 24, 5), to: Date.UTC(2026, 10, 25, 5) });
  });

  it('takes custom dates inclusive and refuses reversed or malformed ones', () => {
    expect(betweenDays('2026-11-01', '2026-11-03', 60)).toEqual({ from: Date.UTC(2026, 9, 31, 23), to: Date.UTC(2026, 10, 3, 23) });
    expect(betweenDays('2026-11-03', '2026-11-01', 0)).toBeNull();
    expect(betweenDays('2026-02-30', '2026-03-01', 0)).toBeNull();
    expect(startOfDay('', 0)).toBeNull();
  });
});
