import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageComment } from '../comments/comment';
import { ComposureDatabase } from '../db/database';
import { firstSeenAt, recordSightings, saveLogEntry } from '../db/log-store';
import { radarStateItem } from '../settings/radar-state';
import type { PageReport } from '../messaging/messages';
import { answerPageReport } from './page-reports';

const comment = (id: string, rating: number, answered = false, text = `Review ${id}`): PageComment => ({
  key: `tripadvisor:${id}`,
  site: 'tripadvisor',
  id,
  idSource: 'site',
  text,
  title: null,
  truncated: false,
  rating,
  ratingRaw: null,
  author: 'A',
  dateText: null,
  permalink: null,
  ownerReply: answered ? { text: 'Thanks', author: null, dateText: null } : null,
});

const report = (comments: PageComment[]): PageReport => ({ type: 'page/report', site: 'tripadvisor', url: 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-X.html', layout: 'recognised', replyBox: true, comments });

let db: ComposureDatabase;
afterEach(async () => {
  fakeBrowser.reset();
  await db.delete();
});

describe('answering a page report', () => {
  it('marks unanswered negatives as needing a reply, logged ones as handled, and counts them on the icon', async () => {
    db = new ComposureDatabase('test-report');
    await saveLogEntry(db, {
      key: 'tripadvisor:2', site: 'tripadvisor', commentId: '2', pageUrl: 'https://x', permalink: null, author: 'A', rating: 1,
      commentText: 'Review 2', commentDate: null, detectedAt: 1, handledAt: 2, replyText: 'Sorry', handler: 'Ana', outcome: 'replied',
      skipReason: null, analysis: null, toneFindings: [],
    });
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const answer = await answerPageReport(db, report([comment('1', 1), comment('2', 1), comment('3', 2, true), comment('4', 5)]), 7, 1000);
    expect(answer.verdicts).toEqual([
      { key: 'tripadvisor:1', label: 'negative', needsReply: true, handled: false },
      { key: 'tripadvisor:2', label: 'negative', needsReply: false, handled: true },
      { key: 'tripadvisor:3', label: 'negative', needsReply: false, handled: false },
      { key: 'tripadvisor:4', label: 'positive', needsReply: false, handled: false },
    ]);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' });
    expect(await firstSeenAt(db, 'tripadvisor:1')).toBe(1000);
  });

  it('still answers when the database cannot be used', async () => {
    db = new ComposureDatabase('test-closed');
    db.close({ disableAutoOpen: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answer = await answerPageReport(db, report([comment('1', 1)]), 7, 1000);
    expect(answer.verdicts).toEqual([{ key: 'tripadvisor:1', label: 'negative', needsReply: true, handled: false }]);
    expect(warn).toHaveBeenCalled();
  });

  it('records what the analysis said with each sighting', async () => {
    db = new ComposureDatabase('test-sighting-analysis');
    await answerPageReport(db, report([comment('1', 1, false, 'The bathroom was filthy and the sheets had stains.')]), 7, 1000);
    expect(await db.sightings.get('tripadvisor:1')).toMatchObject({ label: 'negative', topics: expect.arrayContaining(['cleanliness']), lang: 'en' });
  });
});

describe('the crisis radar after a page report', () => {
  const HOUR = 3_600_000;
  const NOW = Date.UTC(2026, 10, 25, 12);
  const DIRTY = [
    'The bathroom was filthy and the sheets had stains.',
    'So dirty, hair in the sink, nobody cleaned it.',
    'The carpet was stained and everything smelled of mould.',
    'Dusty furniture and a dirty shower. Disgusting.',
    'Towels were dirty and the bin was never emptied.',
  ];
  /** A week of ordinary use before the burst: the radar needs history to compare with. */
  const withHistory = async () => {
    db = new ComposureDatabase('test-radar');
    await recordSightings(db, [comment('old', 4)], 'https://a', NOW - 5 * 24 * HOUR, () => ({ label: 'positive', topics: ['staff'], lang: 'en' }));
  };

  it('raises an alert naming the topic on a burst of negatives, on every tab, with examples for the panel', async () => {
    await withHistory();
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    await answerPageReport(db, report(DIRTY.map((text, i) => comment(`d${i}`, 1, false, text))), 7, NOW);
    const state = await radarStateItem.getValue();
    // Cleanliness first (every comment); room comes along where the words name parts of the room.
    expect(state.alerts[0]).toMatchObject({ topic: 'cleanliness', windowNegatives: 5, baselineNegatives: 0, windowHours: 24, raisedAt: NOW });
    expect(state.alerts[0]!.examples).toHaveLength(3);
    expect(DIRTY).toContain(state.alerts[0]!.examples[0]!.text);
    expect(setBadgeText).toHaveBeenCalledWith({ text: '!' });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!5' });
    expect(setTitle).toHaveBeenCalledWith({ title: expect.stringMatching(/^Composure: many negative comments about Cleanliness\b/) });
  });

  it('stays quiet for one isolated negative comment', async () => {
    await withHistory();
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await answerPageReport(db, report([comment('d1', 1, false, DIRTY[0]), comment('g1', 5, false, 'Lovely stay, spotless room.')]), 7, NOW);
    expect((await radarStateItem.getValue()).alerts).toEqual([]);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' });
    expect(setBadgeText).not.toHaveBeenCalledWith({ text: '!' });
  });

  it('clears the alert from every tab once the topic calms down', async () => {
    await withHistory();
    await answerPageReport(db, report(DIRTY.map((text, i) => comment(`d${i}`, 1, false, text))), 7, NOW);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await answerPageReport(db, report([comment('g1', 5, false, 'Lovely stay, spotless room.')]), 7, NOW + 30 * HOUR);
    expect((await radarStateItem.getValue()).alerts).toEqual([]);
    expect(setBadgeText).toHaveBeenCalledWith({ text: '' });
  });
});
