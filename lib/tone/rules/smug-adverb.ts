import { SMUG_ADVERB } from '../data/smug-adverb';
import { phraseRule } from '../phrase-rule';

/**
 * "Obviously" at ourselves ("obviously we fell short", "obviamente no lo he logrado": a Spanish first-person verb says
 * who without a pronoun) is an admission, not a put-down.
 */
const SELF_AFTER =
  /^[\s,]*(?:we|our|us|i|nosotros|nuestr[oa]s?|yo|kami|(?:no )?(?:(?:lo|la|los|las|me|nos|le|les) )?(?:he|hemos|estoy|estamos|soy|somos|tengo|tenemos|fui|fuimos|estuve|estuvimos|me equivoque|nos equivocamos))(?![\p{L}])/u;

export const smugAdverb = phraseRule({
  id: 'smug-adverb',
  category: 'chulesco',
  severity: 'warning',
  description: 'Smug adverbs such as "obviously" or "as anyone would know".',
  messages: {
    en: 'Words like this tell the reader the answer was obvious and they missed it: it sounds smug.',
    es: 'Estas palabras le dicen al lector que la respuesta era obvia y no la vio: suena chulesco.',
    id: 'Kata seperti ini menyiratkan pembaca melewatkan hal yang "jelas": terdengar sombong.',
  },
  data: SMUG_ADVERB,
  keep: (match, doc) => !SELF_AFTER.test(doc.folded.slice(match.end, match.end + 24)),
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review. We are sorry the room was not clean.' },
      { lang: 'en', text: 'Obviously we fell short here, and we are sorry.' },
      { lang: 'en', text: 'We will make the check-in times clearer on our website.' },
      { lang: 'es', text: 'Gracias por su reseña. Lamentamos que la habitación no estuviera limpia.' },
      { lang: 'es', text: 'Evidentemente nosotros no estuvimos a la altura y lo sentimos.' },
      { lang: 'es', text: 'Obviamente no lo hemos hecho bien esta vez.' },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda. Kami mohon maaf kamar Anda kurang bersih.' },
      { lang: 'id', text: 'Penjelasan Anda sangat jelas dan membantu kami.' },
    ],
    invalid: [
      { lang: 'en', text: 'Obviously, breakfast ends at 10.', expect: 'Obviously' },
      { lang: 'en', text: 'Obvously the pool closes at night.', expect: 'Obvously' },
      { lang: 'en', text: '"Obviously" the sign says no pets.', expect: 'Obviously' },
      { lang: 'en', text: 'As anyone would know, the beach is public.', expect: 'As anyone would know' },
      { lang: 'en', text: 'You clearly did not read the listing.', expect: 'You clearly' },
      { lang: 'es', text: 'Obviamente, el desayuno termina a las diez.', expect: 'Obviamente' },
      { lang: 'es', text: 'Como cualquiera sabe, la playa es pública.', expect: 'Como cualquiera sabe' },
      { lang: 'id', text: 'Sudah jelas sarapan selesai jam sepuluh.', expect: 'Sudah jelas' },
      { lang: 'id', text: 'Seperti yang semua orang tahu, pantai itu umum.', expect: 'Seperti yang semua orang tahu' },
    ],
  },
});
