// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { insertIntoEditor } from '../../content/insert-text';
import { google } from './index';

const loadFixture = (name: string) => loadFixtureDocument('google', name);
const MAPS_DE_URL = 'https://www.google.com/maps/place/Cafe+Beispiel/@52.5200,13.4050,17z/data=!4m8!3m7!1s0x47a851e3f9a5f1b1:0x1234abcd5678ef90!9m1!1b1?hl=de';
const HOTEL_URL = 'https://www.google.com/maps/place/Example+Harbour+Hotel/@51.5072,-0.1276,15z';
const BUSINESS_URL = 'https://business.google.com/reviews';
const PANEL_URL = 'https://www.google.com/search?q=cafe+example#mpd=~1234567890123456789/customers/reviews';

function extractAll(doc: Document, url: string) {
  return google.findCards(doc).map((card) => google.extract(card, new URL(url)));
}

/** DOMParser does not run the fixture's script: emulate Maps' "More", which swaps in the full text. */
function emulateMore(doc: Document, fullText: string) {
  doc.addEventListener('click', (event) => {
    const more = (event.target as Element).closest('button[jsaction*="expandReview"]');
    if (!more) return;
    more.closest('.MyEned')!.querySelector('.wiI7pd')!.textContent = fullText;
    more.remove();
  });
}

