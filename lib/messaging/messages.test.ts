import { describe, expect, it, vi } from 'vitest';
import { PageReportSchema, PageVerdictsSchema, ToContentSchema } from './messages';
import { parseMessage } from './parse';

const goodComment = {
  key: 'tripadvisor:1',
  site: 'tripadvisor',
  id: '1',
  idSource: 'site',
  text: 'Dirty room',
  title: null,
  truncated: false,
  rating: 1,
  ratingRaw: '1.0 of 5 bubbles',
  author: null,
  dateText: null,
  permalink: null,
  ownerReply: null,
};

describe('message schemas', () => {
  it('accepts a well-formed page report', () => {
    const report = { type: 'page/report', site: 'tripadvisor', url: 'https://www.tripadvisor.com/x', layout: 'recognised', replyBox: true, comments: [goodComment] };
    expect(parseMessage(PageReportSchema, report, 'test')).toEqual(report);
  });

  it.each([
    ['a wrong type', { type: 'page/report', site: 'tripadvisor', url: 'x', layout: 'recognised', replyBox: true, comments: 'no' }],
    ['an unknown site', { type: 'page/report', site: 'myspace', url: 'x', layout: 'recognised', replyBox: true, comments: [] }],
    ['a rating out of range', { type: 'page/report', site: 'tripadvisor', url: 'x', layout: 'recognised', replyBox: true, comments: [{ ...goodComment, rating: 9 }] }],
    ['a 50 MB comment', { type: 'page/report', site: 'tripadvisor', url: 'x', layout: 'recognised', replyBox: true, comments: [{ ...goodComment, text: 'a'.repeat(50_000_000) }] }],
    ['null', null],
    ['a string', 'page/report'],
  ])('drops %s with a logged reason instead of throwing', (_name, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseMessage(PageReportSchema, raw, 'background')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain('background dropped a malformed message');
  });

  it('parses each request the panel sends to a page and rejects unknown ones', () => {
    expect(ToContentSchema.safeParse({ type: 'page/insert-reply', key: 'k:1', text: 'Thanks' }).success).toBe(true);
    expect(ToContentSchema.safeParse({ type: 'page/reveal', key: 'k:1' }).success).toBe(true);
    expect(ToContentSchema.safeParse({ type: 'page/delete-comment', key: 'k:1' }).success).toBe(false);
    expect(PageVerdictsSchema.safeParse({ type: 'page/verdicts', verdicts: [{ key: 'k', label: 'angry', needsReply: true, handled: false }] }).success).toBe(false);
  });

  it('does not let prototype-pollution keys through', () => {
    const raw = JSON.parse('{"type":"page/reveal","key":"k:1","__proto__":{"polluted":true}}');
    const parsed = parseMessage(ToContentSchema, raw, 'test');
    expect(parsed).toEqual({ type: 'page/reveal', key: 'k:1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
