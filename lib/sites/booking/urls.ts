/** Guest pages on www.booking.com (hotel page with its review sheet, legacy review list) and the partner extranet. */
const GUEST_HOST = /^www\.booking\.com$/;
const EXTRANET_HOST = /^admin\.booking\.com$/;
/** /hotel/<country>/<slug>[.<lang>].html and /reviewlist[.<lang>].html */
const GUEST_PAGE = /^\/(?:hotel\/[a-z]{2}\/[^/]+\.html|reviewlist(?:\.[a-z]{2}(?:-[a-z]{2})?)?\.html)$/i;
const EXTRANET_PAGE = /\/reviews?(?:\.html)?(?:\/|$)/i;

export const BOOKING_MATCHES = ['*://www.booking.com/*', '*://admin.booking.com/*'];

export function isBookingReviewUrl(url: URL): boolean {
  if (GUEST_HOST.test(url.hostname)) return GUEST_PAGE.test(url.pathname);
  return EXTRANET_HOST.test(url.hostname) && EXTRANET_PAGE.test(url.pathname);
}

export const BOOKING_URL_EXAMPLES = {
  accepts: [
    'https://www.booking.com/hotel/it/example-harbour.en-gb.html',
    'https://www.booking.com/hotel/es/hotel-ejemplo.es.html?aid=304142#tab-reviews',
    'https://www.booking.com/hotel/id/contoh-resort.html',
    'https://www.booking.com/reviewlist.es.html?cc1=es&pagename=hotel-ejemplo&rows=10',
    'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews.html?hotel_id=1234567&lang=en',
  ],
  rejects: [
    'https://www.booking.com/',
    'https://www.booking.com/searchresults.html?ss=Rome',
    'https://www.booking.com/city/it/rome.html',
    'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/home.html?hotel_id=1234567',
    'https://www.booking.com.evil.example/hotel/it/example-harbour.html',
    'https://www.trustpilot.com/review/booking.com',
  ],
};
