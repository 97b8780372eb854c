const HOST = /^(www\.)?instagram\.com$/;
/** A post or reel, alone or opened from a profile (the URL then carries the username first). */
const POST_PATH = /^\/(?:[A-Za-z0-9._]{1,30}\/)?(p|reel|tv)\/[A-Za-z0-9_-]+\/?/;

export const INSTAGRAM_MATCHES = ['*://www.instagram.com/*', '*://instagram.com/*'];

export function isInstagramPostUrl(url: URL): boolean {
  return HOST.test(url.hostname) && POST_PATH.test(url.pathname);
}

export const INSTAGRAM_URL_EXAMPLES = {
  accepts: [
    'https://www.instagram.com/p/C0ExAmPlE123/',
    'https://www.instagram.com/p/C0ExAmPlE123/c/17890000000000001/',
    'https://www.instagram.com/reel/C1ReElExAmPl/',
    'https://www.instagram.com/examplecafe/p/C0ExAmPlE123/',
    'https://instagram.com/p/DEjEmPlO456/?img_index=1',
  ],
  rejects: [
    'https://www.instagram.com/',
    'https://www.instagram.com/examplecafe/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com.evil.example/p/C0ExAmPlE123/',
    'https://x.com/exampleshop/status/1890000000000000001',
  ],
};
