import { describe, expect, it } from 'vitest';
import type { RadarEvaluation, TopicSpike } from './spikes';
import { dismissAlert, EMPTY_RADAR_STATE, exampleExcerpt, MAX_EXAMPLE_CHARS, nextRadarState, RadarStateSchema } from './state';

const spike = (topic: TopicSpike['topic'], windowNegatives: number): TopicSpike => ({
  topic,
  windowNegatives,
  windowStart: 0,
  windowEnd: 100,
  windowHours: 24,
  baselineNegatives: 0,
  baselineStart: -10,
  baselineHours: 168,
  baselineRate: 0,
  ratio: null,
  exampleKeys: [`x:${topic}`],
});
const evaluation = (spikes: TopicSpike[], alerting = spikes): RadarEvaluation => ({
  spikes,
  alerts: alerting,
  coolingDown: spikes.filter((s) => !alerting.includes(s)).map((s) => s.topic),
  warmingUp: false,
});
const examples = (s: TopicSpike) => s.exampleKeys.map((key) => ({ key, text: null }));

describe('the radar state', () => {
  it('raises a new alert and starts its cool-down', () => {
    const state = nextRadarState(EMPTY_RADAR_STATE, evaluation([spike('cleanliness', 5)]), 1000, examples);
    expect(state.alerts).toMatchObject([{ topic: 'cleanliness', windowNegatives: 5, raisedAt: 1000, examples: [{ key: 'x:cleanliness', text: null }] }]);
    expect(state.lastAlertAt).toEqual({ cleanliness: 1000 });
    expect(RadarStateSchema.parse(state)).toEqual(state);
  });

  it('refreshes the counts of an alert still spiking in its cool-down, keeping when it was raised', () => {
    const first = nextRadarState(EMPTY_RADAR_STATE, evaluation([spike('cleanliness', 5)]), 1000, examples);
    const later = nextRadarState(first, evaluation([spike('cleanliness', 9)], []), 2000, examples);
    expect(later.alerts).toMatchObject([{ topic: 'cleanliness', windowNegatives: 9, raisedAt: 1000 }]);
    expect(later.lastAlertAt).toEqual({ cleanliness: 1000 });
  });

  it('drops an alert once its topic calms down', () => {
    const first = nextRadarState(EMPTY_RADAR_STATE, evaluation([spike('cleanliness', 5)]), 1000, examples);
    expect(nextRadarState(first, evaluation([]), 2000, examples).alerts).toEqual([]);
  });

  it('keeps a dismissed alert away while its topic cools down', () => {
    const first = nextRadarState(EMPTY_RADAR_STATE, evaluation([spike('cleanliness', 5)]), 1000, examples);
    const dismissed = dismissAlert(first, 'cleanliness');
    expect(dismissed.alerts).toEqual([]);
    expect(nextRadarState(dismissed, evaluation([spike('cleanliness', 7)], []), 2000, examples).alerts).toEqual([]);
  });

  it('falls back to no alerts for a damaged stored state', () => {
    expect(RadarStateSchema.safeParse({ alerts: [{ topic: 'weather' }] }).success).toBe(false);
    expect(RadarStateSchema.parse({})).toEqual(EMPTY_RADAR_STATE);
  });

  it('cuts long example texts to an excerpt on one line', () => {
    expect(exampleExcerpt('Dirty\n\n  room')).toBe('Dirty room');
    const long = exampleExcerpt('dirty '.repeat(200));
    expect([...long].length).toBeLessThanOrEqual(MAX_EXAMPLE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});
