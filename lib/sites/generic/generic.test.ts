// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument } from '../../../tests/helpers/fixtures';
import { PageCommentSchema } from '../../comments/comment';
import { generic } from './index';
import { collectJsonLdReviews } from './json-ld';
import { normaliseSchemaRating, schemaRating } from './schema-review';

const loadFixture = (name: string) => loadFixtureDocument('generic', name);
const SHOP_URL = 'https://shop.example/repair/reviews';
const PRODUCT_URL = 'https://tienda.example/producto/cafetera-italiana';

function extractAll(doc: Document, url: string) {
  return generic.findCards(doc).map((card) => generic.extract(card, new URL(url)));
}

describe('generic: JSON-LD reviews (@graph, references, arrays)', () => {
  const doc = loadFixture('shop-jsonld.en.html');
  const comments = extractAll(doc, SHOP_URL);

  it('lists each review the page shows, once, on the block that shows it', () => {
    expect(comments.map((c) => c?.key)).toEqual([
      'generic:https://shop.example/#/schema/Review/r-101',
      'generic:https://shop.example/#/schema/Review/r-103',
      'generic:https://shop.example/reviews/r-104',
    ]);
    expect(generic.findCards(doc).every((card) => card.matches('li.review'))).toBe(true);
  });

  it('reads every field, resolving the author reference and the business comment', () => {
    expect(comments[0]).toEqual({
      key: 'generic:https://shop.example/#/schema/Review/r-101',
      site: 'generic',
      id: 'https://shop.example/#/schema/Review/r-101',
      idSource: 'site',
      text: 'Dropped my phone at 10, picked it up at 3. The new screen works perfectly and the price matched the quote.',
      title: 'Screen fixed same day',
      truncated: false,
      rating: 4.5,
      ratingRaw: '9/10',
      author: 'Noah W.',
      dateText: '2025-08-19',
      permalink: 'https://shop.example/#/schema/Review/r-101',
      ownerReply: { text: 'Thanks Noah, glad the phone is as good as new!', author: 'Example Repair Co', dateText: '2025-08-20' },
    });
  });

  it('normalises string ratings, default scales and decimal commas', () => {
    expect(comments[1]).toMatchObject({ rating: 1, ratingRaw: '1/5', ownerReply: null });
    expect(comments[2]).toMatchObject({ rating: 3.5, ratingRaw: '3.5/5', author: 'Mia', permalink: 'https://shop.example/reviews/r-104' });
  });

  it('produces comments that pass the cross-context schema', () => {
    for (const comment of comments) expect(PageCommentSchema.safeParse(comment).success).toBe(true);
  });

  it('opens the review\'s own reply box with its "Reply" button, never submitting', async () => {
    const card = generic.findCards(doc)[1]!;
    card.querySelector('button.reply-open')!.addEventListener('click', () => ((card.querySelector('form') as HTMLFormElement).hidden = false));
    let submitted = false;
    card.querySelector('form')!.addEventListener('submit', () => (submitted = true));
    const editor = await generic.findReplyEditor(card);
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(submitted).toBe(false);
    expect(await generic.findReplyEditor(generic.findCards(doc)[2]!)).toBeNull();
  });
});

describe('generic: microdata reviews (Spanish page)', () => {
  const doc = loadFixture('product-microdata.es.html');
  const [answered, cut] = extractAll(doc, PRODUCT_URL);

  it('skips the hidden print copy and the JSON-LD repeat of a microdata review', () => {
    expect(generic.findCards(doc)).toHaveLength(2);
  });

  it('reads the scope\'s own properties: nested author name, 0–10 rating, nested business comment', () => {
    expect(answered).toMatchObject({
      id: 'https://tienda.example/opiniones/o-201',
      idSource: 'site',
      title: 'Llegó rota',
      author: 'Lucía',
      dateText: '2025-10-05',
      rating: 2,
      ratingRaw: '2 (0–10)',
      permalink: 'https://tienda.example/opiniones/o-201',
      ownerReply: { text: 'Lo sentimos, Lucía. Te hemos enviado una cafetera nueva sin coste.', author: 'Tienda Ejemplo', dateText: '2025-10-06' },
    });
    expect(answered!.text).toBe('La cafetera llegó rota y el servicio de atención no contestó a mis correos. Muy mal.');
  });

  it('hashes a review without itemid, reads a plain-text author and flags a text cut by "Leer más"', () => {
    expect(cut).toMatchObject({ idSource: 'hash', author: 'Diego', rating: 5, ratingRaw: '5/5', truncated: true, title: 'Muy buena', dateText: '2025-09-21' });
    expect(extractAll(loadFixture('product-microdata.es.html'), PRODUCT_URL)[1]!.id).toBe(cut!.id);
  });

  it('sees review markup on both fixtures and none on a plain page', () => {
    expect(generic.hasCommentArea(doc)).toBe(true);
    expect(generic.hasCommentArea(loadFixture('shop-jsonld.en.html'))).toBe(true);
    expect(generic.hasCommentArea(new DOMParser().parseFromString('<main><p>About us</p></main>', 'text/html'))).toBe(false);
  });
});

