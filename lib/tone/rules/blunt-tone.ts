import { politenessBalance } from '../politeness';
import { sentenceSpans } from '../text/sentences';
import type { RawFinding, ToneRule } from '../types';

/** Balance (blunt minus polite strategy weights) from which a draft that addresses the reader reads as blunt. */
export const BLUNT_BALANCE = 2;
/** Strategies aimed at the reader; without one, the balance must be one higher. */
const READER_DIRECTED = new Set(['why', 'negative-question', 'wh-question', 'second-person-start', 'imperative', 'please-start', 'reader-criticism']);

/**
 * A draft that leans on blunt strategies ("why...?", "actually", a bare "So...", a negative word aimed at
 * the reader) with nothing polite to weigh against them reads as rude even when no single phrase is an
 * insult. Marks the sentence where the first blunt strategy appears.
 */
export const bluntTone: ToneRule = {
  id: 'blunt-tone',
  category: 'impoliteness',
  severity: 'warning',
  description: 'Several blunt strategies ("why...?", "actually", a negative word) and nothing to soften them.',
  messages: {
    en: 'This reads as blunt: it questions or criticises the reader with nothing to soften it. Add thanks, an apology or a request ("Could you...?").',
    es: 'Suena brusco: cuestiona o critica al lector sin nada que lo suavice. Añada un agradecimiento, una disculpa o una petición («¿Podría...?»).',
    id: 'Terdengar ketus: mempertanyakan atau mengkritik pembaca tanpa pelunak. Tambahkan terima kasih, permintaan maaf, atau permintaan ("Bisakah Anda...?").',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      const { balance, firstBluntAt, blunt } = politenessBalance(doc, lang);
      const aimedAtReader = blunt.some((id) => READER_DIRECTED.has(id));
      if (firstBluntAt === undefined || balance < (aimedAtReader ? BLUNT_BALANCE : BLUNT_BALANCE + 1)) continue;
      const span = sentenceSpans(doc.text).find((s) => s.start <= firstBluntAt && firstBluntAt < s.end);
      if (span) findings.push({ start: span.start, end: span.end });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for telling us. Could you tell us which room you stayed in?' },
      { lang: 'en', text: 'We are sorry the shower was cold. Why did this happen? We are finding out and will write to you.' },
      { lang: 'en', text: 'So glad you enjoyed the garden. We hope to see you again.' },
      // Blunt strategies that do not address the reader need a higher balance.
      { lang: 'en', text: 'But the room was not ready at noon.' },
      { lang: 'es', text: 'Gracias por su comentario. ¿Podría indicarnos la fecha de su estancia?' },
      { lang: 'es', text: 'Lamentamos el error con la factura; ya lo hemos corregido.' },
      { lang: 'id', text: 'Terima kasih atas ulasannya. Bisakah Anda memberi tahu kami tanggal menginap?' },
    ],
    invalid: [
      { lang: 'en', text: 'So why did you even book a room here?', expect: 'So why did you even book a room here?' },
      { lang: 'en', text: 'Why did you book this room?', expect: 'Why did you book this room?' },
      { lang: 'en', text: 'The review is wrong. Why are you actually complaining now?', expect: 'The review is wrong.' },
      { lang: 'es', text: 'Pero ¿por qué dice eso? Su reseña es totalmente falsa.', expect: 'Pero ¿por qué dice eso?' },
      { lang: 'id', text: 'Jadi kenapa kamu baru protes sekarang?', expect: 'Jadi kenapa kamu baru protes sekarang?' },
    ],
  },
};
