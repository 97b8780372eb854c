import { SARCASM } from '../data/sarcasm';
import { phraseRule } from '../phrase-rule';

export const sarcasm = phraseRule({
  id: 'sarcasm',
  category: 'chulesco',
  severity: 'warning',
  description: 'Sarcastic praise, mock surprise, laughter and eye-roll emoji.',
  messages: {
    en: 'Sarcasm and laughter read as mocking the reviewer; other readers side with them.',
    es: 'El sarcasmo y las risas se leen como burla hacia el cliente; los demás lectores se ponen de su lado.',
    id: 'Sarkasme dan tawa terbaca mengejek pengulas; pembaca lain akan membela mereka.',
  },
  data: SARCASM,
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your valuable feedback. We hope to see you again soon.' },
      { lang: 'en', text: 'Oh no, we are so sorry to read this.' },
      { lang: 'es', text: 'Muchas gracias por sus comentarios. Esperamos verle pronto.' },
      { lang: 'id', text: 'Terima kasih banyak atas masukan Anda. Sampai jumpa lagi!' },
    ],
    invalid: [
      { lang: 'en', text: 'Thanks for your expert opinion.', expect: 'Thanks for your expert opinion' },
      { lang: 'en', text: 'Sorry our hotel did not meet your very high standards.', expect: 'your very high standards' },
      { lang: 'en', text: 'What a surprise, another complaint.', expect: 'What a surprise' },
      { lang: 'en', text: 'The pool was cold? lol', expect: 'lol' },
      { lang: 'en', text: 'Sure, the room was tiny \u{1f644}', expect: '\u{1f644}' },
      { lang: 'es', text: 'Gracias por nada.', expect: 'Gracias por nada' },
      { lang: 'es', text: 'Sentimos no estar a la altura de sus altísimas expectativas.', expect: 'sus altísimas expectativas' },
      { lang: 'id', text: 'Wah hebat, ulasan yang sangat membantu.', expect: 'Wah hebat' },
      { lang: 'id', text: 'Kamarnya kecil? wkwkwk', expect: 'wkwkwk' },
    ],
  },
});
