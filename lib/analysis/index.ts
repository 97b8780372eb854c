/**
 * Comment analysis: language, how negative (text alone and with the rating), about what (topics
 * with evidence), how urgent (signals with evidence) and a severity to order the queue.
 * Pure and synchronous: runs in Node, the side panel and a worker.
 */
import { LANGUAGE_SAMPLE_CHARS, LanguageEvidence, type LanguageGuess } from '../language';
import { LANGS, type Lang } from '../lang';
import { combineWithRating, toFiveStars } from './combine';
import { textLogit } from './id-model';
import { labelFromText } from './label';
import { cueOf, describeTokens, resourcesFor, type WordInfo } from './resources';
import { scoreSentiment } from './sentiment';
import { severityOf } from './severity';
import { ACCENTED_VOWEL, ASCII, LATIN, STARTS_WITH_DIGIT, tokenize, WORD, type Tokens } from './tokenize';
import { detectTopics } from './topics';
import { TOPIC_IDS } from '../topics';
import type { CommentAnalysis, CommentInput, TopicHit } from './types';
import { detectUrgency } from './urgency';

export * from './types';
export { LABEL_THRESHOLD } from './label';

/** Longer texts are analysed on their beginning: reviews are far shorter, and time must stay bounded. */
export const MAX_ANALYSED_CHARS = 20_000;
/** Indonesian: share of the learned model in the text score (the rest is the lexicon). */
const ID_MODEL_SHARE = 0.5;

interface TextSentiment {
  score: number;
  positive: number;
  negative: number;
}

/** The text read in one language: its sentiment, and what each word is in that language. */
interface Reading extends TextSentiment {
  infos: (WordInfo | undefined)[];
}

/**
 * Per language, its reading of the text being analysed, reused from text to text (a reading never
 * leaves analyzeComment, and a text may be read in several languages at once).
 */
const readings: Record<Lang, Reading> = {
  en: { score: 0, positive: 0, negative: 0, infos: [] },
  es: { score: 0, positive: 0, negative: 0, infos: [] },
  id: { score: 0, positive: 0, negative: 0, infos: [] },
};

/** The text read with the lexicon of `lang` alone: what choosing between readings compares. */
function readLexically(tokens: Tokens, lang: Lang): Reading {
  const reading = readings[lang];
  describeTokens(tokens, resourcesFor(lang), reading.infos);
  scoreSentiment(tokens, reading.infos, reading);
  return reading;
}

/** A reading that is kept: in Indonesian its score blends in the learned model (not needed for readings that lose). */
function withModel(tokens: Tokens, lang: Lang, reading: Reading): Reading {
  if (lang === 'id') reading.score = ID_MODEL_SHARE * Math.tanh(textLogit(tokens, reading.infos) / 2) + (1 - ID_MODEL_SHARE) * reading.score;
  return reading;
}

function readIn(tokens: Tokens, lang: Lang): Reading {
  return withModel(tokens, lang, readLexically(tokens, lang));
}

/**
 * Same verdict as `detectLanguage`, from the tokens the analysis needs anyway (one pass over the
 * text), each word's cue taken from its entry (remembered per word, shared with the readings).
 */
const evidence = new LanguageEvidence();

function guessLanguage(tokens: Tokens, hint: Lang | undefined): LanguageGuess {
  evidence.reset();
  const { kind, start, flags, word } = tokens;
  for (let i = 0; i < tokens.count && start[i]! < LANGUAGE_SAMPLE_CHARS; i++) {
    const f = flags[i]!;
    if (kind[i] !== WORD || (f & STARTS_WITH_DIGIT) !== 0) continue;
    evidence.addKnownWord(cueOf(word[i]!), (f & ASCII) !== 0, (f & LATIN) !== 0, (f & ACCENTED_VOWEL) !== 0);
  }
  evidence.addSpanishMarks(tokens.spanishMarks);
  return evidence.verdict(hint);
}

/** The languages a text is read in when it is in one (shared, never changed). */
const ONLY: Readonly<Record<Lang, readonly Lang[]>> = { en: ['en'], es: ['es'], id: ['id'] };

/** Below this language confidence, the text is read in each language and the best-understood reading wins. */
const CONFIDENT_LANGUAGE = 0.5;

