import type { SiteScenario } from '../scenario';

export const facebookScenarios: SiteScenario[] = [
  {
    site: 'facebook',
    name: 'Page post permalink, a comment rendered twice, Page reply, English',
    url: 'https://www.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1',
    fixture: 'post-comments.en.html',
    comments: [
      { key: 'facebook:1234567890123456', rating: null, answered: true },
      { key: 'facebook:2345678901234567', rating: null, answered: false },
      { key: 'facebook:3456789012345678', rating: null, answered: false },
    ],
    negativeKey: 'facebook:2345678901234567',
    reply: { key: 'facebook:2345678901234567', editor: '[data-composure-key="facebook:2345678901234567"] ~ .replies [contenteditable][role="textbox"][data-page-state]', read: 'text' },
    siteButton: { click: '[data-composure-key="facebook:2345678901234567"] .like-comment', changes: { selector: '#page-events', attribute: 'data-likes', value: '1' } },
  },
  {
    site: 'facebook',
    name: 'Page post with nested replies, Spanish UI',
    url: 'https://www.facebook.com/panaderiaejemplo/posts/pfbid0PanaderiaPost2',
    fixture: 'post-comments.es.html',
    comments: [
      { key: 'facebook:7777000011112222', rating: null, answered: false },
      { key: 'facebook:7777000011113333', rating: null, answered: true },
      { key: 'facebook:7777000011115555', rating: null, answered: false },
    ],
    negativeKey: 'facebook:7777000011112222',
    reply: { key: 'facebook:7777000011112222', editor: '[data-composure-key="facebook:7777000011112222"] > [contenteditable][role="textbox"][data-page-state]', read: 'text' },
  },
];
