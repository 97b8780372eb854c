/**
 * The variables a template body may use, what the user sees when one is not filled, and how raw values
 * (a reviewer's display name, a brand's contact channel) are checked before they go into a public reply.
 */
import type { Lang } from '../lang';
import type { TopicId } from '../topics';

export const TEMPLATE_VARIABLES = [
  'name', // the reviewer's first name; always optional
  'brand', // business name
  'signature', // the person signing
  'role', // that person's role
  'topic', // the topic, in the reviewer's words when known
  'contact', // a private channel, as a noun phrase ("a direct message to this account")
  'action', // what the business will do, as full sentences: only ever typed or chosen by the user
  'fix', // follow-ups: what the business changed, as full sentences; only ever typed by the user
  'what_happened', // holding statements: the facts, as a full sentence
  'update_time', // holding statements: when the next update comes ("by 6 pm today")
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateVars = Partial<Record<TemplateVariable, string | null | undefined>>;

/** Visible placeholders: a draft with a gap cannot be mistaken for a finished promise. */
export const GAP_LABELS: Record<Lang, Record<TemplateVariable, string>> = {
  en: {
    name: '[first name]',
    brand: '[business name]',
    signature: '[your name]',
    role: '[your role]',
    topic: '[the topic]',
    contact: '[private channel]',
    action: '[what we will do]',
    fix: '[what we changed]',
    what_happened: '[what happened, in one sentence]',
    update_time: '[date and time]',
  },
  es: {
    name: '[nombre]',
    brand: '[nombre del negocio]',
    signature: '[tu nombre]',
    role: '[tu cargo]',
    topic: '[el tema]',
    contact: '[canal privado]',
    action: '[lo que vamos a hacer]',
    fix: '[lo que hemos cambiado]',
    what_happened: '[qué ha pasado, en una frase]',
    update_time: '[fecha y hora]',
  },
  id: {
    name: '[nama depan]',
    brand: '[nama usaha]',
    signature: '[nama Anda]',
    role: '[jabatan Anda]',
    topic: '[topiknya]',
    contact: '[saluran pribadi]',
    action: '[apa yang akan kami lakukan]',
    fix: '[apa yang sudah kami perbaiki]',
    what_happened: '[apa yang terjadi, dalam satu kalimat]',
    update_time: '[tanggal dan jam]',
  },
};

/** How a template talks about a topic when the reviewer's own words are not known. */
export const TOPIC_FALLBACKS: Record<Lang, Record<TopicId, string>> = {
  en: {
    cleanliness: 'the cleanliness',
    staff: 'the service',
    food: 'the food and drinks',
    waiting: 'the wait',
    room: 'the state of the room',
    noise: 'the noise',
    price: 'the price',
    billing: 'the booking and the bill',
    delivery: 'the delivery',
    product: 'the product',
    safety: 'the safety concern',
    refund: 'the refund',
    app: 'the app',
  },
  es: {
    cleanliness: 'la limpieza',
    staff: 'la atención',
    food: 'la comida y la bebida',
    waiting: 'la espera',
    room: 'el estado de la habitación',
    noise: 'el ruido',
    price: 'el precio',
    billing: 'la reserva y el cobro',
    delivery: 'el envío',
    product: 'el producto',
    safety: 'el problema de seguridad',
    refund: 'el reembolso',
    app: 'la aplicación',
  },
  id: {
    cleanliness: 'kebersihan',
    staff: 'pelayanan',
    food: 'makanan dan minuman',
    waiting: 'waktu tunggu',
    room: 'kondisi kamar',
    noise: 'kebisingan',
    price: 'harga',
    billing: 'pemesanan dan tagihan',
    delivery: 'pengiriman',
    product: 'produk',
    safety: 'bahaya yang Anda temukan',
    refund: 'pengembalian dana',
    app: 'aplikasi',
  },
};

const MAX_LENGTH: Record<TemplateVariable, number> = {
  name: 30,
  brand: 80,
  signature: 60,
  role: 60,
  topic: 60,
  contact: 120,
  action: 400,
  fix: 400,
  what_happened: 400,
  update_time: 100,
};

// A public reply may not carry links or personal data (platform rules), so values that contain them are refused.
const URL_LIKE = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|io|co|id|es|mx|ar|info|biz|me|ly)\b)/i;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE_LIKE = /\+?\d[\d\s().-]{6,}\d/g;
const PHONE_MIN_DIGITS = 9; // fewer digits is more likely a date or a time

function containsPhone(value: string): boolean {
  return [...value.matchAll(PHONE_LIKE)].some(([run]) => run.replace(/\D/g, '').length >= PHONE_MIN_DIGITS);
}

export type ValueProblem = 'too_long' | 'link' | 'email' | 'phone';

export function valueProblem(variable: TemplateVariable, value: string): ValueProblem | null {
  if (value.length > MAX_LENGTH[variable]) return 'too_long';
  if (EMAIL_LIKE.test(value)) return 'email';
  if (URL_LIKE.test(value)) return 'link';
  if (containsPhone(value)) return 'phone';
  return null;
}

/** Collapses whitespace and drops trailing punctuation so a value sits inside a sentence. */
export function normaliseValue(variable: TemplateVariable, value: string): string {
  const collapsed = value.replace(/\s+/g, ' ').trim();
  if (variable !== 'topic' && variable !== 'contact') return collapsed;
  const bare = collapsed.replace(/[.,;:!?]+$/, '').trim();
  // A reviewer's shouted words are quoted back calmly: capitals in a reply read as shouting.
  const shouted = variable === 'topic' && /\p{Lu}{2}/u.test(bare) && bare === bare.toUpperCase();
  return shouted ? bare.toLowerCase() : bare;
}

// Display names platforms give to people who hide theirs, in our three languages.
const ANONYMOUS = new RegExp(
  '^(a |an |un |una )?(google |tripadvisor |yelp |trustpilot |booking(\\.com)? |facebook |amazon )?' +
    '(user|member|guest|customer|client|reviewer|traveller|traveler|anonymous|anon|anónim[oa]|anonim[oa]?|' +
    'usuari[oa]|invitad[oa]|huésped|cliente|viajer[oa]|pengguna|tamu|pelanggan|pengulas|hamba allah)\\b',
  'i',
);
const NAME_WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;

/**
 * The reviewer's first name as a reply would greet them, or null when the display name is anonymous,
 * a handle, or not a name. Only the first word is kept: a public reply never repeats a full name.
 */
export function greetingName(displayName: string | null | undefined): string | null {
  const trimmed = displayName?.replace(/\s+/g, ' ').trim() ?? '';
  if (!trimmed || ANONYMOUS.test(trimmed)) return null;
  if (/[@_#\d/\\]/.test(trimmed)) return null;
  const first = trimmed.split(' ')[0] ?? '';
  if (!NAME_WORD.test(first) || first.length > MAX_LENGTH.name) return null;
  // Shouting or all-lowercase display names are written the way a person would write a name.
  const isUniformCase = first === first.toUpperCase() || first === first.toLowerCase();
  return isUniformCase ? first.charAt(0).toUpperCase() + first.slice(1).toLowerCase() : first;
}
