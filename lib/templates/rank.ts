/** Chooses the few templates that best fit one comment, fills them, and varies the choice across a page. */
import type { Lang } from '../lang';
import type { TopicId } from '../topics';
import type { SiteId } from '../sites/site-ids';
import { builtinTemplates } from './builtin';
import { fillTemplate } from './fill';
import { fitsSite } from './limits';
import { SENSITIVE_URGENCY, templateSites, type ReplyTemplate, type Situation } from './schema';
import { TOPIC_FALLBACKS, normaliseValue, valueProblem, type TemplateVars } from './variables';

export interface TemplateRankInput {
  lang: Lang;
  label: 'negative' | 'neutral' | 'positive' | 'mixed';
  /** -1..1 */
  score: number;
  topics: TopicId[];
  /** The reviewer's own words for a topic. */
  topicWords?: Partial<Record<TopicId, string>>;
  urgency: string[];
  rating: number | null;
  site: SiteId;
  alreadyAnswered: boolean;
  authorName?: string | null;
  suspectedFake?: boolean;
}

export interface TemplateContext {
  brand: { name?: string; signature?: string; role?: string; contactChannel?: string; allowedActions?: string[] };
  /** Template ids used lately, most recent first. */
  recentlyUsed: string[];
  /** Default 3. */
  limit?: number;
  /** Defaults to the built-in library. */
  library?: ReplyTemplate[];
  /** Deterministic variation between equally good templates. */
  seed?: number;
  /** Prefer holding statements. */
  crisis?: boolean;
}

export interface RankedTemplate {
  template: ReplyTemplate;
  filled: string;
  /** Variables the user must fill; the draft shows a visible gap for each. */
  missing: string[];
  /** e.g. "matches: cleanliness, negative, Spanish" */
  reason: string;
  score: number;
}

const DEFAULT_LIMIT = 3;
/** How many recent uses still count against a template, and how much the latest one costs. */
const RECENT_WINDOW = 12;
const RECENT_PENALTY = 4;
/** Large enough to reorder near-equal templates, too small to beat a better match. */
const SEED_JITTER = 0.4;
/** On review sites a one-line answer reads like a brush-off, so fuller replies come first there. */
const REVIEW_SITES: readonly SiteId[] = ['tripadvisor', 'google', 'yelp', 'trustpilot', 'booking'];
const ONE_LINER_CHARS = 280;
const ONE_LINER_PENALTY = 0.6;
/** Lowers a second suggestion of the same situation so the few shown are real alternatives. */
const SAME_SITUATION_PENALTY = 0.5;

type Candidate = RankedTemplate & { situation: Situation };

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Spanish', id: 'Indonesian' };

const SITUATION_LABELS: Record<Situation, string> = {
  negative: 'negative',
  mixed: 'mixed',
  positive: 'positive',
  neutral: 'neutral',
  ask_details: 'asks for details privately',
  follow_up: 'follow-up after a fix',
  disputed: 'possibly mistaken review',
  escalation: 'needs a named person',
  holding_statement: 'holding statement',
};

/** How well a situation fits the comment; null when it must not be offered at all. */
function situationFit(situation: Situation, input: TemplateRankInput, crisis: boolean): number | null {
  const sensitive = input.urgency.filter((signal) => (SENSITIVE_URGENCY as readonly string[]).includes(signal));
  switch (situation) {
    case 'holding_statement':
      return crisis ? 6 : null;
    case 'escalation':
      return sensitive.length > 0 ? 5 : null;
    case 'disputed':
      return input.suspectedFake ? 4.5 : null;
    case 'follow_up':
      return input.alreadyAnswered ? 4 : null;
    case 'negative':
      return { negative: 2, mixed: 0.8, neutral: null, positive: null }[input.label];
    case 'mixed':
      return { negative: 0.6, mixed: 2, neutral: 0.6, positive: 0.6 }[input.label];
    case 'positive':
      return { negative: null, mixed: 0.5, neutral: 0.4, positive: 2 }[input.label];
    case 'neutral':
      return { negative: null, mixed: 0.4, neutral: 2, positive: 0.6 }[input.label];
    case 'ask_details':
      return { negative: 1.7, mixed: 1.2, neutral: 0.9, positive: null }[input.label];
  }
}

function effectiveSentiment(input: TemplateRankInput): number {
  if (input.rating === null) return input.score;
  // Stars 1..5 mapped to -1..1 and averaged with the text score: the text may be sarcastic, the stars are not.
  const fromStars = Math.max(-1, Math.min(1, (input.rating - 3) / 2));
  return (input.score + fromStars) / 2;
}

/** A stable pseudo-random number in [0, 1) for a seed and a template id. */
function jitter(seed: number, id: string): number {
  let hash = (2166136261 ^ Math.trunc(seed)) >>> 0;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 15), 2246822507) >>> 0;
  return ((hash ^ (hash >>> 13)) >>> 0) / 2 ** 32;
}

function topicFor(template: ReplyTemplate, input: TemplateRankInput): TopicId | null {
  const covered = template.topics.length === 0 ? input.topics : input.topics.filter((t) => template.topics.includes(t));
  return covered[0] ?? null;
}

