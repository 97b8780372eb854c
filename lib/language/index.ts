/**
 * Language detection for short, informal comments and reply drafts (en / es / id, else `other`).
 * Runs on every keystroke, so it is a single pass over the words with map look-ups: no n-gram
 * models. The evidence accumulator is exported so that a caller that has already split the text
 * into words (the analysis engine) can feed them without a second pass.
 */
import type { DetectedLang, Lang } from '../lang';
import { MARKER_WORDS, type MarkerLang } from './function-words';

export interface LanguageGuess {
  lang: DetectedLang;
  /** 0..1: how sure the text alone makes us (0 when there is no evidence at all). */
  confidence: number;
  /** True when two of en/es/id are each clearly present (code-switching). */
  mixed: boolean;
  /** The most likely of en/es/id even when `lang` is `other` (the hint, else en, without evidence). */
  best: Lang;
  /** When `mixed`, the other language present. */
  secondary?: Lang;
}

/** Long texts are judged on their beginning: more text adds no information, only time. */
export const LANGUAGE_SAMPLE_CHARS = 400;
/** A hint is worth less than one marker word: it breaks ties and rescues very short texts. */
const HINT_BONUS = 0.75;
/** Below this much evidence for en/es/id per token, the text is in some language we do not know. */
const MIN_KNOWN_SHARE = 0.1;
const MIN_TOKENS_FOR_UNKNOWN = 4;
/** The second language must reach this score, and this share of the first, to call a text mixed. */
const MIXED_MIN_SCORE = 2;
const MIXED_MIN_RATIO = 0.3;
const MAX_SPANISH_MARKS = 3;

const DIACRITICS_RE = /\p{M}+/gu;
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const LATIN_RE = /[a-z\u00c0-\u024f]/i;
const ACCENTED_VOWEL_RE = /[áéíóúÁÉÍÓÚ]/;

/** Lower-case, accents removed. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '');
}

const MARKERS: ReadonlyMap<string, MarkerLang> = (() => {
  const map = new Map<string, MarkerLang>();
  for (const lang of Object.keys(MARKER_WORDS) as MarkerLang[]) {
    for (const word of MARKER_WORDS[lang]) map.set(foldWord(word), lang);
  }
  return map;
})();

/**
 * What a folded word says about the language on its own: a marker word counts 1 for its
 * language, a telling affix ("-nya", "-cion", "-ing") less. Undefined when it says nothing.
 * Depends on the word only, so a caller may remember it per word.
 */
export interface WordCue {
  lang: MarkerLang;
  weight: number;
  /** Position of `lang` in RANKING, where its score is kept. */
  index: number;
  /** From 1, for a caller that remembers cues as numbers (`cueByNumber`). */
  number: number;
}

/** The four languages in their usual order (ties keep it); scores are kept by position in it. */
const RANKING: readonly MarkerLang[] = ['en', 'es', 'id', 'other'];
const EN = 0;
const ES = 1;
const ID = 2;
const OTHER = 3;

const AFFIXED_RE = /^(?:meng|meny|ber)/;
const CUES = new Map<string, WordCue>();
const cueList: WordCue[] = [];
const cue = (lang: MarkerLang, weight: number): WordCue => {
  const key = `${lang}${weight}`;
  let known = CUES.get(key);
  if (!known) {
    known = { lang, weight, index: RANKING.indexOf(lang), number: cueList.length + 1 };
    cueList.push(known);
    CUES.set(key, known);
  }
  return known;
};

/** The cue whose `number` is given. */
export function cueByNumber(number: number): WordCue {
  return cueList[number - 1]!;
}

export function wordCue(folded: string): WordCue | undefined {
  const marker = MARKERS.get(folded);
  if (marker !== undefined) return cue(marker, 1);
  if (folded.length < 5) return undefined;
  if (folded.endsWith('nya')) return cue('id', 0.75);
  if (folded.endsWith('kan') || (folded.length >= 7 && AFFIXED_RE.test(folded))) return cue('id', 0.5);
  if (folded.endsWith('cion') || folded.endsWith('mente')) return cue('es', 0.5);
  if (folded.endsWith('ing') || folded.endsWith('tion') || folded.endsWith('ly')) return cue('en', 0.5);
  return undefined;
}

/** Evidence for each language, fed word by word. */
export class LanguageEvidence {
  /** By position in RANKING: numbers in a typed array, so that adding to one allocates nothing. */
  private readonly scores = new Float64Array(RANKING.length);
  private words = 0;
  private latinWords = 0;

  /**
   * One word of the text: `folded` lower-case without accents; `raw` as written (only read
   * when `ascii` is false, to tell Latin script and accented vowels).
   */
  addWord(folded: string, raw: string, ascii: boolean): void {
    this.addKnownWord(wordCue(folded), ascii, ascii || LATIN_RE.test(raw), !ascii && ACCENTED_VOWEL_RE.test(raw));
  }

