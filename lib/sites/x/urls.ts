import { STATUS_PATH } from './selectors';

const HOST = /^(www\.|mobile\.)?(x|twitter)\.com$/;

export const X_MATCHES = ['*://x.com/*', '*://mobile.x.com/*', '*://twitter.com/*', '*://mobile.twitter.com/*'];

/** A status page: the tweet and its replies. Timelines and profiles are not answered from here. */
export function isXStatusUrl(url: URL): boolean {
  return HOST.test(url.hostname) && STATUS_PATH.test(url.pathname);
}

export const X_URL_EXAMPLES = {
  accepts: [
    'https://x.com/exampleshop/status/1890000000000000001',
    'https://x.com/exampleshop/status/1890000000000000001/photo/1',
    'https://mobile.x.com/tiendaejemplo/status/1890000000000000101',
    'https://twitter.com/exampleshop/status/1890000000000000001?s=20',
    'https://x.com/i/web/status/1890000000000000001',
  ],
  rejects: [
    'https://x.com/home',
    'https://x.com/exampleshop',
    'https://x.com/search?q=exampleshop',
    'https://x.com.evil.example/exampleshop/status/1890000000000000001',
    'https://www.youtube.com/watch?v=dQw4ExAmPl0',
  ],
};
