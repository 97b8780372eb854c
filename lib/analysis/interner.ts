/**
 * Lower-cased ASCII words, each kept once in a numbered slot and handed out again when the same
 * word comes back: a comment repeats the words of the comments before it, and a known word then
 * costs no new string and no hash-map look-up — whatever the engine has worked out about it is
 * kept in the slot (`slotValue`). Open addressing on a hash the tokenizer computes while it reads
 * the word. Bounded: it starts afresh (values included) when half full, and only between texts
 * (`startText`), so the slots of one text's tokens stay valid while that text is analysed.
 */
const SIZE = 1 << 16;
const MASK = SIZE - 1;
/** More than half full at the start of a text: start afresh. A text adds at most 10,000 words (20,000 characters). */
const MAX_WORDS = SIZE / 2;

const words: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);
const values: unknown[] = new Array<unknown>(SIZE).fill(undefined);
const hashes = new Int32Array(SIZE);
let count = 0;

/** Step of the hash of a word being read: `h` so far, `lower` the next character code, lower-cased. */
export function hashStep(h: number, lower: number): number {
  return (Math.imul(h, 31) + lower) | 0;
}

/** Called before reading a text: the only moment the table may be emptied. */
export function startText(): void {
  if (count < MAX_WORDS) return;
  words.fill(undefined);
  values.fill(undefined);
  hashes.fill(0);
  count = 0;
}

/**
 * The slot of `text.slice(start, end).toLowerCase()`, an ASCII range whose `hashStep` hash is
 * `hash`; `hasUpper` says whether the range has capitals.
 */
export function internLowerAscii(text: string, start: number, end: number, hash: number, hasUpper: boolean): number {
  // Hash 0 marks a free slot, so that a probe reads the small hash array first and a word only on a hash match.
  const h = hash === 0 ? 1 : hash;
  let slot = h & MASK;
  let lower: string | undefined;
  for (let stored = hashes[slot]!; stored !== 0; stored = hashes[slot]!) {
    if (stored === h) {
      const word = words[slot]!;
      // A short-lived slice compared natively is cheaper than comparing character by character.
      if (word.length === end - start && word === (lower ??= hasUpper ? text.slice(start, end).toLowerCase() : text.slice(start, end))) return slot;
    }
    slot = (slot + 1) & MASK;
  }
  words[slot] = lower ?? text.slice(start, end).toLowerCase();
  hashes[slot] = h;
  count++;
  return slot;
}

/** The word in a slot. */
export function slotWord(slot: number): string {
  return words[slot]!;
}

/** What a user of the interner has kept about the word in a slot (undefined at first). */
export function slotValue(slot: number): unknown {
  return values[slot];
}

export function setSlotValue(slot: number, value: unknown): void {
  values[slot] = value;
}
