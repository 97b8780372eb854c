/** TripAdvisor runs on many country domains: tripadvisor.com, .es, .co.id, .co.uk, .com.mx, … */
const HOST = /(^|\.)tripadvisor\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;
const REVIEW_PAGE = /^\/(Hotel_Review|Restaurant_Review|Attraction_Review|AttractionProductReview|ShowUserReviews|VacationRentalReview)-/;

export const TRIPADVISOR_MATCHES = [
  '*://*.tripadvisor.com/*',
  '*://*.tripadvisor.es/*',
  '*://*.tripadvisor.co.id/*',
  '*://*.tripadvisor.com.mx/*',
  '*://*.tripadvisor.co.uk/*',
];

export function isTripadvisorReviewUrl(url: URL): boolean {
  return HOST.test(url.hostname) && REVIEW_PAGE.test(url.pathname);
}

export const TRIPADVISOR_URL_EXAMPLES = {
  accepts: [
    'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Hotel-London_England.html',
    'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-or10-Example_Hotel-London_England.html',
    'https://www.tripadvisor.es/Restaurant_Review-g187514-d1234567-Reviews-Casa_Ejemplo-Madrid.html',
    'https://www.tripadvisor.co.id/Attraction_Review-g294226-d2345678-Reviews-Pura_Contoh-Bali.html',
    'https://www.tripadvisor.com/ShowUserReviews-g186338-d192000-r1012345678-Example_Hotel-London_England.html',
  ],
  rejects: [
    'https://www.tripadvisor.com/',
    'https://www.tripadvisor.com/Hotels-g186338-London_England-Hotels.html',
    'https://www.tripadvisor.com.evil.example/Hotel_Review-g1-d2-Reviews-X.html',
    'https://www.google.com/maps/place/Example+Hotel/',
  ],
};
