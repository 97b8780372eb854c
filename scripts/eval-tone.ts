/**
 * Protocol B of ../shared/eval/README.md: would a reader find this text smug, rude or sarcastic?
 * Sets: UCC (en), Stanford politeness (en, bottom vs top quartile), Spanish politeness, iSarcasmEval (en).
 * Composure flags a text when checkTone(text).verdict !== 'ok' (language detected, no site, no settings).
 * Peers, run in the same process on the same texts: alex (flags when it reports any message) and
 * write-good (flags when it makes any suggestion). Also times checkTone against alex on reply drafts of
 * 300, 1,000 and 5,000 characters. Writes eval-output/tone.json. Skips (exit 0) when ../shared/eval is absent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../lib/lang';
import { checkTone, toneRules } from '../lib/tone';
import { parseCsv } from './csv';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
const outPath = resolve(root, 'eval-output/tone.json');

interface Item {
  text: string;
  flagged: boolean;
  /** UCC attributes that are 1 for this text. */
  attributes?: string[];
}
interface EvalSet {
  id: string;
  lang: Lang;
  items: Item[];
}
interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Share of the not-flagged (polite, healthy) half that was flagged anyway. */
  falsePositiveRate: number;
  textsPerSecond: number;
}
type Classifier = (text: string) => boolean;


function readCsv(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const UCC_ATTRIBUTES = ['condescending', 'sarcastic', 'dismissive', 'hostile', 'antagonize'];

function loadUcc(): EvalSet {
  const items = readCsv(resolve(evalDir, 'tone-en-ucc/val.csv')).map((r) => {
    const attributes = UCC_ATTRIBUTES.filter((a) => r[a] === '1');
    return { text: r.comment ?? '', flagged: attributes.length > 0, attributes };
  });
  return { id: 'ucc-en', lang: 'en', items };
}

function loadPolitenessEn(): EvalSet {
  const rows = readCsv(resolve(evalDir, 'tone-en-politeness/wikipedia.annotated.csv'));
  const scores = rows.map((r) => Number(r['Normalized Score'])).sort((a, b) => a - b);
  const low = scores[Math.floor(scores.length / 4)]!;
  const high = scores[Math.floor((3 * scores.length) / 4)]!;
  const items: Item[] = [];
  for (const r of rows) {
    const score = Number(r['Normalized Score']);
    if (score <= low) items.push({ text: r.Request ?? '', flagged: true });
    else if (score >= high) items.push({ text: r.Request ?? '', flagged: false });
  }
  return { id: 'politeness-en', lang: 'en', items };
}

function loadPolitenessEs(): EvalSet {
  const items: Item[] = [];
  for (const file of ['spanish_train_4-14.csv', 'spanish_val_4-14.csv']) {
    for (const r of readCsv(resolve(evalDir, 'tone-es-politeness', file))) {
      const label = Number(r.labels);
      if (label < 1.5) items.push({ text: r.Utterance ?? '', flagged: true });
      else if (label >= 2.5) items.push({ text: r.Utterance ?? '', flagged: false });
    }
  }
  return { id: 'politeness-es', lang: 'es', items };
}

function loadSarcasm(): EvalSet {
  const items = readCsv(resolve(evalDir, 'tone-en-sarcasm/train.En.csv')).map((r) => ({
    text: r.tweet ?? '',
    flagged: r.sarcastic === '1',
  }));
  return { id: 'sarcasm-en', lang: 'en', items };
}

function score(set: EvalSet, predictions: boolean[], seconds: number): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  set.items.forEach((item, i) => {
    const p = predictions[i]!;
    if (p && item.flagged) tp++;
    else if (p) fp++;
    else if (item.flagged) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    accuracy: round((tp + tn) / set.items.length),
    falsePositiveRate: round(fp / Math.max(1, fp + tn)),
    textsPerSecond: Math.round(set.items.length / Math.max(seconds, 1e-9)),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function classify(set: EvalSet, classifier: Classifier): { predictions: boolean[]; seconds: number } {
  const started = performance.now();
  const predictions = set.items.map((item) => classifier(item.text));
  return { predictions, seconds: (performance.now() - started) / 1000 };
}

function recallByAttribute(set: EvalSet, predictions: boolean[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const attribute of UCC_ATTRIBUTES) {
    const indices = set.items.flatMap((item, i) => (item.attributes?.includes(attribute) ? [i] : []));
    out[attribute] = round(indices.filter((i) => predictions[i]).length / Math.max(1, indices.length));
  }
  return out;
}

/** Reply drafts of a given length, built from the rules' own examples (no eval data). */
function draftsOf(length: number, count: number): string[] {
  const sentences = toneRules.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]).filter((e) => e.lang === 'en' && e.text.length < 200).map((e) => e.text);
  const drafts: string[] = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    for (let i = d * 7; text.length < length; i++) text += `${sentences[i % sentences.length]} `;
    drafts.push(text.slice(0, length));
  }
  return drafts;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function timeEach(drafts: string[], run: (text: string) => unknown, rounds: number): { p50: number; p99: number } {
  for (const d of drafts.slice(0, 5)) run(d); // warm up: compile regular expressions, JIT
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) {
      const t = performance.now();
      run(d);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)) };
}

async function main(): Promise<void> {
  if (!existsSync(evalDir)) {
    console.log(`eval:tone skipped: ${evalDir} is absent (the labelled sets live outside the repository).`);
    return;
  }
  const alex = await import('alex');
  const writeGood = require('write-good') as (text: string) => unknown[];
  const composure: Classifier = (text) => checkTone(text).verdict !== 'ok';
  const peers: { id: string; classify: Classifier }[] = [
    { id: 'alex', classify: (text) => alex.text(text).messages.length > 0 },
    { id: 'write-good', classify: (text) => writeGood(text).length > 0 },
  ];

  const sets = [loadUcc(), loadPolitenessEn(), loadPolitenessEs(), loadSarcasm()];
  const results = [];
  for (const set of sets) {
    const ours = classify(set, composure);
    const own = score(set, ours.predictions, ours.seconds);
    const peerScores = peers.map((peer) => {
      const run = classify(set, peer.classify);
      return { id: peer.id, ...score(set, run.predictions, run.seconds) };
    });
    const extra = set.id === 'ucc-en' ? { recallByAttribute: recallByAttribute(set, ours.predictions) } : {};
    results.push({ id: set.id, lang: set.lang, n: set.items.length, ...own, ...extra, peers: peerScores });
    console.log(`\n${set.id} (n=${set.items.length})`);
    console.table([{ tool: 'composure', ...own }, ...peerScores.map(({ id, ...s }) => ({ tool: id, ...s }))]);
    if (set.id === 'ucc-en') console.log('recall per attribute', extra.recallByAttribute);
  }

  const latency = [300, 1000, 5000].map((length) => {
    const drafts = draftsOf(length, 20);
    const ours = timeEach(drafts, (t) => checkTone(t), 25);
    const theirs = timeEach(drafts, (t) => alex.text(t), 2);
    return { chars: length, p50Ms: ours.p50, p99Ms: ours.p99, alexP50Ms: theirs.p50, alexP99Ms: theirs.p99, alexRatio: round(theirs.p50 / Math.max(ours.p50, 1e-6)) };
  });
  // On a shared machine the tail measures the scheduler: say how busy it was.
  const loadAverage = round(loadavg()[0] ?? 0);
  console.log(`\nlatency per check (ms); alexRatio = alex p50 / checkTone p50; load average ${loadAverage}`);
  console.table(latency);

  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify({ sets: results, latency, loadAverage }, null, 2)}\n`);
  console.log(`\nwrote ${outPath}`);
}

await main();
