import { LEGAL_THREAT } from '../data/legal-threat';
import { phraseRule } from '../phrase-rule';

export const legalThreat = phraseRule({
  id: 'legal-threat',
  category: 'confrontation',
  severity: 'error',
  description: 'Legal threats and threats to report the reviewer.',
  messages: {
    en: 'A threat against a reviewer is against platform rules, and readers see a business bullying a customer.',
    es: 'Amenazar a un cliente va contra las normas de las plataformas y los lectores ven a un negocio intimidando.',
    id: 'Ancaman kepada pengulas melanggar aturan platform, dan pembaca melihat bisnis yang mengintimidasi.',
  },
  data: LEGAL_THREAT,
  examples: {
    valid: [
      { lang: 'en', text: 'We have shared this with our management team.' },
      { lang: 'es', text: 'Hemos trasladado su comentario a la dirección.' },
      { lang: 'id', text: 'Kami telah meneruskan masukan Anda kepada manajemen.' },
    ],
    invalid: [
      { lang: 'en', text: 'We will take legal action.', expect: 'legal action' },
      { lang: 'en', text: 'Our lawyers will be in touch.', expect: 'Our lawyers' },
      { lang: 'en', text: 'We will report you to the platform.', expect: 'report you' },
      { lang: 'es', text: 'Emprenderemos acciones legales.', expect: 'acciones legales' },
      { lang: 'id', text: 'Kami akan menempuh jalur hukum.', expect: 'jalur hukum' },
    ],
  },
});
