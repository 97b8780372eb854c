/**
 * What a comment is about. The ids are stable: the analysis engine tags comments with them, templates
 * declare which ones they fit, the crisis radar counts per id and the log stores them.
 */
export const TOPIC_IDS = [
  'cleanliness',
  'staff', // staff and service
  'food', // food and drink
  'waiting', // waiting and delays
  'room', // room and facilities
  'noise',
  'price', // price and value
  'billing', // booking and billing
  'delivery', // delivery and shipping
  'product', // product quality and defects
  'safety', // safety and health
  'refund',
  'app', // app and website problems
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
