import type { LogEntry } from '../db/log-entry';
import { TOPIC_IDS, type TopicId } from '../topics';
import { HOUR_MS } from './spikes';

const DAY_MS = 24 * HOUR_MS;

/** The period a review covers: handled in [from, to). */
export interface ReviewPeriod {
  from: number;
  to: number;
}

export interface DayVolume {
  /** The local calendar day, YYYY-MM-DD. */
  day: string;
  replied: number;
  skipped: number;
  /** Of those, how many the analysis called negative. */
  negative: number;
}

/** Response-time buckets: upper bound in hours (exclusive), the last one open-ended. */
export const RESPONSE_BUCKETS = [
  { id: 'under1h', maxHours: 1 },
  { id: '1to4h', maxHours: 4 },
  { id: '4to12h', maxHours: 12 },
  { id: '12to24h', maxHours: 24 },
  { id: '1to3d', maxHours: 72 },
  { id: 'over3d', maxHours: Number.POSITIVE_INFINITY },
] as const;
export type ResponseBucketId = (typeof RESPONSE_BUCKETS)[number]['id'];

export interface ResponseTimes {
  /** Replies per bucket, in RESPONSE_BUCKETS order. */
  buckets: { id: ResponseBucketId; count: number }[];
  /** In minutes; null when nothing was replied to. */
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface ToneCaught {
  ruleId: string;
  /** Fixed before the reply was handled. */
  resolved: number;
  /** Still in the reply when it was handled. */
  present: number;
}

export interface CrisisReview {
  period: ReviewPeriod;
  total: number;
  volumePerDay: DayVolume[];
  /** Negative comments per topic, most first; topics with none are left out. */
  negativesPerTopic: { topic: TopicId; count: number }[];
  responseTimes: ResponseTimes;
  outcomes: { replied: number; skipped: number; skipReasons: { reason: string; count: number }[] };
  /** Tone problems the checker found in drafts, per rule, most first. */
  toneCaught: ToneCaught[];
  /** Replies that had at least one tone problem caught while they were written. */
  repliesWithToneProblems: number;
}

/** Longest period a review charts day by day (a year), so a wild range cannot build a huge chart. */
export const MAX_REVIEW_DAYS = 366;

/**
 * The post-crisis review of the log for a period: what came in each day, what people complained
 * about, how fast the team answered (handledAt − detectedAt, replies only: a skip is not an
 * answer), handled against skipped, and the tone problems caught before posting.
 * `utcOffsetMinutes` puts days on the user's calendar (east of UTC positive).
 */
export function buildReview(entries: readonly LogEntry[], period: ReviewPeriod, utcOffsetMinutes = 0): CrisisReview {
  const inPeriod = entries.filter((entry) => entry.handledAt >= period.from && entry.handledAt < period.to);
  const days = new Map<string, DayVolume>();
  for (const day of daysOf(period, utcOffsetMinutes)) days.set(day, { day, replied: 0, skipped: 0, negative: 0 });
  const topics = new Map<TopicId, number>();
  const responseMinutes: number[] = [];
  const reasons = new Map<string, number>();
  const tone = new Map<string, ToneCaught>();
  let replied = 0;
  let repliesWithToneProblems = 0;

  for (const entry of inPeriod) {
    const day = days.get(dayKey(entry.handledAt, utcOffsetMinutes));
    const negative = entry.analysis?.label === 'negative';
    if (day) {
      day[entry.outcome]++;
      if (negative) day.negative++;
    }
    if (negative) {
      for (const topic of new Set(entry.analysis?.topics ?? [])) {
        if ((TOPIC_IDS as readonly string[]).includes(topic)) topics.set(topic as TopicId, (topics.get(topic as TopicId) ?? 0) + 1);
      }
    }
    if (entry.outcome === 'replied') {
      replied++;
      responseMinutes.push(Math.max(0, entry.handledAt - entry.detectedAt) / 60_000);
      if (entry.toneFindings.length > 0) repliesWithToneProblems++;
    } else {
      const reason = entry.skipReason?.trim() || '';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const finding of entry.toneFindings) {
      const caught = tone.get(finding.ruleId) ?? { ruleId: finding.ruleId, resolved: 0, present: 0 };
      if (finding.resolved) caught.resolved++;
      else caught.present++;
      tone.set(finding.ruleId, caught);
    }
  }

  return {
    period,
    total: inPeriod.length,
    volumePerDay: [...days.values()],
    negativesPerTopic: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count || TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic)),
    responseTimes: responseTimesOf(responseMinutes),
    outcomes: {
      replied,
      skipped: inPeriod.length - replied,
      skipReasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    },
    toneCaught: [...tone.values()].sort((a, b) => b.resolved + b.present - (a.resolved + a.present) || a.ruleId.localeCompare(b.ruleId)),
    repliesWithToneProblems,
  };
}

function responseTimesOf(minutes: number[]): ResponseTimes {
  const buckets = RESPONSE_BUCKETS.map((bucket) => ({ id: bucket.id, count: 0 }));
  for (const value of minutes) {
    const index = RESPONSE_BUCKETS.findIndex((bucket) => value / 60 < bucket.maxHours);
    buckets[index]!.count++;
  }
  const sorted = [...minutes].sort((a, b) => a - b);
  return { buckets, medianMinutes: percentile(sorted, 0.5), p90Minutes: percentile(sorted, 0.9) };
}

/** Nearest-rank percentile of sorted values, rounded to the minute. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!);
}

/** The calendar day of a time, YYYY-MM-DD, at the given offset from UTC. */
export function dayKey(at: number, utcOffsetMinutes: number): string {
  const shifted = Math.min(Math.max(at + utcOffsetMinutes * 60_000, 0), LATEST_DAY);
  return new Date(Number.isFinite(shifted) ? shifted : 0).toISOString().slice(0, 10);
}

/** Days are charted between 1970 and the last day with a four-digit year (YYYY-MM-DD keys stay sortable). */
const LATEST_DAY = Date.UTC(9999, 11, 31);

/** Every calendar day the period touches, oldest first (at most MAX_REVIEW_DAYS, the latest ones). */
function daysOf(period: ReviewPeriod, utcOffsetMinutes: number): string[] {
  if (!(period.to > period.from)) return [];
  const first = dayKey(period.from, utcOffsetMinutes);
  const days: string[] = [];
  for (let at = Date.parse(`${dayKey(period.to - 1, utcOffsetMinutes)}T00:00:00Z`); days.length < MAX_REVIEW_DAYS; at -= DAY_MS) {
    const day = dayKey(at, 0);
    days.push(day);
    if (day <= first) break;
  }
  return days.reverse();
}
