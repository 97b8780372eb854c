import type { SiteScenario } from '../scenario';

export const tripadvisorScenarios: SiteScenario[] = [
  {
    site: 'tripadvisor',
    name: 'hotel page, owner view, English',
    url: 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html',
    fixture: 'hotel-owner-view.en.html',
    comments: [
      { key: 'tripadvisor:1012345678', rating: 4, answered: true },
      { key: 'tripadvisor:1023456789', rating: 1, answered: false },
      { key: 'tripadvisor:1034567890', rating: 2, answered: false },
      { key: 'tripadvisor:1045678901', rating: 5, answered: false },
      { key: 'tripadvisor:1056789012', rating: 3, answered: false },
    ],
    negativeKey: 'tripadvisor:1023456789',
    reply: { key: 'tripadvisor:1034567890', editor: '[data-composure-key="tripadvisor:1034567890"] textarea', read: 'value' },
    siteButton: { click: '[data-composure-key="tripadvisor:1045678901"] button.helpful', changes: { selector: '#page-events', attribute: 'data-helpful-clicks', value: '1' } },
  },
  {
    site: 'tripadvisor',
    name: 'restaurant page, Spanish UI',
    url: 'https://www.tripadvisor.es/Restaurant_Review-g187514-d1234567-Reviews-Casa_Ejemplo-Madrid.html',
    fixture: 'restaurant.es.html',
    comments: [
      { key: 'tripadvisor:998877665', rating: 1, answered: false },
      { key: 'tripadvisor:998877666', rating: 5, answered: true },
    ],
    negativeKey: 'tripadvisor:998877665',
  },
];
