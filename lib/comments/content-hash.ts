/**
 * A short, stable id for a comment the site gave no id to: cyrb53 over the normalised author and text.
 * Not cryptographic; it only has to stay the same across page loads and differ between comments.
 */
export function contentHash(...parts: (string | null | undefined)[]): string {
  const input = parts.map((part) => (part ?? '').replace(/\s+/g, ' ').trim()).join('\u241f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 'h' + (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
