/**
 * Protocol A of ../shared/eval/README.md: negative-comment detection from the text alone, on the
 * English (TripAdvisor), Spanish (Cuban hotels) and Indonesian (SmSA valid) sets, with the peers run
 * in the same process on the same texts with their own decision rules:
 *   sentiment (AFINN-165): score < 0;  vader-sentiment: compound ≤ -0.05 (VADER's documented cut-off);
 *   @nlpjs/sentiment: vote === 'negative'.
 * Composure: analyzeComment({ text }).label === 'negative' (no rating, no language hint).
 * SmSA is reported on `valid` only: the Indonesian model is trained on `train` (scripts/train-analysis.ts).
 * Speed: texts per second from the median of timed passes over the same texts in the same process,
 * after one untimed pass (warm-up, JIT, look-up caches) that also gives the classification figures;
 * the same procedure for every system. The headline comparison, Composure against `sentiment`
 * (AFINN), alternates their passes (A, B, A, B...) so that load from other processes on a shared
 * machine falls on both alike, and is made on every set (on es and id `sentiment` is only a speed
 * yardstick: its English word list says nothing there, so it is not listed as a quality peer).
 * Writes eval-output/analysis.json. Skips (exit 0) when ../shared/eval is absent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { analyzeComment } from '../lib/analysis';
import type { Lang } from '../lib/lang';
import { parseCsv } from './csv';

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
interface Quality {
  negativeF1: number;
  macroF1: number;
  accuracy: number;
}
interface Scores extends Quality {
  textsPerSecond: number;
}
type Classifier = (text: string) => boolean | Promise<boolean>;


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

/** Timed passes per system (the median counts); fewer for systems whose pass takes over a second. */
const TIMED_PASSES = 9;
const SLOW_PASS_SECONDS = 1;
const SLOW_TIMED_PASSES = 3;
/** Composure and `sentiment` alternate timed passes for the headline ratio: 5 to 15 each, about 20 s in all. */
const COMPARED_PASSES = { min: 5, max: 15, budgetSeconds: 20 };

/** One untimed pass: the classification figures, and the warm-up (JIT compiled, look-up caches filled). */
async function classifyAll(items: Item[], classify: Classifier): Promise<{ quality: Quality; seconds: number }> {
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
    quality: { negativeF1: round(negativeF1), macroF1: round((negativeF1 + otherF1) / 2), accuracy: round((tp + tn) / items.length) },
    seconds,
  };
}

async function timePass(items: Item[], classify: Classifier): Promise<number> {
  const started = performance.now();
  for (const item of items) await classify(item.text);
  return (performance.now() - started) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(items: Item[], classify: Classifier): Promise<Scores> {
  const { quality, seconds } = await classifyAll(items, classify);
  const passes = seconds > SLOW_PASS_SECONDS ? SLOW_TIMED_PASSES : TIMED_PASSES;
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) times.push(await timePass(items, classify));
  return { ...quality, textsPerSecond: Math.round(items.length / median(times)) };
}

/** Median texts per second of two systems timed in alternating passes over the same texts (both already warm). */
async function compareSpeed(items: Item[], a: Classifier, b: Classifier): Promise<[number, number]> {
  const timesA = [await timePass(items, a)];
  const timesB = [await timePass(items, b)];
  const { min, max, budgetSeconds } = COMPARED_PASSES;
  const passes = Math.max(min, Math.min(max, Math.round(budgetSeconds / (timesA[0]! + timesB[0]!))));
  for (let pass = 1; pass < passes; pass++) {
    timesA.push(await timePass(items, a));
    timesB.push(await timePass(items, b));
  }
  return [Math.round(items.length / median(timesA)), Math.round(items.length / median(timesB))];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const afinn = new Sentiment();
const classifyAfinn: Classifier = (text) => afinn.analyze(text).score < 0;

function peersFor(lang: Lang): { name: string; classify: Classifier }[] {
  const peers: { name: string; classify: Classifier }[] = [];
  if (lang === 'en') {
    peers.push({ name: 'sentiment (AFINN)', classify: classifyAfinn });
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
    const composure: Classifier = (text) => analyzeComment({ text }).label === 'negative';
    const ours = await measure(set.items, composure);
    const peers = [];
    for (const peer of peersFor(set.lang)) peers.push({ name: peer.name, ...(await measure(set.items, peer.classify)) });
    if (set.lang !== 'en') await classifyAll(set.items, classifyAfinn); // warm-up of the speed yardstick
    const [oursTps, afinnTps] = await compareSpeed(set.items, composure, classifyAfinn);
    const speedVsSentiment = { composureTextsPerSecond: oursTps, sentimentTextsPerSecond: afinnTps, ratio: round(oursTps / afinnTps) };
    results.push({ id: set.id, lang: set.lang, n: set.items.length, ...ours, peers, speedVsSentiment });

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
    console.log(
      `speed vs sentiment (AFINN), alternating passes on these texts: composure ${oursTps} texts/s, sentiment ${afinnTps} texts/s, ratio ${speedVsSentiment.ratio.toFixed(2)} (≥ 1 = at least as fast)`,
    );
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify({ sets: results }, null, 2) + '\n');
  console.log(`\nwritten ${outPath}`);
}

await main();
