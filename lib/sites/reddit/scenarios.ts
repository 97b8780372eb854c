import type { SiteScenario } from '../scenario';

export const redditScenarios: SiteScenario[] = [
  {
    site: 'reddit',
    name: 'thread with nested OP reply and composer (shadow DOM)',
    url: 'https://www.reddit.com/r/examplecity/comments/1abcxyz/we_just_opened/',
    fixture: 'thread.en.html',
    comments: [
      { key: 'reddit:t1_kq1ex01', rating: null, answered: true },
      { key: 'reddit:t1_kq1ex03', rating: null, answered: false },
      { key: 'reddit:t1_kq1ex04', rating: null, answered: false },
    ],
    negativeKey: 'reddit:t1_kq1ex03',
    // The comment's shadow root shows only slotted children: the marker must be on its header line.
    markerAbove: '[data-composure-key="reddit:t1_kq1ex03"] > div[slot="comment"]',
    reply: { key: 'reddit:t1_kq1ex03', editor: '[data-composure-key="reddit:t1_kq1ex03"] > shreddit-composer [contenteditable="true"]', read: 'text' },
    siteButton: {
      click: '[data-composure-key="reddit:t1_kq1ex04"] button.upvote',
      changes: { selector: '#page-events', attribute: 'data-upvotes', value: '1' },
    },
  },
  {
    site: 'reddit',
    name: 'thread, Spanish UI',
    url: 'https://www.reddit.com/r/ejemplo/comments/1defuvw/abrimos_nueva_tienda/',
    fixture: 'thread.es.html',
    comments: [
      { key: 'reddit:t1_es00001', rating: null, answered: true },
      { key: 'reddit:t1_es00003', rating: null, answered: false },
    ],
    negativeKey: 'reddit:t1_es00001',
  },
];
