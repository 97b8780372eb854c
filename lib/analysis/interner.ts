/**
 * Folded words, each kept once in a numbered slot and handed out again when the same word comes
 * back: a comment repeats the words of the comments before it, and a known word then costs no new
 * string and no hash-map look-up — whatever the engine has worked out about it is kept in the slot
 * (`slotValue`). Open addressing on a hash the tokenizer computes while it reads (and folds) the
 * word. Bounded: it starts afresh (values included) when half full, and only between texts
 * (`startText`), so the slots of one text's tokens stay valid while that text is analysed.
 */
const SIZE = 1 << 17;
const MASK = SIZE - 1;
/** More than half full at the start of a text: start afresh. A text adds at most 10,000 words (20,000 characters); 65,536 words cover the vocabulary of tens of thousands of reviews. */
const MAX_WORDS = SIZE / 2;

const words: string[] = new Array<string>(SIZE).fill('');
const values: unknown[] = new Array<unknown>(SIZE).fill(undefined);
const hashes = new Int32Array(SIZE);
let count = 0;

/** Step of the hash of a word being read: `h` so far, `code` the next folded character code. */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) & 0x3fffffff;
}

/** Called before reading a text: the only moment the table may be emptied. */
export function startText(): void {
  if (count < MAX_WORDS) return;
  words.fill('');
  values.fill(undefined);
  hashes.fill(0);
  count = 0;
}

/** Hash 0 marks a free slot, so that a probe reads the small hash array first and a word only on a hash match. */
function nonZero(hash: number): number {
  return hash === 0 ? 1 : hash;
}

function sameCodes(word: string, codes: Uint16Array, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== codes[k]) return false;
  return true;
}

/** The slot of the folded word `codes[0..length)`, whose `hashStep` hash is `hash`. */
export function internCodes(codes: Uint16Array, length: number, hash: number): number {
  const h = nonZero(hash);
  let slot = h & MASK;
  for (let stored = hashes[slot]!; stored !== 0; stored = hashes[slot]!) {
    if (stored === h && sameCodes(words[slot]!, codes, length)) return slot;
    slot = (slot + 1) & MASK;
  }
  words[slot] = String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  hashes[slot] = h;
  count++;
  return slot;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The slot of `text.slice(start, end)`, a word written folded already (lower-case ASCII), whose hash is `hash`. */
export function internLowerAscii(text: string, start: number, end: number, hash: number): number {
  const h = nonZero(hash);
  let slot = h & MASK;
  for (let stored = hashes[slot]!; stored !== 0; stored = hashes[slot]!) {
    if (stored === h && sameText(words[slot]!, text, start, end)) return slot;
    slot = (slot + 1) & MASK;
  }
  words[slot] = text.slice(start, end);
  hashes[slot] = h;
  count++;
  return slot;
}

/** The slot of a word given as a string (words folded as a whole, emoji, emoticons). */
export function internString(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  const h = nonZero(hash);
  let slot = h & MASK;
  for (let stored = hashes[slot]!; stored !== 0; stored = hashes[slot]!) {
    if (stored === h && words[slot] === word) return slot;
    slot = (slot + 1) & MASK;
  }
  words[slot] = word;
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
