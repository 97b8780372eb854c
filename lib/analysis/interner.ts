/**
 * Folded words, each kept once in a numbered slot and handed out again when the same word comes
 * back: a comment repeats the words of the comments before it, and a known word then costs no new
 * string and no hash-map look-up — whatever the engine has worked out about it is kept with the
 * slot (`slotValue`, `slotFlags`). Open addressing on a hash the tokenizer computes while it reads
 * (and folds) the word. Bounded: it starts afresh (values included) when half full, and only
 * between texts (`startText`), so the slots of one text's tokens stay valid while that text is
 * analysed.
 *
 * Laid out for the memory cache, since every word of every comment is looked up: what the passes
 * over a known word read (its hash, key, flags and where its values are) sits in one row of a
 * typed array, so the look-up brings it all in at once; the values of the words are kept densely
 * in the order the words were first described, so those of the common words share few cache lines.
 */
const SIZE = 1 << 17;
const MASK = SIZE - 1;
/** More than half full at the start of a text: start afresh. 65,536 words cover the vocabulary of tens of thousands of reviews. */
const MAX_WORDS = SIZE / 2;
/** The most words one text can add (20,000 characters analysed). */
const MAX_WORDS_PER_TEXT = 10_000;

/**
 * A slot's row in `rows`: its word's hash (0: free), the head and tail of its key (see
 * `LETTERS_KEYED`), its flags, and 1 + where its values start in `values` (0: none yet). All
 * small integers: a number over 31 bits would be boxed wherever it crosses a call.
 */
const ROW = 5;
const HASH = 0;
const KEY_HEAD = 1;
const KEY_TAIL = 2;
const FLAGS = 3;
const VALUES = 4;
const rows = new Int32Array(SIZE * ROW);
/** The word of each slot, read only to compare a word that has no key, or when a user asks for it. */
const words: string[] = new Array<string>(SIZE).fill('');
/** Values a user may keep per word (the engine keeps what the word is in each of its languages). */
const VALUES_PER_WORD = 3;
const values: unknown[] = new Array<unknown>((MAX_WORDS + MAX_WORDS_PER_TEXT) * VALUES_PER_WORD).fill(undefined);
let count = 0;
let valuesUsed = 0;

/**
 * Words of at most this many letters a–z (most words of most comments) have a key: their letters
 * in base 32, the first KEY_HEAD_LETTERS (the head) and the rest (the tail) each an integer of at
 * most 30 bits. Two such words are the same word exactly when their keys are, so they are
 * recognised by comparing numbers, without reading the word itself.
 */
export const LETTERS_KEYED = 10;
export const KEY_HEAD_LETTERS = 6;
/** The head of the key of a word that has none. */
export const NO_KEY = -1;

/** Step of a key's head or tail: `part` so far, `code` the next letter (a–z). */
export function keyStep(part: number, code: number): number {
  return part * 32 + (code - 96);
}


/** Step of the hash of a word being read: `h` so far, `code` the next folded character code. */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) & 0x3fffffff;
}

/** Called before reading a text: the only moment the table may be emptied. */
export function startText(): void {
  if (count < MAX_WORDS) return;
  rows.fill(0);
  words.fill('');
  values.fill(undefined);
  count = 0;
  valuesUsed = 0;
}

/** Hash 0 marks a free slot, so that a probe reads the hash first and a word only on a hash match. */
function nonZero(hash: number): number {
  return hash === 0 ? 1 : hash;
}

/** Takes the free slot `slot` for `word`. */
function claim(slot: number, h: number, keyHead: number, keyTail: number, word: string): number {
  rows[slot * ROW + HASH] = h;
  rows[slot * ROW + KEY_HEAD] = keyHead;
  rows[slot * ROW + KEY_TAIL] = keyTail;
  words[slot] = word;
  count++;
  return slot;
}

/** Whether the slot holds the keyed word whose key is `keyHead`, `keyTail` (its hash matched). */
function sameKey(slot: number, keyHead: number, keyTail: number): boolean {
  return rows[slot * ROW + KEY_HEAD] === keyHead && rows[slot * ROW + KEY_TAIL] === keyTail;
}

function sameCodes(word: string, codes: Uint16Array, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== codes[k]) return false;
  return true;
}

/** The head of the key of the folded word `codes[0..length)` (NO_KEY when it has none). */
function keyHeadOf(codes: Uint16Array, length: number): number {
  if (length > LETTERS_KEYED) return NO_KEY;
  let head = 0;
  for (let k = 0; k < length; k++) {
    const code = codes[k]!;
    if (code < 97 || code > 122) return NO_KEY;
    if (k < KEY_HEAD_LETTERS) head = keyStep(head, code);
  }
  return head;
}

