import type { SiteScenario } from '../scenario';

// The Search merchant panel (#mpd=…/customers/reviews) has no scenario: its URL only differs from an
// ordinary search by the fragment, which the fixture router cannot match. google.test.ts covers it.
export const googleScenarios: SiteScenario[] = [
  {
    site: 'google',
    name: 'Maps place panel, German UI (hl=de)',
    url: 'https://www.google.com/maps/place/Cafe+Beispiel/@52.5200,13.4050,17z/data=!4m8!3m7!1s0x47a851e3f9a5f1b1:0x1234abcd5678ef90!8m2!3d52.52!4d13.405!9m1!1b1?hl=de',
    fixture: 'maps-place.de.html',
    comments: [
      { key: 'google:ChdDSUhNMG9nS0VJQ0FnSURlQmVpc3BpZWwxEAE', rating: 5, answered: true },
      { key: 'google:ChZDSUhNMG9nS0VJQ0FnSUNUb21CZXJsaW4QAQ', rating: 1, answered: false },
      { key: 'google:ChdDSUhNMG9nS0VJQ0FnSUNDYXJtZW5NYWRyaWQQAQ', rating: 4, answered: false },
      { key: 'google:ChdDSUhNMG9nS0VJQ0FnSUNKb25hc1N0ZXJuZRAB', rating: 3, answered: false },
    ],
    negativeKey: 'google:ChZDSUhNMG9nS0VJQ0FnSUNUb21CZXJsaW4QAQ',
    siteButton: {
      click: '[data-composure-key="google:ChZDSUhNMG9nS0VJQ0FnSUNUb21CZXJsaW4QAQ"] button[jsaction*="toggleThumbsUp"]',
      changes: { selector: '#page-events', attribute: 'data-likes', value: '1' },
    },
  },
  {
    site: 'google',
    name: 'Maps hotel panel, English, owner response and "More"',
    url: 'https://www.google.com/maps/place/Example+Harbour+Hotel/@51.5072,-0.1276,15z/data=!4m9!3m8!1s0x48761b3e2f0a0001:0x9a8b7c6d5e4f3a21!9m1!1b1?hl=en',
    fixture: 'maps-hotel.en.html',
    comments: [
      { key: 'google:ChZDSUhNMG9nS0VJQ0FnSUNIYXJib3VyMRAB', rating: 2, answered: true },
      { key: 'google:ChZDSUhNMG9nS0VJQ0FnSUNIYXJib3VyMhAB', rating: 5, answered: false },
      { key: 'google:ChZDSUhNMG9nS0VJQ0FnSUNIYXJib3VyMxAB', rating: 1, answered: false },
    ],
    negativeKey: 'google:ChZDSUhNMG9nS0VJQ0FnSUNIYXJib3VyMxAB',
  },
  {
    site: 'google',
    name: 'Business Profile reviews, owner view, Reply closed and open',
    url: 'https://business.google.com/reviews',
    fixture: 'business-reviews.en.html',
    comments: [
      { key: 'google:AbFvOqExampleReviewId001', rating: 2, answered: false },
      { key: 'google:AbFvOqExampleReviewId002', rating: 1, answered: false },
      { key: 'google:AbFvOqExampleReviewId003', rating: 5, answered: false },
    ],
    negativeKey: 'google:AbFvOqExampleReviewId002',
    reply: { key: 'google:AbFvOqExampleReviewId001', editor: '[data-composure-key="google:AbFvOqExampleReviewId001"] textarea[jsname="YPqjbf"]', read: 'value' },
    siteButton: {
      click: '[data-composure-key="google:AbFvOqExampleReviewId003"] button[jsname="rhPddf"]',
      changes: { selector: '#page-events', attribute: 'data-opened', value: '1' },
    },
  },
];
