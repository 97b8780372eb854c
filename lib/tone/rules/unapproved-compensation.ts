import type { Lang } from '../../lang';
import { COMPENSATION, COMPENSATION_KINDS, type CompensationKind } from '../data/compensation';
import { compilePhrases, entryOf, type PhraseEntry, type PhraseMatcher } from '../text/phrases';
import type { RawFinding, ToneRule } from '../types';

type KindEntry = PhraseEntry & { kind: CompensationKind };

/** One matcher per language over every kind: one pass over the draft, then the kind of each match. */
const matchers = new Map<Lang, PhraseMatcher>();
function matcherFor(lang: Lang): PhraseMatcher {
  let matcher = matchers.get(lang);
  if (!matcher) {
    const entries: KindEntry[] = COMPENSATION_KINDS.flatMap((kind) => COMPENSATION[kind][lang].map((item) => ({ ...entryOf(item), kind })));
    matcher = compilePhrases(entries);
    matchers.set(lang, matcher);
  }
  return matcher;
}

/** A promise the business has not allowed (settings.allowedCompensation) may be one it cannot keep. */
export const unapprovedCompensation: ToneRule = {
  id: 'unapproved-compensation',
  category: 'dishonest',
  severity: 'warning',
  description: 'Promises of refunds, vouchers, discounts or free items the business has not allowed in the settings.',
  messages: {
    en: 'This promises compensation your business has not allowed in the settings; a promise not kept does more harm than none.',
    es: 'Esto promete una compensación que su negocio no ha permitido en los ajustes; una promesa incumplida hace más daño que ninguna.',
    id: 'Ini menjanjikan kompensasi yang belum diizinkan di pengaturan; janji yang tidak ditepati lebih merugikan.',
  },
  check(doc) {
    const allowed = new Set(doc.settings.allowedCompensation);
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      for (const m of matcherFor(lang).find(doc.folded)) {
        if (!allowed.has((m.entry as KindEntry).kind)) findings.push({ start: m.start, end: m.end });
      }
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'We are sorry your refund is taking longer than expected; please write to us so we can check it.' },
      { lang: 'en', text: 'We will refund you in full.', settings: { allowedCompensation: ['refund'] } },
      { lang: 'es', text: 'Lamentamos el retraso de su reembolso; escríbanos para revisarlo.' },
      { lang: 'id', text: 'Mohon maaf pengembalian dana Anda terlambat; silakan hubungi kami agar dapat kami periksa.' },
    ],
    invalid: [
      { lang: 'en', text: 'We will refund you in full.', expect: 'We will refund you' },
      { lang: 'en', text: 'We would like to offer you a voucher for your next stay.', expect: 'offer you a voucher' },
      { lang: 'en', text: 'Your next stay is on us.', expect: 'Your next stay is on us' },
      { lang: 'es', text: 'Le devolveremos el importe íntegro.', expect: 'Le devolveremos' },
      { lang: 'es', text: 'Le ofrecemos un descuento en su próxima visita.', expect: 'Le ofrecemos un descuento' },
      { lang: 'id', text: 'Kami akan memberikan voucher menginap.', expect: 'Kami akan memberikan voucher' },
    ],
  },
};
