import type { RawFinding, ToneDocument, ToneRule } from '../types';
import { fold } from '../text/fold';

/** A short quoted phrase: one to three words between matching quotes. */
const QUOTED = /(["'])([^"'\n]{1,30})\1/gu;
const MAX_WORDS = 3;
/** What puts scare quotes around the reader's words: "your 'dirty' room", "thanks for the 'feedback'". */
const BEFORE_QUOTE =
  /(?:^|[^\p{L}])(?:your|su|sus|tu|tus|anda|(?:thanks?|thank you|gracias|terima kasih) (?:for|por|atas) (?:the|el|la|los|las))\s+$/u;
const DISTANCING =
  /(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)(?:so[- ]called|supposed(?!\s+to)|supposedly|alleged(?:ly)?|supuestamente|(?<!por\s)supuest[oa]s?(?=\s+(?:problema|queja|ruido|suciedad|retraso|incidente|trato|error|fallo)s?)|katanya|konon)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

function quotesFromComment(doc: ToneDocument, phrase: string): boolean {
  const comment = doc.context.commentText;
  return comment !== undefined && phrase.trim().length > 2 && fold(comment).includes(phrase.trim());
}

export const scareQuotes: ToneRule = {
  id: 'scare-quotes',
  category: 'chulesco',
  severity: 'warning',
  description: 'Scare quotes around the reviewer\'s words and distancing words ("so-called", "alleged").',
  messages: {
    en: 'Scare quotes and words like "so-called" tell the reader you do not believe them: it reads as mocking.',
    es: 'Las comillas irónicas y palabras como «supuesto» dicen que no le cree: suena a burla.',
    id: 'Tanda kutip sindiran dan kata seperti "katanya" menyiratkan Anda tidak percaya: terkesan mengejek.',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(doc.folded); m !== null; m = QUOTED.exec(doc.folded)) {
      const inner = m[2]!;
      const original = doc.text.slice(m.index + 1, m.index + 1 + inner.length);
      // Scare quotes wrap ordinary words; Capitalised Words in quotes are names and titles.
      if (inner.trim().split(/\s+/).length > MAX_WORDS || !/\p{L}/u.test(inner) || /\p{Lu}/u.test(original)) continue;
      const before = doc.folded.slice(Math.max(0, m.index - 20), m.index);
      if (BEFORE_QUOTE.test(before) || quotesFromComment(doc, inner)) {
        const start = m.index;
        const end = start + m[0].length;
        findings.push({ start, end, replacements: [doc.text.slice(start + 1, end - 1)] });
      }
    }
    DISTANCING.lastIndex = 0;
    for (let m = DISTANCING.exec(doc.folded); m !== null; m = DISTANCING.exec(doc.folded)) {
      findings.push({ start: m.index, end: m.index + m[0].length, replacements: [''] });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for the kind words about our "Sunday brunch" menu and our team.' },
      { lang: 'en', text: 'Breakfast was supposed to be ready at seven, and we are sorry it was late.' },
      { lang: 'es', text: 'Gracias por sus palabras sobre nuestro menú de «brunch».' },
      { lang: 'es', text: 'Por supuesto, estaremos encantados de ayudarle.' },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda tentang menu sarapan kami.' },
      { lang: 'id', text: 'Terima kasih banyak atas kata-katanya yang baik.' },
    ],
    invalid: [
      { lang: 'en', text: 'We looked into your "dirty" room.', expect: '"dirty"' },
      { lang: 'en', text: "Thanks for the 'feedback'.", expect: "'feedback'" },
      { lang: 'en', text: 'The so-called noise came from the street.', expect: 'so-called' },
      {
        lang: 'en',
        text: 'The room was "tiny" by your standards only.',
        context: { commentText: 'The room was tiny and dark.' },
        expect: '"tiny"',
      },
      { lang: 'es', text: 'Revisamos su "sucia" habitación.', expect: '"sucia"' },
      { lang: 'es', text: 'El supuesto ruido venía de la calle.', expect: 'supuesto' },
      { lang: 'es', text: 'Revisamos su supuestamente "sucia" habitación.', expect: 'supuestamente' },
      { lang: 'id', text: 'Kamar yang katanya kotor sudah kami periksa.', expect: 'katanya' },
    ],
  },
};
