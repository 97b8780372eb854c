import type { SiteScenario } from '../scenario';

export const trustpilotScenarios: SiteScenario[] = [
  {
    site: 'trustpilot',
    name: 'company page, both text layouts, English',
    url: 'https://www.trustpilot.com/review/example-shop.com',
    fixture: 'company-page.en.html',
    comments: [
      { key: 'trustpilot:6729c0ffee0000000000beef', rating: 2, answered: true },
      { key: 'trustpilot:6724c0ffee0000000000cafe', rating: 5, answered: false },
      { key: 'trustpilot:6722c0ffee0000000000d00d', rating: 1, answered: false },
      { key: 'trustpilot:6721c0ffee0000000000f00d', rating: 3, answered: false },
    ],
    negativeKey: 'trustpilot:6722c0ffee0000000000d00d',
    siteButton: {
      click: '[data-composure-key="trustpilot:6729c0ffee0000000000beef"] button[data-useful]',
      changes: { selector: '#page-events', attribute: 'data-useful-clicks', value: '1' },
    },
  },
  {
    site: 'trustpilot',
    name: 'company page, Spanish UI',
    url: 'https://es.trustpilot.com/review/tienda-ejemplo.es',
    fixture: 'company-page.es.html',
    comments: [
      { key: 'trustpilot:6710c0ffee0000000000e001', rating: 1, answered: true },
      { key: 'trustpilot:6710c0ffee0000000000e002', rating: 4, answered: false },
    ],
    negativeKey: 'trustpilot:6710c0ffee0000000000e001',
  },
  {
    site: 'trustpilot',
    name: 'Business app, reply box',
    url: 'https://businessapp.b2b.trustpilot.com/reviews',
    fixture: 'business-app.en.html',
    comments: [
      { key: 'trustpilot:672bc0ffee0000000000b001', rating: 1, answered: false },
      { key: 'trustpilot:672bc0ffee0000000000b002', rating: 5, answered: true },
    ],
    negativeKey: 'trustpilot:672bc0ffee0000000000b001',
    reply: { key: 'trustpilot:672bc0ffee0000000000b001', editor: '[data-composure-key="trustpilot:672bc0ffee0000000000b001"] textarea', read: 'value' },
    siteButton: {
      click: '[data-composure-key="trustpilot:672bc0ffee0000000000b001"] button.reply-open',
      changes: { selector: '#page-events', attribute: 'data-replies-opened', value: '1' },
    },
  },
];
