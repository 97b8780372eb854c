import type { Lang } from '../../lang';
import { QUESTION_WORDS } from '../data/question-words';
import { expandMacros } from '../text/phrases';
import { sentenceSpans } from '../text/sentences';
import type { RawFinding, ToneRule } from '../types';

type CompiledQuestionWords = Record<keyof (typeof QUESTION_WORDS)['en'], RegExp>;

const word = (source: string, anchored = false): RegExp =>
  new RegExp(`${anchored ? '^' : '(?<![\\p{L}\\p{N}])'}${expandMacros(source)}(?![\\p{L}\\p{N}])`, 'u');

const compiled = new Map<Lang, CompiledQuestionWords>();
function wordsFor(lang: Lang): CompiledQuestionWords {
  let c = compiled.get(lang);
  if (!c) {
    const w = QUESTION_WORDS[lang];
    c = {
      blunt: word(w.blunt),
      opener: word(w.opener, true),
      addressee: word(w.addressee),
      benign: word(w.benign),
      sentenceSoftener: word(w.sentenceSoftener),
      textSoftener: word(w.textSoftener),
    };
    compiled.set(lang, c);
  }
  return c;
}

const QUESTION_MARK = /[?\uff1f]/;
const LEADING_PUNCTUATION = /^[\s\u00bf\u00a1"'(\-*]+/;

/**
 * A blunt question ("Why didn't you tell us?", "What is your problem with...?") with no softening in the
 * sentence and no thanks or apology in the draft reads as an interrogation. Requests ("could you...?")
 * and opinion questions are left alone.
 */
export const directQuestion: ToneRule = {
  id: 'direct-question',
  category: 'impoliteness',
  severity: 'warning',
  description: 'Blunt questions at the reader with no softening ("Why didn\'t you tell us?").',
  messages: {
    en: 'A blunt question aimed at the reader sounds like an interrogation; ask it as a request ("Could you tell us...?").',
    es: 'Una pregunta directa al cliente suena a interrogatorio; formúlela como petición («¿Podría indicarnos...?»).',
    id: 'Pertanyaan langsung kepada pembaca terdengar seperti interogasi; ajukan sebagai permintaan ("Bolehkah Anda...?").',
  },
  check(doc) {
    if (!QUESTION_MARK.test(doc.text)) return [];
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      const w = wordsFor(lang);
      if (w.textSoftener.test(doc.folded)) continue;
      for (const span of sentenceSpans(doc.text)) {
        const sentence = doc.folded.slice(span.start, span.end);
        if (!QUESTION_MARK.test(sentence)) continue;
        const body = sentence.replace(LEADING_PUNCTUATION, '');
        const blunt = w.blunt.test(body) || (w.opener.test(body) && w.addressee.test(body));
        if (!blunt || w.benign.test(body) || w.sentenceSoftener.test(body)) continue;
        findings.push({ start: span.start, end: span.end });
      }
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Could you tell us which room you stayed in?' },
      { lang: 'en', text: 'What could we have done better? Please let us know.' },
      { lang: 'en', text: 'Thank you for your review. How can we make this right?' },
      { lang: 'en', text: 'Why not come back in spring, when the garden is open?' },
      { lang: 'en', text: 'We are sorry. Why did this happen? We are finding out and will write to you.' },
      { lang: 'es', text: '¿Podría indicarnos en qué habitación se alojó?' },
      { lang: 'id', text: 'Bolehkah Anda memberi tahu kami nomor pesanan Anda?' },
    ],
    invalid: [
      { lang: 'en', text: 'Why did you not tell the front desk?', expect: 'Why did you not tell the front desk?' },
      { lang: 'en', text: 'What is your problem with the breakfast?', expect: 'What is your problem with the breakfast?' },
      { lang: 'en', text: 'The pool was open. Why complain now?', expect: 'Why complain now?' },
      { lang: 'es', text: '¿Por qué no avisó usted en recepción?', expect: '¿Por qué no avisó usted en recepción?' },
      { lang: 'id', text: 'Kenapa Anda tidak melapor ke resepsionis?', expect: 'Kenapa Anda tidak melapor ke resepsionis?' },
    ],
  },
};
