/**
 * Comment analysis: language, how negative (text alone and with the rating), about what (topics
 * with evidence), how urgent (signals with evidence) and a severity to order the queue.
 * Pure and synchronous: runs in Node, the side panel and a worker.
 */
import { detectLanguage } from '../language';
import { LANGS, type Lang } from '../lang';
import { combineWithRating } from './combine';
import { logit, modelFeatures } from './id-model';
import { labelFromText } from './label';
import { resourcesFor, type WordInfo } from './resources';
import { describeTokens, scoreSentiment } from './sentiment';
import { severityOf } from './severity';
import { tokenize, type Token } from './tokenize';
import { detectTopics } from './topics';
import { TOPIC_IDS } from '../topics';
import type { CommentAnalysis, CommentInput, TopicHit } from './types';
import { detectUrgency, foldKeepingOffsets } from './urgency';

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

function textSentiment(text: string, lang: Lang): TextSentiment & { tokens: Token[]; infos: (WordInfo | undefined)[] } {
  const res = resourcesFor(lang);
  const tokens = tokenize(text);
  const infos = describeTokens(tokens, res);
  const lexical = scoreSentiment(tokens, infos);
  if (lang !== 'id') return { ...lexical, tokens, infos };
  const norms = tokens.map((t, i) => infos[i]?.norm ?? t.folded);
  const model = Math.tanh(logit(modelFeatures(tokens, norms, res)) / 2);
  const score = ID_MODEL_SHARE * model + (1 - ID_MODEL_SHARE) * lexical.score;
  return { ...lexical, score, tokens, infos };
}

/** Below this language confidence, the text is read in each language and the best-understood reading wins. */
const CONFIDENT_LANGUAGE = 0.5;

type Reading = ReturnType<typeof textSentiment>;

/**
 * Which language to score the text in: the detected one when detection is confident; otherwise the
 * hint; otherwise (short or unusual texts: "jahat", "salut pak") the language whose lexicon
 * recognises the most sentiment in it, ties going to the detector's best guess.
 */
function chooseReading(text: string, guess: ReturnType<typeof detectLanguage>, hint: Lang | undefined): { analysedAs: Lang; primary: Reading } {
  if (guess.lang !== 'other' && guess.confidence >= CONFIDENT_LANGUAGE) return { analysedAs: guess.lang, primary: textSentiment(text, guess.lang) };
  if (hint) return { analysedAs: hint, primary: textSentiment(text, hint) };
  let best: { analysedAs: Lang; primary: Reading } = { analysedAs: guess.best, primary: textSentiment(text, guess.best) };
  let bestEvidence = best.primary.positive + best.primary.negative;
  for (const lang of LANGS) {
    if (lang === guess.best) continue;
    const reading = textSentiment(text, lang);
    const evidence = reading.positive + reading.negative;
    if (evidence > bestEvidence) {
      best = { analysedAs: lang, primary: reading };
      bestEvidence = evidence;
    }
  }
  return best;
}

export function analyzeComment(input: CommentInput): CommentAnalysis {
  const full = typeof input.text === 'string' ? input.text : '';
  const text = full.length > MAX_ANALYSED_CHARS ? full.slice(0, MAX_ANALYSED_CHARS) : full;
  const guess = detectLanguage(text, input.lang);
  const { analysedAs, primary } = chooseReading(text, guess, input.lang);
  let sentiment: TextSentiment = primary;
  const langs: Lang[] = [analysedAs];
  let secondary: Reading | undefined;
  // Code-switched comments: the second language's words count too, each reading weighted by how much it found.
  if (guess.mixed && guess.secondary && guess.secondary !== analysedAs) {
    langs.push(guess.secondary);
    const other = textSentiment(text, guess.secondary);
    secondary = other;
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
  const topics = detectTopics(text, primary.tokens, primary.infos, analysedAs);
  if (secondary && guess.secondary) mergeTopics(topics, detectTopics(text, secondary.tokens, secondary.infos, guess.secondary));
  const urgency = detectUrgency(text, foldKeepingOffsets(text), langs);
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
