/**
 * Words that mark a language. They are compared accent-folded ("está" and "esta" are one marker),
 * so each folded form belongs to one list only.
 * Function words and very common review words; words shared by two of our languages
 * ("no", "me", "a", "hotel") are left out on purpose because they carry no signal.
 * `other` holds frequent function words of nearby Latin-script languages (fr, de, pt, it, nl)
 * so that, say, French text is not forced into Spanish.
 */
import type { DetectedLang } from '../lang';

export type MarkerLang = DetectedLang;

export const MARKER_WORDS: Readonly<Record<MarkerLang, readonly string[]>> = {
  en: [
    'the', 'and', 'is', 'was', 'were', 'are', 'be', 'been', 'this', 'that', 'with', 'for', 'of', 'to', 'it',
    'i', 'you', 'we', 'they', 'he', 'she', 'my', 'our', 'your', 'not', 'very', 'but', 'have', 'has', 'had',
    'would', 'will', 'at', 'on', 'in', 'there', 'their', 'what', 'which', 'so', 'just', 'too', 'from', 'an',
    'or', 'if', 'because', 'really', 'all', 'did', 'didn', 'don', 'dont', 'doesn', 'wasn', 'isn', 'won', 'didnt', 'doesnt', 'wasnt', 'isnt', 'wont', 'cant', 'couldnt', 'wouldnt', 'im', 'ive',
    'good', 'great', 'nice', 'bad', 'staff', 'room', 'rooms', 'stay', 'stayed', 'food', 'service',
    'location', 'clean', 'dirty', 'never', 'again', 'place', 'thanks', 'thank', 'please', 'love', 'loved',
    'friendly', 'helpful', 'beach', 'breakfast', 'night', 'nights', 'day', 'time', 'got', 'get', 'like',
    'well', 'only', 'also', 'here', 'hi', 'hello', 'bed', 'order', 'ordered', 'worst', 'best',
    'awful', 'terrible', 'amazing', 'excellent', 'recommend', 'customer', 'app', 'delivery', 'arrived',
    'okay', 'us', 'him', 'her', 'them', 'its', 'could', 'should', 'can', 'when', 'where', 'how',
    'why', 'who', 'about', 'after', 'before', 'by', 'do', 'does', 'nothing', 'everything', 'still', 'even',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'es', 'un', 'una', 'por', 'para', 'con',
    'pero', 'lo', 'se', 'su', 'sus', 'al', 'fue', 'era', 'estuvo', 'este', 'esta', 'estos', 'estas',
    'hay', 'nos', 'mi', 'mis', 'como', 'mas', 'todo', 'todos', 'tambien', 'bien', 'mal',
    'bueno', 'buena', 'buenos', 'buenas', 'malo', 'mala', 'habitacion', 'habitaciones',
    'comida', 'personal', 'servicio', 'excelente', 'pesimo', 'nunca', 'nada', 'porque', 'cuando',
    'donde', 'sí', 'ya', 'sin', 'sobre', 'hemos', 'ha', 'son', 'estaba', 'estaban', 'tiene', 'tienen',
    'gracias', 'playa', 'desayuno', 'noche', 'noches', 'dias', 'atencion',
    'limpieza', 'sucio', 'sucia', 'recomiendo', 'volver', 'volvere', 'pedido', 'muy', 'mucho',
    'mucha', 'poco', 'poca', 'le', 'les', 'yo', 'ellos', 'usted', 'ustedes', 'nuestro', 'nuestra', 'hacer',
    'eso', 'esto', 'ese', 'esa', 'aqui', 'alli', 'ni', 'tan', 'ahora', 'vez', 'veces',
    'siempre', 'aunque', 'cual', 'quien', 'peor', 'mejor', 'hola', 'vale',
  ],
  id: [
    'yang', 'nya', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'tidak', 'tak', 'gak', 'ga', 'nggak', 'ngga', 'enggak',
    'gk', 'tdk', 'yg', 'dgn', 'dengan', 'untuk', 'utk', 'aku', 'saya', 'kami', 'kita', 'kamu', 'anda', 'ada',
    'sudah', 'udah', 'udh', 'sangat', 'banget', 'bgt', 'sekali', 'juga', 'jg', 'bisa', 'akan', 'lagi', 'tapi',
    'tetapi', 'karena', 'krn', 'kalau', 'kalo', 'atau', 'sama', 'enak', 'bagus', 'jelek', 'buruk', 'makanan',
    'pelayanan', 'harga', 'tempat', 'mau', 'masih', 'belum', 'blm', 'aja', 'saja', 'dong', 'deh', 'sih', 'kok',
    'lah', 'nih', 'tuh', 'jadi', 'jd', 'mantap', 'mantul', 'murah', 'mahal', 'pesan', 'pesanan', 'barang',
    'kurang', 'lebih', 'paling', 'seperti', 'kayak', 'banyak', 'sedikit', 'baik', 'ramah', 'lama', 'cepat',
    'terlalu', 'bikin', 'buat', 'semua', 'hanya', 'cuma', 'cuman', 'gitu', 'begitu', 'emang', 'memang',
    'bener', 'orang', 'apa', 'kenapa', 'gimana', 'bagaimana', 'oleh', 'pada', 'dalam', 'pun', 'dulu',
    'nanti', 'kemarin', 'hari', 'terima', 'kasih', 'makasih', 'kecewa', 'puas', 'kamar', 'tolong',
    'mohon', 'sampai', 'sampe', 'dapat', 'dapet', 'bukan', 'jangan', 'tetap', 'kalian', 'dia', 'mereka',
  ],
  other: [
    // French
    'et', 'est', 'je', 'pas', 'nous', 'vous', 'une', 'avec', 'dans', 'pour', 'chambre',
    'était', 'mais', 'des', 'au', 'aux', 'il', 'elle', 'ce', 'cette', 'sont', 'sur', 'tout', 'bonjour', 'merci',
    // German
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'wir', 'sehr', 'mit', 'ein', 'eine', 'auf', 'zu', 'war',
    'auch', 'aber', 'zimmer', 'sie', 'für', 'danke',
    // Portuguese
    'não', 'muito', 'uma', 'com', 'você', 'os', 'as', 'foi', 'quarto', 'obrigado', 'em', 'ao',
    // Italian
    'che', 'non', 'sono', 'molto', 'della', 'per', 'ma', 'camera', 'anche', 'grazie',
    // Dutch
    'het', 'een', 'niet', 'ik', 'zijn', 'heel', 'maar', 'kamer', 'van', 'dat',
  ],
};
