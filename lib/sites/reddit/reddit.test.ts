// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { reddit } from './index';

const EN_URL = 'https://www.reddit.com/r/examplecity/comments/1abcxyz/we_just_opened/';
const ES_URL = 'https://www.reddit.com/r/ejemplo/comments/1defuvw/abrimos_nueva_tienda/';

/** DOMParser leaves declarative shadow DOM as <template>: attach the roots as a browser's parser would. */
function loadFixture(name: string): Document {
  const doc = loadFixtureDocument('reddit', name);
  for (const template of [...doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement!;
    host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    template.remove();
  }
  return doc;
}

/** Nodes parsed from markup, to append where a test plays the page's part. */
function nodes(html: string): Node[] {
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes];
}

function extractAll(doc: Document, url: string) {
  return reddit.findCards(doc).map((card) => reddit.extract(card, new URL(url)));
}

/** Reddit's part in the English fixture: Reply (in the action row's shadow root) opens a composer. */
function emulateReplyButton(card: Element): void {
  const row = card.querySelector(':scope > shreddit-comment-action-row')!;
  row.shadowRoot!.querySelector('faceplate-tracker[noun="reply"] button')!.addEventListener('click', () => {
    const composer = card.ownerDocument.createElement('shreddit-composer');
    composer.attachShadow({ mode: 'open' }).append(...nodes('<div contenteditable="true" role="textbox" aria-label="Reply"></div><button type="submit">Comment</button>'));
    setTimeout(() => card.append(composer), 20);
  });
}

describe('reddit thread (English, shadow DOM)', () => {
  const doc = loadFixture('thread.en.html');
  const comments = extractAll(doc, EN_URL);

  it('lists every comment, nested ones too, but not the post author\'s replies nor deleted comments', () => {
    expect(reddit.findCards(doc).map((card) => card.getAttribute('thingid'))).toEqual(['t1_kq1ex01', 't1_kq1ex03', 't1_kq1ex04', 't1_kq1ex05']);
    expect(comments.map((c) => c?.key ?? null)).toEqual(['reddit:t1_kq1ex01', 'reddit:t1_kq1ex03', 'reddit:t1_kq1ex04', null]);
  });

  it('reads every field, with the post author\'s nested reply as the owner reply', () => {
    expect(comments[0]).toEqual({
      key: 'reddit:t1_kq1ex01',
      site: 'reddit',
      id: 't1_kq1ex01',
      idSource: 'site',
      text: 'Will the new place have vegan pastries?',
      title: null,
      truncated: false,
      rating: null,
      ratingRaw: null,
      author: 'curious_local',
      dateText: '2025-09-10T16:20:00.000Z',
      permalink: 'https://www.reddit.com/r/examplecity/comments/1abcxyz/comment/kq1ex01/',
      ownerReply: { text: 'Yes — three vegan options daily.', author: 'example_cafe_owner', dateText: '2025-09-10T17:05:00.000Z' },
    });
  });

  it('keeps a nested reply\'s text out of its parent, and a reply by someone else is no owner reply', () => {
    expect(comments[1]!.text).toBe('Waited 40 minutes for a flat white and the barista was rude to me. Overpriced, dirty tables, awful service. Not coming back.');
    expect(comments[1]!.ownerReply).toBeNull();
    expect(comments[2]).toMatchObject({ author: 'night_owl_22', ownerReply: null });
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments.filter((c) => c !== null)) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('clicks the Reply button inside the shadow root and finds the editor in the composer\'s shadow root', async () => {
    const fresh = loadFixture('thread.en.html');
    const card = reddit.findCards(fresh)[1]!;
    emulateReplyButton(card);
    const editor = await reddit.findReplyEditor(card);
    expect(editor?.getAttribute('role')).toBe('textbox');
    expect(editor?.isContentEditable || editor?.getAttribute('contenteditable') === 'true').toBe(true);
    // The composer belongs to this comment, not to its nested reply.
    expect((editor!.getRootNode() as ShadowRoot).host.parentElement).toBe(card);
    // Once open, the same editor is returned without another click.
    expect(await reddit.findReplyEditor(card)).toBe(editor);
  });

  it('takes a composer that Reddit mounts outside the comment, when it is the one that just opened', async () => {
    const fresh = loadFixture('thread.en.html');
    const card = reddit.findCards(fresh)[2]!;
    card.querySelector(':scope > shreddit-comment-action-row')!.shadowRoot!.querySelector('faceplate-tracker button')!.addEventListener('click', () => {
      const host = fresh.createElement('comment-composer-host');
      host.attachShadow({ mode: 'open' }).append(...nodes('<shreddit-composer><div contenteditable="true" role="textbox"></div></shreddit-composer>'));
      fresh.body.append(host);
    });
    const editor = await reddit.findReplyEditor(card);
    expect(editor?.getAttribute('role')).toBe('textbox');
    expect(card.contains(editor)).toBe(false);
  });

  it('finds new comments in a subtree the page appended ("more replies")', () => {
    const fresh = loadFixture('thread.en.html');
    const more = fresh.createElement('shreddit-comment');
    more.setAttribute('thingid', 't1_kq1ex09');
    more.setAttribute('author', 'late_reader');
    more.append(...nodes('<div slot="comment"><p>Are you open on Mondays?</p></div>'));
    reddit.findCards(fresh)[2]!.append(more);
    expect(reddit.findCards(more).map((card) => reddit.extract(card, new URL(EN_URL))?.text)).toEqual(['Are you open on Mondays?']);
  });
});

describe('reddit thread (Spanish UI)', () => {
  const doc = loadFixture('thread.es.html');
  const [answered, other] = extractAll(doc, ES_URL);

  it('reads the Spanish comments and the business reply', () => {
    expect(answered).toMatchObject({ id: 't1_es00001', author: 'vecina_enfadada', dateText: '2025-10-01T10:00:00.000Z' });
    expect(answered!.ownerReply?.text).toBe('Lo sentimos mucho. Escríbenos por privado y te invitamos al próximo café.');
    expect(other).toMatchObject({ id: 't1_es00003', ownerReply: null });
  });

  it('finds the localised "Responder" button in the shadow root', async () => {
    const card = reddit.findCards(doc)[1]!;
    let clicked = false;
    card.querySelector('shreddit-comment-action-row')!.shadowRoot!.querySelector('button')!.addEventListener('click', () => (clicked = true));
    // No composer ever opens here: the editor search gives up (null) after its wait.
    vi.useFakeTimers();
    const editor = reddit.findReplyEditor(card);
    await vi.advanceTimersByTimeAsync(2100);
    vi.useRealTimers();
    expect(await editor).toBeNull();
    expect(clicked).toBe(true);
  });

  it('sees the comment area', () => {
    expect(reddit.hasCommentArea(doc)).toBe(true);
    expect(reddit.hasCommentArea(new DOMParser().parseFromString('<main><div class="thing comment"></div></main>', 'text/html'))).toBe(false);
  });
});

describe('reddit URLs', () => {
  it.each(reddit.urlExamples.accepts)('accepts %s', (url) => expect(reddit.matchesUrl(new URL(url))).toBe(true));
  it.each(reddit.urlExamples.rejects)('rejects %s', (url) => expect(reddit.matchesUrl(new URL(url))).toBe(false));
});
