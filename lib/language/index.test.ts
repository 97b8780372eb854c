import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage } from './index';
import { MARKER_WORDS } from './function-words';
import { foldWord } from './index';

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) });

describe('detectLanguage', () => {
  it.each([
    ['en', 'The room was dirty and the staff did not care at all.'],
    ['en', 'great location but the room was filthy'],
    ['en', 'NEVER AGAIN. Worst stay of my life!!!'],
    ['en', 'nice hotel expensive parking got good deal stay hotel anniversary'],
    ['es', 'La habitación estaba sucia y el personal no nos ayudó.'],
    ['es', 'No estuvo mal, pero el desayuno era muy pobre'],
    ['es', 'la comida estaba fria y tardaron una hora en atendernos, pesimo servicio'],
    ['es', '¿Alguien más tuvo problemas con la reserva?'],
    ['id', 'Makanannya enak banget tapi pelayanannya lama.'],
    ['id', 'gak enak, mahal bgt yg penting kenyang aja'],
    ['id', 'kamar nya kotor dan pelayanan tidak ramah'],
    ['id', 'barang sudah sampai, sesuai pesanan, terima kasih'],
  ] as const)('detects %s in "%s"', (lang, text) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe(lang);
    expect(guess.confidence).toBeGreaterThan(0.5);
    expect(guess.mixed).toBe(false);
  });

  it.each([
    'Le petit déjeuner était très bon et la chambre propre.',
    'Das Zimmer war sehr sauber und das Personal freundlich.',
    'O quarto não estava limpo e o atendimento foi muito lento.',
    'Отель хороший, но завтрак плохой.',
    '这家酒店很干净',
  ])('returns other for a language we do not support: %s', (text) => {
    expect(detectLanguage(text).lang).toBe('other');
  });

  it('flags code-switching between two of our languages', () => {
    const guess = detectLanguage('The hotel was nice but the staff was rude, pelayanannya jelek banget dan kamar nya kotor');
    expect(guess.mixed).toBe(true);
    expect(new Set([guess.best, guess.secondary])).toEqual(new Set(['en', 'id']));
  });

  it('uses the hint to settle short, ambiguous texts and has low confidence without evidence', () => {
    expect(detectLanguage('ok', 'es').lang).toBe('es');
    expect(detectLanguage('ok', 'id').lang).toBe('id');
    expect(detectLanguage('', 'en')).toMatchObject({ lang: 'en', confidence: 0, mixed: false });
    expect(detectLanguage('')).toMatchObject({ lang: 'other', confidence: 0, mixed: false });
    expect(detectLanguage('👍👍').confidence).toBe(0);
  });

  it('lets strong evidence override a wrong hint', () => {
    expect(detectLanguage('La habitación estaba sucia y el baño olía fatal', 'en').lang).toBe('es');
  });

  it('never throws and keeps confidence in [0, 1] for arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), loneSurrogates), (text) => {
        const guess = detectLanguage(text);
        expect(guess.confidence).toBeGreaterThanOrEqual(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('marker word lists', () => {
  it('are lower-case single words, each (accent-folded) in exactly one language', () => {
    const seen = new Map<string, string>();
    for (const [lang, words] of Object.entries(MARKER_WORDS)) {
      for (const word of words) {
        expect(word).toMatch(/^[\p{Ll}]+$/u);
        const folded = foldWord(word);
        expect(seen.get(folded), `"${word}" in ${lang} and ${seen.get(folded)}`).toBeUndefined();
        seen.set(folded, lang);
      }
    }
  });
});
