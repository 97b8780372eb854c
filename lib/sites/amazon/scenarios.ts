import type { SiteScenario } from '../scenario';

// No scenario inserts a reply: Amazon has no public seller reply on reviews (site-dom-reference.md §6).
export const amazonScenarios: SiteScenario[] = [
  {
    site: 'amazon',
    name: '/product-reviews/ page, English, "Show 10 more reviews"',
    url: 'https://www.amazon.com/product-reviews/B0EXAMPLE1/ref=cm_cr_dp_d_show_all_btm?reviewerType=all_reviews',
    fixture: 'product-reviews.en.html',
    comments: [
      { key: 'amazon:R1EXAMPLEAAA01', rating: 4, answered: false },
      { key: 'amazon:R2EXAMPLEBBB02', rating: 1, answered: false },
      { key: 'amazon:R3EXAMPLECCC03', rating: 5, answered: false },
    ],
    negativeKey: 'amazon:R2EXAMPLEBBB02',
    siteButton: { click: '[data-hook="show-more-button"]', changes: { selector: '#page-events', attribute: 'data-show-more-clicks', value: '1' } },
  },
  {
    site: 'amazon',
    name: 'product page top reviews, Japanese (amazon.co.jp)',
    url: 'https://www.amazon.co.jp/dp/B0EXAMPLE2',
    fixture: 'product-page.ja.html',
    comments: [
      { key: 'amazon:R1JPEXAMPLE0001', rating: 1, answered: false },
      { key: 'amazon:h1yqevx7gu3w', rating: 4, answered: false },
      { key: 'amazon:R3JPEXAMPLE0003', rating: 3, answered: false },
    ],
    negativeKey: 'amazon:R1JPEXAMPLE0001',
    siteButton: {
      click: '[data-composure-key="amazon:R1JPEXAMPLE0001"] a.expand',
      changes: { selector: '#page-events', attribute: 'data-expand-clicks', value: '1' },
    },
  },
];
