// zod/mini: these schemas are bundled into every content script, which must stay small.
import * as z from 'zod/mini';
import { MAX_COMMENT_TEXT, PageCommentSchema } from '../comments/comment';
import { SITE_IDS } from '../sites/site-ids';

/**
 * Every message that crosses a context boundary, as a schema. The receiving side parses; a
 * malformed message is dropped with a logged reason (see parse.ts) and never crashes a context.
 */

const key = () => z.string().check(z.maxLength(300));

export const PageLayoutSchema = z.enum(['recognised', 'empty', 'unrecognised']);

/** Most comments one report may carry; a page with more is cut, not dropped. */
export const MAX_REPORTED_COMMENTS = 5000;

/** Content script → extension: what the page holds now. */
export const PageReportSchema = z.object({
  type: z.literal('page/report'),
  site: z.enum(SITE_IDS),
  url: z.string().check(z.maxLength(4000)),
  layout: PageLayoutSchema,
  /** Whether the page has a reply box Composure can fill (false: the panel offers Copy). */
  replyBox: z.boolean(),
  comments: z.array(PageCommentSchema).check(z.maxLength(MAX_REPORTED_COMMENTS)),
});
export type PageReport = z.infer<typeof PageReportSchema>;

export const TriageLabelSchema = z.enum(['negative', 'neutral', 'positive', 'mixed']);

/** Background → content script, in answer to a report: how to mark each comment. */
export const PageVerdictsSchema = z.object({
  type: z.literal('page/verdicts'),
  verdicts: z.array(
    z.object({
      key: key(),
      label: TriageLabelSchema,
      needsReply: z.boolean(),
      handled: z.boolean(),
    }),
  ),
});
export type PageVerdicts = z.infer<typeof PageVerdictsSchema>;

/** Extension pages → content script. */
export const ToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/get') }),
  z.object({ type: z.literal('page/insert-reply'), key: key(), text: z.string().check(z.maxLength(MAX_COMMENT_TEXT)) }),
  z.object({ type: z.literal('page/reveal'), key: key() }),
  z.object({ type: z.literal('page/handled'), key: key() }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

export const InsertReplyResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['comment-gone', 'no-editor', 'editor-refused']) }),
]);
export type InsertReplyResult = z.infer<typeof InsertReplyResultSchema>;

export const RevealResultSchema = z.object({ ok: z.boolean() });

/** Content script → background: check the draft the user is typing in the site's own reply box. */
export const GuardCheckSchema = z.object({
  type: z.literal('guard/check'),
  site: z.enum(SITE_IDS),
  uiLang: z.enum(['en', 'es', 'id']),
  text: z.string().check(z.maxLength(MAX_COMMENT_TEXT)),
  /** The comment being answered, when the editor belongs to one. */
  key: z.nullable(key()),
  alreadyReplied: z.boolean(),
});
export type GuardCheck = z.infer<typeof GuardCheckSchema>;

/** Background → content script: the verdict and the problems worth naming. */
export const GuardVerdictSchema = z.object({
  type: z.literal('guard/verdict'),
  verdict: z.enum(['ok', 'caution', 'stop']),
  problems: z
    .array(z.object({ severity: z.enum(['error', 'warning', 'hint']), message: z.string().check(z.maxLength(1000)), text: z.string().check(z.maxLength(1000)) }))
    .check(z.maxLength(20)),
});
export type GuardVerdict = z.infer<typeof GuardVerdictSchema>;

/** Content script → background: the user clicked the guard badge; show the draft in the side panel. */
export const GuardOpenPanelSchema = z.object({
  type: z.literal('guard/open-panel'),
  key: z.nullable(key()),
  text: z.string().check(z.maxLength(MAX_COMMENT_TEXT)),
});


/** Side panel → background: read schema.org reviews on this site from now on (permission granted). */
export const EnableGenericSiteSchema = z.object({
  type: z.literal('generic/enable'),
  origin: z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[^/\s]+$/)),
  tabId: z.nullable(z.number()),
});

export const EnableGenericResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['dedicated', 'no-permission', 'failed']) }),
]);
export type EnableGenericResult = z.infer<typeof EnableGenericResultSchema>;
