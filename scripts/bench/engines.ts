/**
 * Engine speed in Node, with the peers timed in the same process on the same texts:
 * analysis throughput against `sentiment` (AFINN) and `vader-sentiment`; tone-check latency against
 * `alex` and `write-good` on English reply drafts of 300, 1,000 and 5,000 characters.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import Sentiment from 'sentiment';
import { analyzeComment } from '../../lib/analysis';
import { checkTone } from '../../lib/tone';
import { BUDGETS } from './budgets';
import { measured, percentile, sampleRuns, type BenchResult } from './result';
import { replyDrafts, reviewTexts } from './texts';

const require = createRequire(import.meta.url);
const RUNS = 5;
const WARMUP = 1;

function timeEach<T>(items: T[], fn: (item: T) => unknown): number[] {
  return items.map((item) => {
    const start = performance.now();
    fn(item);
    return performance.now() - start;
  });
}

function total(samples: number[]): number {
  return samples.reduce((a, b) => a + b, 0);
}

export async function measureAnalysis(log: (line: string) => void): Promise<BenchResult[]> {
  const { texts, source } = reviewTexts(300);
  log(`analysis texts: ${source}`);
  const afinn = new Sentiment();
  const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
  const tools: Record<string, (text: string) => unknown> = {
    analyzeComment: (text) => analyzeComment({ text }),
    'sentiment (AFINN)': (text) => afinn.analyze(text),
    'vader-sentiment': (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text),
  };
  const plain = texts.map((t) => t.text);
  const rounds = await sampleRuns(RUNS, WARMUP, (run) => {
    // Alternate the order so no tool always runs on a warmer or more fragmented heap.
    const names = Object.keys(tools);
    if (run % 2) names.reverse();
    const perSecond: Record<string, number> = {};
    for (const name of names) perSecond[name] = plain.length / (total(timeEach(plain, tools[name]!)) / 1000);
    return perSecond;
  });
  const results = Object.keys(tools).map((name) => measured(`analysis: ${name} throughput (${plain.length} texts)`, rounds.map((r) => Math.round(r[name]!)), 'texts/s'));
  results.push(
    measured('analysis: analyzeComment ÷ sentiment (AFINN) speed', rounds.map((r) => round2(r.analyzeComment! / r['sentiment (AFINN)']!)), '×', BUDGETS.analysisVsSentiment),
    measured('analysis: analyzeComment ÷ vader-sentiment speed', rounds.map((r) => round2(r.analyzeComment! / r['vader-sentiment']!)), '×'),
  );
  return results;
}

/** How many drafts alex checks per round: it is slow, and its speed per draft is all we need. */
const ALEX_DRAFTS: Record<number, number> = { 300: 40, 1000: 20, 5000: 6 };
/** Drafts per length: enough that p99 rests on several samples, not on the single slowest call. */
const TONE_DRAFTS: Record<number, number> = { 300: 1000, 1000: 1000, 5000: 300 };
/** write-good is a peer: its median needs fewer drafts than our p99. */
const WRITE_GOOD_DRAFTS = 200;

export async function measureTone(log: (line: string) => void): Promise<BenchResult[]> {
  const alex = await import('alex');
  const writeGood = require('write-good') as (text: string) => unknown[];
  log(`tone drafts: ${Object.values(TONE_DRAFTS).join('/')} generated English reply drafts of 300/1,000/5,000 chars; alex on the first ${Object.values(ALEX_DRAFTS).join('/')}, write-good on the first ${WRITE_GOOD_DRAFTS}`);
  const results: BenchResult[] = [];
  for (const length of [300, 1000, 5000]) {
    const drafts = replyDrafts(length, TONE_DRAFTS[length]!);
    const alexDrafts = drafts.slice(0, ALEX_DRAFTS[length]);
    const rounds = await sampleRuns(RUNS, WARMUP, () => {
      const ours = timeEach(drafts, (draft) => checkTone(draft, { lang: 'en' }));
      const wg = timeEach(drafts.slice(0, WRITE_GOOD_DRAFTS), (draft) => writeGood(draft));
      const oursOnAlexDrafts = timeEach(alexDrafts, (draft) => checkTone(draft, { lang: 'en' }));
      const alexTimes = timeEach(alexDrafts, (draft) => alex.text(draft));
      return {
        p50: percentile(ours, 50),
        p99: percentile(ours, 99),
        writeGoodP50: percentile(wg, 50),
        alexP50: percentile(alexTimes, 50),
        vsAlex: total(alexTimes) / total(oursOnAlexDrafts),
        vsWriteGood: total(wg) / total(ours.slice(0, WRITE_GOOD_DRAFTS)),
      };
    });
    const at = `${length.toLocaleString('en')} chars`;
    results.push(
      measured(`tone: checkTone p50 @ ${at}`, rounds.map((r) => round3(r.p50)), 'ms'),
      measured(`tone: checkTone p99 @ ${at}`, rounds.map((r) => round3(r.p99)), 'ms', length === 1000 ? BUDGETS.toneP99At1000 : undefined),
      measured(`tone: alex p50 @ ${at}`, rounds.map((r) => round3(r.alexP50)), 'ms'),
      measured(`tone: write-good p50 @ ${at}`, rounds.map((r) => round3(r.writeGoodP50)), 'ms'),
      measured(`tone: checkTone speed ÷ alex @ ${at}`, rounds.map((r) => round2(r.vsAlex)), '×', length === 1000 ? BUDGETS.toneVsAlexAt1000 : undefined),
      measured(`tone: checkTone speed ÷ write-good @ ${at}`, rounds.map((r) => round2(r.vsWriteGood)), '×'),
    );
  }
  return results;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
