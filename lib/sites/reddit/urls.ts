/** New Reddit comment pages: a post's comments, or one comment's thread. Old Reddit has another DOM. */
const HOST = /^(?:www\.)?reddit\.com$/;
const COMMENTS_PAGE = /^\/(?:r|user|u)\/[^/]+\/comments\/[a-z0-9]+(?:\/|$)/i;

export const REDDIT_MATCHES = ['*://www.reddit.com/*', '*://reddit.com/*'];

export function isRedditCommentsUrl(url: URL): boolean {
  return HOST.test(url.hostname) && COMMENTS_PAGE.test(url.pathname);
}

export const REDDIT_URL_EXAMPLES = {
  accepts: [
    'https://www.reddit.com/r/examplecity/comments/1abcxyz/we_just_opened_our_second_location_ama/',
    'https://www.reddit.com/r/examplecity/comments/1abcxyz/comment/kq1ex01/',
    'https://reddit.com/r/ejemplo/comments/1defuvw/abrimos_nueva_tienda/?sort=new',
    'https://www.reddit.com/user/example_cafe_owner/comments/1ghirst/menu_update/',
  ],
  rejects: [
    'https://www.reddit.com/',
    'https://www.reddit.com/r/examplecity/',
    'https://old.reddit.com/r/examplecity/comments/1abcxyz/we_just_opened/',
    'https://www.reddit.com.evil.example/r/x/comments/1abcxyz/y/',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  ],
};
