import type { LogEntry } from '../../lib/db/log-entry';
import { SITE_IDS } from '../../lib/sites/site-ids';

const COMMENTS = [
  'The bathroom had hair in the sink and nobody came to clean it. 😡',
  'La habitación estaba sucia y el personal fue muy antipático. ¡Nunca más!',
  'Pelayanan lambat bgt, makanan dingin, gak recommended 👎',
  'Great location, but the "quiet room" was above the bar, 2am noise, again.',
  'Amazing staff, spotless room 🌟🌟🌟 we will be back',
  'Tidak buruk, tapi AC-nya berisik sepanjang malam.',
  'Cobro doble en la tarjeta, 3 correos sin respuesta, =SUM(A1:A3)',
  'Order #12345 arrived broken; +1 to everyone saying the packaging is poor',
];
const REPLIES = [
  'Thank you for telling us. We are sorry the room was not clean when you arrived.',
  'Gracias por contárnoslo. Sentimos que la habitación no estuviera limpia.',
  'Terima kasih atas masukannya. Kami mohon maaf atas pelayanan yang lambat.',
  '',
];
const AUTHORS = ['Maria G', 'Kofi A', 'Budi S.', 'Lucía M', null, '@hotel_fan', 'Zoë "Z" O\'Neil'];

/** Deterministic, realistic log entries in all three languages, with emoji and awkward characters. */
export function makeLogEntries(count: number, start = Date.UTC(2026, 0, 1)): LogEntry[] {
  return Array.from({ length: count }, (_, i): LogEntry => {
    const site = SITE_IDS[i % SITE_IDS.length]!;
    const skipped = i % 9 === 0;
    const detectedAt = start + i * 60_000;
    return {
      key: `${site}:${1_000_000 + i}`,
      site,
      commentId: String(1_000_000 + i),
      pageUrl: `https://www.example.com/${site}/reviews?page=${i % 50}`,
      permalink: i % 3 === 0 ? null : `https://www.example.com/${site}/r/${i}`,
      author: AUTHORS[i % AUTHORS.length]!,
      rating: i % 4 === 0 ? null : (i % 5) + 1,
      commentText: `${COMMENTS[i % COMMENTS.length]} (#${i})`,
      commentDate: i % 2 ? 'Nov 2025' : null,
      detectedAt,
      handledAt: detectedAt + ((i * 7919) % 86_400_000),
      replyText: skipped ? '' : REPLIES[i % (REPLIES.length - 1)]!,
      handler: ['Ana', 'Budi', 'Carmen'][i % 3]!,
      outcome: skipped ? 'skipped' : 'replied',
      skipReason: skipped ? 'Spam or not a customer' : null,
      analysis: i % 5 === 0 ? null : { label: i % 2 ? 'negative' : 'mixed', score: -0.5, lang: ['en', 'es', 'id'][i % 3]!, topics: ['cleanliness', 'noise'].slice(0, i % 3), severity: i % 5 },
      toneFindings: i % 4 === 0 ? [{ ruleId: 'chulesco.obviously', severity: 'warning', text: 'obviously', resolved: i % 8 === 0 }] : [],
    };
  });
}
