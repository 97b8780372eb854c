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
