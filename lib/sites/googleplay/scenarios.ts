import type { SiteScenario } from '../scenario';

// No scenario inserts a reply: developers answer in the Play Console, whose reply UI no source
// documents (site-dom-reference.md §7, §15).
export const googleplayScenarios: SiteScenario[] = [
  {
    site: 'googleplay',
    name: 'app details page, English, developer reply and "Full review"',
    url: 'https://play.google.com/store/apps/details?id=com.example.notes&hl=en_US',
    fixture: 'details.en.html',
    comments: [
      { key: 'googleplay:3b1f0c2e-1111-4a2b-9c3d-000000000001', rating: 5, answered: false },
      { key: 'googleplay:3b1f0c2e-1111-4a2b-9c3d-000000000002', rating: 1, answered: false },
      { key: 'googleplay:3b1f0c2e-1111-4a2b-9c3d-000000000003', rating: 2, answered: true },
    ],
    negativeKey: 'googleplay:3b1f0c2e-1111-4a2b-9c3d-000000000002',
    siteButton: { click: 'button.see-all', changes: { selector: '#page-events', attribute: 'data-see-all-clicks', value: '1' } },
  },
  {
    site: 'googleplay',
    name: 'reviews modal, Spanish UI, over the details page',
    url: 'https://play.google.com/store/apps/details?id=com.example.notas&hl=es',
    fixture: 'reviews-modal.es.html',
    comments: [
      { key: 'googleplay:9e8d7c6b-2222-4b3c-8d4e-000000000001', rating: 2, answered: true },
      { key: 'googleplay:9e8d7c6b-2222-4b3c-8d4e-000000000002', rating: 5, answered: false },
      { key: 'googleplay:9e8d7c6b-2222-4b3c-8d4e-000000000003', rating: 1, answered: false },
    ],
    negativeKey: 'googleplay:9e8d7c6b-2222-4b3c-8d4e-000000000003',
    siteButton: { click: '#sortBy_1', changes: { selector: '#sortBy_1', attribute: 'aria-expanded', value: 'true' } },
  },
];