describe('google Maps place panel (German UI)', () => {
  const doc = loadFixture('maps-place.de.html');
  const carmenFull = 'Un café muy agradable cerca de la estación. El desayuno estaba rico y el personal fue amable, aunque a mediodía hay pocas mesas y conviene llegar pronto.';
  emulateMore(doc, carmenFull);
  const firstPass = extractAll(doc, MAPS_DE_URL);

  it('finds each card once by its outermost data-review-id, not the inner copies nor the page rating', () => {
    expect(doc.querySelectorAll('[data-review-id]').length).toBe(8);
    expect(firstPass.map((c) => c?.author)).toEqual(['Lena Hoffmann', 'Tom B.', 'Carmen Ruiz', 'Jonas K.']);
  });

  it('reads every field of a card with an owner response in German', () => {
    expect(firstPass[0]).toEqual({
      key: 'google:ChdDSUhNMG9nS0VJQ0FnSURlQmVpc3BpZWwxEAE',
      site: 'google',
      id: 'ChdDSUhNMG9nS0VJQ0FnSURlQmVpc3BpZWwxEAE',
      idSource: 'site',
      text: 'Sehr guter Kaffee, freundliches Team und der Apfelkuchen ist hausgemacht. Gerne wieder!',
      title: null,
      truncated: false,
      rating: 5,
      ratingRaw: '5 Sterne',
      author: 'Lena Hoffmann',
      dateText: 'vor 2 Monaten',
      permalink: null,
      ownerReply: { text: 'Vielen Dank, Lena! Wir freuen uns auf Ihren nächsten Besuch.', author: null, dateText: 'vor einem Monat' },
    });
  });

  it('parses "1 Stern" and keeps a card without response unanswered', () => {
    expect(firstPass[1]).toMatchObject({ rating: 1, ratingRaw: '1 Stern', dateText: 'vor einer Woche', ownerReply: null, truncated: false });
    expect(firstPass[1]!.text).toMatch(/^Terrible service\./);
  });

  it('presses "Mehr" once and reads the full text the page swaps in', () => {
    expect(firstPass[2]).toMatchObject({ rating: 4, truncated: false, text: carmenFull });
    const card = google.findCards(doc)[2]!;
    expect(card.querySelector('button[jsaction*="expandReview"]')).toBeNull();
    expect(google.extract(card, new URL(MAPS_DE_URL))!.text).toBe(carmenFull);
  });

  it('keeps a review with stars only, with empty text', () => {
    expect(firstPass[3]).toMatchObject({ text: '', rating: 3, author: 'Jonas K.', dateText: 'vor 5 Tagen' });
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of firstPass) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('has no reply box on public Maps', async () => {
    expect(await google.findReplyEditor(google.findCards(doc)[1]!)).toBeNull();
  });
});

describe('google Maps hotel panel (English)', () => {
  const doc = loadFixture('maps-hotel.en.html');
  const comments = extractAll(doc, HOTEL_URL);

  it('reads the hotel "2/5" text rating, the hotel date and the owner response', () => {
    expect(comments).toHaveLength(3);
    expect(comments[0]).toMatchObject({
      rating: 2,
      ratingRaw: '2/5',
      dateText: '3 months ago',
      author: 'Priya Nair',
      text: 'The room smelled of smoke and the air conditioning rattled all night. Breakfast was fine.',
      ownerReply: { text: 'Dear Priya, we are sorry about the smell and have deep-cleaned the room and serviced the unit.', author: null, dateText: '2 months ago' },
    });
  });

  it('reads a translated review without the translation labels, the original or the "See original" button', () => {
    expect(comments[1]).toMatchObject({ rating: 5, ownerReply: null, truncated: false });
    expect(comments[1]!.text).toBe('Great location right by the harbour, very clean room and a friendly reception team.');
  });

  it('does not take the page-level 4.1/5 score for a review', () => {
    expect(comments.map((c) => c?.ratingRaw)).toEqual(['2/5', '5/5', '1/5']);
  });

  it('flags the review behind "More" as truncated while the page has not expanded it, pressing it only once', () => {
    expect(comments[2]).toMatchObject({ rating: 1, truncated: true });
    const more = doc.querySelector('button[jsaction*="expandReview"]')!;
    let clicks = 0;
    more.addEventListener('click', () => clicks++);
    google.extract(google.findCards(doc)[2]!, new URL(HOTEL_URL));
    expect(clicks).toBe(0);
    expect(more.hasAttribute('data-composure-expanded')).toBe(true);
  });
});

describe('google Business Profile owner list', () => {
  const doc = loadFixture('business-reviews.en.html');
  const comments = extractAll(doc, BUSINESS_URL);

  it('widens each card to the block that holds its Reply control', () => {
    const cards = google.findCards(doc);
    expect(cards.map((card) => card.className)).toEqual(['card-wrap', 'card-wrap', 'card-wrap']);
    expect(comments.map((c) => c?.id)).toEqual(['AbFvOqExampleReviewId001', 'AbFvOqExampleReviewId002', 'AbFvOqExampleReviewId003']);
  });

  it('reads the reviewer without the icon ligature, the "Rated 2 out of 5" label and the text', () => {
    expect(comments[0]).toMatchObject({
      author: 'Maria L.',
      rating: 2,
      ratingRaw: 'Rated 2 out of 5',
      text: 'Room was not cleaned during our stay and nobody answered when we called reception about it.',
      ownerReply: null,
    });
  });

  it('opens the editor with the site\'s Reply button and never presses "Post reply"', async () => {
    const card = google.findCards(doc)[0]!;
    let submitted = 0;
    card.querySelector('button[jsname="hrGhad"]')!.addEventListener('click', () => submitted++);
    card.querySelector('button[jsname="rhPddf"]')!.addEventListener('click', () => {
      (card.querySelector('.reply-editor') as HTMLElement).hidden = false;
    });
    const editor = await google.findReplyEditor(card);
    expect(editor?.getAttribute('jsname')).toBe('YPqjbf');
    expect(editor?.closest('.card-wrap')).toBe(card);
    expect(submitted).toBe(0);
  });

  it('returns an editor that is already open without clicking anything', async () => {
    const card = google.findCards(doc)[1]!;
    expect((await google.findReplyEditor(card))?.getAttribute('jsname')).toBe('YPqjbf');
  });
});

describe('google Search merchant panel (owner view)', () => {
  const parsed = loadFixture('search-merchant-panel.en.html');

  it('takes each <article> as the card and its action bar\'s data-review-id as the id', () => {
    const comments = extractAll(parsed, PANEL_URL);
    expect(comments.map((c) => c?.id)).toEqual([
      'Ci9DQUlRQUNvZENodHljRjlvT2xOaGJYQnNaVkpsZG1sbGR6QXhFQUUQAQ',
      'Ci9DQUlRQUNvZENodHljRjlvT2xOaGJYQnNaVkpsZG1sbGR6QXlFQUUQAQ',
    ]);
  });

  it('counts filled star ligatures and reads only the text node, not "Food: 2/5" or "View full review"', () => {
    const [grace, budi] = extractAll(parsed, PANEL_URL);
    expect(grace).toMatchObject({ rating: 2, ratingRaw: '2/5', author: 'Grace Liu', truncated: false, text: 'The soup was cold and we waited half an hour for the bill.' });
    expect(budi).toMatchObject({ rating: 5, truncated: true, text: 'Tempatnya nyaman dan kopinya enak sekali, pelayannya ramah dan' });
  });

  it('opens the reply editor in the same-origin iframe and fills it with that frame\'s own setter', async () => {
    // The iframe needs a live document: move the fixture into the test window.
    document.body.replaceChildren(...[...parsed.body.children].map((node) => document.importNode(node, true)));
    const card = google.findCards(document)[0]!;
    let frameState = '';
    let submitted = 0;
    card.querySelector('button.open-reply')!.addEventListener('click', () => {
      const frame = document.createElement('iframe');
      card.querySelector('.editor-slot')!.append(frame);
      const frameDoc = frame.contentDocument!;
      const area = frameDoc.createElement('textarea');
      area.setAttribute('jsname', 'YPqjbf');
      const cancel = frameDoc.createElement('button');
      cancel.textContent = 'Cancel';
      const submit = frameDoc.createElement('button');
      submit.textContent = 'Reply';
      submit.addEventListener('click', () => submitted++);
      frameDoc.body.append(area, cancel, submit);
      area.addEventListener('input', () => (frameState = area.value));
    });
    const editor = await google.findReplyEditor(card);
    expect(editor).not.toBeNull();
    expect(editor!.ownerDocument).not.toBe(document);
    expect(insertIntoEditor(editor!, 'Thank you, Grace. We are sorry the soup was cold.')).toBe(true);
    expect(frameState).toBe('Thank you, Grace. We are sorry the soup was cold.');
    // A second request finds the open editor and never presses the frame's "Reply" (submit).
    expect(await google.findReplyEditor(card)).toBe(editor);
    expect(submitted).toBe(0);
    expect(card.querySelectorAll('iframe').length).toBe(1);
  });
});

describe('google single-review reply iframe outside the card', () => {
  function setUp(reviewerInFrame: string) {
    const parsed = loadFixture('search-merchant-panel.en.html');
    document.body.replaceChildren(...[...parsed.body.children].map((node) => document.importNode(node, true)));
    document.querySelectorAll('button.open-reply').forEach((button) => button.remove());
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const frameDoc = frame.contentDocument!;
    const reviewer = frameDoc.createElement('div');
    reviewer.className = 'N0c6q JhRJje';
    reviewer.textContent = reviewerInFrame;
    const area = frameDoc.createElement('textarea');
    area.setAttribute('jsname', 'YPqjbf');
    frameDoc.body.append(reviewer, area);
    return { card: google.findCards(document)[0]!, area };
  }

  it('uses the frame when it answers this card\'s reviewer', async () => {
    const { card, area } = setUp('Grace Liu');
    expect(await google.findReplyEditor(card)).toBe(area);
  });

  it('never uses a frame that answers another reviewer', async () => {
    const { card } = setUp('Budi Santoso');
    expect(await google.findReplyEditor(card)).toBeNull();
  });
});

describe('google Search public reviews modal (#lrd)', () => {
  const SEARCH_URL = 'https://www.google.com/search?q=cafe+example#lrd=0x47a851e3f9a5f1b1:0x1234abcd5678ef90,1,,,,';
  const doc = loadFixture('search-reviews-modal.en.html');
  const comments = extractAll(doc, SEARCH_URL);

  it('reads data-id cards, the "Rated 1.0 out of 5," label, and the text without its "More" link', () => {
    expect(comments.map((c) => c?.id)).toEqual(['ChZDSUhNMG9nS0VJQ0FnSUNTZWFyY2gxEAE', 'ChZDSUhNMG9nS0VJQ0FnSUNTZWFyY2gyEAE']);
    expect(comments[0]).toMatchObject({ author: 'Elena Petrova', rating: 1, ratingRaw: 'Rated 1.0 out of 5,', dateText: 'a week ago', truncated: true, ownerReply: null });
    expect(comments[0]!.text.endsWith('we left hungry and')).toBe(true);
  });

  it('reads the owner reply with the business as its author', () => {
    expect(comments[1]).toMatchObject({ rating: 4, text: 'Lovely brunch and strong coffee. A bit noisy at noon.' });
    expect(comments[1]!.ownerReply).toEqual({ author: 'Cafe Example', dateText: '2 months ago', text: 'Thank you, Tomás! We have added sound panels in the back room.' });
  });

  it('presses the "More" link once', () => {
    const link = doc.querySelector('a.MtCSLb')!;
    let clicks = 0;
    link.addEventListener('click', () => clicks++);
    google.extract(google.findCards(doc)[0]!, new URL(SEARCH_URL));
    expect(clicks).toBe(0); // pressed during the first reading above
    expect(link.hasAttribute('data-composure-expanded')).toBe(true);
  });
});

describe('google page layout and ids', () => {
  it('sees the comment area on Maps and Business Profile, not on an unknown page', () => {
    expect(google.hasCommentArea(loadFixture('maps-place.de.html'))).toBe(true);
    expect(google.hasCommentArea(loadFixture('business-reviews.en.html'))).toBe(true);
    expect(google.hasCommentArea(new DOMParser().parseFromString('<main><p>Search results</p></main>', 'text/html'))).toBe(false);
  });

  it('falls back to a content hash when the id attribute is empty', () => {
    const read = (text: string) => {
      const doc = new DOMParser().parseFromString(
        `<div data-review-id=""><div class="d4r55">Ana</div><span class="kvMYJc" role="img" aria-label="2 stars"></span><span class="wiI7pd">${text}</span></div>`,
        'text/html',
      );
      return google.extract(google.findCards(doc)[0]!, new URL(HOTEL_URL))!;
    };
    const first = read('Cold room and a broken heater.');
    expect(first.idSource).toBe('hash');
    expect(read('Cold room and a broken heater.').id).toBe(first.id);
    expect(read('Warm room and a working heater.').id).not.toBe(first.id);
  });

  it('finds an owner response by its localized header when the block has lost its class', () => {
    const doc = new DOMParser().parseFromString(
      `<div data-review-id="X2"><div class="d4r55">Ana</div><span class="kvMYJc" role="img" aria-label="2 estrellas"></span>
       <span class="wiI7pd">La habitación estaba sucia.</span>
       <div class="reply"><div><span>Respuesta del propietario</span> <span class="DZSIDd">hace 1 semana</span></div><div><span>Lo sentimos mucho, Ana. Ya hablamos con limpieza.</span></div></div></div>`,
      'text/html',
    );
    const comment = google.extract(google.findCards(doc)[0]!, new URL(HOTEL_URL))!;
    expect(comment.text).toBe('La habitación estaba sucia.');
    expect(comment.rating).toBe(2);
    expect(comment.ownerReply).toEqual({ text: 'Lo sentimos mucho, Ana. Ya hablamos con limpieza.', author: null, dateText: 'hace 1 semana' });
  });

  it('rejects a card with neither text nor stars', () => {
    const doc = new DOMParser().parseFromString('<div data-review-id="X1"><div class="d4r55">Ana</div></div>', 'text/html');
    expect(google.extract(google.findCards(doc)[0]!, new URL(HOTEL_URL))).toBeNull();
  });
});

describe('google URLs', () => {
  it('accepts review surfaces and rejects ordinary Search and Maps pages', () => {
    for (const url of google.urlExamples.accepts) expect(google.matchesUrl(new URL(url)), url).toBe(true);
    for (const url of google.urlExamples.rejects) expect(google.matchesUrl(new URL(url)), url).toBe(false);
  });

  it('needs the merchant panel fragment on /search', () => {
    expect(google.matchesUrl(new URL(PANEL_URL))).toBe(true);
    expect(google.matchesUrl(new URL('https://www.google.com/search?q=cafe+example#mpd=~123/customers/insights'))).toBe(false);
    expect(google.matchesUrl(new URL('https://www.google.de/search?q=cafe#mpd=~123/customers/reviews'))).toBe(false);
  });
});
