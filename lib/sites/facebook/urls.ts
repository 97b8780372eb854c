const HOST = /^(www\.|web\.)?facebook\.com$/;
/** Single posts, photos, videos and reels, and group posts: each shows its comments. */
const POST_PATH =
  /^\/(?:[\w.-]+\/(?:posts|videos|photos)\/[\w.:-]+|groups\/[\w.-]+\/(?:posts|permalink)\/\d+|reel\/\d+|photo\/?|photo\.php|watch\/?|permalink\.php|story\.php)/;
/** First path segments that are Facebook's own sections, not a Page or profile. */
const RESERVED = new Set([
  'home.php', 'marketplace', 'friends', 'groups', 'watch', 'gaming', 'messages', 'notifications', 'settings', 'bookmarks',
  'events', 'login', 'login.php', 'search', 'stories', 'reel', 'reels', 'saved', 'memories', 'pages', 'ads', 'business',
  'help', 'privacy', 'policies', 'me', 'share', 'hashtag', 'feeds', 'photo', 'photo.php', 'permalink.php', 'story.php',
]);

export const FACEBOOK_MATCHES = ['*://www.facebook.com/*', '*://web.facebook.com/*', '*://facebook.com/*'];

/** A post (its comments) or a Page/profile timeline, whose posts show comments inline. */
export function isFacebookCommentUrl(url: URL): boolean {
  if (!HOST.test(url.hostname)) return false;
  if (POST_PATH.test(url.pathname)) {
    if (/^\/(photo\/?|photo\.php)$/.test(url.pathname)) return url.searchParams.has('fbid');
    if (/^\/watch\/?$/.test(url.pathname)) return url.searchParams.has('v');
    if (/^\/(permalink|story)\.php$/.test(url.pathname)) return url.searchParams.has('story_fbid');
    return true;
  }
  if (url.pathname === '/profile.php') return url.searchParams.has('id');
  const page = url.pathname.match(/^\/([\w.-]+)\/?$/)?.[1];
  return page !== undefined && !RESERVED.has(page.toLowerCase());
}

export const FACEBOOK_URL_EXAMPLES = {
  accepts: [
    'https://www.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1',
    'https://www.facebook.com/permalink.php?story_fbid=pfbid0Example2&id=100064000000001',
    'https://www.facebook.com/photo/?fbid=1234567890123456&set=a.111',
    'https://www.facebook.com/groups/examplebakers/posts/2345678901234567/',
    'https://www.facebook.com/examplebakery',
    'https://web.facebook.com/panaderiaejemplo/posts/pfbid0PanaderiaPost2?comment_id=3456789012345678',
  ],
  rejects: [
    'https://www.facebook.com/',
    'https://www.facebook.com/marketplace/',
    'https://www.facebook.com/groups/feed/',
    'https://www.facebook.com/watch/',
    'https://m.facebook.com/examplebakery/posts/pfbid0ExampleBakeryPost1',
    'https://www.facebook.com.evil.example/examplebakery/posts/pfbid0ExampleBakeryPost1',
    'https://www.instagram.com/p/C0ExAmPlE123/',
  ],
};
