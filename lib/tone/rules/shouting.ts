import { capsRuns } from '../text/capitals';
import type { RawFinding, ToneRule } from '../types';

/** Acronyms come one or two at a time and short; a shouted phrase is longer. */
const MIN_RUN_LETTERS = 10;
const MIN_RUN_WORDS = 3;
/** Roman numerals ("KOF XII", "Carlos III") are numbers, not words in capitals. */
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
/** "??", "?!", "!?": an exasperated question. */
const EXASPERATED = /[!?]*(?:\?[!?]*\?|\?!|!\?)[!?]*/gu;

export const shouting: ToneRule = {
  id: 'shouting',
  category: 'impoliteness',
  severity: 'warning',
  description: 'Shouting: phrases in capitals and exasperated "??" or "?!".',
  messages: {
    en: 'Phrases in capitals and "??" or "?!" read as shouting at the reader; every platform asks replies not to shout.',
    es: 'Las frases en mayúsculas y los «??» o «?!» se leen como gritar al lector; ninguna plataforma lo acepta.',
    id: 'Frasa berhuruf kapital dan "??" atau "?!" terbaca seperti membentak; semua platform melarangnya.',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const run of capsRuns(doc.text)) {
      const words = run.text.split(/[\s,]+/).filter((w) => !ROMAN.test(w));
      if (words.length < MIN_RUN_WORDS && words.join('').length < MIN_RUN_LETTERS) continue;
      findings.push({ start: run.start, end: run.end, replacements: [run.text.toLowerCase()] });
    }
    EXASPERATED.lastIndex = 0;
    for (let m = EXASPERATED.exec(doc.text); m !== null; m = EXASPERATED.exec(doc.text)) {
      findings.push({ start: m.index, end: m.index + m[0].length, replacements: ['?'] });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for staying with us at the NH Hotel. The WIFI password is at reception.' },
      { lang: 'en', text: 'Could you tell us which room you stayed in?' },
      { lang: 'es', text: '¡Muchas gracias por su visita a Hotel ABC!' },
      // Acronyms and a Roman numeral are not shouting.
      { lang: 'es', text: 'Tras el Mundial FIFA XXII, la UEFA cambió el calendario.' },
      { lang: 'id', text: 'Terima kasih banyak atas kunjungan Anda di Hotel ABC!' },
    ],
    invalid: [
      { lang: 'en', text: 'PLEASE READ THE LISTING before booking.', expect: 'PLEASE READ THE LISTING' },
      { lang: 'en', text: 'You did not see the sign??', expect: '??' },
      { lang: 'es', text: 'La habitación NO ESTABA SUCIA.', expect: 'NO ESTABA SUCIA' },
      { lang: 'es', text: 'POR FAVOR LEA LA DESCRIPCIÓN antes de reservar.', expect: 'POR FAVOR LEA LA DESCRIPCIÓN' },
      { lang: 'es', text: '¿En serio?!', expect: '?!' },
      { lang: 'id', text: 'Kamar kami SAMA SEKALI TIDAK KOTOR.', expect: 'SAMA SEKALI TIDAK KOTOR' },
    ],
  },
};
