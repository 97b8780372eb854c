import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../language';
import { analyzeComment } from '../index';

const score = (text: string): number => analyzeComment({ text }).textScore;
const label = (text: string): string => analyzeComment({ text }).label;

describe('English sentiment', () => {
  it('reads plain praise and complaints', () => {
    expect(label('The staff were lovely and the breakfast was delicious.')).toBe('positive');
    expect(label('The bathroom was dirty and the receptionist was rude.')).toBe('negative');
    expect(label('We checked in at 3pm and went to the museum.')).toBe('neutral');
  });

  it('flips the scope of a negation', () => {
    expect(label('Honestly the room was not bad for the price.')).toBe('positive');
    expect(label('The room was not clean when we arrived.')).toBe('negative');
    expect(label("The pool wasn't very warm and the towels weren't clean.")).toBe('negative');
    expect(label('Would not recommend this hotel to anyone.')).toBe('negative');
    // A negated complaint is milder than the praise it resembles.
    expect(score('The room was not bad.')).toBeLessThan(score('The room was good.'));
  });

  it('counts a negation that flips nothing as a mild complaint', () => {
    expect(score('There was no hot water in the morning.')).toBeLessThan(0);
  });

  it('weighs what comes after "but" more than what came before', () => {
    expect(label('Great location but the room was filthy.')).toBe('negative');
    expect(score('The room was small but the staff were wonderful.')).toBeGreaterThan(0);
    expect(label('The room was filthy but the location was great.')).toBe('mixed');
  });

  it('scales with intensifiers and diminishers', () => {
    expect(score('The staff were extremely rude.')).toBeLessThan(score('The staff were rude.'));
    expect(score('The staff were slightly rude.')).toBeGreaterThan(score('The staff were rude.'));
    expect(score('The view was really amazing.')).toBeGreaterThan(score('The view was amazing.'));
  });

  it('reads emoji and emoticons', () => {
    expect(label('Checked out this morning 😡')).toBe('negative');
    expect(label('Checked out this morning 😍')).toBe('positive');
    expect(label('Checked out this morning :(')).toBe('negative');
    expect(label('Checked out this morning :)')).toBe('positive');
    expect(score('The room was fine 👎')).toBeLessThan(score('The room was fine'));
  });

  it('amplifies elongation, shouting and exclamation marks', () => {
    expect(score('The carpet was sooo dirty')).toBeLessThan(score('The carpet was dirty'));
    expect(score('The carpet was DIRTY')).toBeLessThan(score('The carpet was dirty'));
    expect(score('The carpet was dirty!!!')).toBeLessThan(score('The carpet was dirty.'));
    expect(label('NEVER AGAIN')).toBe('negative');
  });

  it('handles the lower-cased, stop-word-stripped style of some review exports', () => {
    expect(label('stay away dirty rooms rude staff, did n\'t refund deposit')).toBe('negative');
    expect(label('great stay friendly staff clean rooms, would definitely return')).toBe('positive');
  });
});

describe('Spanish sentiment', () => {
  it('reads plain praise and complaints, with or without accents', () => {
    expect(label('El personal fue muy amable y la comida deliciosa.')).toBe('positive');
    expect(label('Pésimo servicio, la habitación estaba sucia.')).toBe('negative');
    expect(label('Pesimo servicio, la habitacion estaba sucia.')).toBe('negative');
  });

  it('flips the scope of a negation', () => {
    expect(label('La cena no estuvo mal, la verdad.')).toBe('positive');
    expect(label('El baño no estaba limpio.')).toBe('negative');
    expect(label('No lo recomiendo.')).toBe('negative');
    expect(label('Nada que ver con las fotos, sin agua caliente.')).toBe('negative');
  });

  it('weighs what comes after "pero" more than what came before', () => {
    expect(label('Buena ubicación pero la habitación estaba sucia.')).toBe('negative');
    expect(score('La habitación era pequeña pero el personal fue maravilloso.')).toBeGreaterThan(0);
  });

  it('scales with intensifiers and diminishers', () => {
    expect(score('La comida era muy mala.')).toBeLessThan(score('La comida era mala.'));
    expect(score('La comida era un poco mala.')).toBeGreaterThan(score('La comida era mala.'));
  });

  it('reads emoji, elongation and shouting', () => {
    expect(label('Llegamos al hotel 😡')).toBe('negative');
    expect(score('Estaba suciooo')).toBeLessThan(score('Estaba sucio'));
    expect(label('NUNCA MÁS')).toBe('negative');
  });
});

