import { CONDESCENDING_PHRASE } from '../data/condescending-phrase';
import { phraseRule } from '../phrase-rule';

export const condescendingPhrase = phraseRule({
  id: 'condescending-phrase',
  category: 'chulesco',
  severity: 'warning',
  description: 'Lecturing or condescending phrases ("with all due respect", "if you had bothered to").',
  messages: {
    en: 'This lectures the reader from above; people read it as condescending, whatever the facts.',
    es: 'Esto sermonea al lector desde arriba; se lee como condescendiente, tenga o no razón.',
    id: 'Ini menggurui pembaca; terbaca merendahkan, apa pun faktanya.',
  },
  data: CONDESCENDING_PHRASE,
  examples: {
    valid: [
      { lang: 'en', text: 'We have shared your comments with our housekeeping team.' },
      { lang: 'en', text: 'Please write to us at {contact} so we can look into this.' },
      { lang: 'en', text: 'We respect your opinion and thank you for sharing it.' },
      { lang: 'es', text: 'Hemos compartido sus comentarios con el equipo de limpieza.' },
      { lang: 'es', text: 'Por favor, escríbanos para que podamos revisarlo.' },
      // The impersonal "se debe leer" (one should read) lectures nobody.
      { lang: 'es', text: 'Para usar el spa, se debe leer antes el horario de recepción.' },
      { lang: 'id', text: 'Kami sudah menyampaikan masukan Anda kepada tim kami.' },
      { lang: 'id', text: 'Silakan hubungi kami agar kami dapat menindaklanjutinya.' },
    ],
    invalid: [
      { lang: 'en', text: 'With all due respect, the room was cleaned.', expect: 'With all due respect' },
      { lang: 'en', text: 'If you had bothered to read the listing, you would know.', expect: 'If you had bothered to' },
      { lang: 'en', text: 'As we already said, parking is extra.', expect: 'As we already said' },
      { lang: 'en', text: 'Perhaps you should read the description next time.', expect: 'Perhaps you should' },
      { lang: 'en', text: 'Most guests love our breakfast.', expect: 'Most guests love' },
      { lang: 'es', text: 'Con todo el respeto, la habitación estaba limpia.', expect: 'Con todo el respeto' },
      { lang: 'es', text: 'Como ya le dijimos, el parking es aparte.', expect: 'Como ya le dijimos' },
      { lang: 'es', text: 'No es por nada, pero la habitación estaba limpia.', expect: 'No es por nada, pero' },
      { lang: 'es', text: 'Que le quede claro: el desayuno no está incluido.', expect: 'Que le quede claro' },
      { lang: 'id', text: 'Dengan segala hormat, tapi kamar sudah dibersihkan.', expect: 'Dengan segala hormat, tapi' },
      { lang: 'id', text: 'Seperti yang sudah kami jelaskan sebelumnya, parkir berbayar.', expect: 'Seperti yang sudah kami jelaskan sebelumnya' },
    ],
  },
});
