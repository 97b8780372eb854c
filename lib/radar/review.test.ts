import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../db/log-entry';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { buildReview, MAX_REVIEW_DAYS } from './review';
import { reviewToCsv } from './review-csv';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 20);
const MIN = 60_000;

const entry = (i: number, patch: Partial<LogEntry>): LogEntry => ({
  ...makeLogEntries(1)[0]!,
  key: `tripadvisor:${i}`,
  site: 'tripadvisor',
  commentId: String(i),
  detectedAt: START,
  handledAt: START + 30 * MIN,
  outcome: 'replied',
  skipReason: null,
  analysis: { label: 'negative', score: -0.8, lang: 'en', topics: ['cleanliness'], severity: 2 },
  toneFindings: [],
  ...patch,
});

const entries: LogEntry[] = [
  entry(1, { handledAt: START + 30 * MIN }), // 30 min
  entry(2, { handledAt: START + 3 * 60 * MIN, analysis: { label: 'negative', score: -0.5, lang: 'es', topics: ['cleanliness', 'staff'], severity: 1 } }), // 3 h
  entry(3, { detectedAt: START + DAY, handledAt: START + DAY + 30 * 60 * MIN, toneFindings: [{ ruleId: 'chulesco.obviously', severity: 'warning', text: 'obviously', resolved: true }] }), // 30 h, next day handled
  entry(4, { detectedAt: START + DAY, handledAt: START + DAY + 10 * MIN, outcome: 'skipped', skipReason: 'Spam or not a customer', analysis: null }),
  entry(5, { handledAt: START + 2 * DAY + 5 * MIN, detectedAt: START + 2 * DAY, analysis: { label: 'positive', score: 0.9, lang: 'id', topics: ['staff'], severity: 0 }, toneFindings: [{ ruleId: 'chulesco.obviously', severity: 'warning', text: 'obviously', resolved: false }, { ruleId: 'defensive.blame', severity: 'error', text: 'you should have', resolved: true }] }),
  entry(6, { handledAt: START + 10 * DAY }), // outside the period
];
const period = { from: START, to: START + 3 * DAY };

describe('the post-crisis review', () => {
  const review = buildReview(entries, period);

  it('counts the volume of each day of the period, including quiet days', () => {
    expect(review.total).toBe(5);
    expect(review.volumePerDay).toEqual([
      { day: '2026-11-20', replied: 2, skipped: 0, negative: 2 },
      { day: '2026-11-21', replied: 0, skipped: 1, negative: 0 },
      { day: '2026-11-22', replied: 2, skipped: 0, negative: 1 },
    ]);
  });

  it('puts days on the user\'s calendar', () => {
    // At UTC−5, 00:30 UTC on the 20th is still the evening of the 19th.
    const late = buildReview([entry(1, { handledAt: START + 30 * MIN })], { from: START, to: START + DAY }, -300);
    expect(late.volumePerDay.find((d) => d.replied > 0)?.day).toBe('2026-11-19');
  });

  it('counts negatives per topic, only for negative comments', () => {
    expect(review.negativesPerTopic).toEqual([
      { topic: 'cleanliness', count: 3 },
      { topic: 'staff', count: 1 },
    ]);
  });

  it('measures response times of replies from detection, in buckets with median and 90th percentile', () => {
    expect(Object.fromEntries(review.responseTimes.buckets.map((b) => [b.id, b.count]))).toEqual({ under1h: 2, '1to4h': 1, '4to12h': 0, '12to24h': 0, '1to3d': 1, over3d: 0 });
    // Replies took 30 min, 3 h, 30 h and 5 min; the 10-minute skip is not a response.
    expect(review.responseTimes.medianMinutes).toBe(30);
    expect(review.responseTimes.p90Minutes).toBe(30 * 60);
  });

  it('compares handled with skipped, with the reasons for skipping', () => {
    expect(review.outcomes).toEqual({ replied: 4, skipped: 1, skipReasons: [{ reason: 'Spam or not a customer', count: 1 }] });
  });

  it('counts tone problems caught before posting, fixed or still present', () => {
    expect(review.toneCaught).toEqual([
      { ruleId: 'chulesco.obviously', resolved: 1, present: 1 },
      { ruleId: 'defensive.blame', resolved: 1, present: 0 },
    ]);
    expect(review.repliesWithToneProblems).toBe(2);
  });

  it('charts at most a year of days however wide the period', () => {
    expect(buildReview([], { from: 0, to: Number.MAX_SAFE_INTEGER }).volumePerDay).toHaveLength(MAX_REVIEW_DAYS);
    expect(buildReview(entries, { from: START, to: START }).volumePerDay).toEqual([]);
  });

  it('exports every figure as CSV a spreadsheet opens safely', () => {
    const csv = reviewToCsv(buildReview([...entries, entry(7, { handledAt: START + 60 * MIN, outcome: 'skipped', skipReason: '=HYPERLINK("x")' })], period));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('section,item,measure,value');
    expect(lines).toContain('volume_per_day,2026-11-20,replied,2');
    expect(lines).toContain('negatives_per_topic,cleanliness,count,4');
    expect(lines).toContain('response_time,median,minutes,30');
    expect(lines).toContain('outcome,skipped,count,2');
    expect(lines).toContain('tone_caught,chulesco.obviously,still_present,1');
    expect(lines).toContain('skip_reason,"\'=HYPERLINK(""x"")",count,1');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
