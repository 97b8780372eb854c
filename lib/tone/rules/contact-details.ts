import { PLATFORM_POLICIES } from '../data/platform-policies';
import type { RawFinding, ToneRule } from '../types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}(?![\p{L}\p{N}])/gu;
/** 8 to 15 digits with the separators phone numbers use; dates and prices rarely have that many. */
const PHONE = /(?<![\p{L}\p{N}])\+?\d(?:[\s.\-()]{0,2}\d){7,14}(?![\p{L}\p{N}])/gu;

export const contactDetails: ToneRule = {
  id: 'contact-details',
  category: 'platform',
  severity: 'error',
  description: 'Email addresses and phone numbers on sites that forbid them in replies.',
  messages: {
    en: 'This site removes replies that contain email addresses or phone numbers; point to a private channel by name instead.',
    es: 'Este sitio retira las respuestas con correos o teléfonos; mencione el canal privado por su nombre.',
    id: 'Situs ini menghapus balasan yang memuat email atau nomor telepon; sebutkan saluran pribadi tanpa detail kontak.',
  },
  check(doc) {
    const severity = doc.site ? PLATFORM_POLICIES[doc.site].contactDetails : null;
    if (!severity) return [];
    const findings: RawFinding[] = [];
    for (const re of [EMAIL, PHONE]) {
      re.lastIndex = 0;
      for (let m = re.exec(doc.folded); m !== null; m = re.exec(doc.folded)) {
        findings.push({ start: m.index, end: m.index + m[0].length, severity });
      }
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Please write to our guest relations team so we can help.', site: 'tripadvisor' },
      { lang: 'en', text: 'Write to us at help@example.com and we will help.', site: 'google' },
      { lang: 'es', text: 'Escríbanos a través de la mensajería de la plataforma.', site: 'booking' },
      { lang: 'id', text: 'Silakan hubungi tim layanan tamu kami.', site: 'tripadvisor' },
    ],
    invalid: [
      { lang: 'en', text: 'Write to us at help@example.com.', site: 'tripadvisor', expect: 'help@example.com' },
      { lang: 'en', text: 'Call us on +44 20 7946 0958.', site: 'booking', expect: '+44 20 7946 0958' },
      { lang: 'es', text: 'Llámenos al 912 345 678.', site: 'tripadvisor', expect: '912 345 678' },
      { lang: 'id', text: 'Hubungi kami di 0812-3456-7890.', site: 'tripadvisor', expect: '0812-3456-7890' },
    ],
  },
};
