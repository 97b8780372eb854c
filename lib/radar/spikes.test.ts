import { describe, expect, it } from 'vitest';
import { DEFAULT_RADAR_SETTINGS, type RadarSettings } from '../settings/radar-settings';
import { evaluateRadar, HOUR_MS, type RadarInput, type RadarSighting } from './spikes';

const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 24 * HOUR_MS;
/** Defaults: 24 h window, 7 baseline days, at least 3 negatives, 3× the baseline, 12 h cool-down. */
const settings: RadarSettings = { ...DEFAULT_RADAR_SETTINGS };

let serial = 0;
const seen = (hoursAgo: number, topics: string[] = ['cleanliness'], label: string | null = 'negative'): RadarSighting => ({
  key: `tripadvisor:${++serial}`,
  firstSeenAt: NOW - hoursAgo * HOUR_MS,
  label,
  topics,
});
const burst = (count: number, topics?: string[]) => Array.from({ length: count }, (_, i) => seen(1 + i, topics));
/** History reaching back past the whole baseline, as after a week of use. */
const input = (sightings: RadarSighting[], overrides: Partial<RadarInput> = {}): RadarInput => ({
  sightings,
  settings,
  now: NOW,
  historyStartsAt: NOW - 30 * DAY,
  lastAlertAt: {},
  ...overrides,
});

describe('the crisis radar', () => {
  it('alerts on a burst of negatives on one topic against a quiet baseline, and explains itself', () => {
    const baseline = [seen(30), seen(80), seen(150)]; // three cleanliness complaints over the previous week
    const recent = burst(5);
    const result = evaluateRadar(input([...baseline, ...recent, seen(2, ['food'])]));
    expect(result.alerts).toHaveLength(1);
    const [alert] = result.alerts;
    expect(alert).toMatchObject({ topic: 'cleanliness', windowNegatives: 5, baselineNegatives: 3, windowHours: 24, baselineHours: 7 * 24, windowStart: NOW - DAY, windowEnd: NOW });
    expect(alert!.baselineRate).toBeCloseTo(3 / 7);
    expect(alert!.ratio).toBeCloseTo(5 / (3 / 7));
    // The newest examples first, at most three (burst(5) is 1 h, 2 h, … 5 h ago).
    expect(alert!.exampleKeys).toEqual(recent.slice(0, 3).map((s) => s.key));
  });

  it('never alerts on one isolated negative, nor below the minimum count', () => {
    expect(evaluateRadar(input([seen(1)])).spikes).toEqual([]);
    expect(evaluateRadar(input(burst(2))).spikes).toEqual([]);
    expect(evaluateRadar(input(burst(3))).alerts.map((a) => a.topic)).toEqual(['cleanliness']);
  });

  it('stays quiet when the window is no worse than usual for the topic', () => {
    // 4 a day every day of the baseline: 4 in the window is normal, not a spike.
    const usual = Array.from({ length: 7 * 4 }, (_, i) => seen(25 + i * 6));
    expect(evaluateRadar(input([...burst(4), ...usual])).spikes).toEqual([]);
    // 12 in the window is three times the usual rate: a spike.
    expect(evaluateRadar(input([...burst(12), ...usual])).alerts.map((a) => a.windowNegatives)).toEqual([12]);
    expect(evaluateRadar(input([...burst(11), ...usual])).alerts).toEqual([]);
  });

  it('follows the configured threshold, window and baseline', () => {
    const strict = { ...settings, minNegatives: 6 };
    expect(evaluateRadar(input(burst(5), { settings: strict })).alerts).toEqual([]);
    const shortWindow = { ...settings, windowHours: 3 };
    // Only the negatives of the last 3 hours count: 1 h and 2 h ago (3 h ago is the edge, included).
    expect(evaluateRadar(input(burst(5), { settings: shortWindow })).alerts[0]?.windowNegatives).toBe(3);
    expect(evaluateRadar(input(burst(5), { settings: { ...settings, enabled: false } }))).toMatchObject({ spikes: [], alerts: [] });
  });

  it('counts the window edges exactly: the window start is in the window, the baseline start in the baseline', () => {
    const atWindowStart = seen(24);
    const justBefore = { ...seen(24), firstSeenAt: NOW - DAY - 1 };
    const atBaselineStart = seen(24 + 7 * 24);
    const beforeBaseline = { ...seen(0), firstSeenAt: NOW - 8 * DAY - 1 };
    const future = { ...seen(0), firstSeenAt: NOW + 1 };
    const [alert] = evaluateRadar(input([...burst(2), atWindowStart, justBefore, atBaselineStart, beforeBaseline, future])).alerts;
    expect(alert).toMatchObject({ windowNegatives: 3, baselineNegatives: 2 });
  });

  it('counts only negatives with a known topic, once per comment', () => {
    const noise = [seen(1, ['cleanliness'], 'positive'), seen(1, ['cleanliness'], null), seen(1, ['cleanliness'], 'mixed'), seen(1, ['weather'])];
    expect(evaluateRadar(input([...burst(2), ...noise])).spikes).toEqual([]);
    const twice = [seen(1, ['cleanliness', 'cleanliness']), seen(2, ['cleanliness']), seen(3, ['cleanliness', 'room'])];
    expect(evaluateRadar(input(twice)).alerts.map((a) => [a.topic, a.windowNegatives])).toEqual([['cleanliness', 3]]);
  });

  it('keeps a topic quiet during its cool-down and alerts again after it', () => {
    const spiking = burst(5);
    const coolingFor = (hoursAgo: number) => evaluateRadar(input(spiking, { lastAlertAt: { cleanliness: NOW - hoursAgo * HOUR_MS } }));
    expect(coolingFor(11)).toMatchObject({ alerts: [], coolingDown: ['cleanliness'] });
    expect(coolingFor(11).spikes).toHaveLength(1);
    expect(coolingFor(12).alerts.map((a) => a.topic)).toEqual(['cleanliness']);
    // Another topic's cool-down does not silence this one.
    expect(evaluateRadar(input(spiking, { lastAlertAt: { food: NOW } })).alerts).toHaveLength(1);
  });

  it('does not mistake the first page ever read for a burst', () => {
    expect(evaluateRadar(input(burst(20), { historyStartsAt: undefined }))).toMatchObject({ alerts: [], warmingUp: true });
    expect(evaluateRadar(input(burst(20), { historyStartsAt: NOW - 5 * HOUR_MS }))).toMatchObject({ alerts: [], warmingUp: true });
  });

  it('uses only the baseline the history covers, so a short history does not understate the usual rate', () => {
    // Two days of history before the window, with 2 complaints a day: the usual rate is 2 per window, not 4/7.
    const twoDays = [seen(26), seen(30), seen(50), seen(60)];
    const history = { historyStartsAt: NOW - 3 * DAY };
    expect(evaluateRadar(input([...burst(5), ...twoDays], history)).spikes).toEqual([]); // 5 < 3 × 2
    expect(evaluateRadar(input([...burst(6), ...twoDays], history)).alerts[0]).toMatchObject({ baselineHours: 48, baselineNegatives: 4, baselineRate: 2, ratio: 3 });
  });

  it('orders several spiking topics by their count', () => {
    const result = evaluateRadar(input([...burst(3, ['food']), ...burst(6, ['noise'])]));
    expect(result.alerts.map((a) => [a.topic, a.windowNegatives])).toEqual([['noise', 6], ['food', 3]]);
  });
});
