/**
 * Protocol A of ../shared/eval/README.md: negative-comment detection from the text alone, on the
 * English (TripAdvisor), Spanish (Cuban hotels) and Indonesian (SmSA valid) sets, with the peers run
 * in the same process on the same texts with their own decision rules:
 *   sentiment (AFINN-165): score < 0;  vader-sentiment: compound ≤ -0.05 (VADER's documented cut-off);
 *   @nlpjs/sentiment: vote === 'negative'.
 * Composure: analyzeComment({ text }).label === 'negative' (no rating, no language hint).
 * SmSA is reported on `valid` only: the Indonesian model is trained on `train` (scripts/train-analysis.ts).
 * Speed: texts per second over one timed pass, after one untimed pass (same for every system).
 * Writes eval-output/analysis.json. Skips (exit 0) when ../shared/eval is absent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { analyzeComment } from '../lib/analysis';
import type { Lang } from '../lib/lang';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
const outPath = resolve(root, 'eval-output/analysis.json');

interface Item {
  text: string;
  negative: boolean;
}
interface EvalSet {
  id: string;
  lang: Lang;
  items: Item[];
}
interface Scores {
  negativeF1: number;
  macroF1: number;
  accuracy: number;
  textsPerSecond: number;
}
type Classifier = (text: string) => boolean | Promise<boolean>;

/** RFC 4180 CSV (quoted fields with doubled quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function loadSets(): EvalSet[] {
  const tripadvisor = parseCsv(readFileSync(resolve(evalDir, 'reviews-en-tripadvisor/tripadvisor_hotel_reviews.csv'), 'utf8'));
  const taHeader = tripadvisor[0]!;
  const [review, rating] = [taHeader.indexOf('Review'), taHeader.indexOf('Rating')];
  const cuba = parseCsv(readFileSync(resolve(evalDir, 'reviews-es-cuba-hotels/cuba_hotels_sentiment.csv'), 'utf8'));
  const cuHeader = cuba[0]!;
  const [title, opinion, cls] = [cuHeader.indexOf('Title'), cuHeader.indexOf('Opinion'), cuHeader.indexOf('Class')];
  const smsa = readFileSync(resolve(evalDir, 'reviews-id-smsa/valid_preprocess.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, '').split('\t'));

  const byStars = (stars: number): boolean | undefined => (stars <= 2 ? true : stars >= 4 ? false : undefined);
  const keep = (items: (Item | undefined)[]): Item[] => items.filter((x): x is Item => x !== undefined);
  return [
    {
      id: 'tripadvisor-en',
      lang: 'en',
      items: keep(
        tripadvisor.slice(1).map((r) => {
          const negative = byStars(Number(r[rating]));
          return negative === undefined || r[review] === undefined ? undefined : { text: r[review]!, negative };
        }),
      ),
    },
    {
      id: 'cuba-hotels-es',
      lang: 'es',
      items: keep(
        cuba.slice(1).map((r) => {
          const negative = byStars(Number(r[cls]));
          return negative === undefined || r[opinion] === undefined ? undefined : { text: `${r[title]}. ${r[opinion]}`, negative };
        }),
      ),
    },
    {
      id: 'smsa-id-valid',
      lang: 'id',
      items: keep(
        smsa.map(([text, label]) =>
          text && (label === 'negative' || label === 'positive') ? { text, negative: label === 'negative' } : undefined,
        ),
      ),
    },
  ];
}

async function measure(items: Item[], classify: Classifier): Promise<Scores> {
  // One untimed pass first, the same for every system: the figure is the steady-state speed of a
  // long-running panel (JIT compiled, look-up caches filled), not start-up cost.
  for (const item of items) await classify(item.text);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const started = performance.now();
  for (const item of items) {
    const predicted = await classify(item.text);
    if (predicted && item.negative) tp++;
    else if (predicted) fp++;
    else if (item.negative) fn++;
    else tn++;
  }
  const seconds = (performance.now() - started) / 1000;
  const f1 = (t: number, f1: number, f2: number): number => (t === 0 ? 0 : (2 * t) / (2 * t + f1 + f2));
  const negativeF1 = f1(tp, fp, fn);
  const otherF1 = f1(tn, fn, fp);
  return {
    negativeF1: round(negativeF1),
    macroF1: round((negativeF1 + otherF1) / 2),
    accuracy: round((tp + tn) / items.length),
    textsPerSecond: Math.round(items.length / seconds),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function peersFor(lang: Lang): { name: string; classify: Classifier }[] {
  const peers: { name: string; classify: Classifier }[] = [];
  if (lang === 'en') {
    const afinn = new Sentiment();
    peers.push({ name: 'sentiment (AFINN)', classify: (text) => afinn.analyze(text).score < 0 });
    const vader = require('vader-sentiment') as {
      SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
    };
    peers.push({ name: 'vader-sentiment', classify: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound <= -0.05 });
  }
  const { Container } = require('@nlpjs/core') as { Container: new () => { use(plugin: unknown): void } };
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as {
    SentimentAnalyzer: new (settings: { container: unknown }) => {
      process(input: { locale: string; text: string }): Promise<{ sentiment: { vote: string } }>;
    };
  };
  const langPackages: Record<Lang, string> = { en: '@nlpjs/lang-en', es: '@nlpjs/lang-es', id: '@nlpjs/lang-id' };
  const langModule = require(langPackages[lang]) as Record<string, unknown>;
  const container = new Container();
  container.use(Object.values(langModule).find((v) => typeof v === 'function' && /^Lang/.test((v as { name: string }).name)));
  const analyzer = new SentimentAnalyzer({ container });
  peers.push({
    name: '@nlpjs/sentiment',
    classify: async (text) => (await analyzer.process({ locale: lang, text })).sentiment.vote === 'negative',
  });
  return peers;
}

async function main(): Promise<void> {
  if (!existsSync(evalDir)) {
    console.log(`eval:analysis skipped: ${evalDir} not found (the evaluation data lives outside the repo).`);
    return;
  }
  const results = [];
  for (const set of loadSets()) {
    const ours = await measure(set.items, (text) => analyzeComment({ text }).label === 'negative');
    const peers = [];
    for (const peer of peersFor(set.lang)) peers.push({ name: peer.name, ...(await measure(set.items, peer.classify)) });
    results.push({ id: set.id, lang: set.lang, n: set.items.length, ...ours, peers });

    console.log(`\n${set.id} (${set.lang}), n = ${set.items.length}, negatives = ${set.items.filter((i) => i.negative).length}`);
    console.log('system'.padEnd(22), 'neg-F1'.padStart(7), 'macro-F1'.padStart(9), 'accuracy'.padStart(9), 'texts/s'.padStart(9));
    for (const row of [{ name: 'composure', ...ours }, ...peers]) {
      console.log(
        row.name.padEnd(22),
        row.negativeF1.toFixed(3).padStart(7),
        row.macroF1.toFixed(3).padStart(9),
        row.accuracy.toFixed(3).padStart(9),
        String(row.textsPerSecond).padStart(9),
      );
    }
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify({ sets: results }, null, 2) + '\n');
  console.log(`\nwritten ${outPath}`);
}

await main();
