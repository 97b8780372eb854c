import { THANKS_MARKERS } from '../data/courtesy-markers';
import { insertion, mentionsAny, MIN_WORDS, wordCount } from '../courtesy';
import type { ToneRule } from '../types';

export const missingThanks: ToneRule = {
  id: 'missing-thanks',
  category: 'courtesy',
  severity: 'hint',
  description: 'A reply to a comment with no thanks or acknowledgement.',
  messages: {
    en: 'The reply does not thank or acknowledge the person; a first line of thanks shows you listened.',
    es: 'La respuesta no agradece ni reconoce al cliente; una primera frase de agradecimiento muestra que escuchó.',
    id: 'Balasan tidak berterima kasih atau mengakui pengulas; kalimat terima kasih menunjukkan Anda mendengar.',
  },
  check(doc) {
    if (doc.context.commentText === undefined || wordCount(doc.text) < MIN_WORDS || mentionsAny(doc, THANKS_MARKERS)) return [];
    return [insertion(doc, 'start', 'thanks')];
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review; we hope to see you again.', context: { commentText: 'Lovely stay.' } },
      { lang: 'en', text: 'The pool opens at nine every morning.' },
      { lang: 'es', text: 'Gracias por su reseña; esperamos verle pronto.', context: { commentText: 'Muy bien.' } },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda; sampai jumpa lagi.', context: { commentText: 'Bagus.' } },
    ],
    invalid: [
      { lang: 'en', text: 'The pool opens at nine every morning.', context: { commentText: 'When does the pool open?' } },
      { lang: 'es', text: 'La piscina abre a las nueve cada mañana.', context: { commentText: '¿A qué hora abre la piscina?' } },
      { lang: 'id', text: 'Kolam renang buka jam sembilan setiap pagi.', context: { commentText: 'Kolam buka jam berapa?' } },
    ],
  },
};
