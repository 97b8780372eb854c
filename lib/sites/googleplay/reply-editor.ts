/**
 * The public Play page has no reply box: developers answer in the Play Console, whose reply UI no
 * source documents (site-dom-reference.md §7, §15). The side panel reports that no box was found.
 */
export async function findGooglePlayReplyEditor(_card: Element): Promise<HTMLElement | null> {
  return null;
}
