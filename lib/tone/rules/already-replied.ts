import { PLATFORM_POLICIES } from '../data/platform-policies';
import type { ToneRule } from '../types';

export const alreadyReplied: ToneRule = {
  id: 'already-replied',
  category: 'platform',
  severity: 'warning',
  description: 'A second reply on a site that allows one reply per review.',
  messages: {
    en: 'This review already has an owner reply, and this site keeps only one: posting replaces or is refused.',
    es: 'Esta reseña ya tiene una respuesta del negocio y el sitio solo admite una: publicar la sustituye o se rechaza.',
    id: 'Ulasan ini sudah punya balasan pemilik dan situs ini hanya menyimpan satu: mengirim akan menggantinya atau ditolak.',
  },
  check(doc) {
    if (!doc.context.alreadyReplied || !doc.site || !PLATFORM_POLICIES[doc.site].oneReply) return [];
    return [{ start: 0, end: 0 }];
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review.', site: 'google', context: { alreadyReplied: false } },
      { lang: 'en', text: 'Thank you for your comment.', site: 'instagram', context: { alreadyReplied: true } },
      { lang: 'es', text: 'Gracias por su reseña.', site: 'tripadvisor' },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda.', site: 'google' },
    ],
    invalid: [
      { lang: 'en', text: 'Thank you for your review.', site: 'google', context: { alreadyReplied: true } },
      { lang: 'es', text: 'Gracias por su reseña.', site: 'tripadvisor', context: { alreadyReplied: true } },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda.', site: 'booking', context: { alreadyReplied: true } },
    ],
  },
};
