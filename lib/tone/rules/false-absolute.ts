import { FALSE_ABSOLUTE } from '../data/false-absolute';
import { phraseRule } from '../phrase-rule';

export const falseAbsolute = phraseRule({
  id: 'false-absolute',
  category: 'dishonest',
  severity: 'warning',
  description: 'Absolute claims that invite disproof ("this never happens", "100% guaranteed", "impossible").',
  messages: {
    en: 'An absolute claim is disproved by one counter-example, and the reviewer has just given one; say what you do, not what never happens.',
    es: 'Una afirmación absoluta cae con un solo contraejemplo, y el cliente acaba de dar uno; diga lo que hacen, no lo que nunca pasa.',
    id: 'Klaim mutlak terbantah oleh satu contoh, dan pengulas baru saja memberikannya; sampaikan apa yang Anda lakukan.',
  },
  data: FALSE_ABSOLUTE,
  examples: {
    valid: [
      { lang: 'en', text: 'We will never stop improving, and your feedback helps us do that.' },
      { lang: 'en', text: 'You are always welcome here, and we are always happy to help.' },
      { lang: 'en', text: 'We always appreciate hearing from our guests.' },
      { lang: 'es', text: 'Nunca dejaremos de mejorar y siempre es un placer recibirle.' },
      { lang: 'id', text: 'Kami selalu berusaha memberikan pelayanan terbaik.' },
      { lang: 'id', text: 'Sayangnya tidak mungkin bagi kami untuk mengubah tanggalnya.' },
    ],
    invalid: [
      { lang: 'en', text: 'This never happens at our hotel.', expect: 'This never happens' },
      { lang: 'en', text: 'Our staff would never ignore a guest.', expect: 'Our staff would never ignore' },
      { lang: 'en', text: 'Satisfaction is 100% guaranteed.', expect: '100% guaranteed' },
      { lang: 'en', text: "It's impossible that the room was dirty.", expect: "It's impossible" },
      { lang: 'en', text: 'We always clean every room twice.', expect: 'We always clean' },
      { lang: 'es', text: 'Esto nunca ha pasado en nuestro hotel.', expect: 'Esto nunca ha pasado' },
      { lang: 'es', text: 'Es imposible que la habitación estuviera sucia.', expect: 'Es imposible' },
      { lang: 'id', text: 'Hal ini tidak pernah terjadi di hotel kami.', expect: 'Hal ini tidak pernah terjadi' },
      { lang: 'id', text: 'Kebersihan 100% dijamin.', expect: '100% dijamin' },
    ],
  },
});
