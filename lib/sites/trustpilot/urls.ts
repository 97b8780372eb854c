/** trustpilot.com and its country sites (es., de., uk., …), plus the Business app where companies reply. */
const CONSUMER_HOST = /^(?:www|[a-z]{2})\.trustpilot\.com$/;
const BUSINESS_HOST = /^businessapp\.b2b\.trustpilot\.com$/;
/** A company's review list (/review/<domain>) or one review (/reviews/<24-hex id>). */
const CONSUMER_PAGE = /^\/(?:review\/[^/]+|reviews\/[0-9a-f]{24})\/?$/i;
const BUSINESS_PAGE = /^\/reviews(?:\/|$)/;

export const TRUSTPILOT_MATCHES = ['*://*.trustpilot.com/*'];

export function isTrustpilotReviewUrl(url: URL): boolean {
  if (CONSUMER_HOST.test(url.hostname)) return CONSUMER_PAGE.test(url.pathname);
  return BUSINESS_HOST.test(url.hostname) && BUSINESS_PAGE.test(url.pathname);
}

export const TRUSTPILOT_URL_EXAMPLES = {
  accepts: [
    'https://www.trustpilot.com/review/example-shop.com',
    'https://www.trustpilot.com/review/example-shop.com?page=2',
    'https://es.trustpilot.com/review/tienda-ejemplo.es',
    'https://uk.trustpilot.com/review/www.example.co.uk?stars=1',
    'https://www.trustpilot.com/reviews/6729c0ffee0000000000beef',
    'https://businessapp.b2b.trustpilot.com/reviews?stars=1',
  ],
  rejects: [
    'https://www.trustpilot.com/',
    'https://www.trustpilot.com/categories/electronics_technology',
    'https://www.trustpilot.com/users/64a0c0ffee0000000000abcd',
    'https://www.trustpilot.com.evil.example/review/example-shop.com',
    'https://www.tripadvisor.com/Hotel_Review-g186338-d192000-Reviews-Example_Hotel-London_England.html',
  ],
};
