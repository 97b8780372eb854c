/**
 * Google review surfaces, most robust anchors first (data-review-id, jsname, ARIA, then Closure
 * classes). Source: shared/docs/site-dom-reference.md §1 (Maps place panel) and §1b (Business
 * Profile owner surfaces). The classes have been stable since 2023 but jsname and data-review-id
 * are the safer anchors.
 */
export const GOOGLE = {
  /** Maps puts data-review-id on the card and again on inner nodes: only the outermost counts. */
  reviewId: '[data-review-id]',
  /** Search merchant panel: the id sits on an empty action bar inside the review's <article>. */
  panelCard: 'article',
  /** Google Search's public reviews modal (#lrd=…): cards carry data-id, not data-review-id. */
  searchCard: '.bwb7ce[data-id]',
  author: ['div.d4r55', '.N0c6q.JhRJje', '.N0c6q', '.Vpc5Fe', 'a[href*="/maps/contrib/"]'],
  rating: [
    'span.kvMYJc[role="img"][aria-label]',
    '.DYizzd[role="img"][aria-label]',
    '.dHX2k[aria-label]',
    '[role="img"][aria-label*="star" i]',
    '[role="img"][aria-label*="stern" i]',
    '[role="img"][aria-label*="estrella" i]',
    '[role="img"][aria-label*="bintang" i]',
    '[role="img"][aria-label^="Rated" i]',
  ],
  /** Hotel layout: "4/5" as text. */
  hotelRating: 'span.fzvQIb',
  /** Merchant panel: five star ligatures, the filled ones carry lMAmUc. */
  starIcon: 'i.google-symbols',
  filledStar: 'lMAmUc',
  date: ['span.rsqaWe', 'span.xRkPPb', '.y3Ibjb'],
  text: ['span.wiI7pd', 'span[jsname="bN97Pc"]', 'span[jsname="fbQN7e"]', '.gyKkFe.JhRJje', '.gyKkFe', '.OA1nbd'],
  /** Merchant panel text is the direct text node of one of these; siblings hold "View full review" etc. */
  panelText: { expanded: 'div[jsname="PBWx0c"]', collapsed: 'div[jsname="lvvS4b"]' },
  /** "More" on Maps and in the Search modal (a link inside the text there): expands the text in place. */
  moreButton: ['button.w8nwRe[aria-expanded="false"]', 'button[jsaction*="expandReview"][aria-expanded="false"]', 'a.MtCSLb'],
  /** Owner response: Maps (CDe7pd) and the Search modal (PdaDLc). */
  ownerReply: 'div.CDe7pd, .PdaDLc',
  ownerReplyHeader: 'span.nM6d2c',
  ownerReplyAuthor: '.PhaUTe',
  ownerReplyDate: 'span.DZSIDd, .GSM50',
  ownerReplyText: '.wiI7pd, .KmCjbd',
  commentArea: ['div[role="main"] div.m6QErb.DxyBCb', 'button[jsname="rhPddf"]', 'article.VaHEVc', '.bwb7ce'],
  /** Business Profile reply controls. */
  replyButton: 'button[jsname="rhPddf"]',
  replyEditor: 'textarea[jsname="YPqjbf"]',
  /** The reviewer's name inside the single-review reply iframe (/customers/reviews/reply). */
  replyFrameReviewer: '.N0c6q.JhRJje',
} as const;

/** "Response from the owner" in the UI languages we expect; Google gives the block no attribute. */
const OWNER_REPLY_PHRASES = [
  'Response from the owner',
  'Antwort des Inhabers',
  'Respuesta del propietario',
  'Tanggapan dari pemilik',
  'Réponse du propriétaire',
  'Risposta del proprietario',
  'Resposta do proprietário',
];
export const OWNER_REPLY_HEADER = new RegExp(`^(${OWNER_REPLY_PHRASES.join('|')})\\b`, 'i');
/** The same words anywhere in a card's text: a cheap test before looking for the header line. */
export const OWNER_REPLY_WORDS = new RegExp(OWNER_REPLY_PHRASES.join('|'), 'i');
/** Machine-translation labels Maps puts before the translated text, and the one before the original. */
export const TRANSLATED_LABEL = /^\((Translated by Google|Übersetzt von Google|Traducido por Google|Diterjemahkan oleh Google|Traduit par Google)\)\s*/i;
export const ORIGINAL_LABEL = /\s*\((Original|Asli)\)[\s\S]*$/i;
/** The owner's "Reply" control; its textContent is "replyReply" (icon ligature + label). */
export const REPLY_LABEL = /^(Reply|Antworten|Responder|Balas|Répondre|Rispondi)$/i;
export const CANCEL_LABEL = /^(Cancel|Abbrechen|Cancelar|Batal|Annuler|Annulla)$/i;
