import type { SiteScenario } from '../scenario';

// The generic content script is registered at run time on the sites the user enables: these
// scenarios need the end-to-end harness to enable it for the scenario's origin first.
export const genericScenarios: SiteScenario[] = [
  {
    site: 'generic',
    name: 'shop page with JSON-LD reviews',
    url: 'https://shop.example/repair/reviews',
    fixture: 'shop-jsonld.en.html',
    comments: [
      { key: 'generic:https://shop.example/#/schema/Review/r-101', rating: 4.5, answered: true },
      { key: 'generic:https://shop.example/#/schema/Review/r-103', rating: 1, answered: false },
      { key: 'generic:https://shop.example/reviews/r-104', rating: 3.5, answered: false },
    ],
    negativeKey: 'generic:https://shop.example/#/schema/Review/r-103',
    reply: {
      key: 'generic:https://shop.example/#/schema/Review/r-103',
      editor: '[data-composure-key="generic:https://shop.example/#/schema/Review/r-103"] textarea',
      read: 'value',
    },
    siteButton: {
      click: '[data-composure-key="generic:https://shop.example/#/schema/Review/r-103"] button.helpful',
      changes: { selector: '#page-events', attribute: 'data-helpful-clicks', value: '1' },
    },
  },
  {
    site: 'generic',
    name: 'product page with microdata reviews, Spanish',
    url: 'https://tienda.example/producto/cafetera-italiana',
    fixture: 'product-microdata.es.html',
    comments: [
      { key: 'generic:https://tienda.example/opiniones/o-201', rating: 2, answered: true },
      { key: 'generic:hvu7kiwyly1', rating: 5, answered: false },
    ],
    negativeKey: 'generic:https://tienda.example/opiniones/o-201',
  },
];
