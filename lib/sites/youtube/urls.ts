/** Desktop YouTube only: m.youtube.com renders different (ytm-*) elements and Studio is another app. */
const HOST = /^(www\.)?youtube\.com$/;
const COMMENT_PAGE = /^\/(watch$|shorts\/[\w-]+)/;

export const YOUTUBE_MATCHES = ['*://www.youtube.com/*', '*://youtube.com/*'];

export function isYoutubeCommentUrl(url: URL): boolean {
  if (!HOST.test(url.hostname)) return false;
  if (url.pathname === '/watch') return url.searchParams.has('v');
  return COMMENT_PAGE.test(url.pathname);
}

export const YOUTUBE_URL_EXAMPLES = {
  accepts: [
    'https://www.youtube.com/watch?v=dQw4ExAmPl0',
    'https://www.youtube.com/watch?v=dQw4ExAmPl0&lc=UgxExAmPlEcOmMeNt0001AaABAg',
    'https://youtube.com/watch?v=dQw4ExAmPl0&t=42s',
    'https://www.youtube.com/shorts/AbCdEfGhIjK',
  ],
  rejects: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch',
    'https://www.youtube.com/@ExampleChannel/videos',
    'https://studio.youtube.com/video/dQw4ExAmPl0/comments',
    'https://www.youtube.com.evil.example/watch?v=dQw4ExAmPl0',
    'https://m.youtube.com/watch?v=dQw4ExAmPl0',
  ],
};
