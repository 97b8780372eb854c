/** Accusing the reviewer of a fake or paid review, of lying or of blackmail. */
import type { PhraseData } from '../text/phrases';

export const FAKE_REVIEW_ACCUSATION: PhraseData = {
  en: [
    'fake (?:reviews?|accounts?|profiles?|guests?|customers?|complaints?|news)',
    '(?:false|fraudulent|bogus|made[- ]up|fabricated|malicious) (?:reviews?|complaints?|claims?|accusations?)',
    '(?:paid|hired|sent|written) by (?:a |our |one of our |the )?(?:competitors?|competition|rivals?)',
    '(?:work|works|working) for (?:a |our |the )?(?:competitor|competition|rival)',
    "{youre} (?:a |an )?(?:liar|troll|bot|fraud|scammer|not a real (?:guest|customer))",
    '{you} (?:are |were )?(?:lying|lie|lied)',
    "{you} (?:never|didn'?t|did not) (?:actually |even )?(?:stay|stayed|eat|ate|dine|dined|visit|visited|order|ordered|buy|bought|come|came) (?:with|at|here|to|from)",
    '{youre} (?:a |just a |an obvious )?(?:troll|sock ?puppet)',
    'trolling',
    'sock ?puppet (?:account|review)s?',
    'blackmail(?:ing|ed)?',
    'extort(?:ion|ing)?',
    '(?:trying|tried|attempting|attempt) to (?:get|obtain|extort|blackmail) (?:a |us |)?(?:free|refund|discount|compensation|something for nothing)',
    '(?:scam|scammer|fraudster)s?',
  ],
  es: [
    '(?:resena|opinion|comentario|valoracion|critica|queja)s? (?:falsa|falso|falsas|falsos|inventada|inventado|inventadas|fraudulenta|fraudulentas)',
    '(?:pagad[oa]|enviad[oa]|escrit[oa]) por la competencia',
    '(?:trabaja|trabajas) para la competencia',
    '(?:usted |tu )?(?:miente|mientes|ha mentido|has mentido|esta mintiendo|estas mintiendo)',
    "(?:usted |tu )?nunca (?:se alojo|te alojaste|estuvo|estuviste|vino|viniste|ceno|cenaste|compro|compraste) (?:aqui|con nosotros|en nuestro)",
    'chantajes?',
    'extorsion',
    'trolls?',
  ],
  id: [
    '(?:ulasan|review|komentar|testimoni|keluhan) (?:palsu|bohong|fiktif|bayaran)',
    '(?:dibayar|suruhan|kiriman) (?:oleh )?(?:pesaing|kompetitor|saingan)',
    '{anda} (?:berbohong|bohong|pembohong|penipu)',
    '(?:tidak pernah|belum pernah) (?:menginap|makan|datang|membeli|belanja) (?:di )?(?:sini|tempat kami|hotel kami|toko kami)',
    'pemerasan',
    'memeras',
    'akun (?:palsu|bodong)',
    'buzzer',
  ],
};
