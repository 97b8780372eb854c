import { REVIEWER_IDENTITY } from '../data/reviewer-identity';
import { phraseRule } from '../phrase-rule';

export const reviewerIdentity = phraseRule({
  id: 'reviewer-identity',
  category: 'confrontation',
  severity: 'error',
  description: 'Guessing or revealing who the reviewer is.',
  messages: {
    en: 'Revealing or guessing who the reviewer is breaks their privacy and platform rules; it reads as intimidation.',
    es: 'Revelar o adivinar quién es el cliente rompe su privacidad y las normas; se lee como intimidación.',
    id: 'Mengungkap atau menebak identitas pengulas melanggar privasi dan aturan platform; terkesan mengintimidasi.',
  },
  data: REVIEWER_IDENTITY,
  examples: {
    valid: [
      { lang: 'en', text: 'We would love to know more about your visit; please write to us.' },
      { lang: 'es', text: 'Nos gustaría saber más sobre su visita; por favor, escríbanos.' },
      { lang: 'id', text: 'Kami ingin tahu lebih banyak tentang kunjungan Anda; silakan hubungi kami.' },
    ],
    invalid: [
      { lang: 'en', text: 'We know who you are.', expect: 'We know who you are' },
      { lang: 'en', text: 'You are the guest in room 12 who complained all week.', expect: 'You are the guest in' },
      { lang: 'es', text: 'Sabemos quién es usted.', expect: 'Sabemos quién es usted' },
      { lang: 'id', text: 'Kami tahu siapa Anda.', expect: 'Kami tahu siapa Anda' },
    ],
  },
});
