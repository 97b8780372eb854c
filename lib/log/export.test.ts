import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../db/log-entry';
import { exportFileName, logToCsv, logToJson } from './export';
import { parseCsv } from '../../scripts/csv';

const base: LogEntry = {
  key: 'tripadvisor:1023456789',
  site: 'tripadvisor',
  commentId: '1023456789',
  pageUrl: 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-X.html',
  permalink: null,
  author: 'Maria G',
  rating: 1,
  commentText: 'The sheets had stains, "really" bad.\nNever again',
  commentDate: 'Nov 2025',
  detectedAt: Date.UTC(2026, 10, 25, 9, 0),
  handledAt: Date.UTC(2026, 10, 25, 9, 45),
  replyText: 'Thank you, Maria. We are sorry about the room.',
  handler: 'Ana',
  outcome: 'replied',
  skipReason: null,
  analysis: { label: 'negative', score: -0.8, lang: 'en', topics: ['cleanliness'], severity: 2 },
  toneFindings: [{ ruleId: 'chulesco/obviously', severity: 'warning', text: 'obviously', resolved: true }],
};


describe('log export', () => {
  it('writes RFC 4180 CSV that reads back with quotes, commas and line breaks intact', () => {
    const csv = logToCsv([base]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(csv);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('comment_text')).toBe(base.commentText);
    expect(cell('response_minutes')).toBe('45');
    expect(cell('handled_at')).toBe('2026-11-25T09:45:00.000Z');
    expect(cell('topics')).toBe('cleanliness');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const hostile = { ...base, author: '=HYPERLINK("http://evil.example","click")', replyText: '+1 great', handler: '@admin' };
    const [header, row] = parseCsv(logToCsv([hostile]));
    expect(row![header!.indexOf('author')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row![header!.indexOf('reply_text')]).toBe("'+1 great");
    expect(row![header!.indexOf('handler')]).toBe("'@admin");
  });

  it('writes JSON with every field, in a versioned envelope, oldest first', () => {
    const later = { ...base, key: 'tripadvisor:2', commentId: '2', handledAt: base.handledAt + 1000, commentText: 'Muy mal 😡 pelayanan buruk' };
    const parsed = JSON.parse(logToJson([later, base], Date.UTC(2026, 10, 25)));
    expect(parsed.format).toBe('composure-log');
    expect(parsed.version).toBe(1);
    expect(parsed.entries).toEqual([base, later]);
  });

  it('names files by date and kind', () => {
    expect(exportFileName('csv', Date.UTC(2026, 10, 25, 23))).toBe('composure-log-2026-11-25.csv');
  });
});
