import type { RawFinding, ToneRule } from '../types';

/**
 * Gaps a writer meant to fill: "[first name]", "XXX", "TODO", "lorem ipsum". Template variables
 * ({{name}}) are not flagged: the template engine fills or removes them before the text is a draft.
 */
const PLACEHOLDER = /\[[^\]\n]{1,60}\]|(?<![\p{L}\p{N}])(?:[xX]{3,}|TODO|TBD|TBC|[Ll]orem ipsum)(?![\p{L}\p{N}])|_{3,}/gu;
/** Square brackets that are editorial marks, not gaps. Matched on the original text: Spanish "todo" is a word. */
const EDITORIAL = /^\[(?:sic|\.\.\.|\u2026|\d+|[a-z]|emphasis added)\]$/;

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
      if (EDITORIAL.test(m[0].toLowerCase())) continue;
      findings.push({ start: m.index, end: m.index + m[0].length });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Dear Anna, thank you for your kind words about our breakfast.' },
      { lang: 'en', text: 'Thank you, {{name}}, for staying with us.' },
      { lang: 'es', text: 'Querida Ana, gracias por sus amables palabras.' },
      { lang: 'id', text: 'Terima kasih, Budi, atas ulasan Anda.' },
    ],
    invalid: [
      { lang: 'en', text: 'Dear [first name], thank you for your review.', expect: '[first name]' },
      { lang: 'en', text: 'Please write to us at XXX.', expect: 'XXX' },
      { lang: 'es', text: 'Estimado [nombre], gracias por su reseña.', expect: '[nombre]' },
      { lang: 'id', text: 'Halo [nama], terima kasih atas ulasan Anda.', expect: '[nama]' },
    ],
  },
};
