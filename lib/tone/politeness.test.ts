import { describe, expect, it } from 'vitest';
import type { Lang } from '../lang';
import { POLITENESS_STRATEGIES } from './data/politeness-strategies';
import { courtesyOutweighs, leansBlunt, politenessBalance } from './politeness';
import { DEFAULT_TONE_SETTINGS } from './settings';
import { fold } from './text/fold';
import type { ToneDocument } from './types';

function doc(text: string, lang: Lang): ToneDocument {
  return { text, folded: fold(text), langs: [lang], site: undefined, settings: DEFAULT_TONE_SETTINGS, context: {} };
}

const balanceOf = (text: string, lang: Lang) => politenessBalance(doc(text, lang), lang);

describe('politenessBalance', () => {
  it('is negative for requests softened by thanks, "could you" and hedges', () => {
    expect(balanceOf('Thanks for the quick fix! Could you perhaps add the source as well?', 'en').balance).toBeLessThanOrEqual(-4);
    expect(balanceOf('Muchas gracias. ¿Podría indicarnos la fecha, por favor?', 'es').balance).toBeLessThanOrEqual(-4);
    // "Terima kasih" (thank you) starts with "terima" (accept!), which is not an order here.
    expect(balanceOf('Terima kasih. Bisakah Anda memberi tahu tanggalnya?', 'id').balance).toBeLessThanOrEqual(-4);
  });

  it('is positive for bare "why" questions, "actually" and criticism of the reader', () => {
    expect(balanceOf('So why did you actually delete it? Your edit is wrong.', 'en').balance).toBeGreaterThanOrEqual(4);
    expect(balanceOf('¿Por qué borraste eso? Tu cambio es incorrecto.', 'es').balance).toBeGreaterThanOrEqual(3);
    expect(balanceOf('Kenapa kamu hapus? Kamu salah.', 'id').balance).toBeGreaterThanOrEqual(3);
  });

  it('names the strategies it found and where the first blunt one starts', () => {
    const text = 'Hello there. Why did you remove it?';
    const result = balanceOf(text, 'en');
    expect(result.polite).toContain('greeting');
    expect(result.blunt).toEqual(['why']);
    expect(result.firstBluntAt).toBe(text.indexOf('Why'));
  });

  it('counts "please" as polite inside a sentence and blunt at its start', () => {
    expect(balanceOf('Could you look at it, please?', 'en').polite).toContain('please-inside');
    expect(balanceOf('Please look at it.', 'en').blunt).toContain('please-start');
  });

  it('reads an invitation ("why not come back?") and "porque" (because) as no demand for reasons', () => {
    expect(balanceOf('Why not come back in spring?', 'en').blunt).not.toContain('why');
    expect(balanceOf('Lo cambiamos porque había un error.', 'es').blunt).not.toContain('why');
    expect(balanceOf('¿Por qué no nos visita en primavera?', 'es').blunt).not.toContain('why');
    // Asking after the reader is not asking for an account.
    expect(balanceOf('¿Cómo está? ¿Cómo le fue el viaje?', 'es').blunt).not.toContain('wh-question');
    expect(balanceOf('¿Cómo pudo olvidar la reserva?', 'es').blunt).toContain('wh-question');
  });

  it('reads what folding hides: a written "tú", a first-person "busqué", words in capitals', () => {
    // "tú" (you) is a pronoun Spanish usually drops, so writing it points at the reader; "tu" (your) does not.
    expect(balanceOf('Tú no sabes lo que pasó.', 'es').blunt).toContain('emphatic-you');
    expect(balanceOf('Tu habitación está lista.', 'es').blunt).not.toContain('emphatic-you');
    // "Busqué" (I looked) is not the order "Busque" (look).
    expect(balanceOf('Busque su reserva en el correo.', 'es').blunt).toContain('imperative');
    expect(balanceOf('Busqué su reserva en el sistema.', 'es').blunt).not.toContain('imperative');
    expect(balanceOf('La habitación NO estaba sucia.', 'es').blunt).toContain('raised-voice');
    expect(balanceOf('La habitación no estaba sucia.', 'es').blunt).not.toContain('raised-voice');
  });

  it('counts Spanish exasperation, what the reader did and emphatic denials', () => {
    expect(balanceOf('Vamos a ver, y encima se queja.', 'es').blunt).toContain('exasperation');
    expect(balanceOf('No puede ser que nadie lo viera.', 'es').blunt).toContain('exasperation');
    // "no puede ser" as a plain "cannot be" is not exasperation.
    expect(balanceOf('La reserva no puede ser modificada.', 'es').blunt).not.toContain('exasperation');
    expect(balanceOf('Borraste la reseña y cambiaste la fecha.', 'es').blunt).toContain('reader-action');
    expect(balanceOf('El contraste de colores es bonito.', 'es').blunt).not.toContain('reader-action');
    expect(balanceOf('No tiene nada que ver, en absoluto.', 'es').blunt).toContain('flat-denial');
  });

  it('leaves naming a fault to courtesy: "lamentamos el error" is not a negative word', () => {
    expect(balanceOf('Lamentamos el error en la factura.', 'es').blunt).toEqual([]);
    // Aimed at the reader, the same words are criticism.
    expect(balanceOf('Usted está equivocado.', 'es').blunt).toEqual(['reader-criticism']);
  });

  it('does not take an explanation ("that\'s why", "el porqué") for a demand for reasons', () => {
    expect(balanceOf("That's why we changed the hours.", 'en').blunt).not.toContain('why');
    expect(balanceOf("I don't see why you changed it.", 'en').blunt).toContain('why');
    expect(balanceOf('Le explicamos el porqué y la razón de por qué cerramos.', 'es').blunt).not.toContain('why');
    expect(balanceOf('No tiene por qué preocuparse.', 'es').blunt).not.toContain('why');
  });

  it('hears Spanish hedges and closings as courtesy', () => {
    expect(balanceOf('Si no me equivoco, la reserva era para dos. Un saludo.', 'es').polite).toEqual(expect.arrayContaining(['hedge', 'positive-word']));
    expect(balanceOf('Si no recuerdo mal, la reserva era para dos.', 'es')).toMatchObject({ polite: ['hedge'], blunt: [] });
  });

  it('hears Spanish orders, bans, reproaches and vocatives aimed at the reader', () => {
    // A ban in the informal second person, anywhere in the sentence; reassurances and invitations are not bans.
    expect(balanceOf('Así que no borres mis cambios.', 'es').blunt).toContain('prohibition');
    expect(balanceOf('No te preocupes y no dudes en escribirnos.', 'es').blunt).not.toContain('prohibition');
    // "Que alguien..." orders whoever reads; an ironic or familiar vocative addresses the reader from above.
    expect(balanceOf('Que alguien lo arregle.', 'es').blunt).toContain('jussive');
    expect(balanceOf('Mire, caballero, el desayuno acaba a las diez.', 'es').blunt).toContain('vocative');
    expect(balanceOf('Estimado señor, gracias por su reseña.', 'es').blunt).not.toContain('vocative');
    // What the reader should have done ("deberías", "podrías haber") is a reproach, not a polite "could you".
    expect(balanceOf('Deberías leer la descripción.', 'es').blunt).toContain('reader-criticism');
    expect(balanceOf('Podrías haber avisado antes.', 'es').polite).not.toContain('counterfactual-modal');
    expect(balanceOf('Estás equivocado.', 'es').blunt).toContain('reader-criticism');
    // Negative quantifiers are emphatic denials, except in "de nada", "no pasa nada" and "nada mal" (praise).
    expect(balanceOf('Nadie le cobró de más.', 'es').blunt).toContain('flat-denial');
    expect(balanceOf('No se preocupe, no pasa nada. ¡De nada!', 'es').blunt).not.toContain('flat-denial');
  });

  it('reads Spanish praise by understatement and our own slips as no harsh judgement', () => {
    expect(balanceOf('Está mal traducido.', 'es').blunt).toContain('negative-word');
    expect(balanceOf('El desayuno no está nada mal.', 'es').blunt).toEqual([]);
    expect(balanceOf('Perdone, entendí mal su pregunta.', 'es').blunt).toEqual([]);
    expect(balanceOf('Menos mal que llegó a tiempo.', 'es').blunt).toEqual([]);
    // A negated kind word is disagreement, not courtesy; "gran" only praises what is good.
    expect(balanceOf('No estamos de acuerdo.', 'es').polite).toEqual([]);
    expect(balanceOf('Es un gran error.', 'es').polite).toEqual([]);
    expect(balanceOf('Es un gran hotel.', 'es').polite).toContain('positive-word');
  });

  it('lets a sentence that thanks or praises keep its exclamation marks', () => {
    expect(balanceOf('¡¡La habitación estaba limpia!!', 'es').blunt).toEqual(['exclamation', 'repeated-exclamation']);
    expect(balanceOf('¡¡Muchas gracias por venir!!', 'es').blunt).toEqual([]);
    // Only in its own sentence: thanks elsewhere do not soften it.
    expect(balanceOf('Gracias. ¡¡La habitación estaba limpia!!', 'es').blunt).toContain('repeated-exclamation');
    // What the reader did, praised in the same sentence, is no accusation.
    expect(balanceOf('Me parece muy bien lo que hiciste.', 'es').blunt).not.toContain('reader-action');
  });

  it('counts punctuation-only cues only in a draft known to be in the language', () => {
    const unsure: ToneDocument = { ...doc('Far out!!!', 'es'), langs: ['en', 'es', 'id'] };
    expect(politenessBalance(unsure, 'es').blunt).toEqual([]);
    expect(balanceOf('Far out!!!', 'es').blunt).toContain('repeated-exclamation');
  });

  it('counts a strategy at most twice, once per sentence', () => {
    const once = balanceOf('Why?', 'en').balance;
    const many = balanceOf('Why? Why? Why? Why?', 'en').balance;
    expect(many).toBe(once * 2);
  });

  it('sees the same draft differently per language and caches per language', () => {
    const d = doc('Gracias. ¿Podría ayudarnos?', 'es');
    expect(politenessBalance(d, 'es').balance).toBeLessThan(0);
    expect(politenessBalance(d, 'en').balance).toBe(0);
    expect(politenessBalance(d, 'es')).toBe(politenessBalance(d, 'es'));
  });

  it('tells when courtesy clearly outweighs bluntness, and when a draft leans blunt', () => {
    expect(courtesyOutweighs(doc('Hi Sam, thank you! What room were you in?', 'en'), 'en')).toBe(true);
    expect(leansBlunt(doc('Hi Sam, thank you! What room were you in?', 'en'), 'en')).toBe(false);
    expect(leansBlunt(doc('What room were you in?', 'en'), 'en')).toBe(true);
  });
});

describe('politeness strategy data', () => {
  it('has distinct ids per language and weights of 1 or 2', () => {
    for (const lang of Object.keys(POLITENESS_STRATEGIES) as Lang[]) {
      const { polite, blunt } = POLITENESS_STRATEGIES[lang];
      for (const list of [polite, blunt]) {
        const ids = list.map((s) => s.id);
        expect(new Set(ids).size, `${lang}: ${ids.join(',')}`).toBe(ids.length);
        for (const s of list) expect([1, 2]).toContain(s.weight);
      }
    }
  });
});