describe('Indonesian sentiment', () => {
  it('reads plain praise and complaints', () => {
    expect(label('Makanannya enak dan pelayanannya ramah.')).toBe('positive');
    expect(label('Kamarnya kotor dan pelayanannya buruk.')).toBe('negative');
  });

  it('flips the scope of a negation, including informal spellings', () => {
    expect(label('Rasanya tidak buruk.')).toBe('positive');
    expect(label('Makanannya tidak enak.')).toBe('negative');
    expect(label('ga enak')).toBe('negative');
    expect(label('gak enak, mahal bgt')).toBe('negative');
    expect(label('pelayanan kurang ramah')).toBe('negative');
  });

  it('weighs what comes after "tapi" more than what came before', () => {
    expect(label('Tempatnya bagus tapi pelayanannya jelek banget.')).toBe('negative');
    expect(label('Pelayanannya agak lama, tapi makanannya enak banget.')).toBe('positive');
  });

  it('scales with intensifiers and diminishers', () => {
    expect(score('Pelayanannya sangat buruk.')).toBeLessThan(score('Pelayanannya buruk.'));
    expect(score('Pengirimannya agak lama.')).toBeGreaterThan(score('Pengirimannya lama.'));
  });

  it('reads post-intensifiers in standard and informal spelling', () => {
    expect(score('enak banget')).toBeGreaterThan(score('enak'));
    expect(score('enak bgt')).toBeGreaterThan(score('enak'));
    expect(score('enak2')).toBeGreaterThan(0);
  });

  it('reads emoji, elongation and shouting', () => {
    expect(label('Paketnya baru sampai 😡')).toBe('negative');
    expect(score('kotorrr banget')).toBeLessThan(0);
    expect(score('Kamarnya kotorrr')).toBeLessThan(score('Kamarnya kotor'));
    expect(score('Pelayanannya KECEWA')).toBeLessThan(score('Pelayanannya kecewa'));
  });
});

describe('language', () => {
  it('reports the detected language and analyses short texts in the language that understands them', () => {
    expect(analyzeComment({ text: 'The breakfast was great.' }).lang).toBe('en');
    expect(analyzeComment({ text: 'El desayuno estuvo excelente.' }).lang).toBe('es');
    expect(analyzeComment({ text: 'Sarapannya enak sekali.' }).lang).toBe('id');
    expect(analyzeComment({ text: 'jahat' }).analysedAs).toBe('id');
  });

  it('agrees with detectLanguage, which it feeds from its own tokens', () => {
    for (const text of [
      "We didn't like the room, the staff wasn't helpful.",
      '¿Dónde está el baño? La habitación está sucia.',
      'Pelayanannya lama banget, gak bakal balik lagi.',
      'Le petit déjeuner était très bon.',
      'The hotel was nice but the staff was rude, pelayanannya jelek banget dan kamarnya kotor',
    ]) {
      const { lang, confidence, mixed } = detectLanguage(text);
      expect(analyzeComment({ text })).toMatchObject({ lang, langConfidence: confidence });
      expect(mixed).toBe(text.includes('pelayanannya jelek'));
    }
  });

  it('follows the hint for a text too short to tell', () => {
    expect(analyzeComment({ text: 'ok', lang: 'es' }).analysedAs).toBe('es');
  });

  it('counts both languages of a code-switched comment', () => {
    const result = analyzeComment({ text: 'The hotel was nice but the staff was rude, pelayanannya jelek banget dan kamarnya kotor' });
    expect(result.label).toBe('negative');
  });
});
