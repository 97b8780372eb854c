// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { triageComment } from '../../triage';
import { facebook } from './index';

const EN_URL = 'https://www.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1';
const ES_URL = 'https://www.facebook.com/panaderiaejemplo/posts/pfbid0PanaderiaPost2';

const loadFixture = (name: string) => loadFixtureDocument('facebook', name);

function extractAll(doc: Document, url: string) {
  return facebook.findCards(doc).map((card) => facebook.extract(card, new URL(url)));
}

/** What Facebook does on a comment's "Reply" (the fixture's script does not run under DOMParser): a reply box under it. */
function replyBoxOnClick(doc: Document, card: Element, label: string, place: (box: HTMLElement) => void): () => number {
  let clicks = 0;
  const reply = [...card.querySelectorAll('[role="button"]')].find((el) => el.textContent?.trim() === label)!;
  reply.addEventListener('click', () => {
    clicks++;
    const box = doc.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    place(box);
  });
  return () => clicks;
}

describe('facebook post permalink (English, replies after each comment)', () => {
  const doc = loadFixture('post-comments.en.html');
  const comments = extractAll(doc, EN_URL);

  it('reads each comment once although the permalink renders one twice, and never a reply as a comment', () => {
    expect(doc.querySelectorAll('a[href*="comment_id=1234567890123456"]:not([href*="reply_comment_id"])')).toHaveLength(2);
    expect(comments.map((c) => c?.key)).toEqual([
      'facebook:1234567890123456',
      'facebook:2345678901234567',
      'facebook:3456789012345678',
      undefined,
    ]);
  });

  it('leaves out the Page\'s own comment', () => {
    expect(comments[3]).toBeNull();
  });

  it('reads every field of a comment the Page answered, without tracking parameters or the avatar', () => {
    expect(comments[0]).toEqual({
      key: 'facebook:1234567890123456',
      site: 'facebook',
      id: '1234567890123456',
      idSource: 'site',
      text: 'Are you open on public holidays?',
      title: null,
      truncated: false,
      rating: null,
      ratingRaw: null,
      author: 'Dana Ruiz',
      dateText: '2d',
      permalink: 'https://www.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1?comment_id=1234567890123456',
      ownerReply: { text: 'Yes, 8am–2pm on all holidays!', author: 'Example Bakery', dateText: '1d' },
    });
  });

  it('flags a comment cut by "See more" and leaves the control out of the text', () => {
    expect(comments[2]).toMatchObject({ truncated: true, author: 'Priya Nair' });
    expect(comments[2]!.text).toMatch(/^I have been coming here .* Yesterday the…$/);
  });

  it('does not take another user\'s reply for the Page\'s answer', () => {
    expect(comments[2]!.ownerReply).toBeNull();
    expect(comments[1]!.ownerReply).toBeNull();
  });

  it('lets the analysis engine see the complaint as negative', () => {
    expect(triageComment(comments[1]!)).toMatchObject({ label: 'negative', needsReply: true });
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments.filter(Boolean)) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('presses the comment\'s Reply and returns the box that appears, never the post-level composer', async () => {
    const card = facebook.findCards(doc)[1]!;
    const clicks = replyBoxOnClick(doc, card, 'Reply', (box) => card.parentElement!.append(box));
    const editor = await facebook.findReplyEditor(card);
    expect(clicks()).toBe(1);
    expect(editor).not.toBeNull();
    expect(editor).not.toBe(doc.getElementById('post-composer'));
    expect(editor!.parentElement).toBe(card.parentElement);
    // Asked again, the open box is reused.
    expect(await facebook.findReplyEditor(card)).toBe(editor);
    expect(clicks()).toBe(1);
  });

  it('tells an empty thread from comments it can no longer read', () => {
    const empty = loadFixture('post-comments.en.html');
    empty.querySelectorAll('[role="article"] [role="article"]').forEach((comment) => comment.remove());
    expect(facebook.findCards(empty)).toEqual([]);
    expect(facebook.hasCommentArea(empty)).toBe(true);
    const changed = loadFixture('post-comments.en.html');
    changed.querySelectorAll('a[href*="comment_id="]').forEach((link) => link.setAttribute('href', '/examplebakery/posts/x?cid=1'));
    expect(facebook.findCards(changed)).toEqual([]);
    expect(facebook.hasCommentArea(changed)).toBe(false);
    expect(facebook.hasCommentArea(new DOMParser().parseFromString('<div role="feed"></div>', 'text/html'))).toBe(false);
  });
});

describe('facebook post (Spanish UI, replies nested in their comment)', () => {
  const doc = loadFixture('post-comments.es.html');
  const comments = extractAll(doc, ES_URL);

  it('finds comments by structure, not by the translated "Comentario de" labels', () => {
    expect(comments.map((c) => c?.key)).toEqual(['facebook:7777000011112222', 'facebook:7777000011113333', 'facebook:7777000011115555']);
    expect(comments[0]).toMatchObject({ author: 'Lucía Pérez', dateText: '2 d', ownerReply: null, truncated: false });
    expect(triageComment(comments[0]!).label).toBe('negative');
  });

  it('reads the Page\'s nested reply apart from the comment\'s own text', () => {
    expect(comments[1]!.text).toBe('¿Hacéis pan sin gluten?');
    expect(comments[1]!.ownerReply).toEqual({ text: '¡Hola, Jorge! Sí, los viernes tenemos pan sin gluten por encargo.', author: 'Panadería Ejemplo', dateText: '2 d' });
  });

  it('flags the comment cut by "Ver más"', () => {
    expect(comments[2]!.truncated).toBe(true);
    expect(comments[2]!.text).not.toContain('Ver más');
  });

  it('presses "Responder" and returns the reply box inside the comment', async () => {
    const card = facebook.findCards(doc)[0]!;
    replyBoxOnClick(doc, card, 'Responder', (box) => card.append(box));
    const editor = await facebook.findReplyEditor(card);
    expect(editor?.parentElement).toBe(card);
  });
});

describe('facebook URLs', () => {
  it('accepts posts, photos, group posts and Pages, and rejects Facebook\'s own sections', () => {
    for (const url of facebook.urlExamples.accepts) expect(facebook.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of facebook.urlExamples.rejects) expect(facebook.matchesUrl(new URL(url)), url).toBe(false);
  });
});
