import type { SiteScenario } from '../scenario';

export const xScenarios: SiteScenario[] = [
  {
    site: 'x',
    name: 'status page with replies, desktop Draft.js reply modal, English',
    url: 'https://x.com/exampleshop/status/1890000000000000001',
    fixture: 'status-replies.en.html',
    comments: [
      { key: 'x:1890000000000000042', rating: null, answered: true },
      { key: 'x:1890000000000000077', rating: null, answered: false },
      { key: 'x:1890000000000000088', rating: null, answered: false },
      { key: 'x:1890000000000000099', rating: null, answered: false },
    ],
    negativeKey: 'x:1890000000000000077',
    reply: { key: 'x:1890000000000000077', editor: '[role="dialog"] .public-DraftEditor-content[data-testid="tweetTextarea_0"][data-page-state]', read: 'text' },
    siteButton: { click: '[data-composure-key="x:1890000000000000088"] [data-testid="like"]', changes: { selector: '#page-events', attribute: 'data-likes', value: '1' } },
  },
  {
    site: 'x',
    name: 'status page on mobile web, React textarea, Spanish UI',
    url: 'https://x.com/tiendaejemplo/status/1890000000000000101',
    fixture: 'status-mobile.es.html',
    comments: [
      { key: 'x:1890000000000000111', rating: null, answered: false },
      { key: 'x:1890000000000000112', rating: null, answered: true },
      { key: 'x:1890000000000000114', rating: null, answered: false },
    ],
    negativeKey: 'x:1890000000000000111',
    reply: { key: 'x:1890000000000000111', editor: '[role="dialog"] textarea[data-testid="tweetTextarea_0"][data-page-state]', read: 'value' },
  },
];
