import { FAKE_REVIEW_ACCUSATION } from '../data/fake-review-accusation';
import { phraseRule } from '../phrase-rule';

export const fakeReviewAccusation = phraseRule({
  id: 'fake-review-accusation',
  category: 'confrontation',
  severity: 'error',
  description: 'Accusing the reviewer of a fake or paid review, of lying or of blackmail.',
  messages: {
    en: 'Accusing a reviewer of lying or of a fake review breaks platform rules and convinces no reader.',
    es: 'Acusar al cliente de mentir o de una reseña falsa incumple las normas y no convence a ningún lector.',
    id: 'Menuduh pengulas berbohong atau menulis ulasan palsu melanggar aturan dan tidak meyakinkan pembaca.',
  },
  data: FAKE_REVIEW_ACCUSATION,
  examples: {
    valid: [
      { lang: 'en', text: 'We could not find your booking; please write to us so we can look into it.' },
      { lang: 'es', text: 'No encontramos su reserva; por favor, escríbanos para revisarlo.' },
      { lang: 'id', text: 'Kami belum menemukan pesanan Anda; silakan hubungi kami agar dapat kami periksa.' },
    ],
    invalid: [
      { lang: 'en', text: 'This is a fake review.', expect: 'fake review' },
      { lang: 'en', text: 'You were paid by a competitor.', expect: 'paid by a competitor' },
      { lang: 'en', text: 'You never stayed with us.', expect: 'You never stayed with' },
      { lang: 'es', text: 'Es una reseña falsa.', expect: 'reseña falsa' },
      { lang: 'id', text: 'Ini ulasan palsu.', expect: 'ulasan palsu' },
    ],
  },
});
