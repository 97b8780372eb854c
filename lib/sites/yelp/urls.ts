/** Yelp business pages on its country domains: /biz/<alias>, with ?start=10 for page 2. */
const HOST = /^(www\.)?yelp\.(com|ca|co\.uk|com\.au|com\.mx|es|ie)$/;
const BUSINESS_PAGE = /^\/biz\/[^/]+\/?$/;

export const YELP_MATCHES = [
  '*://www.yelp.com/biz/*',
  '*://www.yelp.ca/biz/*',
  '*://www.yelp.co.uk/biz/*',
  '*://www.yelp.com.au/biz/*',
  '*://www.yelp.com.mx/biz/*',
  '*://www.yelp.es/biz/*',
  '*://www.yelp.ie/biz/*',
];

export function isYelpReviewUrl(url: URL): boolean {
  return url.protocol === 'https:' && HOST.test(url.hostname) && BUSINESS_PAGE.test(url.pathname);
}

export const YELP_URL_EXAMPLES = {
  accepts: [
    'https://www.yelp.com/biz/example-taqueria-oakland',
    'https://www.yelp.com/biz/example-taqueria-oakland?start=10',
    'https://www.yelp.com/biz/example-taqueria-oakland?osq=tacos&hrid=AbCdEfGhIj',
    'https://www.yelp.com.mx/biz/taqueria-ejemplo-ciudad-de-m%C3%A9xico',
    'https://www.yelp.co.uk/biz/example-cafe-london',
  ],
  rejects: [
    'https://www.yelp.com/',
    'https://www.yelp.com/search?find_desc=tacos&find_loc=Oakland',
    'https://www.yelp.com/biz_photos/example-taqueria-oakland',
    'https://www.yelp.com/biz/example-taqueria-oakland/menu',
    'https://biz.yelp.com/r2r/abc123',
    'https://www.yelp.com.evil.example/biz/example-taqueria-oakland',
    'https://www.google.com/maps/place/Example+Taqueria/',
  ],
};
