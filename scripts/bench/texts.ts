/**
 * Texts for the engine benchmarks: real reviews from ../shared/eval when present (read at run time,
 * never copied), otherwise realistic reviews generated here; and reply drafts of exact lengths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../lib/lang';
import { parseCsv } from '../csv';

const EVAL_DIR = resolve('..', 'shared', 'eval');

export interface BenchText {
  text: string;
  lang: Lang;
}

export interface TextSet {
  texts: BenchText[];
  /** Where the texts came from, printed with the figures. */
  source: string;
}

/** A small seeded generator, so every run times the same texts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


function readEvalReviews(perLang: number): BenchText[] {
  const texts: BenchText[] = [];
  const en = resolve(EVAL_DIR, 'reviews-en-tripadvisor', 'tripadvisor_hotel_reviews.csv');
  if (existsSync(en)) {
    for (const [review] of parseCsv(readFileSync(en, 'utf8')).slice(1, perLang + 1)) if (review) texts.push({ text: review, lang: 'en' });
  }
  const es = resolve(EVAL_DIR, 'reviews-es-cuba-hotels', 'cuba_hotels_sentiment.csv');
  if (existsSync(es)) {
    for (const [title, opinion] of parseCsv(readFileSync(es, 'utf8')).slice(1, perLang + 1)) if (opinion) texts.push({ text: `${title}. ${opinion}`, lang: 'es' });
  }
  const id = resolve(EVAL_DIR, 'reviews-id-smsa', 'valid_preprocess.tsv');
  if (existsSync(id)) {
    for (const line of readFileSync(id, 'utf8').split('\n').slice(0, perLang)) {
      const text = line.split('\t')[0];
      if (text) texts.push({ text, lang: 'id' });
    }
  }
  return texts;
}

const REVIEW_SENTENCES: Record<Lang, string[]> = {
  en: [
    'We stayed three nights in a double room facing the harbour.',
    'The bathroom had hair in the sink and nobody came to clean it.',
    'Staff at the front desk were friendly and helped with our luggage.',
    'Breakfast was cold by 9am and the coffee machine was broken again.',
    'The noise from the bar kept us awake until 2am.',
    'Great location, five minutes from the station and the old town.',
    'We were charged twice for the parking and still wait for a refund.',
    'Honestly the worst customer service I have had in years.',
    'The pool was clean and the kids loved it.',
    'Overpriced for what you get, the room was tiny and smelled of smoke.',
  ],
  es: [
    'La habitación estaba sucia y el personal fue muy antipático.',
    'El desayuno era variado y el café estaba muy rico.',
    'Nos cobraron dos veces la estancia y nadie responde los correos.',
    'La ubicación es perfecta, cerca de la playa y del centro.',
    'El aire acondicionado hacía un ruido horrible toda la noche.',
    'Volveremos sin duda, el trato fue excelente.',
    'Esperamos más de una hora para hacer el check-in.',
  ],
  id: [
    'Pelayanan lambat sekali dan makanannya dingin.',
    'Kamarnya bersih dan stafnya ramah.',
    'AC-nya berisik sepanjang malam, kami tidak bisa tidur.',
    'Lokasinya strategis, dekat pantai dan pusat kota.',
    'Harganya terlalu mahal untuk kamar sekecil ini.',
    'Sarapan enak, pilihannya banyak, pasti kembali lagi.',
  ],
};

function generatedReviews(count: number): BenchText[] {
  const random = seededRandom(9);
  const langs: Lang[] = ['en', 'es', 'id'];
  return Array.from({ length: count }, (_, i) => {
    const lang = langs[i % langs.length]!;
    const pool = REVIEW_SENTENCES[lang];
    const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pool[Math.floor(random() * pool.length)]!);
    return { text: sentences.join(' '), lang };
  });
}

/** Up to `perLang` real reviews per language from the eval sets, else generated ones. */
export function reviewTexts(perLang: number): TextSet {
  const real = readEvalReviews(perLang);
  if (real.length > 0) {
    const langs = [...new Set(real.map((t) => t.lang))].join('/');
    return { texts: real, source: `${real.length} real reviews (${langs}) from ../shared/eval` };
  }
  const generated = generatedReviews(perLang * 3);
  return { texts: generated, source: `${generated.length} generated reviews (en/es/id; ../shared/eval absent)` };
}

const DRAFT_SENTENCES = [
  'Thank you for taking the time to tell us about your stay.',
  'We are sorry that the room was not clean when you arrived.',
  'Our housekeeping manager has checked the room and retrained the team on the checklist.',
  'You were charged twice for parking; we have refunded the second charge today.',
  'Obviously our staff always follow the rules, so this could not have happened.',
  'As we already explained, breakfast ends at ten.',
  'We never have problems with noise, no guest has ever complained before.',
  'Maybe next time read the description before booking.',
  'If you would like to talk about it, please write to us at the front desk.',
  'We hope to welcome you back and show you a better stay.',
  'With all due respect, you clearly misunderstood our policy.',
  'The bar closes at midnight now, so the rooms above it stay quiet.',
];

/** English reply drafts of exactly `length` characters, varied so no two are the same text. */
export function replyDrafts(length: number, count: number, seed = 1): string[] {
  const random = seededRandom(seed * 7919 + length);
  return Array.from({ length: count }, (_, i) => {
    let draft = `Dear guest ${i + 1},`;
    while (draft.length < length) draft += ' ' + DRAFT_SENTENCES[Math.floor(random() * DRAFT_SENTENCES.length)]!;
    return draft.slice(0, length);
  });
}
