/**
 * Amazon has no public seller reply on reviews, so no reply box exists on these pages
 * (site-dom-reference.md §6): the side panel reports that no reply box was found.
 */
export async function findAmazonReplyEditor(_card: Element): Promise<HTMLElement | null> {
  return null;
}
