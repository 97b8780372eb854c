/** Google Play app pages: /store/apps/details?id=<package>. The reviews modal opens on the same URL. */
const APP_DETAILS = '/store/apps/details';
const PACKAGE = /^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+$/;

export const GOOGLE_PLAY_MATCHES = ['*://play.google.com/store/apps/*'];

export function isGooglePlayReviewUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'play.google.com' && url.pathname === APP_DETAILS && PACKAGE.test(url.searchParams.get('id') ?? '');
}

export const GOOGLE_PLAY_URL_EXAMPLES = {
  accepts: [
    'https://play.google.com/store/apps/details?id=com.example.notes',
    'https://play.google.com/store/apps/details?id=com.example.notes&hl=es&gl=MX',
    'https://play.google.com/store/apps/details?id=id.example.ojek&hl=id',
  ],
  rejects: [
    'https://play.google.com/store/apps',
    'https://play.google.com/store/search?q=notes&c=apps',
    'https://play.google.com/store/apps/dev?id=1234567890123456789',
    'https://play.google.com/store/apps/details',
    'https://play.google.com/store/books/details?id=AbCdEfGhIjK',
    'https://play.google.com.evil.example/store/apps/details?id=com.example.notes',
    'https://www.google.com/maps/place/Example/',
  ],
};
