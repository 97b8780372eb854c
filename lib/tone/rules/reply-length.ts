import { PLATFORM_POLICIES } from '../data/platform-policies';
import type { ToneRule } from '../types';

function utf8Bytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Offset of the first UTF-16 unit that no longer fits in `maxBytes` of UTF-8, or -1 when all fits. */
export function firstOffsetOver(text: string, maxBytes: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const isPair = code > 0xffff;
    bytes += utf8Bytes(code); // a lone surrogate is encoded as U+FFFD: 3 bytes, as utf8Bytes gives
    if (bytes > maxBytes) return i;
    if (isPair) i++;
  }
  return -1;
}

export const replyLength: ToneRule = {
  id: 'reply-length',
  category: 'platform',
  severity: 'error',
  description: 'Replies longer than the site accepts (Google: 4,096 UTF-8 bytes).',
  messages: {
    en: 'This reply is longer than the site accepts (accents and emoji count as several bytes); the highlighted end will not fit.',
    es: 'La respuesta supera lo que admite el sitio (tildes y emojis cuentan varios bytes); el final resaltado no cabe.',
    id: 'Balasan ini lebih panjang dari batas situs (aksen dan emoji dihitung beberapa byte); bagian akhir yang ditandai tidak muat.',
  },
  check(doc) {
    const maxBytes = doc.site ? PLATFORM_POLICIES[doc.site].maxBytes : null;
    if (maxBytes === null) return [];
    const over = firstOffsetOver(doc.text, maxBytes);
    return over < 0 ? [] : [{ start: over, end: doc.text.length }];
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for your review. We hope to see you again soon.', site: 'google' },
      { lang: 'en', text: 'Thank you! '.repeat(500), site: 'instagram' },
      { lang: 'es', text: 'Gracias por su reseña.', site: 'google' },
      { lang: 'id', text: 'Terima kasih atas ulasan Anda.', site: 'google' },
    ],
    invalid: [
      { lang: 'en', text: `Thank you. ${'a'.repeat(4090)}`, site: 'google' },
      { lang: 'es', text: `Gracias. ${'é'.repeat(2045)}`, site: 'google' },
      { lang: 'id', text: `Terima kasih. ${'\u{1f600}'.repeat(1025)}`, site: 'google' },
    ],
  },
};
