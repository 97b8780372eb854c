import { BLAME } from '../data/blame';
import { phraseRule } from '../phrase-rule';

export const blame = phraseRule({
  id: 'blame',
  category: 'defensive',
  severity: 'warning',
  description: 'Blaming the customer or a third party ("it\'s not our fault", "you should have").',
  messages: {
    en: 'Blaming the customer or someone else tells readers you will not own the problem.',
    es: 'Culpar al cliente o a otros les dice a los lectores que no asumirá el problema.',
    id: 'Menyalahkan pelanggan atau pihak lain menunjukkan Anda tidak mau bertanggung jawab.',
  },
  data: BLAME,
  examples: {
    valid: [
      { lang: 'en', text: 'We are sorry you did not receive our confirmation email.' },
      { lang: 'en', text: 'You should have been welcomed properly, and we are sorry you were not.' },
      { lang: 'en', text: 'We take full responsibility and have spoken with the team.' },
      { lang: 'es', text: 'Usted debió recibir una habitación limpia y lo sentimos.' },
      { lang: 'id', text: 'Seharusnya Anda mendapatkan kamar yang bersih, dan kami mohon maaf.' },
    ],
    invalid: [
      { lang: 'en', text: "It's not our fault the flight was late.", expect: "It's not our fault" },
      { lang: 'en', text: 'You should have told the front desk.', expect: 'You should have told' },
      { lang: 'en', text: 'As stated in our policy, which you accepted, refunds take 30 days.', expect: 'As stated in our policy' },
      { lang: 'en', text: 'You were informed at check-in.', expect: 'You were informed' },
      { lang: 'es', text: 'No es culpa nuestra que el vuelo se retrasara.', expect: 'No es culpa nuestra' },
      { lang: 'es', text: 'Usted debió avisar en recepción.', expect: 'Usted debió avisar' },
      { lang: 'id', text: 'Itu bukan salah kami.', expect: 'bukan salah kami' },
      { lang: 'id', text: 'Seharusnya Anda memberi tahu resepsionis.', expect: 'Seharusnya Anda memberi tahu' },
    ],
  },
});
