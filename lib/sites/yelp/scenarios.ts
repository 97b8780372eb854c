import type { SiteScenario } from '../scenario';

// No scenario inserts a reply: the public Yelp page has no reply box and Yelp for Business's editor
// is undocumented (site-dom-reference.md §3, §15).
export const yelpScenarios: SiteScenario[] = [
  {
    site: 'yelp',
    name: 'business page 2 (?start=10), English, owner comment',
    url: 'https://www.yelp.com/biz/example-taqueria-oakland?start=10',
    fixture: 'biz-page2.en.html',
    comments: [
      { key: 'yelp:h2f6vefwsb2l', rating: 3, answered: true },
      { key: 'yelp:h1z9wgs6bhsh', rating: 1, answered: false },
      { key: 'yelp:h1nuapqkbb2r', rating: 5, answered: false },
    ],
    negativeKey: 'yelp:h1z9wgs6bhsh',
    siteButton: {
      click: '[data-composure-key="yelp:h1z9wgs6bhsh"] div[role="button"].helpful',
      changes: { selector: '#page-events', attribute: 'data-helpful-clicks', value: '1' },
    },
  },
  {
    site: 'yelp',
    name: 'business page, Spanish UI (yelp.com.mx)',
    url: 'https://www.yelp.com.mx/biz/taqueria-ejemplo-ciudad-de-mexico',
    fixture: 'biz.es-mx.html',
    comments: [
      { key: 'yelp:h1vtj175immh', rating: 1, answered: false },
      { key: 'yelp:h21l449mbmdp', rating: 4, answered: true },
    ],
    negativeKey: 'yelp:h1vtj175immh',
  },
];
