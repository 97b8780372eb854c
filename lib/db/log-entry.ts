import { z } from 'zod';
import { MAX_COMMENT_TEXT } from '../comments/comment';
import { SITE_IDS } from '../sites/site-ids';

/** What the analysis said about the comment when it was handled (filled by the analysis engine). */
export const LoggedAnalysisSchema = z.object({
  label: z.enum(['negative', 'neutral', 'positive', 'mixed']),
  score: z.number().min(-1).max(1).nullable(),
  lang: z.string().max(10).nullable(),
  topics: z.array(z.string().max(40)).max(50),
  severity: z.number().int().min(0).max(10).nullable(),
});

/** A tone problem the checker found in the draft before it was posted. */
export const LoggedToneFindingSchema = z.object({
  ruleId: z.string().max(100),
  severity: z.enum(['error', 'warning', 'hint']),
  text: z.string().max(2000),
  /** Whether the problem was still in the reply when it was handled. */
  resolved: z.boolean(),
});
export type LoggedToneFinding = z.infer<typeof LoggedToneFindingSchema>;

/** One handled comment. Timestamps are epoch milliseconds. */
export const LogEntrySchema = z.object({
  /** Stable comment key: `${site}:${site id or content hash}`. One entry per comment. */
  key: z.string().min(3).max(300),
  site: z.enum(SITE_IDS),
  commentId: z.string().min(1).max(200),
  pageUrl: z.string().max(4000),
  permalink: z.string().max(2000).nullable(),
  author: z.string().max(500).nullable(),
  rating: z.number().min(1).max(5).nullable(),
  commentText: z.string().max(MAX_COMMENT_TEXT),
  commentDate: z.string().max(200).nullable(),
  /** When Composure first saw the comment; response time is handledAt − detectedAt. */
  detectedAt: z.number().int().nonnegative(),
  handledAt: z.number().int().nonnegative(),
  replyText: z.string().max(MAX_COMMENT_TEXT),
  handler: z.string().max(200),
  outcome: z.enum(['replied', 'skipped']),
  skipReason: z.string().max(500).nullable(),
  analysis: LoggedAnalysisSchema.nullable(),
  toneFindings: z.array(LoggedToneFindingSchema).max(500),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** The first time a comment was seen on a page; kept so response times start at detection. */
export const SightingSchema = z.object({
  key: z.string().min(3).max(300),
  site: z.enum(SITE_IDS),
  pageUrl: z.string().max(4000),
  firstSeenAt: z.number().int().nonnegative(),
  /** The analysis's label when first seen; null for sightings stored before schema version 3. */
  label: LoggedAnalysisSchema.shape.label.nullable(),
  topics: z.array(z.string().max(40)).max(50),
  lang: z.string().max(10).nullable(),
});
export type Sighting = z.infer<typeof SightingSchema>;
/** What the analysis said about a comment when it was first seen. */
export type SightingAnalysis = Pick<Sighting, 'label' | 'topics' | 'lang'>;

/**
 * The analysis given to sightings stored before schema version 3 (never analysed) and to comments
 * recorded without one: no label (so never counted as negative), no topics, no language.
 */
export function unknownSightingAnalysis(): SightingAnalysis {
  return { label: null, topics: [], lang: null };
}

/**
 * When an imported entry and the stored one differ for the same comment, the one handled later
 * stays in the log and the other is kept here, shown to the user, never dropped.
 */
export interface LogConflict {
  id?: number;
  key: string;
  importedAt: number;
  /** Where the import came from (file name). */
  source: string;
  /** Which side stayed in the log. */
  kept: 'stored' | 'imported';
  /** The side that did not. */
  other: LogEntry;
}
