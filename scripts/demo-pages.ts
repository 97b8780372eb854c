/** The bundled demo review pages: a real site URL and the committed page served for it. */
export const DEMO_PAGES = [
  {
    title: 'Tripadvisor hotel, owner view (English)',
    url: 'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Harbour_Hotel-London_England.html',
    file: 'lib/sites/tripadvisor/fixtures/hotel-owner-view.en.html',
  },
  {
    title: 'Tripadvisor restaurant (Spanish)',
    url: 'https://www.tripadvisor.es/Restaurant_Review-g187514-d1234567-Reviews-Casa_Ejemplo-Madrid.html',
    file: 'lib/sites/tripadvisor/fixtures/restaurant.es.html',
  },
];
