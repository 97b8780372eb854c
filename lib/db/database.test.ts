import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageComment } from '../comments/comment';
import { ComposureDatabase } from './database';
import type { LogEntry } from './log-entry';
import { countLog, firstSeenAt, handledKeys, listLog, negativeSightingsBetween, oldestSightingAt, recordSightings, saveLogEntry } from './log-store';

const comment = (id: string): PageComment => ({
  key: `tripadvisor:${id}`,
  site: 'tripadvisor',
  id,
  idSource: 'site',
  text: 'The room was dirty.',
  title: null,
  truncated: false,
  rating: 1,
  ratingRaw: '1.0 of 5 bubbles',
  author: 'Maria G',
  dateText: 'Nov 2025',
  permalink: null,
  ownerReply: null,
});

const entry = (id: string, handledAt: number): LogEntry => ({
  key: `tripadvisor:${id}`,
  site: 'tripadvisor',
  commentId: id,
  pageUrl: 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-X.html',
  permalink: null,
  author: 'Maria G',
  rating: 1,
  commentText: 'The room was dirty.',
  commentDate: null,
  detectedAt: 1000,
  handledAt,
  replyText: 'Thank you for telling us.',
  handler: 'Ana',
  outcome: 'replied',
  skipReason: null,
  analysis: null,
  toneFindings: [],
});

let db: ComposureDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('the log database', () => {
  it('keeps the first sighting of a comment when it is seen again', async () => {
    db = new ComposureDatabase('test-sightings');
    await recordSightings(db, [comment('1'), comment('1')], 'https://a', 1000);
    await recordSightings(db, [comment('1'), comment('2')], 'https://a', 5000);
    expect(await firstSeenAt(db, 'tripadvisor:1')).toBe(1000);
    expect(await firstSeenAt(db, 'tripadvisor:2')).toBe(5000);
  });

  it('stores what the analysis said with a sighting and finds the negatives of a period', async () => {
    db = new ComposureDatabase('test-negative-sightings');
    const analysis = (label: 'negative' | 'positive') => () => ({ label, topics: ['cleanliness'], lang: 'en' });
    await recordSightings(db, [comment('1')], 'https://a', 1000, analysis('negative'));
    await recordSightings(db, [comment('2')], 'https://a', 2000, analysis('positive'));
    await recordSightings(db, [comment('3')], 'https://a', 3000, analysis('negative'));
    await recordSightings(db, [comment('4')], 'https://a', 4000);
    expect((await negativeSightingsBetween(db, 1000, 3000)).map((s) => [s.key, s.topics])).toEqual([['tripadvisor:1', ['cleanliness']]]);
    expect((await negativeSightingsBetween(db, 0, 5000)).map((s) => s.key)).toEqual(['tripadvisor:1', 'tripadvisor:3']);
    expect(await db.sightings.get('tripadvisor:4')).toMatchObject({ label: null, topics: [], lang: null });
    expect(await oldestSightingAt(db)).toBe(1000);
  });

  it('saves one entry per comment, the newer replacing the older, and lists by handled time', async () => {
    db = new ComposureDatabase('test-log');
    await saveLogEntry(db, entry('1', 3000));
    await saveLogEntry(db, entry('2', 2000));
    await saveLogEntry(db, { ...entry('1', 4000), replyText: 'Second try.' });
    expect(await countLog(db)).toBe(2);
    const listed = await listLog(db);
    expect(listed.map((e) => [e.key, e.replyText])).toEqual([
      ['tripadvisor:2', 'Thank you for telling us.'],
      ['tripadvisor:1', 'Second try.'],
    ]);
    expect(await listLog(db, { from: 2500 })).toHaveLength(1);
    expect(await handledKeys(db, ['tripadvisor:1', 'tripadvisor:9'])).toEqual(new Set(['tripadvisor:1']));
  });

  it('refuses an invalid entry and writes nothing', async () => {
    db = new ComposureDatabase('test-invalid');
    await expect(saveLogEntry(db, { ...entry('1', 1), site: 'myspace' as never })).rejects.toThrow();
    await expect(saveLogEntry(db, { ...entry('1', 1), handledAt: -5 })).rejects.toThrow();
    expect(await countLog(db)).toBe(0);
  });

  it('stores the current schema version with the documented indexes', async () => {
    db = new ComposureDatabase('test-schema');
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.sightings.schema.indexes.map((i) => i.name).sort()).toEqual(['[label+firstSeenAt]', 'firstSeenAt', 'site']);
    expect(db.logConflicts.schema.indexes.map((i) => i.name).sort()).toEqual(['importedAt', 'key']);
    expect(db.log.schema.primKey.name).toBe('key');
    expect(db.log.schema.indexes.map((i) => i.name).sort()).toEqual(['detectedAt', 'handledAt', 'handler', 'outcome', 'site']);
  });
});
