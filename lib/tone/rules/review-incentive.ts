import { REVIEW_INCENTIVE } from '../data/review-incentive';
import { phraseRule } from '../phrase-rule';

export const reviewIncentive = phraseRule({
  id: 'review-incentive',
  category: 'platform',
  severity: 'error',
  description: 'Asking the reviewer to change or remove the review, or offering something for it.',
  messages: {
    en: 'Every platform forbids asking for a changed or removed review, and offering anything for it; it can earn a public warning.',
    es: 'Todas las plataformas prohíben pedir que se cambie o retire una reseña, u ofrecer algo a cambio; puede acarrear un aviso público.',
    id: 'Semua platform melarang meminta ulasan diubah atau dihapus, atau menawarkan imbalan; bisa berujung peringatan publik.',
  },
  data: REVIEW_INCENTIVE,
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review; we have shared it with our team.' },
      { lang: 'en', text: 'We have updated the room and would love to welcome you back.' },
      { lang: 'es', text: 'Gracias por su reseña; la hemos compartido con el equipo.' },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda; sudah kami sampaikan kepada tim.' },
    ],
    invalid: [
      { lang: 'en', text: 'If you update your review, we will give you a discount.', expect: 'If you update your review' },
      { lang: 'en', text: 'Please remove this review.', expect: 'Please remove this review' },
      { lang: 'es', text: 'Si cambia su reseña le haremos un descuento.', expect: 'Si cambia su reseña' },
      { lang: 'id', text: 'Mohon hapus ulasan ini.', expect: 'hapus ulasan' },
    ],
  },
});
