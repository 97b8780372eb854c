/**
 * Promises of compensation, per kind. A promise the business has not allowed (settings.allowedCompensation)
 * may not be kept, and on some platforms it looks like buying a better review.
 */
import type { PhraseData } from '../text/phrases';

export const COMPENSATION_KINDS = ['refund', 'voucher', 'discount', 'free-item', 'upgrade', 'compensation'] as const;
export type CompensationKind = (typeof COMPENSATION_KINDS)[number];

const WE_WILL_EN = "(?:we(?:'ll| will| would| shall| can| could|'d| are (?:happy|glad|pleased|able|going) to| want to| would like to)|let us|happy to|glad to|pleased to|i(?:'ll| will| can))";
const GIVE_EN = '(?:offer|give|send|issue|provide|grant|arrange|owe)(?: {you})?(?: with)?';
const YOU_GET_EN = "(?:you(?:'ll| will)|you are going to) (?:\\w+ )?(?:get|receive|be (?:given|offered|getting|sent))";
const DET_EN = '(?:(?:a|an|your|the|full|partial|complete|100%|some|small|special|generous|\\d+ ?%) )*';
const GIVE_ES = '(?:(?:le|te) )?(?:ofrecemos|ofreceremos|daremos|enviaremos|regalaremos|obsequiaremos|aplicaremos|haremos|tramitaremos|(?:vamos a|podemos|queremos|nos gustaria|con gusto) (?:ofrecer|dar|enviar|regalar|aplicar|hacer|tramitar)(?:le|te)?)';
const YOU_GET_ES = '(?:recibira|recibiras|tendra|tendras|obtendra|obtendras)';
const DET_ES = '(?:(?:un|una|el|la|su|tu|\\d+ ?% de) )*';
const GIVE_ID = '(?:(?:kami )?(?:akan |bisa |dapat |siap )?(?:memberikan|berikan|kirimkan|mengirimkan|memberi|kasih))';
const YOU_GET_ID = '(?:(?:anda|kakak|kak) (?:akan )?(?:mendapat|mendapatkan|menerima|dapat))';

