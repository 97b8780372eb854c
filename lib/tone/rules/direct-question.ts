import type { Lang } from '../../lang';
import { QUESTION_WORDS } from '../data/question-words';
import { courtesyOutweighs, leansBlunt } from '../politeness';
import { expandMacros, WORD_END, WORD_START } from '../text/phrases';
import { sentenceSpans } from '../text/sentences';
import type { RawFinding, ToneDocument, ToneRule } from '../types';

type CompiledQuestionWords = Record<keyof (typeof QUESTION_WORDS)['en'], RegExp>;

const word = (source: string, anchored = false): RegExp =>
  new RegExp(`${anchored ? '^' : WORD_START}${expandMacros(source)}${WORD_END}`, 'u');

const compiled = new Map<Lang, CompiledQuestionWords>();
function wordsFor(lang: Lang): CompiledQuestionWords {
  let c = compiled.get(lang);
  if (!c) {
    const w = QUESTION_WORDS[lang];
    c = {
      blunt: word(w.blunt),
      request: word(w.request, true),
      greeting: word(w.greeting),
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
const MIN_INTERROGATION = 2;

const found = new WeakMap<ToneDocument, RawFinding[]>();

/** The pointed questions of a draft (computed once per check: `blunt-tone` yields to them). */
export function pointedQuestions(doc: ToneDocument): RawFinding[] {
  const known = found.get(doc);
  if (known) return known;
  const findings = findPointedQuestions(doc);
  found.set(doc, findings);
  return findings;
}

function findPointedQuestions(doc: ToneDocument): RawFinding[] {
  if (!QUESTION_MARK.test(doc.text)) return [];
  const findings: RawFinding[] = [];
  for (const lang of doc.langs) {
    const w = wordsFor(lang);
    if (w.textSoftener.test(doc.folded) || courtesyOutweighs(doc, lang)) continue;
    const pointed = sentenceSpans(doc.text)
      .map((span) => ({ span, body: doc.folded.slice(span.start, span.end).replace(LEADING_PUNCTUATION, '') }))
      .filter(({ body }) => QUESTION_MARK.test(body) && !w.benign.test(body) && !w.request.test(body) && !w.sentenceSoftener.test(body));
    // A string of pointed questions with no courtesy anywhere is an interrogation, whatever each one asks.
    const interrogation =
      pointed.length >= MIN_INTERROGATION && !w.sentenceSoftener.test(doc.folded) && !w.greeting.test(doc.folded);
    // A single pointed question is blunt only in a draft that leans blunt overall (politeness.ts).
    const blunt = leansBlunt(doc, lang);
    for (const { span, body } of pointed) {
      if (interrogation || (blunt && (w.blunt.test(body) || (w.opener.test(body) && w.addressee.test(body))))) {
        findings.push({ start: span.start, end: span.end });
      }
    }
  }
  return findings;
}

/**
 * A blunt question ("Why didn't you tell us?", "What is your problem with...?") with no softening in the
 * sentence and no thanks or apology in the draft reads as an interrogation. Requests ("could you...?")
 * and opinion questions are left alone. A single pointed question counts only when the draft leans blunt
 * overall (its blunt politeness strategies outweigh its polite ones); courtesy that clearly outweighs them
 * (politeness.ts) clears even a string of questions.
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
  check: pointedQuestions,
  examples: {
    valid: [
      { lang: 'en', text: 'Could you tell us which room you stayed in?' },
      { lang: 'en', text: 'Hi Sam, did you get our message? Is the new room better?' },
      { lang: 'en', text: 'Can you send us the dates? Is there anything else we can do?' },
      { lang: 'en', text: 'What could we have done better? Please let us know.' },
      { lang: 'en', text: 'Thank you for your review. How can we make this right?' },
      { lang: 'en', text: 'Why not come back in spring, when the garden is open?' },
      { lang: 'en', text: 'We are sorry. Why did this happen? We are finding out and will write to you.' },
      // A greeting outweighs one plain question: the draft does not lean blunt (politeness.ts).
      { lang: 'en', text: 'Hi Dan, what are you up to these days?' },
      { lang: 'es', text: 'Hola, ¿cuándo nos visitó usted?' },
      { lang: 'id', text: 'Halo, kapan Anda menginap di hotel kami?' },
      { lang: 'es', text: '¿Podría indicarnos en qué habitación se alojó?' },
      { lang: 'id', text: 'Bolehkah Anda memberi tahu kami nomor pesanan Anda?' },
    ],
    invalid: [
      { lang: 'en', text: 'Why did you not tell the front desk?', expect: 'Why did you not tell the front desk?' },
      { lang: 'en', text: 'What is your problem with the breakfast?', expect: 'What is your problem with the breakfast?' },
      { lang: 'en', text: 'The pool was open. Why complain now?', expect: 'Why complain now?' },
      { lang: 'en', text: 'Did you ask at reception? Did you call?', expect: 'Did you call?' },
      { lang: 'en', text: 'What is your problem with the breakfast, really?', expect: 'What is your problem with the breakfast, really?' },
      { lang: 'es', text: '¿Por qué no avisó usted en recepción?', expect: '¿Por qué no avisó usted en recepción?' },
      { lang: 'id', text: 'Kenapa Anda tidak melapor ke resepsionis?', expect: 'Kenapa Anda tidak melapor ke resepsionis?' },
    ],
  },
};
