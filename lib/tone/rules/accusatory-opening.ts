import type { Lang } from '../../lang';
import { ACCUSATORY_OPENING } from '../data/accusatory-opening';
import { QUESTION_WORDS } from '../data/question-words';
import { TEXT_SOFTENERS } from '../data/softeners';
import { expandMacros, WORD_END, WORD_START } from '../text/phrases';
import { sentenceSpans } from '../text/sentences';
import type { RawFinding, ToneRule } from '../types';

interface Compiled {
  opening: RegExp;
  softener: RegExp;
}
const compiled = new Map<Lang, Compiled>();
function patternsFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = {
      opening: new RegExp(`^${expandMacros(ACCUSATORY_OPENING[lang])}${WORD_END}`, 'u'),
      softener: new RegExp(
        `${WORD_START}(?:${expandMacros(TEXT_SOFTENERS[lang])}|${expandMacros(QUESTION_WORDS[lang].sentenceSoftener)})${WORD_END}`,
        'u',
      ),
    };
    compiled.set(lang, c);
  }
  return c;
}

const LEADING_PUNCTUATION = /^[\s\u00bf\u00a1"'(\-*]+/;

/**
 * A sentence that opens with what the reader did ("You removed the sign.") in a draft with no thanks or
 * apology reads as an accusation. With thanks or an apology around it, it is usually just the facts.
 */
export const accusatoryOpening: ToneRule = {
  id: 'accusatory-opening',
  category: 'defensive',
  severity: 'warning',
  description: 'Sentences that open with what the reader did ("You removed...") in a draft with no thanks or apology.',
  messages: {
    en: 'Opening with "You..." and what the reader did sounds like an accusation; start from what happened and what you will do.',
    es: 'Empezar con «Usted ha...» y lo que hizo el cliente suena a acusación; parta de lo ocurrido y de lo que hará.',
    id: 'Membuka dengan "Anda telah..." terdengar seperti tuduhan; mulailah dari kejadian dan apa yang akan Anda lakukan.',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      const c = patternsFor(lang);
      if (c.softener.test(doc.folded)) continue;
      for (const span of sentenceSpans(doc.text)) {
        const sentence = doc.folded.slice(span.start, span.end);
        const lead = LEADING_PUNCTUATION.exec(sentence)?.[0].length ?? 0;
        const m = c.opening.exec(sentence.slice(lead));
        if (m) findings.push({ start: span.start + lead, end: span.start + lead + m[0].length });
      }
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review. You mentioned the shower; we have repaired it.' },
      { lang: 'en', text: 'You are always welcome here.' },
      { lang: 'en', text: 'You mentioned the shower. Could you tell us your room number?' },
      { lang: 'es', text: 'Gracias por su reseña. Usted ha mencionado la ducha y ya la hemos reparado.' },
      { lang: 'id', text: 'Terima kasih. Anda sudah memberi tahu kami soal shower, dan kini sudah diperbaiki.' },
    ],
    invalid: [
      { lang: 'en', text: 'You removed the sign yourself.', expect: 'You removed' },
      { lang: 'en', text: 'You have ignored our messages twice.', expect: 'You have ignored' },
      { lang: 'es', text: 'Usted ha ignorado nuestros mensajes.', expect: 'Usted ha ignorado' },
      { lang: 'id', text: 'Anda telah melanggar aturan hotel.', expect: 'Anda telah melanggar' },
    ],
  },
};
