import { expect } from 'vitest';
import type { Evidence } from '../types';

/** Every evidence range must point at exactly its text in the original comment. */
export function expectRangesInto(text: string, hits: readonly { evidence: readonly Evidence[] }[]): void {
  for (const hit of hits) {
    for (const e of hit.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

export function evidenceTexts(hits: readonly { id: string; evidence: readonly Evidence[] }[], id: string): string[] {
  return hits.find((h) => h.id === id)?.evidence.map((e) => e.text.toLowerCase()) ?? [];
}
