import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogEntrySchema, type LogEntry } from '../db/log-entry';
import { RadarSettingsSchema } from '../settings/radar-settings';
import { SITE_IDS } from '../sites/site-ids';
import { TOPIC_IDS } from '../topics';
import { buildReview } from './review';
import { reviewToCsv } from './review-csv';
import { evaluateRadar } from './spikes';
import { nextRadarState, RadarStateSchema, EMPTY_RADAR_STATE } from './state';

const time = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
const topic = fc.oneof(fc.constantFrom(...TOPIC_IDS), fc.string({ maxLength: 12 }));
const sighting = fc.record({
  key: fc.string({ minLength: 3, maxLength: 20 }),
  firstSeenAt: time,
  label: fc.constantFrom('negative', 'positive', 'mixed', 'neutral', null),
  topics: fc.array(topic, { maxLength: 4 }),
});
const settings = fc
  .record({
    enabled: fc.boolean(),
    windowHours: fc.integer({ min: 1, max: 168 }),
    baselineDays: fc.integer({ min: 1, max: 60 }),
    minNegatives: fc.integer({ min: 2, max: 1000 }),
    spikeRatio: fc.double({ min: 1, max: 100, noNaN: true }),
    cooldownHours: fc.integer({ min: 0, max: 168 }),
  })
  .map((raw) => RadarSettingsSchema.parse(raw));

describe('the radar and the review never throw', () => {
  it('evaluates any sightings and keeps its promises', () => {
    fc.assert(
      fc.property(fc.array(sighting, { maxLength: 60 }), settings, time, fc.option(time, { nil: undefined }), fc.dictionary(fc.constantFrom(...TOPIC_IDS), time), (sightings, s, now, history, lastAlertAt) => {
        const result = evaluateRadar({ sightings, settings: s, now, historyStartsAt: history, lastAlertAt });
        for (const spike of result.spikes) {
          // One bad comment is never a crisis, and a spike always clears both thresholds.
          expect(spike.windowNegatives).toBeGreaterThanOrEqual(Math.max(2, s.minNegatives));
          expect(spike.windowNegatives).toBeGreaterThanOrEqual(s.spikeRatio * spike.baselineRate - 1e-9);
          expect(spike.exampleKeys.length).toBeGreaterThan(0);
        }
        expect(result.alerts.length + result.coolingDown.length).toBe(result.spikes.length);
        const state = nextRadarState(EMPTY_RADAR_STATE, result, now, (spike) => spike.exampleKeys.map((key) => ({ key, text: null })));
        expect(RadarStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reviews any valid log over any period and exports it', () => {
    const entry = fc
      .record({
        i: fc.nat({ max: 1_000_000 }),
        site: fc.constantFrom(...SITE_IDS),
        detectedAt: time,
        delay: fc.integer({ min: -1000, max: 10 * 86_400_000 }),
        outcome: fc.constantFrom('replied' as const, 'skipped' as const),
        skipReason: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
        label: fc.option(fc.constantFrom('negative' as const, 'positive' as const, 'mixed' as const, 'neutral' as const), { nil: null }),
        topics: fc.array(topic, { maxLength: 3 }),
        findings: fc.array(fc.record({ ruleId: fc.string({ maxLength: 20 }), resolved: fc.boolean() }), { maxLength: 3 }),
      })
      .map(
        (r): LogEntry =>
          LogEntrySchema.parse({
            key: `${r.site}:${r.i}`,
            site: r.site,
            commentId: String(r.i),
            pageUrl: 'https://example.com',
            permalink: null,
            author: null,
            rating: null,
            commentText: 'x',
            commentDate: null,
            detectedAt: r.detectedAt,
            handledAt: Math.max(0, r.detectedAt + r.delay),
            replyText: '',
            handler: 'Ana',
            outcome: r.outcome,
            skipReason: r.skipReason,
            analysis: r.label ? { label: r.label, score: null, lang: null, topics: r.topics, severity: null } : null,
            toneFindings: r.findings.map((f) => ({ ...f, severity: 'warning', text: 'x' })),
          }),
      );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), time, time, fc.integer({ min: -720, max: 840 }), (entries, a, b, offset) => {
        const review = buildReview(entries, { from: Math.min(a, b), to: Math.max(a, b) }, offset);
        expect(review.outcomes.replied + review.outcomes.skipped).toBe(review.total);
        expect(review.responseTimes.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(review.outcomes.replied);
        expect(reviewToCsv(review).startsWith('section,item,measure,value\r\n')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
