// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { triageComment } from '../../triage';
import { accountHandle } from './extract';
import { x } from './index';

const EN_URL = 'https://x.com/exampleshop/status/1890000000000000001';
const ES_URL = 'https://x.com/tiendaejemplo/status/1890000000000000101';

const loadFixture = (name: string) => loadFixtureDocument('x', name);

function extractAll(doc: Document, url: string) {
  return x.findCards(doc).map((card) => x.extract(card, new URL(url)));
}

const cardOf = (doc: Document, statusId: string) => x.findCards(doc).find((card) => card.querySelector(`a[href$="/status/${statusId}"]`))!;

/** What X's reply button does (the fixture's script does not run under DOMParser): a modal with a copy of the tweet and an editor. */
function openModalOnReply(doc: Document, card: Element, editorHtml: string): () => number {
  let clicks = 0;
  card.querySelector('[data-testid="reply"]')!.addEventListener('click', () => {
    clicks++;
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(card.cloneNode(true));
    const parsed = new DOMParser().parseFromString(editorHtml, 'text/html').body.firstElementChild!;
    dialog.append(doc.importNode(parsed, true));
    doc.body.append(dialog);
  });
  return () => clicks;
}

describe('x status page (desktop, English, signed in as the shop)', () => {
  const doc = loadFixture('status-replies.en.html');
  const comments = extractAll(doc, EN_URL);

  it('finds every tweet once, the quoted tweet inside a quote tweet not counted apart', () => {
    expect(x.findCards(doc)).toHaveLength(6);
    expect(doc.querySelectorAll('[data-testid="tweetText"]')).toHaveLength(7);
  });

  it('leaves out the shop\'s own post and own reply, and keeps the four customer tweets', () => {
    expect(comments.filter(Boolean).map((c) => c!.key)).toEqual([
      'x:1890000000000000042',
      'x:1890000000000000077',
      'x:1890000000000000088',
      'x:1890000000000000099',
    ]);
    expect(comments[0]).toBeNull();
    expect(comments[2]).toBeNull();
  });

  it('reads every field of a reply the shop answered in the cell right under it', () => {
    expect(comments[1]).toEqual({
      key: 'x:1890000000000000042',
      site: 'x',
      id: '1890000000000000042',
      idSource: 'site',
      text: 'Does it include the blue model?',
      title: null,
      truncated: false,
      rating: null,
      ratingRaw: null,
      author: '@rita_m',
      dateText: 'Jun 1',
      permalink: 'https://x.com/rita_m/status/1890000000000000042',
      ownerReply: { text: 'Yes! The blue model is part of the sale.', author: '@exampleshop', dateText: 'Jun 1' },
    });
  });

  it('flags tweets cut by "Show more" under either testid X rotates between', () => {
    expect(comments[3]).toMatchObject({ truncated: true, ownerReply: null, author: '@grumpy_gus' });
    expect(comments[3]!.text.endsWith('every')).toBe(true);
    expect(comments[5]).toMatchObject({ truncated: true, author: '@omar_k' });
    expect(comments[4]!.truncated).toBe(false);
  });

  it('reads a quote tweet\'s own text, author, date and link, never the quoted tweet\'s, and keeps emoji', () => {
    expect(comments[4]).toMatchObject({
      text: 'The sale I was waiting for, love it 😍',
      author: '@lena_reads',
      dateText: 'Jun 2',
      permalink: 'https://x.com/lena_reads/status/1890000000000000088',
    });
  });

  it('does not take the next customer tweet for an answer', () => {
    expect(comments[4]!.ownerReply).toBeNull();
  });

  it('lets the analysis engine see the complaint as negative and needing a reply', () => {
    const triage = triageComment(comments[3]!);
    expect(triage.label).toBe('negative');
    expect(triage.needsReply).toBe(true);
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments.filter(Boolean)) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('answers the status itself in the inline Draft.js composer under it', async () => {
    const editor = await x.findReplyEditor(cardOf(doc, '1890000000000000001'));
    expect(editor?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(editor?.classList.contains('public-DraftEditor-content')).toBe(true);
  });

  it('answers another tweet in the modal its own Reply button opens, whose copy of the tweet is no new card', async () => {
    const card = cardOf(doc, '1890000000000000077');
    const clicks = openModalOnReply(
      doc,
      card,
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div>',
    );
    const editor = await x.findReplyEditor(card);
    expect(clicks()).toBe(1);
    expect(editor?.closest('[role="dialog"]')).not.toBeNull();
    expect(x.findCards(doc)).toHaveLength(6);
    // Asked again, the modal that quotes this tweet is reused.
    expect(await x.findReplyEditor(card)).toBe(editor);
    expect(clicks()).toBe(1);
    doc.querySelector('[role="dialog"]')!.remove();
  });
});

describe('x recycled cells', () => {
  it('reads a tweet again under the same key when X re-creates its cell after scrolling back', () => {
    const doc = loadFixture('status-replies.en.html');
    const card = cardOf(doc, '1890000000000000077');
    const cell = card.closest('[data-testid="cellInnerDiv"]')!;
    const before = x.extract(card, new URL(EN_URL))!;
    const fresh = cell.cloneNode(true) as Element;
    const next = cell.nextElementSibling;
    cell.remove();
    expect(x.findCards(doc)).toHaveLength(5);
    next!.before(fresh);
    const [again] = x.findCards(fresh);
    expect(again).not.toBe(card);
    expect(x.extract(again!, new URL(EN_URL))).toEqual(before);
  });

  it('sees an answer only while the answering cell is in the list', () => {
    const doc = loadFixture('status-replies.en.html');
    cardOf(doc, '1890000000000000043').closest('[data-testid="cellInnerDiv"]')!.remove();
    expect(x.extract(cardOf(doc, '1890000000000000042'), new URL(EN_URL))!.ownerReply).toBeNull();
  });
});

describe('x account of the business', () => {
  it('comes from the navigation\'s profile link, else from the author of the status in the URL', () => {
    const doc = loadFixture('status-replies.en.html');
    expect(accountHandle(doc, new URL('https://x.com/rita_m/status/1890000000000000042'))).toBe('exampleshop');
    doc.querySelector('[data-testid="AppTabBar_Profile_Link"]')!.remove();
    expect(accountHandle(doc, new URL('https://x.com/ExampleShop/status/1890000000000000001'))).toBe('exampleshop');
    expect(accountHandle(doc, new URL('https://x.com/i/web/status/1890000000000000001'))).toBeNull();
  });

  it('counts any later tweet of the account as the answer to a customer\'s status the page is about', () => {
    const doc = loadFixture('status-replies.en.html');
    const focal = x.extract(cardOf(doc, '1890000000000000077'), new URL('https://x.com/grumpy_gus/status/1890000000000000077'))!;
    expect(focal.ownerReply).toBeNull();
    const rita = x.extract(cardOf(doc, '1890000000000000042'), new URL('https://x.com/rita_m/status/1890000000000000042'))!;
    expect(rita.ownerReply?.author).toBe('@exampleshop');
    // As the status of the page, a tweet is answered by any later tweet of the account, not only the next one.
    const lena = x.extract(cardOf(doc, '1890000000000000088'), new URL('https://x.com/lena_reads/status/1890000000000000088'))!;
    expect(lena.ownerReply).toBeNull();
  });
});

describe('x status page (mobile web, Spanish UI, no profile link)', () => {
  const doc = loadFixture('status-mobile.es.html');
  const comments = extractAll(doc, ES_URL);

  it('takes the status author as the shop and reads the customer tweets', () => {
    expect(comments.filter(Boolean).map((c) => c!.key)).toEqual(['x:1890000000000000111', 'x:1890000000000000112', 'x:1890000000000000114']);
    expect(comments[1]).toMatchObject({ author: '@cliente_molesto', ownerReply: null, dateText: '20 sept.' });
    expect(comments[2]!.ownerReply).toEqual({ text: '¡Hola, María! Sí, la tenemos en talla M y en azul en la web.', author: '@tiendaejemplo', dateText: '20 sept.' });
    expect(comments[4]!.truncated).toBe(true);
    expect(triageComment(comments[1]!).label).toBe('negative');
  });

  it('uses the inline textarea for the status and the reply layer\'s textarea for a reply', async () => {
    expect((await x.findReplyEditor(cardOf(doc, '1890000000000000101')))?.tagName).toBe('TEXTAREA');
    const card = cardOf(doc, '1890000000000000111');
    openModalOnReply(doc, card, '<div data-testid="tweetTextarea_0RichTextInputContainer"><textarea data-testid="tweetTextarea_0"></textarea></div>');
    const editor = await x.findReplyEditor(card);
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(editor?.closest('[role="dialog"]')).not.toBeNull();
  });
});

describe('x page layout', () => {
  it('calls a status with no replies empty, and a page without any tweet it can read unrecognised', () => {
    const onlyThePost = loadFixture('status-replies.en.html');
    x.findCards(onlyThePost).slice(1).forEach((tweet) => tweet.remove());
    expect(extractAll(onlyThePost, EN_URL).filter(Boolean)).toEqual([]);
    expect(x.hasCommentArea(onlyThePost)).toBe(true);
    const changed = loadFixture('status-replies.en.html');
    changed.querySelectorAll('article').forEach((tweet) => tweet.replaceWith(...tweet.childNodes));
    expect(x.hasCommentArea(changed)).toBe(false);
  });
});

describe('x URLs', () => {
  it('accepts status pages only', () => {
    for (const url of x.urlExamples.accepts) expect(x.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of x.urlExamples.rejects) expect(x.matchesUrl(new URL(url)), url).toBe(false);
  });
});
