/**
 * Language detection for short, informal comments and reply drafts (en / es / id, else `other`).
 * Runs on every keystroke, so it is a single pass over the words with map look-ups: no n-gram
 * models. The evidence accumulator is exported so that a caller that has already split the text
 * into words (the analysis engine) can feed them without a second pass.
 */
import { LANGS, type DetectedLang, type Lang } from '../lang';
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
}

const AFFIXED_RE = /^(?:meng|meny|ber)/;
const CUES = new Map<string, WordCue>();
const cue = (lang: MarkerLang, weight: number): WordCue => {
  const key = `${lang}${weight}`;
  let known = CUES.get(key);
  if (!known) CUES.set(key, (known = { lang, weight }));
  return known;
};

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
  private readonly scores: Record<MarkerLang, number> = { en: 0, es: 0, id: 0, other: 0 };
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
    if (cue !== undefined) this.scores[cue.lang] += cue.weight;
    // A marker word is counted once; any other word with an accented vowel leans Spanish.
    if (cue?.weight !== 1 && !ascii && accentedVowel) this.scores.es += 0.3;
  }

  /** Spanish-only punctuation and letters in the sample (¿ ¡ ñ), counted by `countSpanishMarks`. */
  addSpanishMarks(marks: number): void {
    this.scores.es += Math.min(MAX_SPANISH_MARKS, marks);
  }

  /** Forgets everything fed so far, to read another text. */
  reset(): void {
    this.scores.en = this.scores.es = this.scores.id = this.scores.other = 0;
    this.words = this.latinWords = 0;
  }

  verdict(hint?: Lang): LanguageGuess {
    const scores = this.scores;
    // Mostly non-Latin script (Arabic, CJK, Cyrillic...): none of ours.
    if (this.words > 0 && this.latinWords < this.words / 2) {
      return { lang: 'other', confidence: round2(1 - this.latinWords / this.words), mixed: false, best: bestOf(scores, hint) };
    }
    const knownShare = (scores.en + scores.es + scores.id) / Math.max(1, this.latinWords);
    if (this.latinWords >= MIN_TOKENS_FOR_UNKNOWN && knownShare < MIN_KNOWN_SHARE) {
      return { lang: 'other', confidence: round2(1 - knownShare / MIN_KNOWN_SHARE), mixed: false, best: bestOf(scores, hint) };
    }

    const evidence = scores.en + scores.es + scores.id + scores.other;
    const hinted = (lang: MarkerLang): number => scores[lang] + (lang === hint ? HINT_BONUS : 0);
    // The four languages ranked by score, ties in their usual order (a stable sort, without arrays).
    RANKING.forEach((lang, k) => (ranked[k] = lang));
    for (let k = 1; k < ranked.length; k++) {
      const lang = ranked[k]!;
      let j = k;
      for (; j > 0 && hinted(ranked[j - 1]!) < hinted(lang); j--) ranked[j] = ranked[j - 1]!;
      ranked[j] = lang;
    }
    const top = ranked[0]!;
    const topScore = hinted(top);
    if (topScore === 0) return { lang: hint ?? 'other', confidence: 0, mixed: false, best: hint ?? 'en' };

    let total = 0;
    for (const lang of ranked) total += hinted(lang);
    const saturation = 1 - Math.exp(-evidence / 1.5);
    const confidence = round2((topScore / total) * saturation);
    const first = (ranked[0] === 'other' ? ranked[1] : ranked[0]) as Lang;
    const second = (ranked[0] === 'other' || ranked[1] === 'other' ? ranked[2] : ranked[1]) as Lang;
    const firstScore = hinted(first);
    const secondScore = hinted(second);
    const mixed = secondScore >= MIXED_MIN_SCORE && secondScore >= MIXED_MIN_RATIO * firstScore;
    return mixed
      ? { lang: top, confidence, mixed, best: first, secondary: second }
      : { lang: top, confidence, mixed, best: first };
  }
}

const RANKING: readonly MarkerLang[] = ['en', 'es', 'id', 'other'];
/** Reused by `verdict` (one text at a time). */
const ranked: MarkerLang[] = [...RANKING];

/** The best of en / es / id with some evidence (ties in that order); else the hint, else en. */
function bestOf(scores: Readonly<Record<MarkerLang, number>>, hint: Lang | undefined): Lang {
  let best: Lang | undefined;
  for (const lang of LANGS) if (scores[lang] > 0 && (best === undefined || scores[lang] > scores[best])) best = lang;
  return best ?? hint ?? 'en';
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
