import type { Lang } from '../lang';
import type { BrandProfile } from '../settings/brand-profile';
import { builtinTemplates, fillTemplate, TOPIC_FALLBACKS, type ReplyTemplate } from '../templates';
import type { TopicId } from '../topics';

export interface HoldingStatement {
  template: ReplyTemplate;
  /** The statement with the brand profile and the topic filled in; what only the team knows stays a visible gap. */
  filled: string;
  missing: ReturnType<typeof fillTemplate>['missing'];
}

/**
 * The holding-statement templates in one language, filled for a spiking topic from the brand
 * profile (principle 11: when there are too many comments to answer one by one, publish a statement).
 */
export function holdingStatements(lang: Lang, topic: TopicId, brand: BrandProfile, library: readonly ReplyTemplate[] = builtinTemplates): HoldingStatement[] {
  return library
    .filter((template) => template.lang === lang && template.situations.includes('holding_statement'))
    .map((template) => {
      const { filled, missing } = fillTemplate(template, {
        brand: brand.name,
        signature: brand.signature,
        role: brand.role,
        contact: brand.contactChannel,
        topic: TOPIC_FALLBACKS[lang][topic],
      });
      return { template, filled, missing };
    });
}
