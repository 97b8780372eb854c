import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { makeLogEntries } from '../../tests/helpers/log-entries';
import { ComposureDatabase } from '../db/database';
import { countLog, listLog, mergeLogEntries } from '../db/log-store';
import { logToJson } from './export';
import { describeProblem, parseLogExport } from './import';

const EXPORTED_AT = Date.UTC(2026, 10, 25);
let databases: ComposureDatabase[] = [];
const freshDb = (name: string) => {
  const db = new ComposureDatabase(name);
  databases.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(databases.map((db) => db.delete()));
  databases = [];
});

function exportWith(mutate: (entries: Record<string, unknown>[]) => void): string {
  const file = JSON.parse(logToJson(makeLogEntries(3), EXPORTED_AT));
  mutate(file.entries);
  return JSON.stringify(file);
}

describe('importing a log export', () => {
  it('round-trips 10,000 entries in three languages with emoji byte for byte', async () => {
    const original = logToJson(makeLogEntries(10_000), EXPORTED_AT);
    const parsed = parseLogExport(original);
    if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
    const db = freshDb('roundtrip');
    expect(await mergeLogEntries(db, parsed.entries, 'teammate.json', EXPORTED_AT)).toEqual({ added: 10_000, unchanged: 0, conflicts: [] });
    expect(logToJson(await listLog(db), EXPORTED_AT)).toBe(original);
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['a truncated file', logToJson(makeLogEntries(2), EXPORTED_AT).slice(0, 500), /not valid JSON.*truncated/],
    ['another JSON file', JSON.stringify({ name: 'package' }), /not a Composure log export/],
    ['a newer format', JSON.stringify({ format: 'composure-log', version: 99, entries: [] }), /newer Composure/],
    ['a damaged header', JSON.stringify({ format: 'composure-log', version: 1, entries: 'all of them' }), /header is damaged/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parseLogExport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(describeProblem(parsed.problems[0]!)).toMatch(message);
  });

  it('names the entry and the field that are wrong', () => {
    const parsed = parseLogExport(exportWith((entries) => (entries[1]!.rating = 11)));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ entry: 2, key: 'google:1000001', field: 'rating' });
    expect(describeProblem(parsed.problems[0]!)).toMatch(/^Entry 2 \(google:1000001\), field rating: /);
  });

  it('refuses hostile content: wrong types, 50 MB strings, nested nonsense', () => {
    for (const mutate of [
      (entries: Record<string, unknown>[]) => (entries[0]!.handledAt = '2026-01-01'),
      (entries: Record<string, unknown>[]) => (entries[2]!.commentText = 'x'.repeat(50 * 1024 * 1024)),
      (entries: Record<string, unknown>[]) => (entries[0]!.toneFindings = [{ ruleId: {}, severity: 'fatal' }]),
      (entries: Record<string, unknown>[]) => (entries[1]!.site = 'javascript:alert(1)'),
    ]) {
      expect(parseLogExport(exportWith(mutate)).ok).toBe(false);
    }
  });

  it('drops prototype-pollution keys instead of carrying them into the log', () => {
    const text = exportWith(() => {}).replace('"key":', '"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"key":');
    const parsed = parseLogExport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.entries[0]!)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.entries[0])).toBe(Object.prototype);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: 'composure-log', version: 1, entries: [value] }))), (text) => {
        const parsed = parseLogExport(text);
        if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('merging a teammate\'s log', () => {
  it('adds new entries, skips identical ones and keeps both sides of a conflict', async () => {
    const db = freshDb('merge');
    const [a, b, c] = makeLogEntries(3);
    await mergeLogEntries(db, [a!, b!], 'mine.json', 1);
    const newerB = { ...b!, replyText: 'A later, better reply.', handledAt: b!.handledAt + 1000 };
    const olderC = c!;
    const staleA = { ...a!, replyText: 'An older draft.', handledAt: a!.handledAt - 1000 };
    const result = await mergeLogEntries(db, [{ ...a! }, newerB, olderC, staleA], 'teammate.json', 2);
    expect(result).toEqual({ added: 1, unchanged: 1, conflicts: [b!.key, a!.key] });
    expect(await countLog(db)).toBe(3);
    expect((await db.log.get(b!.key))!.replyText).toBe('A later, better reply.');
    expect((await db.log.get(a!.key))!.replyText).toBe(a!.replyText);
    const conflicts = await db.logConflicts.toArray();
    expect(conflicts.map((conflict) => [conflict.key, conflict.kept, conflict.other.replyText, conflict.source])).toEqual([
      [b!.key, 'imported', b!.replyText, 'teammate.json'],
      [a!.key, 'stored', 'An older draft.', 'teammate.json'],
    ]);
  });
});
