/**
 * Which words can open a match of each whole-word pattern (its first words, up to INDEXED_WORDS),
 * worked out from the pattern sources, so that a scan tries the patterns only at the word
 * starts where one of them can begin, and only the patterns that can begin there. An over-approximation: it may let a position through that then
 * fails, never hold back one that matches. It reads the subset of regular-expression syntax the
 * urgency rules use (literals, `(?:a|b)`, `[abc]`, `?`, `*`, `+`, `\p{L}`, `\d`, escaped
 * punctuation) and answers undefined for anything else, which makes the caller scan plainly.
 *
 * "Word" means what the whole-word boundary of the patterns means: a run of letters and digits
 * (`[\p{L}\p{N}]`); an apostrophe or a hyphen ends it. The index reads text folded (lower case, no
 * accents) as `foldKeepingOffsets` folds it, folding each character itself: it can be given the
 * original text.
 */
import { sameLengthFoldOf } from './fold';

/** Trie symbols: a–z, 0–9, then the space. Any other letter (another script, ß...) has no edge: only stems reach it. */
const ALPHABET = 37;
const SPACE = 36;
/**
 * Words of an opening indexed: with three, "en el" no longer lets through every "en el hotel" for
 * "en el hospital" (common words open several patterns). More would be indexed as a stem.
 */
const INDEXED_WORDS = 3;
/** An opening longer than this is indexed by its beginning, as a stem. */
const MAX_INDEXED_LENGTH = 24;
/** A character class with more members than this ends the opening (as a stem). */
const MAX_CLASS_BRANCHES = 4;

function symbolOf(unit: number): number {
  if (unit >= 97 && unit <= 122) return unit - 97;
  if (unit >= 48 && unit <= 57) return unit - 22;
  return unit === 32 ? SPACE : -1;
}

/** Pattern pieces, as far as first words need them: a set of characters, or a group of alternatives. */
type Atom = { kind: 'chars'; units: readonly Unit[] } | { kind: 'group'; alternatives: Node[][] };
/** A character of a pattern: its trie symbol, 'letter' for any letter (\p{L}), or 'other' (ends the indexed opening). */
type Unit = number | 'letter' | 'other';
interface Node {
  atom: Atom;
  min: number;
  max: number;
}

class Unsupported extends Error {}

const LETTER_UNITS: readonly Unit[] = ['letter'];
const DIGIT_UNITS: readonly Unit[] = [...Array(10).keys()].map((k) => 26 + k);

function unitOf(ch: string): Unit {
  const symbol = symbolOf(ch.charCodeAt(0));
  if (symbol >= 0) return symbol;
  if (/^[\p{L}\p{N}]$/u.test(ch)) return 'letter';
  return 'other';
}

/** Parses a pattern into its top-level alternatives, each a sequence of nodes. */
function parse(source: string): Node[][] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const list: Node[][] = [sequence()];
    while (source[i] === '|') {
      i++;
      list.push(sequence());
    }
    return list;
  };
  const sequence = (): Node[] => {
    const nodes: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = parseAtom();
      const q = source[i];
      if (q === '?' || q === '*' || q === '+') {
        i++;
        nodes.push({ atom, min: q === '+' ? 1 : 0, max: q === '?' ? 1 : Number.POSITIVE_INFINITY });
      } else nodes.push({ atom, min: 1, max: 1 });
    }
    return nodes;
  };
  const parseAtom = (): Atom => {
    const c = source[i]!;
    if (source.startsWith('(?:', i)) {
      i += 3;
      const inner = alternatives();
      if (source[i] !== ')') throw new Unsupported();
      i++;
      return { kind: 'group', alternatives: inner };
    }
    if (c === '[') {
      const end = source.indexOf(']', i);
      const body = end < 0 ? '' : source.slice(i + 1, end);
      if (body === '' || body.startsWith('^') || body.includes('\\') || /.-./.test(body)) throw new Unsupported();
      i = end + 1;
      return { kind: 'chars', units: [...body].map(unitOf) };
    }
    if (c === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        i += 5;
        return { kind: 'chars', units: LETTER_UNITS };
      }
      const next = source[i + 1] ?? '';
      i += 2;
      if (next === 'd') return { kind: 'chars', units: DIGIT_UNITS };
      if (/^[.\-'\\/()[\]?*+|]$/.test(next)) return { kind: 'chars', units: ['other'] };
      throw new Unsupported();
    }
    if ('()[]{}^$.|?*+'.includes(c)) throw new Unsupported();
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    i += ch.length;
    return { kind: 'chars', units: [unitOf(ch)] };
  };
  const result = alternatives();
  if (i !== source.length) throw new Unsupported();
  return result;
}

/**
 * Calls `exact` or `stem` with every opening (as trie symbols) a sequence can start a match with:
 * its first INDEXED_WORDS words, separated by spaces. `exact(w)`: the match is w, or w followed by
 * a character other than a letter, a digit or a space. `stem(w)`: the match starts with w.
 */
function spaces(word: readonly number[]): number {
  return word.filter((symbol) => symbol === SPACE).length;
}

