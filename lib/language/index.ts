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
const SPANISH_MARKS_RE = /[¿¡ñÑ]/g;
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
    this.addCue(wordCue(folded), raw, ascii);
  }

  /** The same as `addWord`, with the word's cue already known (`wordCue` of its folded form). */
  addCue(cue: WordCue | undefined, raw: string, ascii: boolean): void {
    this.words++;
    if (!ascii && !LATIN_RE.test(raw)) return;
    this.latinWords++;
    if (cue !== undefined) this.scores[cue.lang] += cue.weight;
    // A marker word is counted once; any other word with an accented vowel leans Spanish.
    if (cue?.weight !== 1 && !ascii && ACCENTED_VOWEL_RE.test(raw)) this.scores.es += 0.3;
  }

  /** Spanish-only punctuation and letters in the sample: ¿ ¡ ñ. */
  addSpanishMarks(sample: string): void {
    this.scores.es += Math.min(MAX_SPANISH_MARKS, (sample.match(SPANISH_MARKS_RE) ?? []).length);
  }

  verdict(hint?: Lang): LanguageGuess {
    const scores = { ...this.scores };
    const best = (): Lang => {
      const ours = (['en', 'es', 'id'] as const).filter((lang) => scores[lang] > 0).sort((a, b) => scores[b] - scores[a]);
      return ours[0] ?? hint ?? 'en';
    };
    // Mostly non-Latin script (Arabic, CJK, Cyrillic...): none of ours.
    if (this.words > 0 && this.latinWords < this.words / 2) {
      return { lang: 'other', confidence: round2(1 - this.latinWords / this.words), mixed: false, best: best() };
    }
    const knownShare = (scores.en + scores.es + scores.id) / Math.max(1, this.latinWords);
    if (this.latinWords >= MIN_TOKENS_FOR_UNKNOWN && knownShare < MIN_KNOWN_SHARE) {
      return { lang: 'other', confidence: round2(1 - knownShare / MIN_KNOWN_SHARE), mixed: false, best: best() };
    }

    const evidence = scores.en + scores.es + scores.id + scores.other;
    if (hint !== undefined) scores[hint] += HINT_BONUS;
    const ranked = (['en', 'es', 'id', 'other'] as const)
      .map((lang) => ({ lang, score: scores[lang] }))
      .sort((a, b) => b.score - a.score);
    const top = ranked[0]!;
    if (top.score === 0) return { lang: hint ?? 'other', confidence: 0, mixed: false, best: hint ?? 'en' };

    const total = ranked.reduce((sum, r) => sum + r.score, 0);
    const saturation = 1 - Math.exp(-evidence / 1.5);
    const confidence = round2((top.score / total) * saturation);
    const ours = ranked.filter((r): r is { lang: Lang; score: number } => r.lang !== 'other');
    const [first, second] = [ours[0]!, ours[1]!];
    const mixed = second.score >= MIXED_MIN_SCORE && second.score >= MIXED_MIN_RATIO * first.score;
    return mixed
      ? { lang: top.lang, confidence, mixed, best: first.lang, secondary: second.lang }
      : { lang: top.lang, confidence, mixed, best: first.lang };
  }
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
  evidence.addSpanishMarks(sample);
  return evidence.verdict(hint);
}

function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
