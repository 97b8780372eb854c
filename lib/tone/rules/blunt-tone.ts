import type { Lang } from '../../lang';
import { politenessBalance } from '../politeness';
import { sentenceSpans } from '../text/sentences';
import type { RawFinding, ToneRule } from '../types';
import { pointedQuestions } from './direct-question';

/** Balance (blunt minus polite strategy weights) from which a draft that addresses the reader reads as blunt. */
export const BLUNT_BALANCE = 2;
/** Strategies aimed at the reader; without one, the balance must be one higher. */
const READER_DIRECTED = new Set([
  'why',
  'negative-question',
  'wh-question',
  'second-person-start',
  'imperative',
  'please-start',
  'reader-criticism',
  'emphatic-you',
  'reader-action',
  'exasperation',
  'prohibition',
  'jussive',
  'vocative',
]);

/**
 * Languages where two different blunt strategies and no polite one at all are enough at the lower balance, even with
 * none aimed at the reader. Spanish drops its pronouns, so a reply rarely shows the reader the way English "you" does,
 * and its bluntness sits in statements ("Pues no es así", "no tiene nada de neutral"). Tried in English too: it flagged
 * more healthy argumentative comments (UCC F1 0.218 → 0.217), so English keeps the higher bar.
 */
const UNSOFTENED_PAIR: ReadonlySet<Lang> = new Set<Lang>(['es']);

/**
 * A draft that leans on blunt strategies ("why...?", "actually", a bare "So...", a negative word aimed at
 * the reader) with nothing polite to weigh against them reads as rude even when no single phrase is an
 * insult. Marks the sentence where the first blunt strategy appears, unless `direct-question` already marks that
 * sentence as a pointed question (its advice is the more precise one).
 */
