import { INSULT } from '../data/insult';
import { phraseRule } from '../phrase-rule';

export const insult = phraseRule({
  id: 'insult',
  category: 'impoliteness',
  severity: 'error',
  description: 'Insults, name-calling and profanity.',
  messages: {
    en: 'An insult or swear word in a public reply is what readers will remember about your business.',
    es: 'Un insulto o una palabrota en una respuesta pública es lo que los lectores recordarán de su negocio.',
    id: 'Hinaan atau kata kasar di balasan publik akan diingat pembaca tentang bisnis Anda.',
  },
  data: INSULT,
  examples: {
    valid: [
      { lang: 'en', text: 'We are sorry the rubbish bins were not emptied during your stay.' },
      { lang: 'en', text: 'Our jerk chicken is made fresh every day, and we hope you try it again.' },
      { lang: 'es', text: 'Lamentamos que la basura no se recogiera a tiempo.' },
      { lang: 'id', text: 'Mohon maaf hewan peliharaan seperti anjing belum dapat kami terima.' },
    ],
    invalid: [
      { lang: 'en', text: 'What a stupid complaint.', expect: 'stupid' },
      { lang: 'en', text: 'This review is ridiculous.', expect: 'ridiculous' },
      { lang: 'en', text: 'Please grow up.', expect: 'Please grow up' },
      { lang: 'es', text: 'Qué queja tan ridícula.', expect: 'ridícula' },
      { lang: 'es', text: 'Es usted un maleducado.', expect: 'maleducado' },
      { lang: 'es', text: 'Solo un analfabeto escribiría esa reseña.', expect: 'analfabeto' },
      { lang: 'id', text: 'Komentar yang bodoh sekali.', expect: 'bodoh' },
      { lang: 'id', text: 'Dasar kampungan.', expect: 'kampungan' },
    ],
  },
});
