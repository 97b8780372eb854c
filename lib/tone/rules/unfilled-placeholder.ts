import type { RawFinding, ToneRule } from '../types';

/**
 * Gaps a writer meant to fill: "[first name]", "XXX", "TODO", "lorem ipsum". Template variables
 * ({{name}}) are not flagged: the template engine fills or removes them before the text is a draft.
 * Matched on the original text: Spanish "todo" is a word.
 */
const PLACEHOLDER = /\[([^\][{}\n]{1,60})\]|(?<![\p{L}\p{N}])(?:[xX]{3,}|TODO|TBD|TBC|[Ll]orem ipsum)(?![\p{L}\p{N}])|_{3,}/gu;
/** A bracketed gap is a lower-case label, a label in capitals, or names what belongs there. */
const GAP_CASE = /^(?:\p{Ll}|\p{Lu}{2})/u;
const GAP_WORD = /name|nombre|nama|insert|date|fecha|tanggal|number|n[uú]mero|nomor|guest|client|tamu|email|phone|tel[eé]fono/;
/** Brackets that are editorial marks, not gaps. */
const EDITORIAL = /^(?:sic|\.\.\.|\u2026|\d+|[a-z]{1,2})$/;

export const unfilledPlaceholder: ToneRule = {
  id: 'unfilled-placeholder',
  category: 'dishonest',
  severity: 'error',
  description: 'Placeholders left unfilled ("[first name]", "XXX", "TODO").',
  messages: {
    en: 'A placeholder left in the reply shows a copied template and leaves a fact unstated or invented.',
    es: 'Un hueco sin rellenar delata una plantilla copiada y deja un dato sin decir o inventado.',
    id: 'Placeholder yang tertinggal menunjukkan template salinan dan membuat fakta tidak jelas.',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(doc.text); m !== null; m = PLACEHOLDER.exec(doc.text)) {
      const label = m[1]?.trim();
      if (label !== undefined && (EDITORIAL.test(label.toLowerCase()) || !(GAP_CASE.test(label) || GAP_WORD.test(label.toLowerCase())))) continue;
      findings.push({ start: m.index, end: m.index + m[0].length });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Dear Anna, thank you for your kind words about our breakfast.' },
      { lang: 'en', text: 'Thank you, {{name}}, for staying with us.' },
      { lang: 'en', text: 'The king [Ferdinand] ordered it, as the plaque [sic] says.' },
      { lang: 'es', text: 'Querida Ana, gracias por sus amables palabras.' },
      { lang: 'id', text: 'Terima kasih, Budi, atas ulasan Anda.' },
    ],
    invalid: [
      { lang: 'en', text: 'Dear [first name], thank you for your review.', expect: '[first name]' },
      { lang: 'en', text: 'Please write to us at XXX.', expect: 'XXX' },
      { lang: 'en', text: 'Dear [Guest Name], thank you for staying with us.', expect: '[Guest Name]' },
      { lang: 'es', text: 'Estimado [nombre], gracias por su reseña.', expect: '[nombre]' },
      { lang: 'id', text: 'Halo [nama], terima kasih atas ulasan Anda.', expect: '[nama]' },
    ],
  },
};
