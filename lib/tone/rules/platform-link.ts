import { PLATFORM_POLICIES } from '../data/platform-policies';
import type { RawFinding, ToneRule } from '../types';

const URL = /(?<![@\p{L}\p{N}.])(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|es|id|info|biz|me|ly|app|shop|store|travel|hotel|link)(?:\.[a-z]{2})?(?:\/[^\s<>"]*)?)(?![\p{L}\p{N}@])/gu;
/** Platform names written as domains are names, not links. */
const PLATFORM_NAMES = new Set(['booking.com', 'hotels.com', 'amazon.com', 'tripadvisor.com', 'trustpilot.com', 'yelp.com', 'expedia.com', 'agoda.com', 'tokopedia.com', 'traveloka.com']);
const TRAILING_PUNCTUATION = /[.,;:!?)]+$/;

/** "habitación.Es un placer" is a missing space, not a Spanish domain: bare domains are written in lower case. */
function isTypedSentenceJoin(original: string): boolean {
  if (/^(?:https?:\/\/|www\.)/i.test(original)) return false;
  const host = original.split('/')[0]!;
  return /\p{Lu}/u.test(host.slice(host.lastIndexOf('.') + 1));
}

export const platformLink: ToneRule = {
  id: 'platform-link',
  category: 'platform',
  severity: 'warning',
  description: 'Links in a reply on a site that forbids or discourages them.',
  messages: {
    en: 'Links in a review reply break this site\'s rules and read as advertising.',
    es: 'Los enlaces en una respuesta incumplen las normas de este sitio y parecen publicidad.',
    id: 'Tautan dalam balasan ulasan melanggar aturan situs ini dan terkesan beriklan.',
  },
  check(doc) {
    const severity = doc.site ? PLATFORM_POLICIES[doc.site].links : null;
    if (!severity) return [];
    const findings: RawFinding[] = [];
    URL.lastIndex = 0;
    for (let m = URL.exec(doc.folded); m !== null; m = URL.exec(doc.folded)) {
      const link = m[0].replace(TRAILING_PUNCTUATION, '');
      if (PLATFORM_NAMES.has(link.replace(/^www\./, '')) || isTypedSentenceJoin(doc.text.slice(m.index, m.index + link.length))) continue;
      findings.push({ start: m.index, end: m.index + link.length, severity, replacements: [''] });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for booking with us through Booking.com.', site: 'booking' },
      { lang: 'en', text: 'Visit www.example.com for our menu.', site: 'instagram' },
      { lang: 'es', text: 'Gracias por reservar con nosotros.', site: 'tripadvisor' },
      { lang: 'es', text: 'Sentimos lo de la habitación.Es un placer ayudarle.', site: 'booking' },
      { lang: 'id', text: 'Terima kasih telah memesan melalui Traveloka.com.', site: 'google' },
    ],
    invalid: [
      { lang: 'en', text: 'See our policy at https://example.com/policy.', site: 'tripadvisor', expect: 'https://example.com/policy' },
      { lang: 'en', text: 'Our menu is on www.example.com today.', site: 'google', expect: 'www.example.com' },
      { lang: 'es', text: 'Más información en hotelsol.es.', site: 'booking', expect: 'hotelsol.es' },
      { lang: 'id', text: 'Info lengkap di hotelkami.co.id ya.', site: 'tripadvisor', expect: 'hotelkami.co.id' },
    ],
  },
};
