import { DISMISSIVE } from '../data/dismissive';
import { phraseRule } from '../phrase-rule';

export const dismissive = phraseRule({
  id: 'dismissive',
  category: 'chulesco',
  severity: 'warning',
  description: 'Dismissive wording that waves the complaint away ("maybe our hotel isn\'t for you").',
  messages: {
    en: 'This waves the complaint away or shows the reader the door; everyone reading feels dismissed.',
    es: 'Esto despacha la queja o invita al cliente a irse; quien lo lee se siente despreciado.',
    id: 'Ini menepis keluhan atau mengusir pembaca; semua yang membaca merasa diremehkan.',
  },
  data: DISMISSIVE,
  examples: {
    valid: [
      { lang: 'en', text: 'Your opinion matters to us, and we hope to welcome you again.' },
      { lang: 'en', text: 'We are sorry the wifi did not work in your room.' },
      { lang: 'es', text: 'Su opinión nos importa y esperamos recibirle de nuevo.' },
      { lang: 'id', text: 'Pendapat Anda penting bagi kami dan kami berharap dapat menyambut Anda kembali.' },
    ],
    invalid: [
      { lang: 'en', text: "Maybe our hotel isn't for you.", expect: "Maybe our hotel isn't for you" },
      { lang: 'en', text: 'We cannot please everyone.', expect: 'We cannot please everyone' },
      { lang: 'en', text: "You're entitled to your opinion.", expect: "You're entitled to your opinion" },
      { lang: 'en', text: 'Feel free to stay elsewhere.', expect: 'stay elsewhere' },
      { lang: 'es', text: 'Quizás nuestro hotel no es para usted.', expect: 'Quizás nuestro hotel no es para usted' },
      { lang: 'es', text: 'No podemos complacer a todo el mundo.', expect: 'No podemos complacer a todo el mundo' },
      { lang: 'id', text: 'Mungkin hotel kami bukan untuk Anda.', expect: 'Mungkin hotel kami bukan untuk Anda' },
      { lang: 'id', text: 'Kalau tidak suka, silakan cari tempat lain.', expect: 'Kalau tidak suka' },
    ],
  },
});
