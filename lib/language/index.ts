/**
 * Language detection for short, informal comments and reply drafts (en / es / id, else `other`).
 * Runs on every keystroke, so it is a single pass over word tokens with set look-ups: no n-gram
 * models, no allocation beyond the token strings.
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
const MAX_CHARS = 400;
/** A hint is worth less than one marker word: it breaks ties and rescues very short texts. */
const HINT_BONUS = 0.75;
/** Below this much evidence for en/es/id per token, the text is in some language we do not know. */
const MIN_KNOWN_SHARE = 0.1;
const MIN_TOKENS_FOR_UNKNOWN = 4;
/** The second language must reach this score, and this share of the first, to call a text mixed. */
const MIXED_MIN_SCORE = 2;
const MIXED_MIN_RATIO = 0.3;

const MARKERS: ReadonlyMap<string, MarkerLang> = (() => {
  const map = new Map<string, MarkerLang>();
  for (const lang of Object.keys(MARKER_WORDS) as MarkerLang[]) {
    for (const word of MARKER_WORDS[lang]) map.set(word, lang);
  }
  return map;
})();

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const LATIN_RE = /[a-z\u00c0-\u024f]/;
const SPANISH_PUNCTUATION_RE = /[¿¡ñ]/g;
const ACCENTED_VOWEL_RE = /[áéíóú]/;

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

interface Scores {
  en: number;
  es: number;
  id: number;
  other: number;
}

/** Morphology that marks a language when the word itself is not in a list. */
function scoreAffixes(token: string, scores: Scores): void {
  if (token.length < 5) return;
  if (token.endsWith('nya')) scores.id += 0.75;
  else if (token.endsWith('kan') || (token.length >= 7 && /^(?:meng|meny|ber)/.test(token))) scores.id += 0.5;
  else if (token.endsWith('ción') || token.endsWith('cion') || token.endsWith('mente')) scores.es += 0.5;
  else if (token.endsWith('ing') || token.endsWith('tion') || token.endsWith('ly')) scores.en += 0.5;
}

export function detectLanguage(text: string, hint?: Lang): LanguageGuess {
  const sample = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).toLowerCase();
  const scores: Scores = { en: 0, es: 0, id: 0, other: 0 };
  let tokens = 0;
  let latinTokens = 0;

  // Words are runs of letters; only those with Latin letters can be ours.
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
    const token = sample.slice(start, i);
    tokens++;
    if (!ascii && !LATIN_RE.test(token)) continue;
    latinTokens++;
    const marker = MARKERS.get(token);
    if (marker !== undefined) {
      scores[marker] += 1;
    } else {
      scoreAffixes(token, scores);
      if (!ascii && ACCENTED_VOWEL_RE.test(token)) scores.es += 0.3;
    }
  }
  scores.es += Math.min(3, (sample.match(SPANISH_PUNCTUATION_RE) ?? []).length);

  // Mostly non-Latin script (Arabic, CJK, Cyrillic...): none of ours.
  if (tokens > 0 && latinTokens < tokens / 2) {
    return { lang: 'other', confidence: round2(1 - latinTokens / tokens), mixed: false, best: bestOf(scores, hint) };
  }
  const knownShare = (scores.en + scores.es + scores.id) / Math.max(1, latinTokens);
  if (latinTokens >= MIN_TOKENS_FOR_UNKNOWN && knownShare < MIN_KNOWN_SHARE) {
    return { lang: 'other', confidence: round2(1 - knownShare / MIN_KNOWN_SHARE), mixed: false, best: bestOf(scores, hint) };
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

function bestOf(scores: Scores, hint: Lang | undefined): Lang {
  const ours = (['en', 'es', 'id'] as const).filter((lang) => scores[lang] > 0).sort((a, b) => scores[b] - scores[a]);
  return ours[0] ?? hint ?? 'en';
}

function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
