import { POINT_BY_POINT } from '../data/point-by-point';
import { phraseRule } from '../phrase-rule';

export const pointByPoint = phraseRule({
  id: 'point-by-point',
  category: 'defensive',
  severity: 'warning',
  description: 'Arguing the review point by point ("secondly", "regarding your claim").',
  messages: {
    en: 'Rebutting the review point by point reads as a fight; readers side with the reviewer.',
    es: 'Rebatir la reseña punto por punto se lee como una pelea; los lectores se ponen del lado del cliente.',
    id: 'Membantah ulasan poin demi poin terbaca seperti bertengkar; pembaca memihak pengulas.',
  },
  data: POINT_BY_POINT,
  examples: {
    valid: [
      { lang: 'en', text: 'First of all, thank you for staying with us.' },
      { lang: 'es', text: 'En primer lugar, gracias por alojarse con nosotros.' },
      { lang: 'id', text: 'Pertama-tama, terima kasih telah menginap bersama kami.' },
    ],
    invalid: [
      { lang: 'en', text: 'Firstly, we checked the room. Secondly, the pool was open.', expect: 'Secondly' },
      { lang: 'en', text: 'Regarding your claim that the room was dirty, it was cleaned.', expect: 'Regarding your claim' },
      { lang: 'es', text: 'En segundo lugar, la piscina estaba abierta.', expect: 'En segundo lugar' },
      { lang: 'id', text: 'Mengenai klaim Anda, kamar sudah dibersihkan.', expect: 'Mengenai klaim Anda' },
    ],
  },
});