export const bluntTone: ToneRule = {
  id: 'blunt-tone',
  category: 'impoliteness',
  severity: 'warning',
  description: 'Several blunt strategies ("why...?", "actually", a negative word) and nothing to soften them.',
  messages: {
    en: 'This reads as blunt: it questions or criticises the reader with nothing to soften it. Add thanks, an apology or a request ("Could you...?").',
    es: 'Suena brusco: cuestiona o critica al lector sin nada que lo suavice. Añada un agradecimiento, una disculpa o una petición («¿Podría...?»).',
    id: 'Terdengar ketus: mempertanyakan atau mengkritik pembaca tanpa pelunak. Tambahkan terima kasih, permintaan maaf, atau permintaan ("Bisakah Anda...?").',
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      const { balance, firstBluntAt, blunt, polite } = politenessBalance(doc, lang);
      const aimedAtReader = blunt.some((id) => READER_DIRECTED.has(id));
      // In Spanish, two different blunt strategies with nothing polite at all also read as blunt at the lower balance.
      const unsoftened = UNSOFTENED_PAIR.has(lang) && polite.length === 0 && new Set(blunt).size >= 2;
      if (firstBluntAt === undefined || balance < (aimedAtReader || unsoftened ? BLUNT_BALANCE : BLUNT_BALANCE + 1)) continue;
      const span = sentenceSpans(doc.text).find((s) => s.start <= firstBluntAt && firstBluntAt < s.end);
      if (!span || findings.some((f) => f.start === span.start)) continue;
      // A pointed question already has its own, more precise warning (`direct-question`): one warning per sentence.
      const questions = doc.settings.disabledRules.includes('direct-question') ? [] : pointedQuestions(doc);
      if (questions.some((q) => q.start === span.start && q.end === span.end)) continue;
      findings.push({ start: span.start, end: span.end });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for telling us. Could you tell us which room you stayed in?' },
      { lang: 'en', text: 'We are sorry the shower was cold. Why did this happen? We are finding out and will write to you.' },
      { lang: 'en', text: 'So glad you enjoyed the garden. We hope to see you again.' },
      // Blunt strategies that do not address the reader need a higher balance.
      { lang: 'en', text: 'But the room was not ready at noon.' },
      { lang: 'es', text: 'Gracias por su comentario. ¿Podría indicarnos la fecha de su estancia?' },
      { lang: 'es', text: 'Lamentamos el error con la factura; ya lo hemos corregido.' },
      { lang: 'id', text: 'Terima kasih atas ulasannya. Bisakah Anda memberi tahu kami tanggal menginap?' },
      // An explanation is not a demand for reasons; nor is "el porqué" or "no tiene por qué".
      { lang: 'en', text: "That's why we changed the breakfast hours, and we hope you like them." },
      { lang: 'es', text: 'Le explico el porqué: la piscina no tiene por qué cerrar antes.' },
      // Agreement, a first-person past ("busqué", not the order "busque") and courtesy with an exclamation.
      { lang: 'es', text: 'Totalmente de acuerdo con usted; gracias por escribirnos.' },
      { lang: 'es', text: 'Busqué su reserva. No aparece en el sistema.' },
      { lang: 'es', text: 'Gracias a ti por venir. ¡Esperamos verte pronto!' },
      // "Pues bien" is a connective; exclamation marks that thank are warmth; "nada mal" praises; our own slip is no attack.
      { lang: 'es', text: 'Pues bien, hemos revisado su reserva y todo está en orden. Gracias por avisarnos.' },
      { lang: 'es', text: '¡¡Muchas gracias por su visita!! Nos alegra que disfrutara de la piscina.' },
      { lang: 'es', text: 'El desayuno no está nada mal, y nos alegra que lo disfrutara.' },
      { lang: 'es', text: 'Perdone, entendí mal su pregunta. No se preocupe, no pasa nada.' },
    ],
    invalid: [
      // A pointed question gets `direct-question` instead; this rule marks the other blunt sentences.
      { lang: 'en', text: 'The review is wrong. Why are you actually complaining now?', expect: 'The review is wrong.' },
      { lang: 'en', text: 'You actually booked the cheapest room, and it was not our fault at all.', expect: 'You actually booked the cheapest room, and it was not our fault at all.' },
      { lang: 'es', text: 'Pues no es así. Su queja es absurda.', expect: 'Pues no es así.' },
      // A written "tú" (the pronoun) and a "-aste" past point at the reader; "y encima" is exasperation.
      { lang: 'es', text: 'Tú reservaste la habitación más barata y encima te quejas.', expect: 'Tú reservaste la habitación más barata y encima te quejas.' },
      // Exasperation and a word in capitals (a raised voice).
      { lang: 'es', text: 'Vamos a ver: la habitación NO estaba sucia.', expect: 'Vamos a ver: la habitación NO estaba sucia.' },
      { lang: 'es', text: '¡Ya está bien! Nadie le cobró de más.', expect: '¡Ya está bien!' },
      // Two different blunt strategies and nothing polite ("Pues..." and a flat denial); doubled exclamation marks.
      { lang: 'es', text: 'Pues no es así. La habitación se limpió a diario.', expect: 'Pues no es así.' },
      { lang: 'es', text: '¡¡La habitación estaba limpia!!', expect: '¡¡La habitación estaba limpia!!' },
      // A vocative from above, a reproach ("deberías haber"), a ban ("no vuelvas") and "que alguien..." address the reader.
      { lang: 'es', text: 'Hombre, eso no es así.', expect: 'Hombre, eso no es así.' },
      { lang: 'es', text: 'Deberías haber leído la descripción; nunca ofrecimos desayuno.', expect: 'Deberías haber leído la descripción; nunca ofrecimos desayuno.' },
      { lang: 'es', text: 'No vuelvas a escribir eso: nadie te cobró de más.', expect: 'No vuelvas a escribir eso: nadie te cobró de más.' },
      { lang: 'es', text: 'Que alguien le explique que el desayuno nunca estuvo incluido.', expect: 'Que alguien le explique que el desayuno nunca estuvo incluido.' },
      { lang: 'id', text: 'Jadi kamu salah. Kamar kami bersih.', expect: 'Jadi kamu salah.' },
    ],
  },
};
