import { dayKey, type ReviewPeriod } from './review';

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight starting a calendar day (YYYY-MM-DD) at the given offset from UTC, or null for a malformed day. */
export function startOfDay(day: string, utcOffsetMinutes: number): number | null {
  if (!DAY_PATTERN.test(day)) return null;
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(midnightUtc) || new Date(midnightUtc).toISOString().slice(0, 10) !== day) return null;
  return midnightUtc - utcOffsetMinutes * 60_000;
}

/** The last `days` calendar days, today included, on the user's calendar. */
export function lastDays(days: number, now: number, utcOffsetMinutes: number): ReviewPeriod {
  const todayStart = startOfDay(dayKey(now, utcOffsetMinutes), utcOffsetMinutes)!;
  return { from: todayStart - (Math.max(1, Math.floor(days)) - 1) * DAY_MS, to: todayStart + DAY_MS };
}

/** From the start of one day to the end of another, both included; null when a day is malformed or they are reversed. */
export function betweenDays(fromDay: string, toDay: string, utcOffsetMinutes: number): ReviewPeriod | null {
  const from = startOfDay(fromDay, utcOffsetMinutes);
  const lastStart = startOfDay(toDay, utcOffsetMinutes);
  if (from === null || lastStart === null || lastStart < from) return null;
  return { from, to: lastStart + DAY_MS };
}
