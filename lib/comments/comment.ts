// zod/mini: this schema is bundled into every content script, which must stay small.
import * as z from 'zod/mini';
import { SITE_IDS } from '../sites/site-ids';

/** Longest comment text we carry across contexts; longer text is cut and flagged as truncated. */
export const MAX_COMMENT_TEXT = 20_000;

const text = (max: number) => z.string().check(z.maxLength(max));

export const OwnerReplySchema = z.object({
  text: text(MAX_COMMENT_TEXT),
  author: z.nullable(text(500)),
  dateText: z.nullable(text(200)),
});
export type OwnerReply = z.infer<typeof OwnerReplySchema>;

/** One comment as an adapter read it from a page. Crosses the content-script boundary, so it is a schema. */
export const PageCommentSchema = z.object({
  /** Stable across page loads: `${site}:${id}`. The log is keyed by it. */
  key: z.string().check(z.minLength(3), z.maxLength(300)),
  site: z.enum(SITE_IDS),
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** 'site' when the page gave the id, 'hash' when we derived it from the content. */
  idSource: z.enum(['site', 'hash']),
  text: text(MAX_COMMENT_TEXT),
  title: z.nullable(text(1000)),
  /** True when the page shows only part of the text and the rest is not in the DOM. */
  truncated: z.boolean(),
  /** Normalised to 1–5, or null when the site has no rating. */
  rating: z.nullable(z.number().check(z.minimum(1), z.maximum(5))),
  /** The rating as the page wrote it (e.g. "4.0 of 5 bubbles", "Scored 8.0"). */
  ratingRaw: z.nullable(text(200)),
  author: z.nullable(text(500)),
  dateText: z.nullable(text(200)),
  permalink: z.nullable(text(2000)),
  ownerReply: z.nullable(OwnerReplySchema),
});
export type PageComment = z.infer<typeof PageCommentSchema>;

export function commentKey(site: string, id: string): string {
  return `${site}:${id}`;
}
