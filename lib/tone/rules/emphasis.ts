import { LANGS } from '../../lang';
import { EMPHASIS_WORDS } from '../data/emphasis-words';
import { CAPS_WORD, capsRuns } from '../text/capitals';
import { fold } from '../text/fold';
import type { RawFinding, ToneRule } from '../types';

const EXCLAMATIONS = /!{3,}/gu;
const EMPHASIS = new Set(LANGS.flatMap((lang) => EMPHASIS_WORDS[lang]));

/** One capitalised word or "!!!": raised voice rather than shouting, so a hint. Runs of capitals are `shouting`. */
export const emphasis: ToneRule = {
  id: 'emphasis',
  category: 'courtesy',
  severity: 'hint',
  description: 'A single word in capitals for emphasis, or "!!!".',
  messages: {
    en: 'A word in capitals or "!!!" raises your voice; calm wording persuades better.',
    es: 'Una palabra en mayúsculas o «!!!» eleva la voz; un tono sereno convence más.',
    id: 'Kata berhuruf kapital atau "!!!" terkesan meninggikan suara; kalimat tenang lebih meyakinkan.',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    const runs = capsRuns(doc.text);
    CAPS_WORD.lastIndex = 0;
    for (let m = CAPS_WORD.exec(doc.text); m !== null; m = CAPS_WORD.exec(doc.text)) {
      const at = m.index;
      if (runs.some((run) => at >= run.start && at < run.end)) continue;
      if (EMPHASIS.has(fold(m[0]))) findings.push({ start: m.index, end: m.index + m[0].length, replacements: [m[0].toLowerCase()] });
    }
    EXCLAMATIONS.lastIndex = 0;
    for (let m = EXCLAMATIONS.exec(doc.text); m !== null; m = EXCLAMATIONS.exec(doc.text)) {
      findings.push({ start: m.index, end: m.index + m[0].length, replacements: ['!'] });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for staying with us! The WIFI code is at reception.' },
      { lang: 'es', text: '¡Gracias por su visita! Le esperamos en el BAR de la piscina.' },
      { lang: 'id', text: 'Terima kasih atas kunjungan Anda! Sampai jumpa di Hotel ABC.' },
    ],
    invalid: [
      { lang: 'en', text: 'The room was NOT dirty.', expect: 'NOT' },
      { lang: 'en', text: 'We told you twice!!!', expect: '!!!' },
      { lang: 'es', text: 'La habitación NO estaba sucia.', expect: 'NO' },
      { lang: 'id', text: 'Kamar kami TIDAK kotor.', expect: 'TIDAK' },
    ],
  },
};
