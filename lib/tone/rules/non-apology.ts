import { NON_APOLOGY } from '../data/non-apology';
import { phraseRule } from '../phrase-rule';

export const nonApology = phraseRule({
  id: 'non-apology',
  category: 'chulesco',
  severity: 'warning',
  description: 'Non-apologies such as "we\'re sorry you feel that way".',
  messages: {
    en: 'This apologises for the reader\'s feelings, not for what went wrong: it reads as dismissive.',
    es: 'Esto se disculpa por lo que siente el lector, no por lo que falló: suena despectivo.',
    id: 'Ini meminta maaf atas perasaan pembaca, bukan atas kesalahannya: terkesan meremehkan.',
  },
  data: NON_APOLOGY,
  examples: {
    valid: [
      { lang: 'en', text: 'We are sorry the room was not clean when you arrived.' },
      { lang: 'en', text: 'We are sorry you had to wait so long for your food.' },
      { lang: 'es', text: 'Sentimos mucho que tuviera que esperar tanto.' },
      { lang: 'id', text: 'Mohon maaf atas ketidaknyamanan yang Anda alami.' },
    ],
    invalid: [
      { lang: 'en', text: "We're sorry you feel that way.", expect: "We're sorry you feel that way" },
      { lang: 'en', text: 'We apologise if you felt ignored.', expect: 'We apologise if you felt' },
      { lang: 'en', text: 'Sorry if you were offended by our staff.', expect: 'Sorry if you were' },
      { lang: 'es', text: 'Lamentamos que usted lo vea así.', expect: 'Lamentamos que usted lo vea así' },
      { lang: 'es', text: 'Disculpe si se sintió ofendido.', expect: 'Disculpe si se sintió' },
      { lang: 'id', text: 'Maaf jika Anda merasa begitu.', expect: 'Maaf jika Anda merasa begitu' },
    ],
  },
});
