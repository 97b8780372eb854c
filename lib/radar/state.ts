import { z } from 'zod';
import { TOPIC_IDS } from '../topics';
import type { RadarEvaluation, TopicSpike } from './spikes';

/** An example comment of an alert: its text when Composure has it (page or log), else only its key. */
export const RadarExampleSchema = z.object({
  key: z.string().max(300),
  text: z.string().max(2000).nullable(),
});
export type RadarExample = z.infer<typeof RadarExampleSchema>;

/** Longest example text kept in an alert; the panel shows an excerpt, not the whole comment. */
export const MAX_EXAMPLE_CHARS = 280;

const finite = z.number().finite();
export const RadarAlertSchema = z.object({
  topic: z.enum(TOPIC_IDS),
  windowNegatives: z.number().int().nonnegative(),
  windowStart: finite,
  windowEnd: finite,
  windowHours: z.number().positive(),
  baselineNegatives: z.number().int().nonnegative(),
  baselineStart: finite,
  baselineHours: z.number().nonnegative(),
  baselineRate: z.number().nonnegative(),
  ratio: z.number().nonnegative().nullable(),
  exampleKeys: z.array(z.string().max(300)).max(20),
  /** When this alert was first raised (it keeps this time while its counts are refreshed). */
  raisedAt: finite,
  examples: z.array(RadarExampleSchema).max(20),
});
export type RadarAlert = z.infer<typeof RadarAlertSchema>;

/** What the background keeps between page reports and the panel shows: the current alerts. */
export const RadarStateSchema = z.object({
  alerts: z.array(RadarAlertSchema).max(TOPIC_IDS.length).default([]),
  /** Topic → when it last raised an alert, for the cool-down (kept after a dismissal). */
  lastAlertAt: z.record(z.string(), finite).default({}),
});
export type RadarState = z.infer<typeof RadarStateSchema>;
export const EMPTY_RADAR_STATE: RadarState = { alerts: [], lastAlertAt: {} };

/**
 * The radar state after an evaluation: new alerts are raised (and start their cool-down), alerts
 * still spiking get fresh counts and examples, and alerts whose topic calmed down are dropped.
 * A dismissed alert stays away while its topic cools down, because its lastAlertAt is kept.
 */
export function nextRadarState(previous: RadarState, evaluation: RadarEvaluation, now: number, examplesFor: (spike: TopicSpike) => RadarExample[]): RadarState {
  const lastAlertAt = { ...previous.lastAlertAt };
  const shown = new Map(previous.alerts.map((alert) => [alert.topic, alert]));
  const raised = new Set(evaluation.alerts.map((spike) => spike.topic));
  const alerts: RadarAlert[] = [];
  for (const spike of evaluation.spikes) {
    const current = shown.get(spike.topic);
    if (raised.has(spike.topic)) {
      lastAlertAt[spike.topic] = now;
      alerts.push({ ...spike, raisedAt: now, examples: examplesFor(spike) });
    } else if (current) {
      alerts.push({ ...spike, raisedAt: current.raisedAt, examples: examplesFor(spike) });
    }
  }
  return { alerts, lastAlertAt };
}

/** The user has seen the alert: it goes, and its topic stays quiet until its cool-down ends. */
export function dismissAlert(state: RadarState, topic: string): RadarState {
  return { ...state, alerts: state.alerts.filter((alert) => alert.topic !== topic) };
}

/** Whether two states show the same alerts (so an unchanged state is not written again). */
export function sameRadarState(a: RadarState, b: RadarState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An excerpt short enough for the alert. */
export function exampleExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= MAX_EXAMPLE_CHARS ? flat : `${chars.slice(0, MAX_EXAMPLE_CHARS - 1).join('').trimEnd()}…`;
}