function eachFirstWord(sequence: readonly Node[], exact: (word: number[]) => void, stem: (word: number[]) => void): void {
  const ended = (word: number[]): void => {
    if (word.length === 0) throw new Unsupported(); // the match would not start on a letter or digit
    exact(word);
  };
  const walkSequence = (nodes: readonly Node[], at: number, word: number[], then: (w: number[]) => void): void => {
    if (at === nodes.length) return then(word);
    walkNode(nodes[at]!, 0, word, (w) => walkSequence(nodes, at + 1, w, then));
  };
  const walkNode = (node: Node, taken: number, word: number[], then: (w: number[]) => void): void => {
    if (taken >= node.min) then(word);
    if (taken < node.max) walkAtom(node.atom, word, (w) => walkNode(node, taken + 1, w, then));
  };
  const walkAtom = (atom: Atom, word: number[], then: (w: number[]) => void): void => {
    if (atom.kind === 'group') {
      for (const alternative of atom.alternatives) walkSequence(alternative, 0, word, then);
      return;
    }
    // A wide class (\d) would multiply the openings: the opening ends before it, as a stem.
    if (atom.units.length > MAX_CLASS_BRANCHES) {
      if (word.length === 0) throw new Unsupported();
      stem(word);
      return;
    }
    for (const unit of atom.units) {
      if (unit === 'other') ended(word);
      else if (unit === SPACE && (word.length === 0 || spaces(word) === INDEXED_WORDS - 1)) {
        if (word.length === 0) throw new Unsupported(); // a match must start on a letter or digit
        stem([...word, SPACE]); // the opening ends with its last indexed word
      } else if (unit === 'letter' || word.length >= MAX_INDEXED_LENGTH) stem(word);
      else then([...word, unit]);
    }
  };
  walkSequence(sequence, 0, [], ended);
}

/**
 * A trie of the first words of some patterns. `find` walks the word at a position of folded text
 * and answers a key naming the patterns that can start there (or -1); `patterns(key)` lists them.
 */
export class FirstWordIndex {
  private next = new Int32Array(ALPHABET * 64);
  private parent: number[] = [-1];
  /** The symbol on the edge from the parent. */
  private edge: number[] = [-1];
  private exact: number[][] = [[]];
  private stems: number[][] = [[]];
  /**
   * Whether some pattern qualifies for any text that walks through the node: a stem on the path,
   * or an exact opening followed on the path by a space (the match ended before that space).
   */
  private openOnPath: boolean[] = [false];
  private readonly lists = new Map<number, number[]>();

  /** Indexes `sources` (pattern i is answered as i); undefined when a pattern cannot be indexed. */
  static build(sources: readonly string[]): FirstWordIndex | undefined {
    const index = new FirstWordIndex();
    try {
      sources.forEach((source, id) => {
        for (const alternative of parse(source)) {
          eachFirstWord(
            alternative,
            (word) => index.add(word, id, index.exact),
            (word) => index.add(word, id, index.stems),
          );
        }
      });
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
    index.openOnPath[0] = index.stems[0]!.length > 0;
    for (let node = 1; node < index.parent.length; node++) {
      const parent = index.parent[node]!;
      index.openOnPath[node] =
        index.stems[node]!.length > 0 || (index.edge[node] === SPACE && index.exact[parent]!.length > 0) || index.openOnPath[parent]!;
    }
    return index;
  }

  private add(word: readonly number[], id: number, lists: number[][]): void {
    let node = 0;
    for (const symbol of word) {
      let child = this.next[node * ALPHABET + symbol]!;
      if (child === 0) {
        child = this.parent.length;
        this.parent.push(node);
        this.edge.push(symbol);
        this.exact.push([]);
        this.stems.push([]);
        this.openOnPath.push(false);
        if ((child + 1) * ALPHABET > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[node * ALPHABET + symbol] = child;
      }
      node = child;
    }
    const list = lists[node]!;
    if (!list.includes(id)) list.push(id);
  }

  /**
   * Walks the opening at `at` in folded text; `isWordAt(text, i)` tells whether the character at
   * i is a letter or a digit. Answers a key for `patterns`, or -1 when no pattern can start here.
   */
  find(text: string, at: number, isWordAt: (text: string, i: number) => boolean): number {
    let node = 0;
    for (let i = at; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const symbol = symbolOf(sameLengthFoldOf(unit));
      // Past the trie: if the text goes on with a letter or digit, only the open patterns qualify;
      // otherwise the word ended here, and the exact openings of this node qualify as well.
      if (symbol < 0) {
        if (!isWordAt(text, i)) break;
        return this.openOnPath[node] ? node * 2 : -1;
      }
      const child = this.next[node * ALPHABET + symbol]!;
      if (child === 0) {
        if (symbol === SPACE) break;
        return this.openOnPath[node] ? node * 2 : -1;
      }
      node = child;
    }
    return this.exact[node]!.length > 0 || this.openOnPath[node] ? node * 2 + 1 : -1;
  }

  /**
   * False when no pattern can start at a word start whose whole word is `word` (folded), whatever
   * follows it, i.e. when `find` answers -1 there for sure; true when some pattern may.
   */
  mayOpenWith(word: string): boolean {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const symbol = symbolOf(word.charCodeAt(k));
      if (symbol < 0 || symbol === SPACE) return true;
      const child = this.next[node * ALPHABET + symbol]!;
      if (child === 0) return this.openOnPath[node]!;
      node = child;
    }
    // The word may be followed by a space and a second word, or end a match here.
    return this.exact[node]!.length > 0 || this.openOnPath[node]! || this.next[node * ALPHABET + SPACE] !== 0;
  }

  /** The patterns for a key of `find`, in increasing order. */
  patterns(key: number): readonly number[] {
    let list = this.lists.get(key);
    if (!list) {
      const node = key >> 1;
      const ids = new Set<number>(key & 1 ? this.exact[node] : []);
      for (let n = node; n >= 0; n = this.parent[n]!) {
        for (const id of this.stems[n]!) ids.add(id);
        if (n > 0 && this.edge[n] === SPACE) for (const id of this.exact[this.parent[n]!]!) ids.add(id);
      }
      list = [...ids].sort((a, b) => a - b);
      this.lists.set(key, list);
    }
    return list;
  }
}
