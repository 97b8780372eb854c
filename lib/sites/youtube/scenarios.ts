import type { SiteScenario } from '../scenario';

export const youtubeScenarios: SiteScenario[] = [
  {
    site: 'youtube',
    name: 'watch page, lazy-loaded comments with a creator reply, English',
    url: 'https://www.youtube.com/watch?v=dQw4ExAmPl0',
    fixture: 'watch-comments.en.html',
    comments: [
      { key: 'youtube:UgxExAmPlEcOmMeNt0001AaABAg', rating: null, answered: true },
      { key: 'youtube:UgzLongAngryComment0002AaABAg', rating: null, answered: false },
      { key: 'youtube:UgwHappyViewer0003AaABAg', rating: null, answered: false },
    ],
    negativeKey: 'youtube:UgzLongAngryComment0002AaABAg',
    reply: {
      key: 'youtube:UgzLongAngryComment0002AaABAg',
      editor: '[data-composure-key="youtube:UgzLongAngryComment0002AaABAg"] #comment #reply-dialog #contenteditable-root[data-page-state]',
      read: 'text',
    },
    siteButton: { click: '[data-composure-key="youtube:UgwHappyViewer0003AaABAg"] #like-button button', changes: { selector: '#page-events', attribute: 'data-likes', value: '1' } },
  },
  {
    site: 'youtube',
    name: 'watch page, older comment layout, Spanish UI',
    url: 'https://www.youtube.com/watch?v=EsPaNoL0001',
    fixture: 'watch-comments.es.html',
    comments: [
      { key: 'youtube:UgyTortillaFria0001AaABAg', rating: null, answered: false },
      { key: 'youtube:UgxCebollaSiNo0002AaABAg', rating: null, answered: true },
    ],
    negativeKey: 'youtube:UgyTortillaFria0001AaABAg',
    reply: {
      key: 'youtube:UgyTortillaFria0001AaABAg',
      editor: '[data-composure-key="youtube:UgyTortillaFria0001AaABAg"] #reply-dialog #contenteditable-root[data-page-state]',
      read: 'text',
    },
  },
];
