/** Words in capitals, shared by the shouting rule (runs) and the emphasis hint (single words). */

/** Two or more capitalised words in a row (each at least two letters): "NOT TRUE", "READ THE SIGN". */
export const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\s,]+\p{Lu}{2,})+(?![\p{L}\p{N}])/gu;
export const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

export function capsRuns(text: string): { start: number; end: number; text: string }[] {
  const runs: { start: number; end: number; text: string }[] = [];
  CAPS_RUN.lastIndex = 0;
  for (let m = CAPS_RUN.exec(text); m !== null; m = CAPS_RUN.exec(text)) {
    runs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return runs;
}
