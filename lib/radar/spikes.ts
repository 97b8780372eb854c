import type { RadarSettings } from '../settings/radar-settings';
import { TOPIC_IDS, type TopicId } from '../topics';

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How many example comments an alert names. */
export const MAX_EXAMPLES = 3;

/** A comment as the radar sees it: when it was first seen and what the analysis said then. */
export interface RadarSighting {
  key: string;
  firstSeenAt: number;
  /** null when never analysed (sightings from before the radar existed): never counted. */
  label: string | null;
  topics: readonly string[];
}

/** One topic's negatives in the window against its baseline: everything an alert shows to explain itself. */
export interface TopicSpike {
  topic: TopicId;
  /** Negatives on the topic first seen in [windowStart, windowEnd]. */
  windowNegatives: number;
  windowStart: number;
  windowEnd: number;
  windowHours: number;
  /** Negatives on the topic first seen in [baselineStart, windowStart). */
  baselineNegatives: number;
  baselineStart: number;
  /** How many hours of baseline the history actually covers (less than baselineDays × 24 early on). */
  baselineHours: number;
  /** The baseline's average negatives per window length: what a normal window looks like. */
  baselineRate: number;
  /** windowNegatives ÷ baselineRate; null when the baseline had no negatives on the topic. */
  ratio: number | null;
  /** The most recent negatives on the topic in the window, newest first. */
  exampleKeys: string[];
}

export interface RadarInput {
  /** Sightings from at least baselineStart to now; others are ignored. */
  sightings: readonly RadarSighting[];
  settings: RadarSettings;
  now: number;
  /** When the oldest sighting of any kind was recorded; undefined when there is none. */
  historyStartsAt: number | undefined;
  /** When each topic last raised an alert (epoch ms), for the cool-down. */
  lastAlertAt: Readonly<Partial<Record<string, number>>>;
}

export interface RadarEvaluation {
  /** Every topic over the threshold now, most negatives first. */
  spikes: TopicSpike[];
  /** The spikes that raise an alert now: those not in their cool-down. */
  alerts: TopicSpike[];
  /** Spiking topics kept quiet because they alerted less than cooldownHours ago. */
  coolingDown: TopicId[];
  /**
   * True when nothing was seen before the window: the first page ever read would otherwise look
   * like a burst (every comment on it is "first seen" now), so there is no baseline to compare with.
   */
  warmingUp: boolean;
}

const KNOWN_TOPICS: ReadonlySet<string> = new Set(TOPIC_IDS);

/**
 * Negatives per topic in the rolling window against the baseline days before it. A topic spikes
 * when it has at least minNegatives in the window (one bad comment is not a crisis) and at least
 * spikeRatio times the baseline's rate; it alerts unless it alerted within cooldownHours.
 */
export function evaluateRadar(input: RadarInput): RadarEvaluation {
  const { settings, now } = input;
  const quiet: RadarEvaluation = { spikes: [], alerts: [], coolingDown: [], warmingUp: false };
  if (!settings.enabled || !Number.isFinite(now)) return quiet;
  const windowStart = now - settings.windowHours * HOUR_MS;
  const history = input.historyStartsAt;
  if (history === undefined || !(history < windowStart)) return { ...quiet, warmingUp: true };
  const baselineStart = Math.max(windowStart - settings.baselineDays * DAY_MS, history);
  const baselineHours = (windowStart - baselineStart) / HOUR_MS;

  const inWindow = new Map<TopicId, RadarSighting[]>();
  const inBaseline = new Map<TopicId, number>();
  for (const sighting of input.sightings) {
    if (sighting.label !== 'negative' || sighting.firstSeenAt > now || sighting.firstSeenAt < baselineStart) continue;
    for (const topic of new Set(sighting.topics)) {
      if (!KNOWN_TOPICS.has(topic)) continue;
      const id = topic as TopicId;
      if (sighting.firstSeenAt >= windowStart) {
        const list = inWindow.get(id) ?? [];
        list.push(sighting);
        inWindow.set(id, list);
      } else inBaseline.set(id, (inBaseline.get(id) ?? 0) + 1);
    }
  }

  const spikes: TopicSpike[] = [];
  for (const [topic, negatives] of inWindow) {
    const baselineNegatives = inBaseline.get(topic) ?? 0;
    const baselineRate = (baselineNegatives * settings.windowHours) / baselineHours;
    const windowNegatives = negatives.length;
    if (windowNegatives < settings.minNegatives || windowNegatives < settings.spikeRatio * baselineRate) continue;
    const newestFirst = [...negatives].sort((a, b) => b.firstSeenAt - a.firstSeenAt || a.key.localeCompare(b.key));
    spikes.push({
      topic,
      windowNegatives,
      windowStart,
      windowEnd: now,
      windowHours: settings.windowHours,
      baselineNegatives,
      baselineStart,
      baselineHours,
      baselineRate,
      ratio: baselineRate > 0 ? windowNegatives / baselineRate : null,
      exampleKeys: newestFirst.slice(0, MAX_EXAMPLES).map((sighting) => sighting.key),
    });
  }
  spikes.sort((a, b) => b.windowNegatives - a.windowNegatives || TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic));

  const cooldownMs = settings.cooldownHours * HOUR_MS;
  const inCooldown = (topic: TopicId) => {
    const last = input.lastAlertAt[topic];
    return last !== undefined && now - last < cooldownMs;
  };
  return {
    spikes,
    alerts: spikes.filter((spike) => !inCooldown(spike.topic)),
    coolingDown: spikes.filter((spike) => inCooldown(spike.topic)).map((spike) => spike.topic),
    warmingUp: false,
  };
}

/** Where the radar must read sightings from to evaluate at `now`. */
export function radarReadStart(settings: RadarSettings, now: number): number {
  return now - settings.windowHours * HOUR_MS - settings.baselineDays * DAY_MS;
}
