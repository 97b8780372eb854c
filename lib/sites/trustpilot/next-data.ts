/**
 * Reviews from the page's `script#__NEXT_DATA__` (props.pageProps.reviews[]): the most complete source
 * of text on Trustpilot, including the part the "See more" layout hides. Next.js does not rewrite this
 * script on client-side navigation, so callers must check an entry against the card they read.
 */
export interface NextDataReview {
  id: string;
  text: string | null;
  title: string | null;
  rating: number | null;
  reply: { text: string; dateText: string | null } | null;
}

const cache = new WeakMap<Element, { source: string; reviews: Map<string, NextDataReview> }>();

/** The review with this id in the page's __NEXT_DATA__, parsed once per script content. */
export function nextDataReview(script: Element | null, id: string): NextDataReview | null {
  if (!script) return null;
  const source = script.textContent ?? '';
  let entry = cache.get(script);
  if (!entry || entry.source !== source) {
    entry = { source, reviews: parseReviews(source) };
    cache.set(script, entry);
  }
  return entry.reviews.get(id) ?? null;
}

/** How many reviews __NEXT_DATA__ lists for this page; null when it has no review list at all. */
export function nextDataReviewCount(script: Element | null): number | null {
  const list = pageProps(safeParse(script?.textContent ?? ''))?.reviews;
  return Array.isArray(list) ? list.length : null;
}

function parseReviews(source: string): Map<string, NextDataReview> {
  const reviews = new Map<string, NextDataReview>();
  const list = pageProps(safeParse(source))?.reviews;
  if (!Array.isArray(list)) return reviews;
  for (const raw of list) {
    if (!isRecord(raw) || typeof raw.id !== 'string') continue;
    const reply = isRecord(raw.reply) ? raw.reply : null;
    const replyText = reply ? str(reply.message) ?? str(reply.text) : null;
    reviews.set(raw.id, {
      id: raw.id,
      text: str(raw.text),
      title: str(raw.title),
      rating: typeof raw.rating === 'number' ? raw.rating : null,
      reply: replyText ? { text: replyText, dateText: str(reply?.publishedDate) } : null,
    });
  }
  return reviews;
}

function pageProps(data: unknown): Record<string, unknown> | null {
  if (!isRecord(data) || !isRecord(data.props) || !isRecord(data.props.pageProps)) return null;
  return data.props.pageProps;
}

function safeParse(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