/**
 * Which language to score the text in: the detected one when detection is confident; otherwise the
 * hint; otherwise (short or unusual texts: "jahat", "salut pak") the language whose lexicon
 * recognises the most sentiment in it, ties going to the detector's best guess. Its reading is then
 * the one in `readings`.
 */
function chooseReading(tokens: Tokens, guess: LanguageGuess, hint: Lang | undefined): Lang {
  const chosen = guess.lang !== 'other' && guess.confidence >= CONFIDENT_LANGUAGE ? guess.lang : hint;
  if (chosen) {
    readIn(tokens, chosen);
    return chosen;
  }
  let analysedAs = guess.best;
  let primary = readLexically(tokens, analysedAs);
  for (const lang of LANGS) {
    if (lang === guess.best) continue;
    const reading = readLexically(tokens, lang);
    if (reading.positive + reading.negative > primary.positive + primary.negative) {
      analysedAs = lang;
      primary = reading;
    }
  }
  withModel(tokens, analysedAs, primary);
  return analysedAs;
}

/**
 * Analyses one comment. `rating` is on the site's own scale (see combine.ts); `lang` is a hint
 * that decides only when the text itself is unclear; `site` selects the rating scale. Never throws:
 * any string (empty, huge, emoji, malformed surrogates, right-to-left) gives a result in range.
 */
export function analyzeComment(input: CommentInput): CommentAnalysis {
  const full = typeof input.text === 'string' ? input.text : '';
  const text = full.length > MAX_ANALYSED_CHARS ? full.slice(0, MAX_ANALYSED_CHARS) : full;
  const tokens = tokenize(text);
  const guess = guessLanguage(tokens, input.lang);
  const analysedAs = chooseReading(tokens, guess, input.lang);
  const primary = readings[analysedAs];
  let sentiment: TextSentiment = primary;
  let langs: readonly Lang[] = ONLY[analysedAs];
  let secondary: Reading | undefined;
  // Code-switched comments: the second language's words count too, each reading weighted by how much it found.
  if (guess.mixed && guess.secondary && guess.secondary !== analysedAs) {
    langs = [analysedAs, guess.secondary];
    const other = (secondary = readIn(tokens, guess.secondary));
    const wa = primary.positive + primary.negative;
    const wb = other.positive + other.negative;
    if (wa + wb > 0) {
      sentiment = {
        score: (primary.score * wa + other.score * wb) / (wa + wb),
        positive: Math.max(primary.positive, other.positive),
        negative: Math.max(primary.negative, other.negative),
      };
    }
  }

  const textScore = round3(sentiment.score);
  const textLabel = labelFromText(textScore, sentiment.positive, sentiment.negative);
  const topics = detectTopics(tokens, primary.infos, analysedAs);
  if (secondary && guess.secondary) mergeTopics(topics, detectTopics(tokens, secondary.infos, guess.secondary));
  const urgency = detectUrgency(tokens, langs);
  // Without a usable rating the text decides alone: nothing to combine, and no objects made for it.
  let score = textScore;
  let label = textLabel;
  if (toFiveStars(input.rating, input.site) !== undefined) {
    const safetyConcern = hasHit(topics, 'safety') || hasHit(urgency, 'health_safety');
    ({ score, label } = combineWithRating({ score: textScore, label: textLabel, safetyConcern }, input.rating, input.site));
  }

  return {
    lang: guess.lang,
    langConfidence: guess.confidence,
    analysedAs,
    score: round3(score),
    textScore,
    textLabel,
    label,
    topics,
    urgency,
    severity: severityOf(label, score, urgency),
  };
}

/** Adds the second language's topic evidence to the first, keeping the taxonomy order and no duplicate ranges. */
function mergeTopics(into: TopicHit[], more: readonly TopicHit[]): void {
  for (const hit of more) {
    const existing = into.find((t) => t.id === hit.id);
    if (!existing) into.push(hit);
    else for (const e of hit.evidence) if (!existing.evidence.some((x) => x.start === e.start && x.end === e.end)) existing.evidence.push(e);
  }
  into.sort((a, b) => TOPIC_IDS.indexOf(a.id) - TOPIC_IDS.indexOf(b.id));
  for (const hit of into) hit.evidence.sort((a, b) => a.start - b.start);
}

function hasHit(hits: readonly { id: string }[], id: string): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k]!.id === id) return true;
  return false;
}

function round3(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : 0;
}
