/**
 * The public Yelp business page has no reply box: owners answer in Yelp for Business
 * (biz.yelp.com), whose editor no source documents (site-dom-reference.md §3, §15). So there is
 * nothing to fill here: the side panel reports that no reply box was found.
 */
export async function findYelpReplyEditor(_card: Element): Promise<HTMLElement | null> {
  return null;
}
