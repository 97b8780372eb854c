import { PLATFORM_POLICIES } from '../data/platform-policies';
import type { RawFinding, ToneRule } from '../types';

const LIST_ITEM = /^[ \t]*(?:[-*+\u2022\u25cf\u25aa\u2013]|\d{1,2}[.)])[ \t]+\S/gmu;

export const listFormat: ToneRule = {
  id: 'list-format',
  category: 'platform',
  severity: 'error',
  description: 'Lists and bullets on sites that forbid heavy formatting.',
  messages: {
    en: 'This site does not allow lists or bullets in replies; write it as a short paragraph.',
    es: 'Este sitio no admite listas ni viñetas en las respuestas; escríbalo como un párrafo breve.',
    id: 'Situs ini tidak mengizinkan daftar atau poin dalam balasan; tulis sebagai paragraf singkat.',
  },
  check(doc) {
    if (!doc.site || !PLATFORM_POLICIES[doc.site].listsForbidden) return [];
    const findings: RawFinding[] = [];
    LIST_ITEM.lastIndex = 0;
    for (let m = LIST_ITEM.exec(doc.text); m !== null; m = LIST_ITEM.exec(doc.text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      findings.push({ start, end: m.index + m[0].length - 1 });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review.\nWe hope to see you again.', site: 'tripadvisor' },
      { lang: 'en', text: '- Thank you!\n- See you soon!', site: 'instagram' },
      { lang: 'es', text: 'Gracias por su reseña.\nEsperamos verle pronto.', site: 'tripadvisor' },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda.\nSampai jumpa lagi.', site: 'tripadvisor' },
    ],
    invalid: [
      { lang: 'en', text: 'We have:\n- cleaned the room\n- fixed the shower', site: 'tripadvisor', expect: '- ' },
      { lang: 'es', text: 'Hemos:\n1. limpiado la habitación', site: 'tripadvisor', expect: '1. ' },
      { lang: 'id', text: 'Kami sudah:\n\u2022 membersihkan kamar', site: 'tripadvisor', expect: '\u2022 ' },
    ],
  },
};
