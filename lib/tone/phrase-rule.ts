/** Builds a rule that flags phrases from per-language data: the shape most tone rules share. */
import type { Lang } from '../lang';
import { phraseMatchers, type PhraseData, type PhraseMatch } from './text/phrases';
import type { RawFinding, ToneDocument, ToneRule } from './types';

export interface PhraseRuleSpec extends Omit<ToneRule, 'check'> {
  data: PhraseData;
  /** Drops a match that the surrounding text shows to be innocent. */
  keep?: (match: PhraseMatch, doc: ToneDocument, lang: Lang) => boolean;
}

export function phraseRule(spec: PhraseRuleSpec): ToneRule {
  const matcherFor = phraseMatchers(spec.data);
  const { data: _data, keep, ...rule } = spec;
  return {
    ...rule,
    check(doc: ToneDocument): RawFinding[] {
      const findings: RawFinding[] = [];
      for (const lang of doc.langs) {
        for (const match of matcherFor(lang).find(doc.folded)) {
          if (keep && !keep(match, doc, lang)) continue;
          findings.push({ start: match.start, end: match.end, replacements: match.entry.replace ? [...match.entry.replace] : [] });
        }
      }
      return findings;
    },
  };
}