describe('generic: locating JSON-LD reviews on the page', () => {
  it('gives two reviews shown in one shared block each their own element, despite indentation', () => {
    const reviews = [
      { '@type': 'Review', author: 'Ana', reviewBody: 'The staff were friendly and the room was spotless.' },
      { '@type': 'Review', author: 'Ben', reviewBody: 'Breakfast was cold and the coffee machine was broken.' },
    ];
    const doc = new DOMParser().parseFromString(
      `<script type="application/ld+json">${JSON.stringify(reviews)}</script>
       <div class="list"><span>Ana, Ben</span>
         <p>
                                                                                      The staff were friendly and the room was spotless.</p>
         <p>Breakfast was cold and the coffee machine was broken.</p></div>`,
      'text/html',
    );
    const cards = generic.findCards(doc);
    expect(cards.map((card) => card.localName)).toEqual(['p', 'p']);
    expect(cards.map((card) => generic.extract(card, new URL(SHOP_URL))?.author)).toEqual(['Ana', 'Ben']);
  });
});

describe('generic: JSON-LD collection', () => {
  it('finds review subtypes in arrays, typed by list or full vocab URL, and ignores what is not a review', () => {
    const reviews = collectJsonLdReviews([
      JSON.stringify([{ '@type': ['Review', 'Thing'], reviewBody: 'One' }, { '@type': 'UserReview', description: 'Two' }]),
      JSON.stringify({ '@type': 'Product', review: { '@type': 'https://schema.org/CriticReview', reviewBody: 'Three', author: [{ name: 'A' }, { name: 'B' }] } }),
      JSON.stringify({ '@type': 'AggregateRating', ratingValue: 4 }),
      '<!-- {"@type":"Review","reviewBody":"Four"} -->',
      'not json',
    ]);
    expect(reviews.map((r) => r.text)).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(reviews[2]!.author).toBe('A');
  });

  it('counts a review reached both by reference and in @graph once', () => {
    const reviews = collectJsonLdReviews([
      JSON.stringify({ '@graph': [{ '@type': 'Hotel', review: [{ '@id': '#r1' }] }, { '@type': 'Review', '@id': '#r1', reviewBody: 'Nice' }] }),
    ]);
    expect(reviews).toHaveLength(1);
  });
});

describe('generic: rating scale', () => {
  it('maps bestRating/worstRating with 1 + 4*(v-worst)/(best-worst), rounded to half stars', () => {
    expect(normaliseSchemaRating(schemaRating(9, 10, 1)!)).toBe(4.5);
    expect(normaliseSchemaRating(schemaRating('0', '10', '0')!)).toBe(1);
    expect(normaliseSchemaRating(schemaRating('4,0', null, null)!)).toBe(4);
    expect(normaliseSchemaRating(schemaRating(11, 10, 1)!)).toBeNull();
    expect(normaliseSchemaRating(schemaRating(3, 3, 3)!)).toBeNull();
    expect(schemaRating('n/a', 5, 1)).toBeNull();
  });

  it('stays within 1–5 and keeps the order of any two ratings on the same scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (worst, span, a, b) => {
        const best = worst + span;
        const [low, high] = [Math.min(a, b), Math.max(a, b)].map((t) => normaliseSchemaRating({ value: worst + t * span, best, worst })!);
        expect(low).toBeGreaterThanOrEqual(1);
        expect(high).toBeLessThanOrEqual(5);
        expect(low).toBeLessThanOrEqual(high!);
      }),
    );
  });
});

describe('generic URLs', () => {
  it.each(generic.urlExamples.accepts)('accepts %s', (url) => expect(generic.matchesUrl(new URL(url))).toBe(true));
  it.each(generic.urlExamples.rejects)('rejects %s', (url) => expect(generic.matchesUrl(new URL(url))).toBe(false));
  it('asks for no host permission: it runs only where the user enabled it', () => {
    expect(generic.matches).toEqual([]);
  });
});
