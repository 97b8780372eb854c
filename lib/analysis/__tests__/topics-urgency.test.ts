import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../index';
import { evidenceTexts, expectRangesInto } from './helpers';

describe('topics', () => {
  it('tags English comments with the words that triggered each topic', () => {
    const text = 'We waited 40 minutes for breakfast, the bathroom was dirty and they overcharged my credit card.';
    const { topics } = analyzeComment({ text });
    expectRangesInto(text, topics);
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['waiting', 'food', 'room', 'cleanliness', 'billing']));
    expect(evidenceTexts(topics, 'cleanliness')).toContain('dirty');
    expect(evidenceTexts(topics, 'billing')).toEqual(expect.arrayContaining(['overcharged', 'credit card']));
  });

  it('covers retail, delivery and apps', () => {
    const text = 'The package never arrived, the app keeps crashing at checkout and I still have no refund.';
    const ids = analyzeComment({ text }).topics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['delivery', 'app', 'refund']));
    expect(analyzeComment({ text: 'The blender arrived broken, cheaply made product.' }).topics.map((t) => t.id)).toContain('product');
  });

  it('tags Spanish comments, with accents or without', () => {
    const text = 'La habitación olía a humedad, el baño estaba sucio y el recepcionista fue grosero.';
    const { topics } = analyzeComment({ text });
    expectRangesInto(text, topics);
    expect(evidenceTexts(topics, 'room')).toContain('habitación');
    expect(evidenceTexts(topics, 'cleanliness')).toContain('sucio');
    expect(evidenceTexts(topics, 'staff')).toContain('recepcionista');
  });

  it('tags Indonesian comments through suffixes and informal spelling', () => {
    const text = 'Makanannya enak, tapi pengirimannya lama bgt dan harganya mahal.';
    const { topics } = analyzeComment({ text });
    expectRangesInto(text, topics);
    expect(evidenceTexts(topics, 'food')).toContain('makanannya');
    expect(evidenceTexts(topics, 'delivery')).toContain('pengirimannya');
    expect(evidenceTexts(topics, 'price')).toEqual(expect.arrayContaining(['harganya', 'mahal']));
  });

  it('tags both languages of a code-switched comment', () => {
    const text = 'The room was nice but the staff was rude, makanannya basi dan kamar mandinya kotor banget';
    const { topics } = analyzeComment({ text });
    expectRangesInto(text, topics);
    expect(evidenceTexts(topics, 'staff')).toContain('staff');
    expect(evidenceTexts(topics, 'food')).toContain('makanannya');
  });

  it('keeps ranges exact after emoji and astral characters', () => {
    const text = '😡😡 𝒽𝑒𝓁𝓁𝑜 the shower was broken';
    const { topics } = analyzeComment({ text });
    expectRangesInto(text, topics);
    expect(evidenceTexts(topics, 'room')).toContain('shower');
  });
});

describe('urgency signals', () => {
  it('finds English signals with their evidence', () => {
    const text =
      "Third time I complain. My daughter got food poisoning, I'm not the only one, other guests complained too. My lawyer will hear about this and I will post it on social media. NEVER AGAIN.";
    const { urgency } = analyzeComment({ text });
    expectRangesInto(text, urgency);
    expect(urgency.map((u) => u.id)).toEqual([
      'legal',
      'health_safety',
      'going_public',
      'never_again',
      'repeated_complaint',
      'others_agree',
    ]);
    expect(evidenceTexts(urgency, 'health_safety')).toContain('food poisoning');
    expect(evidenceTexts(urgency, 'never_again')).toContain('never again');
  });

  it('finds discrimination, privacy and boycott', () => {
    const ids = analyzeComment({
      text: 'The doorman was openly racist. They shared my phone number without my consent. Avoid this place at all costs.',
    }).urgency.map((u) => u.id);
    expect(ids).toEqual(['discrimination', 'privacy', 'boycott']);
  });

  it('finds Spanish signals on the original accented text', () => {
    const text = 'Es la tercera vez que reclamo. Nos intoxicamos con la comida y lo voy a publicar en redes sociales. ¡Nunca más!';
    const { urgency } = analyzeComment({ text });
    expectRangesInto(text, urgency);
    expect(urgency.map((u) => u.id)).toEqual(['health_safety', 'going_public', 'never_again', 'repeated_complaint']);
    expect(evidenceTexts(urgency, 'never_again')).toContain('nunca más');
  });

  it('finds Indonesian signals, informal spelling included', () => {
    const text = 'Sudah berkali-kali komplain tapi tidak ada respon. Ada kecoa di kamar! Kapok, gak akan balik lagi. Saya viralkan di medsos.';
    const { urgency } = analyzeComment({ text });
    expectRangesInto(text, urgency);
    expect(urgency.map((u) => u.id)).toEqual(['health_safety', 'going_public', 'never_again', 'repeated_complaint']);
  });

  const healthSignal = (text: string): boolean => analyzeComment({ text }).urgency.some((u) => u.id === 'health_safety');

  it('does not raise a health signal for an incident the English text denies', () => {
    expect(healthSignal('Great buffet and nobody got sick, despite the heat.')).toBe(false);
    expect(healthSignal('The step was slippery but luckily no one was hurt.')).toBe(false);
    expect(healthSignal('Spotless room, no bed bugs, no cockroaches.')).toBe(false);
    expect(healthSignal('My son got sick after the buffet.')).toBe(true);
    expect(healthSignal('My wife was hurt on the broken step.')).toBe(true);
    // The clause ends at "and": the negation does not reach the incident.
    expect(healthSignal('The room was not clean and my son got sick.')).toBe(true);
  });

  it('does not raise a health signal for an incident the Spanish text denies', () => {
    expect(healthSignal('Comimos en el buffet todos los días y nadie se enfermó.')).toBe(false);
    expect(healthSignal('Habitación limpia, sin cucarachas.')).toBe(false);
    expect(healthSignal('Mi hijo se enfermó después de la cena.')).toBe(true);
    expect(healthSignal('No limpiaron nunca y había cucarachas en el baño.')).toBe(true);
  });

  it('does not raise a health signal for an incident the Indonesian text denies', () => {
    expect(healthSignal('Makan di sini tidak ada yang sakit.')).toBe(false);
    expect(healthSignal('Makan di sini aman, tidak ada yang keracunan.')).toBe(false);
    expect(healthSignal('Untungnya tidak ada yang terluka.')).toBe(false);
    expect(healthSignal('Setelah makan di sini anak saya keracunan.')).toBe(true);
    expect(healthSignal('Anak saya terluka kena pecahan kaca.')).toBe(true);
  });

  it('stays quiet on ordinary praise', () => {
    expect(analyzeComment({ text: 'Lovely stay, friendly staff, we will definitely come back!' }).urgency).toEqual([]);
    expect(analyzeComment({ text: 'Todo perfecto, volveremos sin duda.' }).urgency).toEqual([]);
    expect(analyzeComment({ text: 'Mantap, pasti balik lagi.' }).urgency).toEqual([]);
  });
});
