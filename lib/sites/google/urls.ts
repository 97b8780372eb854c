/**
 * Google review surfaces. Google Search and Maps share www.google.com, so the test is strict: only
 * a place panel, a review share link, the Business Profile reviews list, and Search with the
 * merchant panel or the reviews modal open are accepted; ordinary searches and map views are not.
 */
const SEARCH_HOSTS = /^www\.google\.(com|es|com\.mx|co\.id|de)$/;
const MAPS_REVIEW_PATH = /^\/maps\/(place|reviews)\//;
const BUSINESS_REVIEWS_PATH = /(^|\/)reviews(\/|$)/;
/**
 * google.com/search#mpd=~<id>/customers/reviews: the merchant panel on its Reviews page;
 * google.com/search#lrd=0x…:0x…,1: the public reviews modal of a business.
 */
const REVIEW_HASH = /^#(mpd=[^&]*\/customers\/reviews|lrd=0x[0-9a-f]+:0x[0-9a-f]+)/i;

export const GOOGLE_MATCHES = [
  '*://www.google.com/maps/*',
  '*://www.google.com/search*',
  '*://www.google.es/maps/*',
  '*://www.google.com.mx/maps/*',
  '*://www.google.co.id/maps/*',
  '*://www.google.de/maps/*',
  '*://business.google.com/*',
];

export function isGoogleReviewUrl(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  if (url.hostname === 'business.google.com') return BUSINESS_REVIEWS_PATH.test(url.pathname);
  if (!SEARCH_HOSTS.test(url.hostname)) return false;
  if (MAPS_REVIEW_PATH.test(url.pathname)) return true;
  return url.hostname === 'www.google.com' && url.pathname === '/search' && REVIEW_HASH.test(url.hash);
}

export const GOOGLE_URL_EXAMPLES = {
  accepts: [
    'https://www.google.com/maps/place/Cafe+Example/@52.5200,13.4050,17z/data=!4m8!3m7!1s0x47a851e3f9a5f1b1:0x1234abcd5678ef90!9m1!1b1?hl=de',
    'https://www.google.com/maps/place/Example+Harbour+Hotel/@51.5072,-0.1276,15z',
    'https://www.google.es/maps/place/Casa+Ejemplo/@40.4168,-3.7038,17z',
    'https://www.google.com/maps/reviews/data=!4m8!14m7!1m6!2m5!1sChdDSUhNMG9nS0VJQ0FnSURYeEFtcGxlMRAB!2m1!1s0x0:0x1234abcd5678ef90',
    'https://business.google.com/reviews',
    'https://business.google.com/groups/1234567890/reviews',
    'https://www.google.com/search?q=cafe+example&hl=en#mpd=~1234567890123456789/customers/reviews',
    'https://www.google.com/search?q=cafe+example#lrd=0x47a851e3f9a5f1b1:0x1234abcd5678ef90,1,,,,',
  ],
  rejects: [
    'https://www.google.com/search?q=cafe+example',
    'https://www.google.com/search?q=cafe+example#lrd=',
    'https://www.google.com/maps/@52.5200,13.4050,15z',
    'https://www.google.com/maps/dir/Berlin/Potsdam/',
    'https://www.google.com/',
    'https://business.google.com/locations',
    'https://www.google.com.evil.example/maps/place/Cafe+Example/',
    'https://play.google.com/store/apps/details?id=com.example.app',
    'http://www.google.com/maps/place/Cafe+Example/',
  ],
};
