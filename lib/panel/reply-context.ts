import type { CommentAnalysis } from '../analysis';
import { isLang, type Lang } from '../lang';
import type { QueueItem } from '../queue/order';
import type { BrandProfile } from '../settings/brand-profile';
import { fillTemplate, rankTemplates, templateVarsFor, type FilledTemplate, type RankedTemplate, type ReplyTemplate, type TemplateContext, type TemplateRankInput } from '../templates';
import { checkTone, type ToneResult, type ToneSettings } from '../tone';
import type { TopicId } from '../topics';

/** The language a reply should be in: the comment's, or the UI's when the comment's is not ours. */
export function replyLang(analysis: CommentAnalysis, uiLang: Lang): Lang {
  return isLang(analysis.lang) ? analysis.lang : analysis.langConfidence < 0.5 ? uiLang : analysis.analysedAs;
}

/** Checks a draft for this comment with everything the checker can use. */
export function checkDraft(item: QueueItem, draft: string, options: { uiLang: Lang; settings: ToneSettings; previousReplies: string[] }): ToneResult {
  const { comment, triage } = item;
  return checkTone(draft, {
    site: comment.site,
    uiLang: options.uiLang,
    settings: options.settings,
    context: {
      commentText: comment.text,
      commentReportsFailure: triage.label === 'negative' || triage.label === 'mixed',
      previousReplies: options.previousReplies,
      alreadyReplied: comment.ownerReply !== null,
    },
  });
}

/** What the template ranker needs to know about a comment. */
export function rankInputFor(item: QueueItem, uiLang: Lang): TemplateRankInput {
  const { comment, triage } = item;
  const { analysis } = triage;
  const topicWords: Partial<Record<TopicId, string>> = {};
  for (const topic of analysis.topics) {
    // A phrase ("hair in the sink") reads well in a reply; a lone evidence word ("dirty", "room")
    // does not, so then the template's own wording for the topic is used.
    const phrase = topic.evidence.map((evidence) => evidence.text.trim()).find((text) => text.split(/\s+/).length >= 2);
    if (phrase) topicWords[topic.id] = phrase.toLowerCase();
  }
  return {
    lang: replyLang(analysis, uiLang),
    label: analysis.label,
    score: analysis.score,
    topics: analysis.topics.map((topic) => topic.id),
    topicWords,
    urgency: analysis.urgency.map((signal) => signal.id),
    rating: comment.rating,
    site: comment.site,
    alreadyAnswered: comment.ownerReply !== null,
    authorName: comment.author,
  };
}

function templateContext(item: QueueItem, brand: BrandProfile, recentlyUsed: string[], library: ReplyTemplate[], crisis: boolean): TemplateContext {
  return {
    brand: { name: brand.name, signature: brand.signature, role: brand.role, contactChannel: brand.contactChannel, allowedActions: brand.allowedActions },
    recentlyUsed,
    library,
    crisis,
    seed: seedOf(item.comment.key),
  };
}

/** Three filled suggestions for this comment, varied by the comment and by what was used lately. */
export function suggestReplies(item: QueueItem, uiLang: Lang, brand: BrandProfile, recentlyUsed: string[], library: ReplyTemplate[], crisis: boolean): RankedTemplate[] {
  return rankTemplates(rankInputFor(item, uiLang), templateContext(item, brand, recentlyUsed, library, crisis));
}

/**
 * Refills a suggestion with what the business will do, as the user chose it (one of the actions the
 * brand profile allows, or their own words): the template never picks a commitment by itself.
 */
export function fillWithAction(item: QueueItem, uiLang: Lang, brand: BrandProfile, template: ReplyTemplate, action: string): FilledTemplate {
  const vars = templateVarsFor(template, rankInputFor(item, uiLang), templateContext(item, brand, [], [template], false));
  return fillTemplate(template, { ...vars, action });
}

function seedOf(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(hash);
}
