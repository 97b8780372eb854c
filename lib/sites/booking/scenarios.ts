import type { SiteScenario } from '../scenario';

// Booking cards carry no id: the keys are content hashes of author, date and text.
export const bookingScenarios: SiteScenario[] = [
  {
    site: 'booking',
    name: 'hotel page, guest reviews sheet, English',
    url: 'https://www.booking.com/hotel/it/example-harbour.en-gb.html',
    fixture: 'hotel-reviews-sheet.en.html',
    comments: [
      { key: 'booking:hu31pcf8kuf', rating: 4.5, answered: true },
      { key: 'booking:h161cih12ht8', rating: 1, answered: false },
      { key: 'booking:h2048me88ldj', rating: 3, answered: false },
    ],
    negativeKey: 'booking:h161cih12ht8',
    siteButton: { click: 'button[aria-label="Next page"]', changes: { selector: '#page-events', attribute: 'data-next-page-clicks', value: '1' } },
  },
  {
    site: 'booking',
    name: 'legacy review list, Spanish UI',
    url: 'https://www.booking.com/reviewlist.es.html?cc1=es&pagename=hotel-ejemplo',
    fixture: 'reviewlist.es.html',
    comments: [
      { key: 'booking:h2bypw7gbp2z', rating: 1.5, answered: false },
      { key: 'booking:h1xjp5eghh4f', rating: 5, answered: false },
    ],
    negativeKey: 'booking:h2bypw7gbp2z',
  },
  {
    site: 'booking',
    name: 'partner extranet, reply form',
    url: 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=1234567&lang=en',
    fixture: 'extranet-reviews.en.html',
    comments: [
      { key: 'booking:h2emj4s5vffa', rating: 1.5, answered: false },
      { key: 'booking:hu2k7tr7z49', rating: 5, answered: false },
    ],
    negativeKey: 'booking:h2emj4s5vffa',
    reply: { key: 'booking:h2emj4s5vffa', editor: '[data-composure-key="booking:h2emj4s5vffa"] textarea.bui-input-textarea', read: 'value' },
    siteButton: {
      click: '[data-composure-key="booking:hu2k7tr7z49"] button.reply-open',
      changes: { selector: '#page-events', attribute: 'data-replies-opened', value: '1' },
    },
  },
];
