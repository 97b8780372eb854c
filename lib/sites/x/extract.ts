import { commentKey, type OwnerReply, type PageComment } from '../../comments/comment';
import { contentHash } from '../../comments/content-hash';
import { capText, nonEmpty, readText, readTextWithImageAlt } from '../../comments/text';
import { absoluteUrl, queryFirst } from '../dom';
import { STATUS_PATH, X } from './selectors';

const TWEET = X.tweet.join(', ');

/**
 * Tweets under root, outermost only (a quoted tweet may be an article too), in page order. The
 * reply modal shows a copy of the tweet it answers, which is not another comment.
 */
export function findXCards(root: ParentNode): Element[] {
  const tweets = [...root.querySelectorAll(TWEET)];
  if (root instanceof Element && root.matches(TWEET)) tweets.unshift(root);
  // One closest() per tweet keeps a scan of a long conversation linear.
  return tweets.filter((tweet) => !tweet.parentElement?.closest(TWEET) && !tweet.closest(X.dialog));
}

/** Finds the first element matching a selector that belongs to this tweet, not to a tweet quoted inside it. */
type OwnFirst = <E extends Element = Element>(selector: string) => E | null;

function ownParts(card: Element): OwnFirst {
  // Most tweets quote nothing: then the first match is the tweet's own, and one query is enough.
  // Asked once per tweet, however many parts are read.
  const quotes = card.querySelector(X.quoted) !== null;
  return <E extends Element = Element>(selector: string): E | null => {
    if (!quotes) return card.querySelector<E>(selector);
    for (const el of card.querySelectorAll<E>(selector)) {
      const quote = el.parentElement?.closest(X.quoted);
      if (!quote || quote === card || !card.contains(quote)) return el;
    }
    return null;
  };
}

interface TweetHeader {
  handle: string | null;
  displayName: string | null;
  statusId: string | null;
  href: string | null;
  time: HTMLTimeElement | null;
}

/** The path of a link: X's own are root-relative, and need no URL parser (costly on a long thread). */
function pathOf(href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? href : new URL(href, 'https://x.com').pathname;
}

export function readHeader(card: Element, own: OwnFirst = ownParts(card)): TweetHeader {
  const time = own<HTMLTimeElement>(X.statusTime);
  const href = time?.closest('a')?.getAttribute('href') ?? null;
  const fromHref = href ? pathOf(href).match(STATUS_PATH) : null;
  const userName = own(X.userName);
  const links = userName ? [...userName.querySelectorAll('a[href^="/"]')] : [];
  const handleLink = links.find((link) => readText(link).startsWith('@'));
  const handle = handleLink ? readText(handleLink).slice(1) : (fromHref?.[1] ?? null);
  const nameLink = links.find((link) => link !== handleLink && readText(link) && !link.querySelector('time'));
  return { handle, displayName: nonEmpty(readText(nameLink)), statusId: fromHref?.[2] ?? null, href, time };
}

/**
 * The account the business answers from. The signed-in account's profile link in the navigation
 * bar says it; without it (logged-out or a layout without that bar) the author of the status the
 * page shows stands in: a brand usually opens its own post to answer the replies under it.
 */
export function accountHandle(doc: Document, pageUrl: URL): string | null {
  const profile = queryFirst(doc, X.accountLink)?.getAttribute('href')?.match(/^\/([A-Za-z0-9_]{1,15})\/?$/);
  return (profile?.[1] ?? pageUrl.pathname.match(STATUS_PATH)?.[1] ?? null)?.toLowerCase() ?? null;
}

const sameHandle = (handle: string | null, account: string | null) => handle !== null && account !== null && handle.toLowerCase() === account;

export function extractXTweet(card: Element, pageUrl: URL): PageComment | null {
  const own = ownParts(card);
  const header = readHeader(card, own);
  const account = accountHandle(card.ownerDocument, pageUrl);
  // The business's own tweets (its post, its replies) are not comments to answer.
  if (sameHandle(header.handle, account)) return null;
  const rawText = readTextWithImageAlt(own(X.text));
  if (!rawText) return null;

  const author = header.handle ? `@${header.handle}` : header.displayName;
  const id = header.statusId ?? contentHash(author, rawText);
  const { text, cut } = capText(rawText);
  const focalId = pageUrl.pathname.match(STATUS_PATH)?.[2] ?? null;

  return {
    key: commentKey('x', id),
    site: 'x',
    id,
    idSource: header.statusId ? 'site' : 'hash',
    text,
    title: null,
    truncated: cut || own(X.showMore) !== null,
    rating: null,
    ratingRaw: null,
    author,
    dateText: nonEmpty(readText(header.time)) ?? nonEmpty(header.time?.getAttribute('datetime')),
    permalink: absoluteUrl(header.href, pageUrl),
    ownerReply: findAccountReply(card, account, header.statusId !== null && header.statusId === focalId),
  };
}

/**
 * X lists a conversation flat: one cell per tweet, each reply right under the tweet it answers.
 * So the business answered a reply when its own tweet comes next, and answered the status the page
 * shows (when that status is a customer's) when any of its tweets is under it.
 */
function findAccountReply(card: Element, account: string | null, isFocal: boolean): OwnerReply | null {
  if (!account) return null;
  for (const tweet of tweetsAfter(card, isFocal ? Infinity : 1)) {
    const own = ownParts(tweet);
    const header = readHeader(tweet, own);
    if (!sameHandle(header.handle, account)) continue;
    return {
      text: capText(readTextWithImageAlt(own(X.text))).text,
      author: header.handle ? `@${header.handle}` : header.displayName,
      dateText: nonEmpty(readText(header.time)),
    };
  }
  return null;
}

/** The next tweets after this one in the list, walking its cells (cheap even on a long page). */
function tweetsAfter(card: Element, limit: number): Element[] {
  const found: Element[] = [];
  let cell = card.closest(X.cell) ?? card;
  while (found.length < limit && cell.nextElementSibling) {
    cell = cell.nextElementSibling;
    const tweet = cell.matches(X.tweet[0]) ? cell : cell.querySelector(X.tweet[0]);
    if (tweet) found.push(tweet);
  }
  return found;
}
