/** Turns a template and the values at hand into a draft, leaving visible gaps for what only the user can say. */
import type { ReplyTemplate } from './schema';
import { parseBody, renderNodes, requiredVariablesIn, tidy } from './syntax';
import {
  GAP_LABELS,
  TOPIC_FALLBACKS,
  greetingName,
  normaliseValue,
  valueProblem,
  type TemplateVariable,
  type TemplateVars,
  type ValueProblem,
} from './variables';

export interface FilledTemplate {
  /** The draft: values filled in, optional passages dropped, gaps shown as e.g. "[what we will do]". */
  filled: string;
  /** Variables the draft still needs from the user (each one shows as a gap). */
  missing: TemplateVariable[];
  /** Values that were refused (a link, an email, a phone number, too long) and left out. */
  rejected: { variable: TemplateVariable; problem: ValueProblem }[];
}

/**
 * "de el envío" must read "del envío" (and "a el" "al") once a value starting with the article meets the
 * template's preposition. Only the lower-case article contracts: "de El Faro" is a name and stays.
 */
function contractSpanishArticles(text: string): string {
  // Letter-aware boundaries: "venía el" must not turn into "veníal".
  return text.replace(/(?<![\p{L}\p{N}])([Dd]e|[Aa]) el(?![\p{L}\p{N}])/gu, (_match, preposition: string) =>
    preposition.toLowerCase() === 'de' ? `${preposition.charAt(0)}el` : `${preposition}l`,
  );
}

export function fillTemplate(template: ReplyTemplate, vars: TemplateVars): FilledTemplate {
  const parsed = parseBody(template.body);
  if (!parsed.ok) throw new Error(`template ${template.id}: ${parsed.error}`);
  const rejected: FilledTemplate['rejected'] = [];
  const values = new Map<TemplateVariable, string>();
  for (const variable of template.variables) {
    const raw = vars[variable];
    if (raw === null || raw === undefined) continue;
    const value = variable === 'name' ? greetingName(raw) : normaliseValue(variable, raw);
    if (!value) continue;
    const problem = valueProblem(variable, value);
    if (problem) rejected.push({ variable, problem });
    else values.set(variable, value);
  }
  // A template written for one topic can name that topic itself when the reviewer's words are not known.
  const ownTopic = template.topics[0];
  if (!values.has('topic') && ownTopic && template.variables.includes('topic')) {
    values.set('topic', TOPIC_FALLBACKS[template.lang][ownTopic]);
  }
  const lookup = (variable: TemplateVariable): string | null => values.get(variable) ?? null;
  const rendered = tidy(renderNodes(parsed.nodes, lookup, (variable) => GAP_LABELS[template.lang][variable]));
  const filled = template.lang === 'es' ? contractSpanishArticles(rendered) : rendered;
  const missing = requiredVariablesIn(parsed.nodes).filter((variable) => !values.has(variable));
  return { filled, missing, rejected };
}
