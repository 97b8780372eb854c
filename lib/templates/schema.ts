/** The shape of a reply template, shared by the built-in library, the user's library and import files. */
import { z } from 'zod';
import { LANGS } from '../lang';
import { TOPIC_IDS } from '../topics';
import { SITE_IDS, type SiteId } from '../sites/site-ids';
import { TEMPLATE_VARIABLES } from './variables';
import { parseBody, variablesIn } from './syntax';

/** What kind of moment a template answers. */
export const SITUATIONS = [
  'negative', // a complaint
  'mixed', // praise and criticism together
  'positive', // thanks
  'neutral', // a remark or question without strong feeling
  'ask_details', // move the conversation to a private channel to learn what happened
  'follow_up', // after a fix, tell the reviewer what changed
  'disputed', // a review that may be mistaken or not match any visit: answered without accusing anyone
  'escalation', // legal, health or discrimination complaints routed to a named person
  'holding_statement', // one public statement when volume is too high to answer one by one
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Urgency signals the analysis attaches to a comment; templates may declare the ones they address. */
export const KNOWN_URGENCY_SIGNALS = [
  'legal',
  'health_safety',
  'discrimination',
  'privacy',
  'going_public',
  'boycott',
  'never_again',
  'repeated_complaint',
  'others_agree',
] as const;

/** Urgency signals that need a named person rather than a standard reply. */
export const SENSITIVE_URGENCY = ['legal', 'health_safety', 'discrimination', 'privacy'] as const;

export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

const SentimentRangeSchema = z
  .object({ min: z.number().min(-1).max(1), max: z.number().min(-1).max(1) })
  .refine((range) => range.min <= range.max, { message: 'min must not exceed max', path: ['min'] });

export const ReplyTemplateSchema = z
  .object({
    id: z.string().max(80).regex(TEMPLATE_ID_PATTERN, 'lower-case letters and digits separated by . _ or -'),
    lang: z.enum(LANGS),
    title: z.string().trim().min(1).max(120),
    situations: z.array(z.enum(SITUATIONS)).min(1),
    /** Empty: fits any topic. */
    topics: z.array(z.enum(TOPIC_IDS)),
    /** The comment scores (-1..1) this template suits. */
    sentiment: SentimentRangeSchema,
    sites: z.union([z.literal('all'), z.array(z.enum(SITE_IDS)).min(1)]),
    urgency: z.array(z.string().regex(/^[a-z_]+$/)),
    tags: z.array(z.string().trim().min(1).max(40)),
    body: z.string().min(1).max(10_000),
    /** Every variable the body uses; checked against the body. */
    variables: z.array(z.enum(TEMPLATE_VARIABLES)),
  })
  .superRefine((template, ctx) => {
    const parsed = parseBody(template.body);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: parsed.error });
      return;
    }
    const used = variablesIn(parsed.nodes);
    const declared = new Set(template.variables);
    const undeclared = used.filter((name) => !declared.has(name));
    const unused = template.variables.filter((name) => !used.includes(name));
    if (undeclared.length > 0 || unused.length > 0) {
      const parts = [
        undeclared.length > 0 ? `used but not declared: ${undeclared.join(', ')}` : '',
        unused.length > 0 ? `declared but not used: ${unused.join(', ')}` : '',
      ].filter(Boolean);
      ctx.addIssue({ code: 'custom', path: ['variables'], message: parts.join('; ') });
    }
  });

export type ReplyTemplate = z.infer<typeof ReplyTemplateSchema>;

/** The sites a template may be posted on. */
export function templateSites(template: Pick<ReplyTemplate, 'sites'>): readonly SiteId[] {
  return template.sites === 'all' ? SITE_IDS : template.sites;
}
