import { NEXT_STEP_MARKERS } from '../data/courtesy-markers';
import { insertion, mentionsAny, MIN_WORDS, wordCount } from '../courtesy';
import type { ToneRule } from '../types';

export const missingNextStep: ToneRule = {
  id: 'missing-next-step',
  category: 'courtesy',
  severity: 'hint',
  description: 'No next step or contact path in a reply to a comment that reports a failure.',
  messages: {
    en: 'The reply offers no next step; say what you will do or how the person can reach you privately.',
    es: 'La respuesta no ofrece un siguiente paso; diga qué hará o cómo puede contactarle en privado.',
    id: 'Balasan tidak menawarkan langkah lanjut; sebutkan tindakan Anda atau cara menghubungi secara pribadi.',
  },
  check(doc) {
    if (!doc.context.commentReportsFailure || wordCount(doc.text) < MIN_WORDS || mentionsAny(doc, NEXT_STEP_MARKERS)) return [];
    return [insertion(doc, 'end', 'nextStep')];
  },
  examples: {
    valid: [
      { lang: 'en', text: 'We are sorry the room was cold; please write to us.', context: { commentReportsFailure: true } },
      { lang: 'es', text: 'Lamentamos el frío; por favor, escríbanos.', context: { commentReportsFailure: true } },
      { lang: 'id', text: 'Mohon maaf kamar Anda dingin; silakan hubungi kami.', context: { commentReportsFailure: true } },
      { lang: 'en', text: 'We are sorry. Could you send us the date of your visit through our guest relations inbox?', context: { commentReportsFailure: true } },
      { lang: 'es', text: 'Lo sentimos. ¿Podría enviarnos la fecha de su visita a través de nuestro buzón?', context: { commentReportsFailure: true } },
      { lang: 'id', text: 'Mohon maaf atas kejadiannya. Boleh ceritakan lebih lanjut lewat DM?', context: { commentReportsFailure: true } },
    ],
    invalid: [
      { lang: 'en', text: 'We are sorry the room was cold during your stay.', context: { commentReportsFailure: true } },
      { lang: 'es', text: 'Lamentamos que la habitación estuviera fría durante su estancia.', context: { commentReportsFailure: true } },
      { lang: 'id', text: 'Mohon maaf kamar Anda terasa dingin selama menginap.', context: { commentReportsFailure: true } },
    ],
  },
};