  /**
   * The same as `addWord`, from what is known of the word already: its cue (`wordCue` of its
   * folded form, which a caller may remember per word), whether it is all ASCII, has a Latin
   * letter (/[a-z\u00c0-\u024f]/i) and an accented vowel (/[áéíóú]/i).
   */
  addKnownWord(cue: WordCue | undefined, ascii: boolean, latin: boolean, accentedVowel: boolean): void {
    this.words++;
    if (!ascii && !latin) return;
    this.latinWords++;
    if (cue !== undefined) this.scores[cue.index]! += cue.weight;
    // A marker word is counted once; any other word with an accented vowel leans Spanish.
    if (!ascii && accentedVowel && cue?.weight !== 1) this.scores[ES]! += 0.3;
  }

  /** Spanish-only punctuation and letters in the sample (¿ ¡ ñ), counted by `countSpanishMarks`. */
  addSpanishMarks(marks: number): void {
    this.scores[ES]! += Math.min(MAX_SPANISH_MARKS, marks);
  }

  /** Forgets everything fed so far, to read another text. */
  reset(): void {
    const scores = this.scores;
    // Four assignments: cheaper than calling `fill`, once per text.
    scores[EN] = scores[ES] = scores[ID] = scores[OTHER] = 0;
    this.words = this.latinWords = 0;
  }

  verdict(hint?: Lang): LanguageGuess {
    const scores = this.scores;
    // Mostly non-Latin script (Arabic, CJK, Cyrillic...): none of ours.
    if (this.words > 0 && this.latinWords < this.words / 2) {
      return { lang: 'other', confidence: round2(1 - this.latinWords / this.words), mixed: false, best: bestOf(scores, hint) };
    }
    const knownShare = (scores[EN]! + scores[ES]! + scores[ID]!) / Math.max(1, this.latinWords);
    if (this.latinWords >= MIN_TOKENS_FOR_UNKNOWN && knownShare < MIN_KNOWN_SHARE) {
      return { lang: 'other', confidence: round2(1 - knownShare / MIN_KNOWN_SHARE), mixed: false, best: bestOf(scores, hint) };
    }

    const evidence = scores[EN]! + scores[ES]! + scores[ID]! + scores[OTHER]!;
    for (let k = 0; k < RANKING.length; k++) hinted[k] = scores[k]! + (RANKING[k] === hint ? HINT_BONUS : 0);
    // The four languages ranked by score, ties in their usual order (a stable insertion sort of positions).
    for (let k = 0; k < RANKING.length; k++) {
      let j = k;
      for (; j > 0 && hinted[ranked[j - 1]!]! < hinted[k]!; j--) ranked[j] = ranked[j - 1]!;
      ranked[j] = k;
    }
    const top = ranked[0]!;
    const topScore = hinted[top]!;
    if (topScore === 0) return { lang: hint ?? 'other', confidence: 0, mixed: false, best: hint ?? 'en' };

    let total = 0;
    for (let k = 0; k < RANKING.length; k++) total += hinted[ranked[k]!]!;
    const saturation = 1 - Math.exp(-evidence / 1.5);
    const confidence = round2((topScore / total) * saturation);
    const first = ranked[0] === OTHER ? ranked[1]! : top;
    const second = ranked[0] === OTHER || ranked[1] === OTHER ? ranked[2]! : ranked[1]!;
    const firstScore = hinted[first]!;
    const secondScore = hinted[second]!;
    const mixed = secondScore >= MIXED_MIN_SCORE && secondScore >= MIXED_MIN_RATIO * firstScore;
    const lang = RANKING[top]!;
    const best = RANKING[first] as Lang;
    return mixed ? { lang, confidence, mixed, best, secondary: RANKING[second] as Lang } : { lang, confidence, mixed, best };
  }
}

/** Reused by `verdict` (one text at a time): the scores with the hint's bonus, and the positions ranked by them. */
const hinted = new Float64Array(RANKING.length);
const ranked = new Int8Array(RANKING.length);

/** The best of en / es / id with some evidence (ties in that order); else the hint, else en. */
function bestOf(scores: Float64Array, hint: Lang | undefined): Lang {
  let best = -1;
  for (let k = EN; k <= ID; k++) if (scores[k]! > 0 && (best < 0 || scores[k]! > scores[best]!)) best = k;
  return best < 0 ? (hint ?? 'en') : (RANKING[best] as Lang);
}

/** Number of ¿ ¡ ñ Ñ among the first `limit` characters of `text`. */
export function countSpanishMarks(text: string, limit: number): number {
  let marks = 0;
  const n = Math.min(limit, text.length);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xbf || c === 0xa1 || c === 0xf1 || c === 0xd1) marks++;
  }
  return marks;
}

/** Letter test by code unit, with ASCII answered directly and the rest remembered. */
const nonAsciiLetter = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = nonAsciiLetter.get(code);
  if (known === undefined) {
    known = LETTER_RE.test(String.fromCharCode(code));
    nonAsciiLetter.set(code, known);
  }
  return known;
}

export function detectLanguage(text: string, hint?: Lang): LanguageGuess {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  const evidence = new LanguageEvidence();
  const n = sample.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n) {
      const code = sample.charCodeAt(i);
      if (!isLetter(code)) break;
      if (code >= 128) ascii = false;
      i++;
    }
    const raw = sample.slice(start, i);
    evidence.addWord(ascii ? raw.toLowerCase() : foldWord(raw), raw, ascii);
  }
  evidence.addSpanishMarks(countSpanishMarks(sample, sample.length));
  return evidence.verdict(hint);
}

function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
