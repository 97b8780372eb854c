// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { booking } from './index';

const loadFixture = (name: string) => loadFixtureDocument('booking', name);
const HOTEL_URL = 'https://www.booking.com/hotel/it/example-harbour.en-gb.html';
const LIST_URL = 'https://www.booking.com/reviewlist.es.html?cc1=es&pagename=hotel-ejemplo';
const EXTRANET_URL = 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=1234567&lang=en';

function extractAll(doc: Document, url: string) {
  return booking.findCards(doc).map((card) => booking.extract(card, new URL(url)));
}

describe('booking hotel page, guest reviews sheet (English)', () => {
  const doc = loadFixture('hotel-reviews-sheet.en.html');
  const comments = extractAll(doc, HOTEL_URL);

  it('finds the three review cards, not the featured teaser nor the page score', () => {
    expect(comments.map((c) => c?.author)).toEqual(['Elena', 'Mark', 'Ayu']);
  });

  it('reads every field of a card with a partner reply, keeping the raw 10-point score', () => {
    expect(comments[0]).toEqual({
      key: 'booking:hu31pcf8kuf',
      site: 'booking',
      id: 'hu31pcf8kuf',
      idSource: 'hash',
      text: '+ Balcony facing the harbour, spotless bathroom.\n− Breakfast ended at 9:30.',
      title: 'Lovely view',
      truncated: false,
      rating: 4.5,
      ratingRaw: 'Scored 9.0',
      author: 'Elena',
      dateText: '14 October 2025',
      permalink: null,
      ownerReply: { text: 'Grazie Elena! From November breakfast runs until 10:30…', author: null, dateText: null },
    });
  });

  it('maps the 10-point scale to 1–5 (2.0 → 1, 6.0 → 3)', () => {
    expect(comments[1]).toMatchObject({ rating: 1, ratingRaw: 'Scored 2.0' });
    expect(comments[2]).toMatchObject({ rating: 3, ratingRaw: 'Scored 6.0' });
  });

  it('keeps a disliked-only text and takes the country line for neither the name nor the text', () => {
    expect(comments[1]!.text.startsWith('− The room was dirty')).toBe(true);
    expect(comments.map((c) => c?.text).join(' ')).not.toMatch(/United Kingdom|Indonesia|Italy/);
  });

  it('flags a guest text cut with "Read more" and drops the control label', () => {
    expect(comments[2]!.truncated).toBe(true);
    expect(comments[2]!.text.endsWith('suggested and the')).toBe(true);
  });

  it('keeps the same hash id across page loads and gives each review its own', () => {
    const again = extractAll(loadFixture('hotel-reviews-sheet.en.html'), HOTEL_URL);
    expect(again.map((c) => c?.key)).toEqual(comments.map((c) => c?.key));
    expect(new Set(comments.map((c) => c?.id)).size).toBe(3);
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('has no reply box on the guest page', async () => {
    expect(await booking.findReplyEditor(booking.findCards(doc)[1]!)).toBeNull();
  });

  it('sees the review sheet as the comment area', () => {
    expect(booking.hasCommentArea(doc)).toBe(true);
    expect(booking.hasCommentArea(new DOMParser().parseFromString('<main><div class="x1">Rooms</div></main>', 'text/html'))).toBe(false);
  });
});

describe('booking legacy review list (Spanish UI)', () => {
  const [negative, positive] = extractAll(loadFixture('reviewlist.es.html'), LIST_URL);

  it('reads the nested legacy card once, with its localised prefixes, date label and decimal comma', () => {
    expect(negative).toMatchObject({
      author: 'Carlos',
      dateText: '3 de octubre de 2025',
      title: 'Decepcionante',
      rating: 1.5,
      ratingRaw: '3,0',
      text: 'No le gustó · La habitación olía a humedad, el aire acondicionado no funcionaba y nadie vino a arreglarlo. Un desastre.',
    });
    expect(positive).toMatchObject({ author: 'Marta', rating: 5, ratingRaw: '9,5', text: 'Le gustó · Personal muy amable y desayuno abundante.\nNo le gustó · El ascensor era lento.' });
  });
});

describe('booking partner extranet', () => {
  it('reads the guest, date, /10 score and both texts without their labels', () => {
    const [first] = extractAll(loadFixture('extranet-reviews.en.html'), EXTRANET_URL);
    expect(first).toMatchObject({
      author: 'Hannah',
      dateText: '21 October 2025',
      rating: 1.5,
      ratingRaw: 'Scored 3',
      text: '+ Nothing really.\n− Check-in took an hour, the room was not cleaned and the shower was broken. Very disappointing stay.',
    });
  });

  it('opens the reply form with the card\'s own "Reply" button and returns its textarea, never submitting', async () => {
    const doc = loadFixture('extranet-reviews.en.html');
    const [card, other] = booking.findCards(doc);
    // DOMParser does not run the fixture's script: emulate the page's click handler.
    for (const each of [card!, other!]) {
      each.querySelector('button.reply-open')!.addEventListener('click', () => ((each.querySelector('.bui-form__group') as HTMLElement).hidden = false));
    }
    let submitted = false;
    card!.querySelector('.reply-submit')?.addEventListener('click', () => (submitted = true));
    const editor = await booking.findReplyEditor(card!);
    expect(editor?.classList.contains('bui-input-textarea')).toBe(true);
    expect(card!.contains(editor)).toBe(true);
    expect(submitted).toBe(false);
    // Another card's box, opened after this one, is that card's own.
    const otherEditor = await booking.findReplyEditor(other!);
    expect(other!.contains(otherEditor)).toBe(true);
  });
});

describe('booking URLs', () => {
  it.each(booking.urlExamples.accepts)('accepts %s', (url) => expect(booking.matchesUrl(new URL(url))).toBe(true));
  it.each(booking.urlExamples.rejects)('rejects %s', (url) => expect(booking.matchesUrl(new URL(url))).toBe(false));
});
