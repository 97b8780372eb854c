/** Absolute claims that one counter-example disproves: "this never happens", "100% guaranteed". */
import type { PhraseData } from '../text/phrases';

const CLAIM_VERBS_EN =
  '(?:had|have|has|received|receive|get|gets|got|make|makes|made|do|does|did|treat|treats|treated|ignore|ignores|ignored|charge|charges|charged|serve|serves|served|leave|leaves|left|fail|fails|failed|lose|loses|lost|allow|allows|allowed|overbook|overbooks|overbooked|cancel|cancels|cancelled|canceled|miss|misses|missed|say|says|said|refuse|refuses|refused|happen|happens|happened|been|lie|lies|lied|mistreat|mistreats|cut corners|skip|skips|skipped)';
const ALWAYS_VERBS_EN =
  '(?:clean|cleans|check|checks|inspect|inspects|deliver|delivers|respond|responds|answer|answers|serve|serves|get it right|do|does|make sure|provide|provides|ensure|ensures|follow|follows|double[- ]check|treat|treats|arrive|arrives|ship|ships|meet|meets|exceed|exceeds)';

export const FALSE_ABSOLUTE: PhraseData = {
  en: [
    "(?:this|that|it|such (?:a thing|things)|something like this|this kind of thing) (?:has |had )?(?:never|not once) (?:ever )?(?:happen(?:s|ed)?|occur(?:s|red)?|been (?:a problem|an issue|reported))",
    '(?:this|that|it) (?:would|could|will|can) never (?:happen|occur)',
    'never happened',
    `(?:we|our (?:\\w+ )?(?:staff|team|employees|chefs?|housekeeping|housekeepers|cleaners|drivers?|system|products?|rooms?|hotel|restaurant|waiters?|people)) (?:have |has |had |do |does |did |would |will |could )?(?:never|not once) ${CLAIM_VERBS_EN}`,
    '(?:no|not a single|not one) (?:one|guest|customer|client|other guest|other customer|person)s? (?:has|have|had) (?:ever )?(?:complained|reported|mentioned|had (?:a|this|any|such))',
    '(?:never|not once) (?:had|received|got) (?:a |any |one |such a |a single )?(?:complaint|problem|issue)',
    '(?:100|one hundred) ?(?:%|percent|per ?cent) (?:guaranteed|sure|certain|safe|clean|accurate|satisfaction|of the time)',
    '(?:we|i) (?:can )?(?:guarantee|promise) (?:{you} )?(?:that )?(?:this|it|that|there)(?: will)? (?:never|not|won\'?t)',
    '(?:fully|completely|absolutely|totally) guaranteed',
    "(?:it'?s|it is|it was|that'?s|that is|that was) (?:simply |absolutely |completely |totally )?impossible(?! for (?:us|me|our|the team)| to )",
    'impossible (?:that|for (?:this|that|it|our|the))',
    '(?:always|completely|perfectly|totally|100%|spotlessly) (?:spotless|perfect|flawless|immaculate)',
    `(?:we|our (?:\\w+ )?(?:staff|team|housekeeping|cleaners|drivers?|chefs?)) always ${ALWAYS_VERBS_EN}`,
    'every (?:single )?(?:room|guest|order|dish|item|product|time|table) (?:is|gets|was|are|has been) (?:\\w+ )?(?:checked|inspected|cleaned|perfect|tested|spotless)',
    'without (?:a single )?exception',
    '(?:all|every one of) our (?:guests|customers|clients) (?:love|loved|enjoy|enjoyed|are (?:happy|satisfied|delighted)|were (?:happy|satisfied|delighted))',
    '(?:everyone|everybody) (?:loves|enjoys|likes|is happy with)',
    "(?:there is|there'?s|there are|there were|we have) (?:absolutely )?(?:no|zero) (?:bed ?bugs|cockroaches|pests|insects|mou?ld)",
  ],
  es: [
    '(?:esto|eso|algo asi|algo parecido) (?:nunca|jamas) (?:ha (?:pasado|ocurrido|sucedido)|pasa|ocurre|sucede|habia (?:pasado|ocurrido|sucedido))',
    '(?:nunca|jamas) (?:ha |hemos |habiamos )?(?:pasado|ocurrido|sucedido|tenido (?:una |ninguna )?(?:queja|problema|reclamacion))',
    '(?:nunca|jamas) (?:nadie )?se (?:ha|habia) quejado',
    'nadie (?:nunca )?se (?:ha|habia) quejado',
    'ningun (?:otro )?(?:cliente|huesped) (?:se ha quejado|se habia quejado|ha tenido)',
    '(?:100|cien) ?(?:%|por ?ciento) (?:garantizad[oa]|segur[oa]|limpi[oa])',
    '(?<!(?:me|nos|le|te) )(?:es|resulta|seria|era) (?:totalmente |completamente |absolutamente )?imposible(?! (?:para nosotros|para mi))',
    'imposible que',
    '(?:siempre|todas las habitaciones) (?:estan|esta|son|es) (?:impecables?|perfectas?|perfectos?)',
    '(?:nosotros )?siempre (?:limpiamos|revisamos|comprobamos|entregamos|respondemos|cumplimos|atendemos|acertamos)',
    '(?:le |te )?garantizamos que (?:no|nunca|jamas|siempre)',
    'garantizad[oa] al (?:100|cien)',
    'sin (?:ninguna )?excepcion',
    'absolutamente (?:nadie|nada|todos|todas|nunca|siempre|ningun[oa]?)',
    'todos (?:nuestros|los) (?:clientes|huespedes) (?:estan|quedan|salen) (?:encantados|satisfechos|contentos)',
  ],
  id: [
    '(?:hal ini|ini|itu|kejadian (?:ini|seperti ini)|hal seperti ini) (?:tidak pernah|belum pernah|tak pernah) (?:terjadi|ada)',
    '(?:tidak|tak) pernah terjadi',
    '(?:kami|staf kami|karyawan kami|pegawai kami) (?:tidak pernah|tak pernah) (?:melakukan|mengabaikan|menolak|membuat|salah|terlambat|menerima keluhan|mendapat keluhan|lalai)',
    'kami selalu (?:membersihkan|memeriksa|mengecek|mengirim|tepat waktu)',
    'tidak ada (?:satu pun )?(?:tamu|pelanggan) (?:yang )?(?:pernah )?(?:mengeluh|komplain)',
    '(?:100|seratus) ?(?:%|persen) (?:dijamin|aman|bersih|pasti|asli)',
    'dijamin (?:100|seratus) ?(?:%|persen)',
    'mustahil',
    'tanpa (?:terkecuali|kecuali)',
    'semua (?:tamu|pelanggan) (?:kami )?(?:puas|senang)',
  ],
};
