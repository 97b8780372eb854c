import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageComment } from '../comments/comment';
import { ComposureDatabase } from '../db/database';
import { firstSeenAt, saveLogEntry } from '../db/log-store';
import type { PageReport } from '../messaging/messages';
import { answerPageReport } from './page-reports';

const comment = (id: string, rating: number, answered = false): PageComment => ({
  key: `tripadvisor:${id}`,
  site: 'tripadvisor',
  id,
  idSource: 'site',
  text: `Review ${id}`,
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
});