export const COMPENSATION: Record<CompensationKind, PhraseData> = {
  refund: {
    en: [
      `${WE_WILL_EN} (?:\\w+ )?(?:refund|reimburse|repay)(?: {you}| your| the| it| in full)?`,
      `${GIVE_EN} ${DET_EN}(?:refund|reimbursement|money back)`,
      `${YOU_GET_EN} ${DET_EN}(?:refund|reimbursement|money back)`,
      '(?:full|complete) refund',
    ],
    es: [
      '(?:(?:le|te) )?(?:devolveremos|reembolsaremos|reintegraremos)',
      '(?:vamos a|podemos|queremos|nos gustaria|estaremos encantados de|con gusto) (?:le |te )?(?:devolver|reembolsar|reintegrar)(?:le|te)?',
      `${GIVE_ES} ${DET_ES}(?:reembolso|devolucion)`,
      `${YOU_GET_ES} ${DET_ES}(?:reembolso|devolucion)`,
      '(?:reembolso|devolucion) (?:total|completo|completa|integra|integro)',
    ],
    id: [
      '(?:kami )?(?:akan|bisa|dapat|siap) (?:mengembalikan|kembalikan|me-refund|refund|merefund) (?:dana|uang)',
      '(?:pengembalian|kembalikan) (?:dana|uang) (?:penuh|100%?)',
      `${YOU_GET_ID} (?:pengembalian dana|refund|uang kembali)`,
    ],
  },
  voucher: {
    en: [
      `${GIVE_EN} ${DET_EN}(?:vouchers?|gift cards?|coupons?|credit notes?|store credit|gift|gifts)`,
      `${YOU_GET_EN} ${DET_EN}(?:vouchers?|gift cards?|coupons?|credit notes?|store credit|gift)`,
    ],
    es: [
      `${GIVE_ES} ${DET_ES}(?:vale|cupon|bono|tarjeta regalo|credito|regalo|obsequio)`,
      `${YOU_GET_ES} ${DET_ES}(?:vale|cupon|bono|tarjeta regalo|regalo|obsequio)`,
    ],
    id: [
      `${GIVE_ID} (?:sebuah )?(?:voucher|kupon|hadiah|saldo|poin)`,
      `${YOU_GET_ID} (?:sebuah )?(?:voucher|kupon|hadiah|saldo|poin)`,
    ],
  },
  discount: {
    en: [
      `${GIVE_EN} ${DET_EN}(?:discount|reduction|price reduction|rebate)`,
      `${YOU_GET_EN} ${DET_EN}(?:discount|reduction|rebate)`,
      '\\d+ ?(?:%|percent) off (?:your|the) next',
      'discount (?:on|for) {your} next',
    ],
    es: [
      `${GIVE_ES} ${DET_ES}(?:descuento|rebaja)`,
      `${YOU_GET_ES} ${DET_ES}(?:descuento|rebaja)`,
      'descuento (?:en|para) (?:su|tu) (?:proxima|siguiente)',
    ],
    id: [
      `${GIVE_ID} (?:potongan harga|diskon|potongan)`,
      `${YOU_GET_ID} (?:potongan harga|diskon|potongan)`,
      'diskon \\d+ ?% (?:untuk )?(?:kunjungan|pembelian|menginap|pesanan) berikutnya',
    ],
  },
  'free-item': {
    en: [
      '(?:free|complimentary) (?:night|nights|stay|meal|meals|dinner|drink|drinks|dessert|room|treatment|massage|replacement|cocktail|bottle|round)',
      'on the house',
      '(?:stay|dine|eat|drink) (?:with us )?(?:for free|free of charge|on us)',
      '(?:next|your next) (?:stay|meal|visit|drink|round|order) (?:is|will be) on us',
    ],
    es: [
      '(?:noche|noches|estancia|cena|comida|bebida|bebidas|postre|habitacion|masaje|copa|botella)s? (?:gratis|gratuita|gratuito|gratuitas|gratuitos|de cortesia|por cuenta de la casa)',
      '(?:invita|invitamos|invitaremos) la casa',
      '(?:por cuenta|corre a cargo) de la casa',
      '(?:le |te )?invitaremos a',
    ],
    id: [
      '(?:menginap|makan|minum|malam|kamar|makan malam|pengiriman|ongkir) (?:secara )?(?:gratis|cuma-cuma|tanpa biaya)',
      'gratis ongkir',
      '(?:kami )?(?:akan )?(?:traktir|gratiskan)',
    ],
  },
  upgrade: {
    en: [
      `${GIVE_EN} ${DET_EN}(?:free |complimentary )?(?:room )?upgrade`,
      `${WE_WILL_EN} (?:\\w+ )?upgrade {you}`,
      `${YOU_GET_EN} ${DET_EN}(?:free |complimentary )?(?:room )?upgrade`,
    ],
    es: [
      `${GIVE_ES} ${DET_ES}(?:mejora|upgrade|ascenso)(?: de (?:habitacion|categoria))?`,
      `${YOU_GET_ES} ${DET_ES}(?:mejora|upgrade|ascenso) de (?:habitacion|categoria)`,
    ],
    id: [
      `${GIVE_ID} (?:upgrade|peningkatan) kamar`,
      'upgrade kamar (?:gratis|secara gratis|cuma-cuma)',
    ],
  },
  compensation: {
    en: [
      `${GIVE_EN} (?:\\w+ )?(?:compensation|a goodwill gesture|a gesture of goodwill)`,
      `${WE_WILL_EN} (?:\\w+ )?compensate`,
      `${YOU_GET_EN} (?:\\w+ )?(?:compensation|compensated)`,
    ],
    es: [
      '(?:(?:le|te) )?(?:compensaremos|indemnizaremos)',
      `${GIVE_ES} ${DET_ES}(?:compensacion|indemnizacion)`,
      `${YOU_GET_ES} ${DET_ES}(?:compensacion|indemnizacion)`,
    ],
    id: [
      `${GIVE_ID} (?:kompensasi|ganti rugi)`,
      `${YOU_GET_ID} (?:kompensasi|ganti rugi)`,
      '(?:kami )?akan (?:mengganti rugi|memberi ganti rugi)',
    ],
  },
};
