/** Public API of the crisis radar and the post-crisis review (pure: no DOM, no extension API). */
export { evaluateRadar, radarReadStart, MAX_EXAMPLES, type RadarSighting, type TopicSpike, type RadarInput, type RadarEvaluation } from './spikes';
export {
  nextRadarState,
  dismissAlert,
  sameRadarState,
  exampleExcerpt,
  RadarStateSchema,
  RadarAlertSchema,
  EMPTY_RADAR_STATE,
  MAX_EXAMPLE_CHARS,
  type RadarState,
  type RadarAlert,
  type RadarExample,
} from './state';
export { buildReview, dayKey, RESPONSE_BUCKETS, MAX_REVIEW_DAYS, type CrisisReview, type ReviewPeriod, type DayVolume, type ResponseTimes, type ResponseBucketId, type ToneCaught } from './review';
export { reviewToCsv, reviewFileName } from './review-csv';
export { holdingStatements, type HoldingStatement } from './holding';
export { lastDays, betweenDays, startOfDay } from './period';
