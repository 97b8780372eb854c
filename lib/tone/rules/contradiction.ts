import { CONTRADICTION } from '../data/contradiction';
import { phraseRule } from '../phrase-rule';

export const contradiction = phraseRule({
  id: 'contradiction',
  category: 'defensive',
  severity: 'warning',
  description: 'Flatly contradicting the reviewer ("that is not true", "you are wrong").',
  messages: {
    en: 'Telling the reviewer they are wrong starts an argument in public; state your side as facts, kindly.',
    es: 'Decirle al cliente que se equivoca abre una discusión pública; exponga los hechos con amabilidad.',
    id: 'Mengatakan pengulas salah memicu perdebatan publik; sampaikan fakta dengan ramah.',
  },
  data: CONTRADICTION,
  examples: {
    valid: [
      { lang: 'en', text: 'We checked our records and would like to understand what happened.' },
      { lang: 'en', text: 'That was wrong of us, and we are sorry.' },
      { lang: 'es', text: 'Hemos revisado nuestros registros y queremos entender qué ocurrió.' },
      { lang: 'id', text: 'Kamar kami tidak benar-benar sesuai harapan Anda, dan kami mohon maaf.' },
    ],
    invalid: [
      { lang: 'en', text: 'This is simply not true.', expect: 'This is simply not true' },
      { lang: 'en', text: 'You are wrong about the price.', expect: 'You are wrong' },
      { lang: 'es', text: 'Eso no es cierto.', expect: 'no es cierto' },
      { lang: 'es', text: 'Usted se equivoca.', expect: 'Usted se equivoca' },
      { lang: 'id', text: 'Itu tidak benar.', expect: 'Itu tidak benar' },
    ],
  },
});
