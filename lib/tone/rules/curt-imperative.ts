import type { Lang } from '../../lang';
import { CURT_IMPERATIVE } from '../data/curt-imperative';
import { TEXT_SOFTENERS } from '../data/softeners';
import { courtesyOutweighs, writtenFits } from '../politeness';
import { expandMacros, WORD_END, WORD_START } from '../text/phrases';
import { sentenceSpans } from '../text/sentences';
import type { RawFinding, ToneRule } from '../types';

interface Compiled {
  order: RegExp;
  softener: RegExp;
}
const compiled = new Map<Lang, Compiled>();
function patternsFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = {
      order: new RegExp(`^${expandMacros(CURT_IMPERATIVE[lang])}${WORD_END}`, 'u'),
      softener: new RegExp(`${WORD_START}${expandMacros(TEXT_SOFTENERS[lang])}${WORD_END}`, 'u'),
    };
    compiled.set(lang, c);
  }
  return c;
}

const LEADING_PUNCTUATION = /^[\s\u00bf\u00a1"'(\-*]+/;

/**
 * A sentence that orders the reader about ("Read the listing.") in a draft with no thanks, apology or
 * kind word reads as curt. Invitations ("Contact us", "Feel free to...") are not orders. Courtesy that
 * clearly outweighs the draft's bluntness (politeness.ts) offsets the order too.
 */
export const curtImperative: ToneRule = {
  id: 'curt-imperative',
  category: 'impoliteness',
  severity: 'warning',
  description: 'Orders to the reader ("Read the listing.", "Stop posting.") in a draft with no courtesy.',
  messages: {
    en: 'An order to the reader with no courtesy around it reads as curt; say what you can do for them instead.',
    es: 'Una orden al cliente sin ninguna cortesía suena seca; diga mejor qué puede hacer usted por él.',
    id: 'Perintah kepada pembaca tanpa basa-basi terdengar ketus; sampaikan apa yang bisa Anda bantu.',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      const c = patternsFor(lang);
      if (c.softener.test(doc.folded) || courtesyOutweighs(doc, lang)) continue;
      for (const span of sentenceSpans(doc.text)) {
        const sentence = doc.folded.slice(span.start, span.end);
        const lead = LEADING_PUNCTUATION.exec(sentence)?.[0].length ?? 0;
        const m = c.order.exec(sentence.slice(lead));
        // "Busqué" (I looked) folds to "busque" (the order "look"): a final written "é" is the past, not an order.
        if (m && lang === 'es' && !writtenFits('not-final-e', doc.text, doc.folded, span.start + lead, span.start + lead + m[0].length)) continue;
        if (m) findings.push({ start: span.start + lead, end: span.start + lead + m[0].length });
      }
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Contact us at any time. Feel free to ask the front desk for a map.' },
      { lang: 'en', text: 'Thank you for your review. Check-in starts at three.' },
      { lang: 'en', text: 'Check-in starts at three and breakfast is served until ten.' },
      { lang: 'en', text: "Don't hesitate to get in touch. Follow us for news, and get well soon!" },
      { lang: 'es', text: 'Escríbanos cuando quiera; estaremos encantados de ayudarle.' },
      { lang: 'id', text: 'Silakan hubungi kami kapan saja.' },
      // A final written "é" is the first-person past ("busqué": I looked), not the order "busque".
      { lang: 'es', text: 'Busqué su reserva y revisé la factura con recepción.' },
      // Courtesy that clearly outweighs the order (politeness.ts): a request and a kind word.
      { lang: 'en', text: 'Could you tell us your dates? Check the map at reception in the meantime; we would love to help.' },
      { lang: 'es', text: '¿Podría indicarnos las fechas? Mire el mapa en recepción mientras tanto; por cierto, creo que le gustará.' },
      { lang: 'id', text: 'Bisakah Anda memberi tahu tanggalnya? Lihat peta di resepsionis; mungkin membantu.' },
    ],
    invalid: [
      { lang: 'en', text: 'Read the listing before you book.', expect: 'Read' },
      { lang: 'en', text: 'Please stop posting the same review.', expect: 'Please stop' },
      { lang: 'es', text: 'Lea la descripción antes de reservar.', expect: 'Lea' },
      { lang: 'es', text: 'Fíjese en el horario antes de venir.', expect: 'Fíjese' },
      { lang: 'es', text: 'Busque su reserva en el correo.', expect: 'Busque' },
      // An order with an enclitic pronoun ("bórralo", "mírate"): folded, these forms are still only orders.
      { lang: 'es', text: 'Bórralo ya.', expect: 'Bórralo' },
      { lang: 'es', text: 'Ahórrese los comentarios.', expect: 'Ahórrese' },
      { lang: 'id', text: 'Baca deskripsinya sebelum memesan.', expect: 'Baca' },
    ],
  },
};
