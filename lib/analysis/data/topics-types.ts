import type { TopicId } from '../../topics';

/**
 * The words that tie a comment to each topic, in one language: folded (lower-case, accent-free)
 * words or phrases; a trailing `*` matches any word starting with the stem (four letters or more).
 */
export type TopicTaxonomy = Readonly<Record<TopicId, readonly string[]>>;
