/**
 * X (Twitter) selectors. Source: shared/docs/site-dom-reference.md §11. Classes are atomic
 * (`css-175oi2r r-…`) and never used; X sets data-testid on purpose but rotates some of them
 * ("tweet-text-show-more-link" / "-button"), so those are matched by prefix.
 */
export const X = {
  /** The virtualised list's cells: recycled as the page scrolls, so off-screen tweets leave the DOM. */
  cell: '[data-testid="cellInnerDiv"]',
  tweet: ['article[data-testid="tweet"]', 'article[role="article"][tabindex]'],
  /** Quoted tweets nest inside a tweet as role=link blocks: everything is scoped to the outer one. */
  quoted: 'div[role="link"], article',
  text: '[data-testid="tweetText"]',
  /** Tweets cut short by X: the rest is fetched (note tweets) or shown on the status page. */
  showMore: '[data-testid^="tweet-text-show-more"]',
  userName: '[data-testid="User-Name"]',
  statusTime: 'a[href*="/status/"] time',
  replyButton: '[data-testid="reply"]',
  /** The signed-in account: the profile link of the navigation bar (desktop side nav, mobile tab bar). */
  accountLink: ['a[data-testid="AppTabBar_Profile_Link"][href]', 'nav a[aria-label="Profile"][href]'],
  /** Composer: Draft.js contenteditable on desktop, a React-controlled textarea on mobile web. */
  editor: [
    '.public-DraftEditor-content[data-testid^="tweetTextarea"][contenteditable="true"]',
    '[data-testid^="tweetTextarea"] [contenteditable="true"][role="textbox"]',
    '[contenteditable="true"][data-testid^="tweetTextarea"]',
    'textarea[data-testid^="tweetTextarea"]',
    '[data-testid^="tweetTextarea"] textarea',
  ],
  dialog: '[role="dialog"]',
} as const;

/** Status URLs: /<handle>/status/<id> (also /i/web/status/<id>), optionally followed by /photo/1 etc. */
export const STATUS_PATH = /^\/(?:i\/web|([A-Za-z0-9_]{1,15}))\/status\/(\d+)/;
