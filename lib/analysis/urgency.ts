/** Finds urgency signals (legal threats, health and safety, going public...) with their evidence. */
import type { Lang } from '../lang';
import { EN_URGENCY } from './data/urgency-en';
import { ES_URGENCY } from './data/urgency-es';
import { ID_URGENCY } from './data/urgency-id';
import type { UrgencyRule } from './data/urgency-types';
import { URGENCY_SIGNAL_IDS, type Evidence, type UrgencyHit, type UrgencySignalId } from './types';

export const URGENCY_RULES: Readonly<Record<Lang, readonly UrgencyRule[]>> = { en: EN_URGENCY, es: ES_URGENCY, id: ID_URGENCY };

/** All the rules of one language as a single regular expression, one capturing group per rule: one scan. */
interface CompiledRules {
  ids: UrgencySignalId[];
  re: RegExp;
}

const compiled = new Map<Lang, CompiledRules>();

const WHOLE_WORD = (body: string): string => String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`;

/** One rule alone (used by the tests that run each rule's examples). */
export function compileRule(rule: UrgencyRule): RegExp {
  return new RegExp(WHOLE_WORD(rule.patterns.join('|')), 'gu');
}

function rulesFor(lang: Lang): CompiledRules {
  let rules = compiled.get(lang);
  if (!rules) {
    const list = URGENCY_RULES[lang];
    rules = {
      ids: list.map((rule) => rule.id),
      re: new RegExp(WHOLE_WORD(list.map((rule) => `(${rule.patterns.join('|')})`).join('|')), 'gu'),
    };
    compiled.set(lang, rules);
  }
  return rules;
}

const NON_ASCII_RE = /[\u0080-\uffff]/;
const DIACRITICS_RE = /\p{M}+/gu;

/**
 * Lower-cased, accent-free copy of the text with the same UTF-16 length, so that match offsets
 * in it are offsets in the original. Characters whose folded form would change length are kept.
 */
export function foldKeepingOffsets(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const folded = ch.toLowerCase().normalize('NFD').replace(DIACRITICS_RE, '');
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Urgency signals in the given languages, evidence in text order, in the stable order of the ids. */
export function detectUrgency(text: string, folded: string, langs: readonly Lang[]): UrgencyHit[] {
  const found = new Map<UrgencySignalId, Evidence[]>();
  for (const lang of langs) {
    const { ids, re } = rulesFor(lang);
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const id = ids[m.findIndex((group, k) => k > 0 && group !== undefined) - 1];
      if (id === undefined) continue;
      const evidence = found.get(id) ?? [];
      const start = m.index;
      const end = start + m[0].length;
      if (!evidence.some((e) => e.start === start && e.end === end)) evidence.push({ start, end, text: text.slice(start, end) });
      found.set(id, evidence);
    }
  }
  return URGENCY_SIGNAL_IDS.filter((id) => found.has(id)).map((id) => ({
    id,
    evidence: found.get(id)!.sort((a, b) => a.start - b.start),
  }));
}
