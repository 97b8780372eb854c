/** Blaming the customer or a third party: it tells the reader the business will not own the problem. */
import type { PhraseData } from '../text/phrases';

const SHOULD_HAVE_VERBS_EN =
  '(?:told|asked|informed|contacted|called|read|checked|booked|noticed|mentioned|come|spoken|said|let us|reported|raised|known|realised|realized|looked|paid|cancelled|canceled|arrived|followed|brought|complained|notified|requested|done|taken)';

export const BLAME: PhraseData = {
  en: [
    { pattern: "(?:it|this|that)(?:'s| is| was) (?:not|never|n't) (?:our|the hotel'?s|the restaurant'?s|the staff'?s|my|the company'?s) fault", replace: ['we are sorry this happened'] },
    "(?:it|this|that) (?:isn'?t|wasn'?t) (?:our|my|the hotel'?s|the staff'?s) fault",
    { pattern: 'not our fault', replace: ['something we want to put right'] },
    '{your} (?:own )?fault',
    `{you} (?:should|shoulda|should'?ve|ought to|could)(?: have)? (?:\\w+ )?${SHOULD_HAVE_VERBS_EN}`,
    '{you} (?:failed|neglected|forgot|omitted) to',
    "{you} (?:never|didn'?t|did not) (?:tell|inform|ask|mention|report|complain|contact|say|let|bother)",
    '(?:as|which|that) {you} (?:agreed|accepted|signed)',
    '{you} (?:agreed|accepted|signed)(?: to)? (?:the|our) (?:terms|policy|policies|conditions|rules)',
    '(?:per|according to|as (?:stated|outlined|explained|clearly stated|set out) in|in line with) our (?:\\w+ )?(?:policy|policies|terms|conditions|t&cs?|rules)',
    "{you} (?:were|was|had been|have been) (?:clearly |duly |already |repeatedly )?(?:told|informed|warned|advised|notified)",
    '{youre} (?:very |extremely |quite |so )?(?:rude|aggressive|abusive|drunk|loud|difficult|demanding|late|impolite|disrespectful|unreasonable)',
    '(?:the )?(?:fault|responsibility|blame) (?:lies|lay|rests|rested) (?:entirely )?with',
    "(?:it|this|that)(?:'s| is| was) the (?:responsibility|fault) of (?:the|your)",
    '(?:caused|created|made) by (?:you|your|the guest|another guest|other guests|the customer)',
    "(?:due to|because of) {your} (?:own )?(?:late|lateness|actions|behaviou?r|mistake|error|failure|negligence|carelessness)",
    '{your} (?:own )?(?:mistake|error|carelessness|negligence)',
    '(?:the|our) (?:booking (?:site|platform|agent)|third[- ]party|courier|supplier|contractor|agency|travel agent|delivery (?:company|partner)|manufacturer|previous (?:owner|management)) (?:is|was|are|were) (?:responsible|to blame|at fault)',
    '(?:blame|fault of) (?:the )?(?:courier|supplier|agency|weather|other guests|booking site|delivery company)',
    '(?:other|another|the previous) guests? (?:caused|was responsible|were responsible|is to blame|are to blame)',
  ],
  es: [
    { pattern: 'no (?:es|fue|ha sido) (?:culpa|responsabilidad) (?:nuestra|mia|del hotel|del restaurante|del personal)', replace: ['lamentamos lo ocurrido'] },
    '(?:la )?culpa (?:es|fue) (?:suya|tuya|de usted|del cliente|del huesped)',
    '(?:por )?su (?:propia )?culpa',
    '(?:usted|tu|ud) (?:debio|debia|deberia haber|debiste|deberias haber|tendria que haber|tenia que haber|tendrias que haber) (?:nos )?(?:avisar|avisado|decir|dicho|informar|informado|leer|leido|llamar|llamado|contactar|contactado|reservar|reservado|comprobar|comprobado|revisar|revisado|pedir|pedido|preguntar|preguntado|reclamar|reclamado|llegar|llegado|saber|sabido)',
    '(?:usted|ud|tu) no (?:nos )?(?:dijo|avisaste|aviso|informo|informaste|comunico|pidio|reclamo|menciono|contacto)',
    '(?:segun|como (?:indica|indican|establece|establecen|dice|dicen|consta en)|conforme a) (?:nuestra|nuestras) (?:politica|politicas|normas|condiciones)',
    'que (?:usted|ud|tu) (?:acepto|aceptaste|firmo|firmaste|leyo)',
    '(?:usted|ud|tu) (?:acepto|aceptaste|firmo|firmaste) (?:las|nuestras) (?:condiciones|normas|politicas)',
    'se le (?:informo|aviso|advirtio|dijo|explico)',
    '(?:usted|ud|tu) (?:fue|estaba|era|estabas|eras) (?:muy |bastante |demasiado )?(?:grosero|grosera|maleducado|maleducada|agresivo|agresiva|borracho|borracha|ebrio|ebria|exigente|impuntual)',
    '(?:por|debido a) su (?:propio )?(?:error|retraso|comportamiento|conducta|descuido|negligencia)',
    'su (?:propio )?(?:error|descuido)',
    '(?:responsabilidad|culpa) (?:de la|del) (?:agencia|mensajeria|proveedor|plataforma|transportista|empresa de reparto|repartidor)',
  ],
  id: [
    { pattern: 'bukan (?:salah|kesalahan|tanggung jawab) kami', replace: ['kami mohon maaf atas kejadian ini'] },
    '(?:itu )?(?:salah|kesalahan) {anda}(?: sendiri)?',
    '(?:(?:seharusnya|harusnya|mestinya|semestinya) {anda}|{anda} (?:seharusnya|harusnya|mestinya|semestinya)) (?:memberi tahu|memberitahu|bilang|membaca|baca|menghubungi|melapor|datang|memesan|mengecek|memeriksa|tahu|paham|bertanya)',
    '{anda} (?:tidak|tak|nggak|gak) (?:memberi tahu|memberitahu|bilang|mengatakan|melapor|komplain|mengeluh)',
    '(?:sesuai|berdasarkan|menurut) (?:dengan )?(?:kebijakan|aturan|syarat|ketentuan) (?:kami )?yang (?:sudah|telah) {anda} (?:setujui|baca|terima)',
    '{anda} (?:sudah|telah) (?:diberi tahu|diberitahu|diinformasikan|diperingatkan)',
    '{anda} (?:sangat|terlalu|bersikap|sudah|memang) (?:kasar|mabuk|telat|terlambat|tidak sopan)',
    '{anda} (?:datang|tiba) (?:terlambat|telat)',
    '(?:karena|akibat) (?:kesalahan|kelalaian|keterlambatan|kecerobohan) {anda}',
    'tanggung jawab (?:kurir|ekspedisi|pihak ketiga|agen)',
    'salah (?:kurir|ekspedisi|agen)',
  ],
};
