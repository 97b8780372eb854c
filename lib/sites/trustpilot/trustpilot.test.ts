// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { trustpilot } from './index';

const loadFixture = (name: string) => loadFixtureDocument('trustpilot', name);
const EN_URL = 'https://www.trustpilot.com/review/example-shop.com';
const ES_URL = 'https://es.trustpilot.com/review/tienda-ejemplo.es';
const BUSINESS_URL = 'https://businessapp.b2b.trustpilot.com/reviews';

function extractAll(doc: Document, url: string) {
  return trustpilot.findCards(doc).map((card) => trustpilot.extract(card, new URL(url)));
}

describe('trustpilot company page (English, both text layouts)', () => {
  const doc = loadFixture('company-page.en.html');
  const comments = extractAll(doc, EN_URL);

  it('finds the four shown cards and skips the hidden carousel copy', () => {
    expect(doc.querySelectorAll('[data-service-review-card-paper]').length).toBe(5);
    expect(comments.map((c) => c?.id)).toEqual([
      '6729c0ffee0000000000beef',
      '6724c0ffee0000000000cafe',
      '6722c0ffee0000000000d00d',
      '6721c0ffee0000000000f00d',
    ]);
  });

  it('reads every field of a full-text review with a company reply', () => {
    expect(comments[0]).toEqual({
      key: 'trustpilot:6729c0ffee0000000000beef',
      site: 'trustpilot',
      id: '6729c0ffee0000000000beef',
      idSource: 'site',
      text: 'Delivery took nine days instead of three and tracking never updated.',
      title: 'Parcel arrived late',
      truncated: false,
      rating: 2,
      ratingRaw: 'Rated 2 out of 5 stars',
      author: 'Jordan K',
      dateText: '2025-11-04T09:12:44.000Z',
      permalink: 'https://www.trustpilot.com/reviews/6729c0ffee0000000000beef',
      ownerReply: {
        author: 'Example Shop',
        dateText: '2025-11-05T10:00:00.000Z',
        text: 'Sorry Jordan, our courier had delays that week. We have refunded the shipping fee.',
      },
    });
  });

  it('joins the preview and the hidden rest of a "See more" review, without the control label', () => {
    expect(comments[1]).toMatchObject({ text: 'Ordered on Monday, arrived Tuesday, packaging was recyclable too.', truncated: false, rating: 5, author: 'Sam', ownerReply: null });
  });

  it('takes the full text from __NEXT_DATA__ when the page holds only the preview', () => {
    expect(comments[2]!.text).toBe(
      'I was charged twice for one order and support keeps closing my ticket without answering. Three weeks later I still have no refund. Terrible service, avoid this shop.',
    );
    expect(comments[2]!.truncated).toBe(false);
  });

  it('flags text as truncated when neither the page nor __NEXT_DATA__ holds the rest', () => {
    expect(comments[3]).toMatchObject({ truncated: true, rating: 3 });
    expect(comments[3]!.text).toBe('The jacket fits well but the colour is a bit different from the photos and the zip feels');
  });

  it('never reads the company reply as the review, nor an svg icon title as text', () => {
    expect(comments[0]!.text).not.toContain('courier');
    expect(comments[0]!.author).toBe('Jordan K');
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('has no reply box on the public page', async () => {
    expect(await trustpilot.findReplyEditor(trustpilot.findCards(doc)[2]!)).toBeNull();
  });
});

describe('trustpilot company page (Spanish UI)', () => {
  const doc = loadFixture('company-page.es.html');
  const [answered, preview] = extractAll(doc, ES_URL);

  it('reads the localised reply header and the older div card', () => {
    expect(answered).toMatchObject({ id: '6710c0ffee0000000000e001', rating: 1, author: 'Lucía M', title: 'Nunca llegó el pedido' });
    expect(answered!.ownerReply).toEqual({
      author: 'Tienda Ejemplo',
      dateText: '2025-10-13T09:30:00.000Z',
      text: 'Hola Lucía, lamentamos mucho el retraso. Te hemos escrito por privado para devolverte el importe.',
    });
  });

  it('reads the rating from the localised star alt text when the attribute is missing', () => {
    expect(preview).toMatchObject({ rating: 4, ratingRaw: 'Valorada con 4 de 5 estrellas' });
  });

  it('ignores a stale __NEXT_DATA__ entry that does not match the shown preview, and flags the cut', () => {
    expect(preview!.text).toBe('Me ayudaron a cambiar la talla sin problemas y el nuevo envío llegó en dos días, aunque');
    expect(preview!.truncated).toBe(true);
    expect(preview!.title).toBe('Buena atención');
  });
});

describe('trustpilot Business app', () => {
  it('opens the reply box with the site\'s own button and returns its textarea, never submitting', async () => {
    const doc = loadFixture('business-app.en.html');
    const [open, answered] = trustpilot.findCards(doc);
    // DOMParser does not run the fixture's script: emulate the app's click handler.
    let submitted = false;
    open!.querySelector('form')!.addEventListener('submit', () => (submitted = true));
    open!.querySelector('button.reply-open')!.addEventListener('click', () => ((open!.querySelector('form') as HTMLFormElement).hidden = false));
    const editor = await trustpilot.findReplyEditor(open!);
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(submitted).toBe(false);
    expect(trustpilot.extract(answered!, new URL(BUSINESS_URL))?.ownerReply?.text).toBe('Thanks Ken, glad we could help!');
    expect(await trustpilot.findReplyEditor(answered!)).toBeNull();
  });
});

describe('trustpilot page states and ids', () => {
  it('calls a page empty only when its data lists no review; reviews we cannot find mean an unknown layout', () => {
    const page = (reviews: string) =>
      new DOMParser().parseFromString(`<main><article class="styles_card__x"><p>Some text</p></article></main><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"reviews":[${reviews}]}}}</script>`, 'text/html');
    expect(trustpilot.findCards(page(''))).toEqual([]);
    expect(trustpilot.hasCommentArea(page(''))).toBe(true);
    expect(trustpilot.hasCommentArea(page('{"id":"6729c0ffee0000000000beef","text":"Late parcel."}'))).toBe(false);
    expect(trustpilot.hasCommentArea(new DOMParser().parseFromString('<main><p>Some text</p></main>', 'text/html'))).toBe(false);
  });

  it('falls back to a content hash that is stable when the card has no review link', () => {
    const read = (text: string) => {
      const doc = new DOMParser().parseFromString(
        `<article data-service-review-card-paper="true"><span data-consumer-name-typography="true">Ana</span><p data-service-review-text-typography="true">${text}</p></article>`,
        'text/html',
      );
      return trustpilot.extract(trustpilot.findCards(doc)[0]!, new URL(EN_URL))!;
    };
    const first = read('Good service.');
    expect(first.idSource).toBe('hash');
    expect(first.permalink).toBeNull();
    expect(read('Good service.').id).toBe(first.id);
    expect(read('Bad service.').id).not.toBe(first.id);
  });

  it('reads the rating from the star image file name as a last resort', () => {
    const doc = new DOMParser().parseFromString(
      '<article data-service-review-card-paper="true"><img src="https://cdn.trustpilot.net/brand-assets/4.1.0/stars/stars-2.svg"><p data-service-review-text-typography="true">Meh.</p></article>',
      'text/html',
    );
    expect(trustpilot.extract(trustpilot.findCards(doc)[0]!, new URL(EN_URL))?.rating).toBe(2);
  });
});

describe('trustpilot URLs', () => {
  it.each(trustpilot.urlExamples.accepts)('accepts %s', (url) => expect(trustpilot.matchesUrl(new URL(url))).toBe(true));
  it.each(trustpilot.urlExamples.rejects)('rejects %s', (url) => expect(trustpilot.matchesUrl(new URL(url))).toBe(false));
});
