// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { tripadvisor } from './index';

const loadFixture = (name: string) => loadFixtureDocument('tripadvisor', name);

function extractAll(doc: Document, url: string) {
  return tripadvisor.findCards(doc).map((card) => tripadvisor.extract(card, new URL(url)));
}

const HOTEL_URL = 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html';
const RESTAURANT_URL = 'https://www.tripadvisor.es/Restaurant_Review-g187514-d1234567-Reviews-Casa_Ejemplo-Madrid.html';

describe('tripadvisor hotel page (English, owner view)', () => {
  const doc = loadFixture('hotel-owner-view.en.html');
  const comments = extractAll(doc, HOTEL_URL);

  it('finds the five review cards and skips filter chips and the page-level rating', () => {
    expect(comments.map((c) => c?.id)).toEqual(['1012345678', '1023456789', '1034567890', '1045678901', '1056789012']);
    expect(doc.querySelectorAll('[data-test-target="HR_CC_CARD"]').length).toBe(6);
  });

  it('reads every field of a card that has an owner response', () => {
    expect(comments[0]).toEqual({
      key: 'tripadvisor:1012345678',
      site: 'tripadvisor',
      id: '1012345678',
      idSource: 'site',
      text: 'We stayed three nights. The room was quiet despite the central location and the breakfast buffet had plenty of choice. Check-in took a while on arrival.',
      title: 'Quiet rooms, great breakfast',
      truncated: false,
      rating: 4,
      ratingRaw: '4.0 of 5 bubbles',
      author: 'TravelBug2024',
      dateText: 'Oct 2025',
      permalink: 'https://www.tripadvisor.com/ShowUserReviews-g186338-d192000-r1012345678-Example_Harbour_Hotel-London_England.html',
      ownerReply: {
        author: 'Jamie R, Guest Relations Manager at Example Harbour Hotel',
        dateText: 'Oct 12, 2025',
        text: 'Dear TravelBug2024, thank you for staying with us. We have shared your check-in feedback with the front desk team.',
      },
    });
  });

  it('reads the full text behind a CSS-clamped "Read more", not the visible lines', () => {
    const clamped = comments[1]!;
    expect(clamped.text).toMatch(/^The bathroom had hair in the sink.*we will not be coming back\.$/);
    expect(clamped.truncated).toBe(false);
    expect(clamped.ownerReply).toBeNull();
    expect(clamped.rating).toBe(1);
  });

  it('flags text that the page cut short and does not hold in full', () => {
    expect(comments[2]!.truncated).toBe(true);
    expect(comments[2]!.text.endsWith('which felt…')).toBe(true);
  });

  it('never takes "Date of stay" for the publish date, nor the avatar link for the author', () => {
    expect(comments[1]!.dateText).toBe('Nov 2025');
    expect(comments[1]!.author).toBe('Maria G');
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('opens the owner reply form with the site\'s own button and returns its textarea', async () => {
    const card = tripadvisor.findCards(doc)[1]!;
    // The fixture's own script is not run by DOMParser: emulate the site's click handler.
    card.querySelector('button.respond')!.addEventListener('click', () => {
      (card.querySelector('.reply-form') as HTMLFormElement).hidden = false;
      card.querySelector('.reply-form')!.setAttribute('data-opened', 'yes');
    });
    const editor = await tripadvisor.findReplyEditor(card);
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(card.querySelector('.reply-form')!.getAttribute('data-opened')).toBe('yes');
    expect(card.querySelector('.submit-response')).not.toBeNull();
  });

  it('reports that a card with no reply control has no editor', async () => {
    const card = tripadvisor.findCards(doc)[0]!;
    expect(await tripadvisor.findReplyEditor(card)).toBeNull();
  });
});

describe('tripadvisor restaurant page (Spanish UI, reviewCard layout)', () => {
  const doc = loadFixture('restaurant.es.html');
  const comments = extractAll(doc, RESTAURANT_URL);

  it('finds each card once even with a legacy data-reviewid nested inside', () => {
    expect(comments.map((c) => c?.key)).toEqual(['tripadvisor:998877665', 'tripadvisor:998877666']);
  });

  it('parses Spanish ratings, dates and the "Respuesta de" owner response', () => {
    const [negative, positive] = comments;
    expect(negative).toMatchObject({ rating: 1, ratingRaw: '1,0 de 5 burbujas', author: 'Lucía M', dateText: 'oct de 2025', ownerReply: null });
    expect(negative!.text).toContain('la paella llegó fría');
    expect(positive).toMatchObject({ rating: 5, author: 'Jordi', dateText: 'sept de 2025' });
    expect(positive!.ownerReply).toEqual({
      author: 'Carmen, Gerente de Casa Ejemplo',
      dateText: '2 oct 2025',
      text: '¡Gracias, Jordi! Nos alegra mucho que disfrutarais de las croquetas. Os esperamos pronto.',
    });
    expect(positive!.text).not.toContain('Gracias, Jordi');
  });

  it('sees the comment area on both layouts', () => {
    expect(tripadvisor.hasCommentArea(doc)).toBe(true);
    expect(tripadvisor.hasCommentArea(loadFixture('hotel-owner-view.en.html'))).toBe(true);
  });
});

describe('tripadvisor cards without a site id', () => {
  it('falls back to a content hash that is stable and differs between comments', () => {
    const html = (text: string) =>
      new DOMParser().parseFromString(`<div data-automation="reviewCard"><a href="/Profile/x"><span>Ana</span></a><span>${text}</span></div>`, 'text/html');
    const read = (text: string) => {
      const doc = html(text);
      return tripadvisor.extract(tripadvisor.findCards(doc)[0]!, new URL(HOTEL_URL))!;
    };
    const first = read('The pool was closed for the whole week and nobody told us before we arrived at the hotel.');
    expect(first.idSource).toBe('hash');
    expect(read('The pool was closed for the whole week and nobody told us before we arrived at the hotel.').id).toBe(first.id);
    expect(read('The pool was open but cold for the whole week and nobody told us before we arrived there.').id).not.toBe(first.id);
  });
});

describe('tripadvisor publish dates', () => {
  const card = (inner: string) => {
    const doc = new DOMParser().parseFromString(`<div data-automation="reviewCard">${inner}<span data-automation="reviewText">Lovely stay, the staff helped us with everything we asked.</span></div>`, 'text/html');
    return tripadvisor.extract(tripadvisor.findCards(doc)[0]!, new URL(HOTEL_URL))!;
  };

  it('reads the date on the author\'s line', () => {
    expect(card('<div><a href="/Profile/ana"><span>Ana</span></a> wrote a review Oct 2025</div>').dateText).toBe('Oct 2025');
  });

  it('finds a "Written" line elsewhere in the card, even with the date in its own element', () => {
    const comment = card('<div><a href="/Profile/ana"><span>Ana</span></a></div><div>London · 3 contributions</div><div>Written <span>October 3, 2025</span></div>');
    expect(comment.dateText).toBe('October 3, 2025');
    expect(card('<div><a href="/Profile/ana"><span>Ana</span></a></div><span>Ditulis pada 3 Oktober 2025</span>').dateText).toBe('3 Oktober 2025');
  });

  it('never takes the date of stay for the publish date', () => {
    expect(card('<div><a href="/Profile/ana"><span>Ana</span></a></div><div><span>Date of stay:</span> <span>September 2025</span></div>').dateText).toBeNull();
  });
});

describe('tripadvisor cards in a layout whose text classes we do not know', () => {
  it('still reads a short review, not the author, title, date or labels around it', () => {
    const doc = new DOMParser().parseFromString(
      `<div data-automation="reviewCard">
        <a href="/ShowUserReviews-g1-d2-r555-x.html"><span>Lovely dinner</span></a>
        <div><a href="/Profile/ines"><span>Inés R</span></a> wrote a review Nov 2025</div>
        <div><span>Date of stay:</span> <span>November 2025</span></div>
        <div><span>Friendly waiter, tasty croquetas.</span></div>
        <button><span>Helpful</span></button>
      </div>`,
      'text/html',
    );
    const comment = tripadvisor.extract(tripadvisor.findCards(doc)[0]!, new URL(HOTEL_URL))!;
    expect(comment.text).toBe('Friendly waiter, tasty croquetas.');
    expect(comment.author).toBe('Inés R');
    expect(comment.title).toBe('Lovely dinner');
  });
});
