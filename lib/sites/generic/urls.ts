/**
 * The generic adapter runs only on sites the user enabled it for (registered at run time with an
 * optional host permission), so its URL test accepts any web page. It has no match patterns: the
 * extension asks for no host permission on its behalf at install time.
 */
export const GENERIC_MATCHES: string[] = [];

export function isGenericReviewUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

export const GENERIC_URL_EXAMPLES = {
  accepts: ['https://shop.example/repair/reviews', 'http://tienda.example/producto/cafetera-italiana?pagina=2', 'https://blog.example.co.id/ulasan/kopi'],
  rejects: ['file:///home/user/reviews.html', 'chrome://extensions/', 'ftp://files.example/reviews.html', 'data:text/html,<p>review</p>'],
};
