import { RHETORICAL_QUESTION } from '../data/rhetorical-question';
import { phraseRule } from '../phrase-rule';

export const rhetoricalQuestion = phraseRule({
  id: 'rhetorical-question',
  category: 'chulesco',
  severity: 'warning',
  description: 'Rhetorical questions at the reader ("did you even read...?", "what did you expect?").',
  messages: {
    en: 'A rhetorical question at the reviewer mocks them instead of answering.',
    es: 'Una pregunta retórica al cliente se burla de él en lugar de responder.',
    id: 'Pertanyaan retoris kepada pengulas terkesan mengejek, bukan menjawab.',
  },
  data: RHETORICAL_QUESTION,
  examples: {
    valid: [
      { lang: 'en', text: 'Could you tell us which dates you stayed with us?' },
      { lang: 'en', text: 'Did you enjoy the spa? We would love to hear more.' },
      { lang: 'es', text: '¿Podría indicarnos las fechas de su estancia?' },
      { lang: 'id', text: 'Bolehkah Anda memberi tahu kami tanggal menginap Anda?' },
    ],
    invalid: [
      { lang: 'en', text: 'Did you even read the listing?', expect: 'Did you even read' },
      { lang: 'en', text: 'What did you expect for that price?', expect: 'What did you expect' },
      { lang: 'en', text: 'Is that too much to ask?', expect: 'Is that too much to ask' },
      { lang: 'en', text: "Don't you think that is a bit unfair?", expect: "Don't you think" },
      { lang: 'en', text: 'You knew the pool was closed, didn\'t you?', expect: "didn't you?" },
      { lang: 'es', text: '¿Acaso no leyó la descripción?', expect: 'Acaso no leyó' },
      { lang: 'es', text: '¿Qué esperaba por ese precio?', expect: 'Qué esperaba' },
      { lang: 'es', text: 'Usted sabía que la piscina cerraba, ¿verdad?', expect: 'verdad?' },
      { lang: 'id', text: 'Apa Anda tidak baca deskripsinya?', expect: 'Apa Anda tidak baca' },
      { lang: 'id', text: 'Apa susahnya membaca aturan?', expect: 'Apa susahnya' },
    ],
  },
});
