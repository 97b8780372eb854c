import { fold } from '../text/fold';
import type { ToneRule } from '../types';

/** Compared ignoring case, accents, punctuation and spacing. */
function normalizeReply(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** Short stock lines ("Thank you!") may repeat; a whole reply should not. */
const MIN_COPY_CHARS = 40;

export const copyPaste: ToneRule = {
  id: 'copy-paste',
  category: 'courtesy',
  severity: 'hint',
  description: 'A draft that repeats a previous reply word for word.',
  messages: {
    en: 'This is word for word a reply you already posted; readers spot copy-paste answers and feel unheard.',
    es: 'Es, palabra por palabra, una respuesta ya publicada; los lectores detectan el copia y pega.',
    id: 'Ini sama persis dengan balasan sebelumnya; pembaca menyadari balasan salin-tempel.',
  },
  check(doc) {
    const previous = doc.context.previousReplies;
    if (!previous?.length || doc.text.trim().length < MIN_COPY_CHARS) return [];
    const draft = normalizeReply(doc.text);
    return previous.some((reply) => normalizeReply(reply) === draft)
      ? [{ start: 0, end: doc.text.length }]
      : [];
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your kind words about our breakfast, Maria.', context: { previousReplies: ['Thank you for your kind words about our pool, John.'] } },
      { lang: 'es', text: 'Gracias por sus amables palabras sobre el desayuno, María.', context: { previousReplies: ['Gracias por su visita.'] } },
      { lang: 'id', text: 'Terima kasih atas kata-kata baik Anda tentang sarapan kami.', context: { previousReplies: [] } },
    ],
    invalid: [
      { lang: 'en', text: 'Thank you for your review, we hope to see you again soon!', context: { previousReplies: ['Thank you for your review. We hope to see you again soon.'] } },
      { lang: 'es', text: 'Gracias por su reseña, esperamos verle pronto de nuevo.', context: { previousReplies: ['Gracias por su reseña. Esperamos verle pronto de nuevo.'] } },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda, sampai jumpa lagi di hotel kami.', context: { previousReplies: ['Terima kasih atas ulasan Anda. Sampai jumpa lagi di hotel kami!'] } },
    ],
  },
};
