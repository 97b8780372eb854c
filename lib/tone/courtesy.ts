/** Shared by the courtesy hints: what a good reply to a comment contains. They never move the verdict. */
import { COURTESY_FIXES } from './data/courtesy-fixes';
import { phraseMatchers, type PhraseData } from './text/phrases';
import type { RawFinding, ToneDocument } from './types';

/** Drafts shorter than this are still being typed: asking for thanks would be noise. */
export const MIN_WORDS = 5;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const matchersByData = new WeakMap<PhraseData, ReturnType<typeof phraseMatchers>>();

export function mentionsAny(doc: ToneDocument, data: PhraseData): boolean {
  let matcherFor = matchersByData.get(data);
  if (!matcherFor) {
    matcherFor = phraseMatchers(data);
    matchersByData.set(data, matcherFor);
  }
  return doc.langs.some((lang) => matcherFor(lang).find(doc.folded).length > 0);
}

/** An empty range where a courtesy sentence would go, with that sentence as the fix. */
export function insertion(doc: ToneDocument, at: 'start' | 'end', fix: keyof typeof COURTESY_FIXES): RawFinding {
  const offset = at === 'start' ? 0 : doc.text.length;
  return { start: offset, end: offset, replacements: [COURTESY_FIXES[fix][doc.langs[0]!]] };
}