/** The reviewer's words for a topic, when they fit in a sentence; otherwise the template's own phrase is used. */
function usableWords(words: string | undefined): string | null {
  if (!words) return null;
  const value = normaliseValue('topic', words);
  return value && !valueProblem('topic', value) ? value : null;
}

/**
 * The values rankTemplates fills a template with. The UI uses it to refill a suggestion once the user
 * has chosen what the business will do: fillTemplate(template, { ...templateVarsFor(...), action }).
 */
export function templateVarsFor(template: ReplyTemplate, input: TemplateRankInput, context: TemplateContext): TemplateVars {
  const topic = topicFor(template, input);
  const brand = context.brand;
  return {
    name: input.authorName ?? null,
    brand: brand.name,
    signature: brand.signature,
    role: brand.role,
    contact: brand.contactChannel,
    topic: topic ? (usableWords(input.topicWords?.[topic]) ?? TOPIC_FALLBACKS[template.lang][topic]) : null,
    // The business's commitment is never chosen for the user: it stays a visible gap.
    action: null,
    fix: null,
  };
}

export function rankTemplates(analysis: TemplateRankInput, context: TemplateContext): RankedTemplate[] {
  const library = context.library ?? builtinTemplates;
  const crisis = context.crisis ?? false;
  const sentiment = effectiveSentiment(analysis);
  const recentWindow = context.recentlyUsed.slice(0, RECENT_WINDOW);
  const candidates: Candidate[] = [];

  for (const template of library) {
    if (template.lang !== analysis.lang) continue;
    if (!templateSites(template).includes(analysis.site)) continue;

    let best: { situation: Situation; fit: number } | null = null;
    for (const situation of template.situations) {
      const fit = situationFit(situation, analysis, crisis);
      if (fit !== null && (!best || fit > best.fit)) best = { situation, fit };
    }
    if (!best) continue;

    const matchedTopics = template.topics.filter((topic) => analysis.topics.includes(topic));
    if (template.topics.length > 0 && matchedTopics.length === 0) continue;
    const matchedUrgency = template.urgency.filter((signal) => analysis.urgency.includes(signal));
    // A template written for a signal ("you told us before", "you won't be back") is wrong without it.
    if (template.urgency.length > 0 && matchedUrgency.length === 0) continue;

    let score = best.fit;
    score += matchedTopics.length > 0 ? 1.5 : 0;
    score += Math.min(3, 2 * matchedUrgency.length);
    const { min, max } = template.sentiment;
    score += sentiment >= min && sentiment <= max ? 0.5 : -2 * Math.min(Math.abs(sentiment - min), Math.abs(sentiment - max));
    if (crisis && best.situation !== 'holding_statement') score -= 1;

    const recentIndex = recentWindow.indexOf(template.id);
    if (recentIndex >= 0) score -= (RECENT_PENALTY * (RECENT_WINDOW - recentIndex)) / RECENT_WINDOW;
    if (context.seed !== undefined) score += SEED_JITTER * jitter(context.seed, template.id);

    const { filled, missing } = fillTemplate(template, templateVarsFor(template, analysis, context));
    if (!fitsSite(filled, analysis.site)) continue;
    if (REVIEW_SITES.includes(analysis.site) && [...filled].length <= ONE_LINER_CHARS) score -= ONE_LINER_PENALTY;

    const reasonParts = [...matchedTopics, ...matchedUrgency, SITUATION_LABELS[best.situation], LANGUAGE_NAMES[template.lang]];
    const reason = `matches: ${reasonParts.join(', ')}${recentIndex >= 0 ? '; used recently' : ''}`;
    candidates.push({ template, filled, missing, reason, score, situation: best.situation });
  }

  return diversify(candidates, context.limit ?? DEFAULT_LIMIT);
}

/**
 * Picks the best first, then lowers each remaining candidate a little for every pick of the same
 * situation already made, so the suggestions offer a choice (a topic reply, a request for details, …).
 */
function diversify(candidates: readonly Candidate[], limit: number): RankedTemplate[] {
  const pool = [...candidates];
  const picked: RankedTemplate[] = [];
  const pickedSituations: Situation[] = [];
  while (picked.length < limit && pool.length > 0) {
    const adjusted = pool.map((c) => c.score - SAME_SITUATION_PENALTY * pickedSituations.filter((s) => s === c.situation).length);
    let best = 0;
    adjusted.forEach((score, index) => {
      const current = adjusted[best] ?? -Infinity;
      const tieBreak = score === current && (pool[index]?.template.id ?? '') < (pool[best]?.template.id ?? '');
      if (score > current || tieBreak) best = index;
    });
    const [chosen] = pool.splice(best, 1);
    if (!chosen) break;
    const { situation: _situation, score: _raw, ...result } = chosen;
    picked.push({ ...result, score: Math.round((adjusted[best] ?? 0) * 1000) / 1000 });
    pickedSituations.push(chosen.situation);
  }
  return picked;
}
