// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { triageComment } from '../../triage';
import { instagram } from './index';

const DIALOG_URL = 'https://www.instagram.com/p/C0ExAmPlE123/';
const PAGE_URL = 'https://www.instagram.com/p/DEjEmPlO456/';

const loadFixture = (name: string) => loadFixtureDocument('instagram', name);

function extractAll(doc: Document, url: string) {
  return instagram.findCards(doc).map((card) => instagram.extract(card, new URL(url)));
}

/** What Instagram's controlled composer does on "Reply" (the fixture's script does not run under DOMParser). */
function prefillOnReply(card: Element, textarea: HTMLTextAreaElement, label: string): () => number {
  let clicks = 0;
  const reply = [...card.querySelectorAll('button, [role="button"]')].find((el) => el.textContent?.trim() === label)!;
  reply.addEventListener('click', () => {
    clicks++;
    textarea.value = '@someone ';
  });
  return () => clicks;
}

describe('instagram post dialog (English)', () => {
  const doc = loadFixture('post-dialog.en.html');
  const comments = extractAll(doc, DIALOG_URL);

  it('finds one card per comment thread, not the caption, the post date or the grid behind the dialog', () => {
    const cards = instagram.findCards(doc);
    expect(cards).toHaveLength(4);
    expect(cards.every((card) => card.tagName === 'LI')).toBe(true);
  });

  it('leaves out the account\'s own comment and keeps three', () => {
    expect(comments.filter(Boolean).map((c) => c!.key)).toEqual([
      'instagram:17890000000000001',
      'instagram:17890000000000003',
      'instagram:17890000000000004',
    ]);
    expect(comments[3]).toBeNull();
  });

  it('reads every field of a comment the account answered in its expanded replies', () => {
    expect(comments[0]).toEqual({
      key: 'instagram:17890000000000001',
      site: 'instagram',
      id: '17890000000000001',
      idSource: 'site',
      text: 'Is the chai oat-milk friendly?',
      title: null,
      truncated: false,
      rating: null,
      ratingRaw: null,
      author: 'jules.k',
      dateText: 'Dec 2, 2025',
      permalink: 'https://www.instagram.com/p/C0ExAmPlE123/c/17890000000000001/',
      ownerReply: { text: '@jules.k yes, all drinks can be made with oat milk!', author: 'examplecafe', dateText: 'Dec 2, 2025' },
    });
  });

  it('does not take a reply by another user for the account\'s answer, nor controls for text', () => {
    expect(comments[2]).toMatchObject({ author: 'mina_eats', text: 'The orange cake is amazing, best in Lisbon! 🍊', ownerReply: null });
    expect(comments[1]!.text).not.toMatch(/See translation|Reply/);
  });

  it('lets the analysis engine see the complaint as negative', () => {
    expect(triageComment(comments[1]!)).toMatchObject({ label: 'negative', needsReply: true });
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments.filter(Boolean)) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('presses the comment\'s own Reply, then hands back the post\'s composer', async () => {
    const card = instagram.findCards(doc)[1]!;
    const textarea = doc.querySelector<HTMLTextAreaElement>('form textarea')!;
    const clicks = prefillOnReply(card, textarea, 'Reply');
    const editor = await instagram.findReplyEditor(card);
    expect(editor).toBe(textarea);
    expect(clicks()).toBe(1);
    expect(textarea.value).toBe('@someone ');
  });

  it('scans only the new thread when Instagram appends one', () => {
    const list = doc.querySelector('ul._a9z6')!;
    const added = list.children[2]!.cloneNode(true) as Element;
    added.querySelectorAll('a[href*="/c/"]').forEach((a) => a.setAttribute('href', '/p/C0ExAmPlE123/c/17890000000000099/'));
    list.append(added);
    expect(instagram.findCards(added)).toEqual([added]);
    expect(instagram.extract(added, new URL(DIALOG_URL))!.id).toBe('17890000000000099');
    added.remove();
  });
});

describe('instagram /p/ page (Spanish UI, div rows, hidden copy)', () => {
  const doc = loadFixture('post-page.es.html');
  const comments = extractAll(doc, PAGE_URL);

  it('reads each comment once although a hidden copy of the list carries the same ids', () => {
    expect(doc.querySelectorAll('a[href$="/c/18020000000000011/"]')).toHaveLength(2);
    expect(comments.map((c) => c?.key)).toEqual(['instagram:18020000000000011', 'instagram:18020000000000012', 'instagram:18020000000000014']);
    expect(instagram.findCards(doc).every((card) => !card.closest('.x1compact'))).toBe(true);
  });

  it('reads author, text and date without the avatar link or Spanish controls', () => {
    expect(comments[0]).toMatchObject({
      author: 'ana.gomez',
      text: 'El pan de ayer estaba duro y quemado por abajo, y encima me cobraron dos veces. Muy mala experiencia, no vuelvo.',
      dateText: '11 oct 2025',
      ownerReply: null,
      truncated: false,
    });
    expect(triageComment(comments[0]!).label).toBe('negative');
  });

  it('finds the account\'s reply and flags the comment cut with "… más"', () => {
    expect(comments[1]!.ownerReply).toEqual({ text: '@luis_pan ¡Sí! De 8 a 14 h todos los domingos.', author: 'panaderia.ejemplo', dateText: '12 oct 2025' });
    expect(comments[2]!.truncated).toBe(true);
    expect(comments[2]!.text.endsWith('probar…')).toBe(true);
  });

  it('presses "Responder" and returns the composer found by structure, not by its English label', async () => {
    const card = instagram.findCards(doc)[0]!;
    const textarea = doc.querySelector<HTMLTextAreaElement>('form textarea')!;
    const clicks = prefillOnReply(card, textarea, 'Responder');
    expect(await instagram.findReplyEditor(card)).toBe(textarea);
    expect(clicks()).toBe(1);
  });

  it('sees the comment area', () => {
    expect(instagram.hasCommentArea(doc)).toBe(true);
    expect(instagram.hasCommentArea(new DOMParser().parseFromString('<main><div class="grid"></div></main>', 'text/html'))).toBe(false);
  });
});

describe('instagram URLs', () => {
  it('accepts posts and reels only', () => {
    for (const url of instagram.urlExamples.accepts) expect(instagram.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of instagram.urlExamples.rejects) expect(instagram.matchesUrl(new URL(url)), url).toBe(false);
  });
});
