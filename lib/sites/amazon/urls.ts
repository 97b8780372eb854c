/** Amazon's review pages (/product-reviews/<ASIN>) and product pages (/dp/<ASIN>) on its store domains. */
const HOST = /^www\.amazon\.(com|co\.jp|co\.uk|de|es|fr|it|ca|com\.mx|com\.br|com\.au|in)$/;
const REVIEW_PATH = /^(\/[^/]+)?\/(product-reviews|dp|gp\/product)\/[A-Z0-9]{10}(\/|$)|^\/gp\/customer-reviews\/R[A-Z0-9]+/;

export const AMAZON_MATCHES = [
  '*://www.amazon.com/*',
  '*://www.amazon.co.jp/*',
  '*://www.amazon.co.uk/*',
  '*://www.amazon.de/*',
  '*://www.amazon.es/*',
  '*://www.amazon.fr/*',
  '*://www.amazon.it/*',
  '*://www.amazon.ca/*',
  '*://www.amazon.com.mx/*',
  '*://www.amazon.com.br/*',
  '*://www.amazon.com.au/*',
  '*://www.amazon.in/*',
];

export function isAmazonReviewUrl(url: URL): boolean {
  return url.protocol === 'https:' && HOST.test(url.hostname) && REVIEW_PATH.test(url.pathname);
}

export const AMAZON_URL_EXAMPLES = {
  accepts: [
    'https://www.amazon.com/product-reviews/B0EXAMPLE1/ref=cm_cr_dp_d_show_all_btm?reviewerType=all_reviews',
    'https://www.amazon.com/Example-Electric-Kettle-Stainless/product-reviews/B0EXAMPLE1',
    'https://www.amazon.com/Example-Electric-Kettle-Stainless/dp/B0EXAMPLE1/ref=sr_1_3',
    'https://www.amazon.co.jp/product-reviews/B0EXAMPLE2',
    'https://www.amazon.es/dp/B0EXAMPLE3',
    'https://www.amazon.com/gp/product/B0EXAMPLE1',
    'https://www.amazon.com/gp/customer-reviews/R1EXAMPLEAAA01?ASIN=B0EXAMPLE1',
  ],
  rejects: [
    'https://www.amazon.com/',
    'https://www.amazon.com/s?k=electric+kettle',
    'https://www.amazon.com/gp/cart/view.html',
    'https://www.amazon.com.evil.example/dp/B0EXAMPLE1',
    'https://sellercentral.amazon.com/brand-customer-reviews/',
    'https://www.yelp.com/biz/example-taqueria-oakland',
  ],
};
