// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { triageComment } from '../../triage';
import { youtube } from './index';

const EN_URL = 'https://www.youtube.com/watch?v=dQw4ExAmPl0';
const ES_URL = 'https://www.youtube.com/watch?v=EsPaNoL0001';

const loadFixture = (name: string) => loadFixtureDocument('youtube', name);

function extractAll(root: ParentNode, url: string) {
  return youtube.findCards(root).map((card) => youtube.extract(card, new URL(url)));
}

/** Does what the fixture's script does after load: YouTube renders the threads only once the section nears the viewport. */
function lazyLoad(doc: Document): Element[] {
  const contents = doc.querySelector('#sections > #contents')!;
  contents.append(doc.querySelector<HTMLTemplateElement>('#lazy-threads')!.content.cloneNode(true));
  return [...contents.children];
}

describe('youtube watch page (English, lazy-loaded view-model layout)', () => {
  const doc = loadFixture('watch-comments.en.html');

  it('sees the comment section before its comments arrive, and no card in the top comment box', () => {
    const beforeLoad = loadFixture('watch-comments.en.html');
    expect(youtube.hasCommentArea(beforeLoad)).toBe(true);
    expect(youtube.findCards(beforeLoad)).toEqual([]);
    expect(youtube.hasCommentArea(new DOMParser().parseFromString('<ytd-app><div id="player"></div></ytd-app>', 'text/html'))).toBe(false);
  });

  const added = lazyLoad(doc);
  const comments = extractAll(doc, EN_URL);

  it('finds the lazily added threads, also when scanning only the added nodes', () => {
    expect(youtube.findCards(doc)).toHaveLength(4);
    const fromAddedNodes = added.flatMap((node) => youtube.findCards(node));
    expect(fromAddedNodes).toEqual(youtube.findCards(doc));
  });

  it('skips the channel\'s own pinned comment and keeps the three viewer comments', () => {
    expect(comments[0]).toBeNull();
    expect(comments.filter(Boolean).map((c) => c!.key)).toEqual([
      'youtube:UgxExAmPlEcOmMeNt0001AaABAg',
      'youtube:UgzLongAngryComment0002AaABAg',
      'youtube:UgwHappyViewer0003AaABAg',
    ]);
  });

  it('reads every field of a comment the creator answered', () => {
    expect(comments[1]).toEqual({
      key: 'youtube:UgxExAmPlEcOmMeNt0001AaABAg',
      site: 'youtube',
      id: 'UgxExAmPlEcOmMeNt0001AaABAg',
      idSource: 'site',
      text: 'The audio drops out at 4:12 for me.',
      title: null,
      truncated: false,
      rating: null,
      ratingRaw: null,
      author: '@kaitlyn.codes',
      dateText: '3 days ago',
      permalink: 'https://www.youtube.com/watch?v=dQw4ExAmPl0&lc=UgxExAmPlEcOmMeNt0001AaABAg',
      ownerReply: { text: 'Thanks — fixed in the re-upload!', author: '@ExampleChannel', dateText: '2 days ago' },
    });
  });

  it('reads the whole text behind "Read more" and does not take its own replies for its text', () => {
    const long = comments[2]!;
    expect(long.text).toMatch(/^This video is terrible .* I want the hour of my life back\.$/);
    expect(long.text).not.toContain('Same here');
    expect(long.truncated).toBe(false);
    expect(long.dateText).toBe('1 day ago (edited)');
  });

  it('does not count a reply by another viewer as the channel\'s answer', () => {
    expect(comments[2]!.ownerReply).toBeNull();
    expect(comments[3]!.ownerReply).toBeNull();
  });

  it('lets the analysis engine see the long complaint as negative (no rating on YouTube)', () => {
    expect(triageComment(comments[2]!).label).toBe('negative');
    expect(triageComment(comments[2]!).needsReply).toBe(true);
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments.filter(Boolean)) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('opens the comment\'s own reply box with its Reply button, not the video-level comment box', async () => {
    const thread = youtube.findCards(doc)[2]!;
    const replyButton = thread.querySelector('#comment #reply-button-end button')!;
    let clicks = 0;
    // DOMParser does not run the fixture's script: emulate the site's click handler.
    replyButton.addEventListener('click', () => {
      clicks++;
      const box = new DOMParser().parseFromString(
        '<ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div><ytd-button-renderer id="submit-button"><button disabled>Reply</button></ytd-button-renderer></ytd-commentbox>',
        'text/html',
      ).body.firstElementChild!;
      thread.querySelector('#comment #reply-dialog')!.append(doc.importNode(box, true));
    });
    const editor = await youtube.findReplyEditor(thread);
    expect(clicks).toBe(1);
    expect(editor?.id).toBe('contenteditable-root');
    expect(thread.contains(editor)).toBe(true);
    expect(editor).not.toBe(doc.querySelector('#top-commentbox #contenteditable-root'));
    // Asking again reuses the open box instead of clicking Reply a second time.
    expect(await youtube.findReplyEditor(thread)).toBe(editor);
    expect(clicks).toBe(1);
  });
});

describe('youtube watch page (Spanish UI, older ytd-comment-renderer layout)', () => {
  const doc = loadFixture('watch-comments.es.html');
  const comments = extractAll(doc, ES_URL);

  it('reads both comments and the creator reply in the teaser list without English labels', () => {
    expect(comments.map((c) => c?.key)).toEqual(['youtube:UgyTortillaFria0001AaABAg', 'youtube:UgxCebollaSiNo0002AaABAg']);
    expect(comments[0]).toMatchObject({ author: '@lucia.cocina', dateText: 'hace 2 días', ownerReply: null, rating: null });
    expect(comments[1]!.ownerReply).toEqual({
      text: '¡Con cebolla, siempre! Gracias por comentar, Pepe.',
      author: '@CocinaDeEjemplo',
      dateText: 'hace 4 días',
    });
    expect(comments[1]!.text).toBe('¿Con cebolla o sin cebolla? En mi casa discutimos cada domingo 😂');
  });
});

describe('youtube comments without a site id or with cut text', () => {
  const parse = (inner: string) => new DOMParser().parseFromString(`<div id="contents">${inner}</div>`, 'text/html');
  const thread = (text: string, extra = '') =>
    `<ytd-comment-thread-renderer><ytd-comment-view-model id="comment"><a id="author-text" href="/@ana"><span>@ana</span></a>` +
    `<ytd-expander collapsed><yt-attributed-string id="content-text"><span>${text}</span></yt-attributed-string>${extra}</ytd-expander></ytd-comment-view-model></ytd-comment-thread-renderer>`;
  const read = (html: string) => {
    const doc = parse(html);
    return youtube.extract(youtube.findCards(doc)[0]!, new URL(EN_URL))!;
  };

  it('falls back to a stable content hash that differs between comments', () => {
    const first = read(thread('The sound is out of sync for the whole second half.'));
    expect(first.idSource).toBe('hash');
    expect(first.permalink).toBeNull();
    expect(read(thread('The sound is out of sync for the whole second half.')).id).toBe(first.id);
    expect(read(thread('The sound is in sync for the whole second half.')).id).not.toBe(first.id);
  });

  it('flags text that ends in an ellipsis next to a shown "Read more"', () => {
    expect(read(thread('It started well but then…', '<tp-yt-paper-button id="more">Read more</tp-yt-paper-button>')).truncated).toBe(true);
    expect(read(thread('It started well but then…', '<tp-yt-paper-button id="more" hidden>Read more</tp-yt-paper-button>')).truncated).toBe(false);
  });

  it('has no editor when the comment offers no Reply button', async () => {
    expect(await youtube.findReplyEditor(parse(thread('Nice.')).querySelector('ytd-comment-thread-renderer')!)).toBeNull();
  });
});

describe('youtube URLs', () => {
  it('accepts watch and shorts pages and rejects the rest', () => {
    for (const url of youtube.urlExamples.accepts) expect(youtube.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of youtube.urlExamples.rejects) expect(youtube.matchesUrl(new URL(url)), url).toBe(false);
  });
});
