/**
 * Comment analysis: language, how negative (text alone and with the rating), about what (topics
 * with evidence), how urgent (signals with evidence) and a severity to order the queue.
 * Pure and synchronous: runs in Node, the side panel and a worker.
 */
import { countSpanishMarks, LANGUAGE_SAMPLE_CHARS, LanguageEvidence, type LanguageGuess } from '../language';
import { LANGS, type Lang } from '../lang';
import { combineWithRating } from './combine';
import { textLogit } from './id-model';
import { labelFromText } from './label';
import { describeTokens, entryOf, resourcesFor, type WordInfo } from './resources';
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

/** Per language, the array its reading describes the tokens in (reused from text to text). */
const infosByLang: Record<Lang, (WordInfo | undefined)[]> = { en: [], es: [], id: [] };

function readIn(tokens: Tokens, lang: Lang): Reading {
  const res = resourcesFor(lang);
  const infos = describeTokens(tokens, res, infosByLang[lang]);
  const lexical = scoreSentiment(tokens, infos);
  if (lang !== 'id') return { score: lexical.score, positive: lexical.positive, negative: lexical.negative, infos };
  const model = Math.tanh(textLogit(tokens, infos) / 2);
  return { score: ID_MODEL_SHARE * model + (1 - ID_MODEL_SHARE) * lexical.score, positive: lexical.positive, negative: lexical.negative, infos };
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
    evidence.addKnownWord(entryOf(word[i]!).cue, (f & ASCII) !== 0, (f & LATIN) !== 0, (f & ACCENTED_VOWEL) !== 0);
  }
  evidence.addSpanishMarks(countSpanishMarks(tokens.text, LANGUAGE_SAMPLE_CHARS));
  return evidence.verdict(hint);
}

/** Below this language confidence, the text is read in each language and the best-understood reading wins. */
const CONFIDENT_LANGUAGE = 0.5;

/**
 * Which language to score the text in: the detected one when detection is confident; otherwise the
 * hint; otherwise (short or unusual texts: "jahat", "salut pak") the language whose lexicon
 * recognises the most sentiment in it, ties going to the detector's best guess.
 */
function chooseReading(tokens: Tokens, guess: LanguageGuess, hint: Lang | undefined): { analysedAs: Lang; primary: Reading } {
  if (guess.lang !== 'other' && guess.confidence >= CONFIDENT_LANGUAGE) return { analysedAs: guess.lang, primary: readIn(tokens, guess.lang) };
  if (hint) return { analysedAs: hint, primary: readIn(tokens, hint) };
  let best: { analysedAs: Lang; primary: Reading } = { analysedAs: guess.best, primary: readIn(tokens, guess.best) };
  let bestEvidence = best.primary.positive + best.primary.negative;
  for (const lang of LANGS) {
    if (lang === guess.best) continue;
    const reading = readIn(tokens, lang);
    const evidence = reading.positive + reading.negative;
    if (evidence > bestEvidence) {
      best = { analysedAs: lang, primary: reading };
      bestEvidence = evidence;
    }
  }
  return best;
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
  const { analysedAs, primary } = chooseReading(tokens, guess, input.lang);
  let sentiment: TextSentiment = primary;
  const langs: Lang[] = [analysedAs];
  let secondary: Reading | undefined;
  // Code-switched comments: the second language's words count too, each reading weighted by how much it found.
  if (guess.mixed && guess.secondary && guess.secondary !== analysedAs) {
    langs.push(guess.secondary);
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
  const safetyConcern = topics.some((t) => t.id === 'safety') || urgency.some((u) => u.id === 'health_safety');
  const combined = combineWithRating({ score: textScore, label: textLabel, safetyConcern }, input.rating, input.site);

  return {
    lang: guess.lang,
    langConfidence: guess.confidence,
    analysedAs,
    score: round3(combined.score),
    textScore,
    textLabel,
    label: combined.label,
    topics,
    urgency,
    severity: severityOf(combined.label, combined.score, urgency),
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

function round3(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : 0;
}