/** The tail of the key of a keyed word `codes[0..length)`. */
function keyTailOf(codes: Uint16Array, length: number): number {
  let tail = 0;
  for (let k = KEY_HEAD_LETTERS; k < length; k++) tail = keyStep(tail, codes[k]!);
  return tail;
}

/** The slot of the folded word `codes[0..length)`, whose `hashStep` hash is `hash`. */
export function internCodes(codes: Uint16Array, length: number, hash: number): number {
  const h = nonZero(hash);
  const keyHead = keyHeadOf(codes, length);
  const keyTail = keyHead === NO_KEY ? 0 : keyTailOf(codes, length);
  let slot = h & MASK;
  for (let stored = rows[slot * ROW]!; stored !== 0; stored = rows[slot * ROW]!) {
    if (stored === h && (keyHead === NO_KEY ? sameCodes(words[slot]!, codes, length) : sameKey(slot, keyHead, keyTail))) return slot;
    slot = (slot + 1) & MASK;
  }
  return claim(slot, h, keyHead, keyTail, String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]));
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The slot of `text.slice(start, end)`, a word of lower-case letters a–z, whose hash is `hash`
 * and key `keyHead`, `keyTail` (all read on the way by the caller; head NO_KEY when the word is too long for a key).
 */
export function internLowerAscii(text: string, start: number, end: number, hash: number, keyHead: number, keyTail: number): number {
  const h = nonZero(hash);
  let slot = h & MASK;
  for (let stored = rows[slot * ROW]!; stored !== 0; stored = rows[slot * ROW]!) {
    if (stored === h && (keyHead === NO_KEY ? sameText(words[slot]!, text, start, end) : sameKey(slot, keyHead, keyTail))) return slot;
    slot = (slot + 1) & MASK;
  }
  return claim(slot, h, keyHead, keyTail, text.slice(start, end));
}

/**
 * The slot of a word of Latin-1 letters, each folded to one letter a–z through `foldTable`
 * ("Habitación" → habitacion), read in place: -1 when the word is not in the table yet (the caller
 * then interns it from its folded codes, which gives the same hash and key). Same probe as `internCodes`.
 */
export function findFoldedLatin1(text: string, start: number, end: number, hash: number, keyHead: number, keyTail: number, foldTable: Uint8Array): number {
  const h = nonZero(hash);
  let slot = h & MASK;
  for (let stored = rows[slot * ROW]!; stored !== 0; stored = rows[slot * ROW]!) {
    if (stored === h && (keyHead === NO_KEY ? sameFoldedText(words[slot]!, text, start, end, foldTable) : sameKey(slot, keyHead, keyTail))) return slot;
    slot = (slot + 1) & MASK;
  }
  return -1;
}

function sameFoldedText(word: string, text: string, start: number, end: number, foldTable: Uint8Array): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== foldTable[text.charCodeAt(start + k)]) return false;
  return true;
}

/** The slot of a word given as a string (words folded as a whole, emoji, emoticons). */
export function internString(word: string): number {
  let hash = 0;
  let keyHead = word.length <= LETTERS_KEYED ? 0 : NO_KEY;
  let keyTail = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    hash = hashStep(hash, code);
    if (keyHead === NO_KEY) continue;
    if (code < 97 || code > 122) keyHead = NO_KEY;
    else if (k < KEY_HEAD_LETTERS) keyHead = keyStep(keyHead, code);
    else keyTail = keyStep(keyTail, code);
  }
  if (keyHead === NO_KEY) keyTail = 0;
  const h = nonZero(hash);
  let slot = h & MASK;
  for (let stored = rows[slot * ROW]!; stored !== 0; stored = rows[slot * ROW]!) {
    if (stored === h && words[slot] === word) return slot;
    slot = (slot + 1) & MASK;
  }
  return claim(slot, h, keyHead, keyTail, word);
}

/** The word in a slot. */
export function slotWord(slot: number): string {
  return words[slot]!;
}

/** Value `k` (0, 1 or 2) that a user of the interner has kept about the word in a slot (undefined at first). */
export function slotValue(slot: number, k: number): unknown {
  const base = rows[slot * ROW + VALUES]!;
  return base === 0 ? undefined : values[base - 1 + k];
}

export function setSlotValue(slot: number, k: number, value: unknown): void {
  let base = rows[slot * ROW + VALUES]!;
  if (base === 0) {
    base = valuesUsed + 1;
    valuesUsed += VALUES_PER_WORD;
    rows[slot * ROW + VALUES] = base;
  }
  values[base - 1 + k] = value;
}

/** Small facts a user of the interner keeps about the word in a slot, as bits (0 at first). */
export function slotFlags(slot: number): number {
  return rows[slot * ROW + FLAGS]!;
}

export function setSlotFlags(slot: number, bits: number): void {
  rows[slot * ROW + FLAGS] = bits;
}
