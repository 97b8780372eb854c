import { storage } from 'wxt/utils/storage';
import { EMPTY_RADAR_STATE, RadarStateSchema, type RadarState } from '../radar/state';

/**
 * The crisis radar's current alerts, written by the background after each page report and shown by
 * the side panel. Session storage: alerts (with short excerpts of example comments) live only while
 * the browser is open and are never written to disk; the cool-down restarts with the browser.
 */
export const radarStateItem = storage.defineItem<RadarState>('session:radarState', { fallback: EMPTY_RADAR_STATE, version: 1 });

/** The stored state, or no alerts when the stored value is damaged. */
export async function loadRadarState(): Promise<RadarState> {
  return parseRadarState(await radarStateItem.getValue());
}

export function parseRadarState(value: unknown): RadarState {
  const parsed = RadarStateSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_RADAR_STATE;
}
