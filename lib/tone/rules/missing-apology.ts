import { APOLOGY_MARKERS } from '../data/courtesy-markers';
import { insertion, mentionsAny, MIN_WORDS, wordCount } from '../courtesy';
import type { ToneRule } from '../types';

export const missingApology: ToneRule = {
  id: 'missing-apology',
  category: 'courtesy',
  severity: 'hint',
  description: 'No apology in a reply to a comment that reports a failure.',
  messages: {
    en: 'The comment reports something that went wrong and the reply does not apologise; readers notice.',
    es: 'El comentario cuenta un fallo y la respuesta no se disculpa; los lectores lo notan.',
    id: 'Komentar melaporkan kesalahan dan balasan tidak meminta maaf; pembaca memperhatikannya.',
  },
  check(doc) {
    if (!doc.context.commentReportsFailure || wordCount(doc.text) < MIN_WORDS || mentionsAny(doc, APOLOGY_MARKERS)) return [];
    return [insertion(doc, 'start', 'apology')];
  },
  examples: {
    valid: [
      { lang: 'en', text: 'We are sorry the room was cold; please write to us.', context: { commentReportsFailure: true } },
      { lang: 'es', text: 'Lamentamos que la habitación estuviera fría; escríbanos.', context: { commentReportsFailure: true } },
      { lang: 'id', text: 'Mohon maaf kamar Anda dingin; silakan hubungi kami.', context: { commentReportsFailure: true } },
    ],
    invalid: [
      { lang: 'en', text: 'Thank you for your review; please write to us.', context: { commentReportsFailure: true } },
      { lang: 'es', text: 'Gracias por su reseña; por favor, escríbanos.', context: { commentReportsFailure: true } },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda; silakan hubungi kami.', context: { commentReportsFailure: true } },
    ],
  },
};
