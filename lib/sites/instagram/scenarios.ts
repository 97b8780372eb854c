import type { SiteScenario } from '../scenario';

export const instagramScenarios: SiteScenario[] = [
  {
    site: 'instagram',
    name: 'post dialog with expanded replies, English',
    url: 'https://www.instagram.com/p/C0ExAmPlE123/',
    fixture: 'post-dialog.en.html',
    comments: [
      { key: 'instagram:17890000000000001', rating: null, answered: true },
      { key: 'instagram:17890000000000003', rating: null, answered: false },
      { key: 'instagram:17890000000000004', rating: null, answered: false },
    ],
    negativeKey: 'instagram:17890000000000003',
    reply: { key: 'instagram:17890000000000003', editor: '[role="dialog"] form textarea[data-page-state]', read: 'value', prefix: '@tomas.r ' },
    siteButton: { click: '[role="dialog"] .like-post', changes: { selector: '#page-events', attribute: 'data-post-likes', value: '1' } },
  },
  {
    site: 'instagram',
    name: '/p/ page with a hidden copy of the comments, Spanish UI',
    url: 'https://www.instagram.com/p/DEjEmPlO456/',
    fixture: 'post-page.es.html',
    comments: [
      { key: 'instagram:18020000000000011', rating: null, answered: false },
      { key: 'instagram:18020000000000012', rating: null, answered: true },
      { key: 'instagram:18020000000000014', rating: null, answered: false },
    ],
    negativeKey: 'instagram:18020000000000011',
    reply: { key: 'instagram:18020000000000011', editor: 'main form textarea[data-page-state]', read: 'value', prefix: '@ana.gomez ' },
  },
];
