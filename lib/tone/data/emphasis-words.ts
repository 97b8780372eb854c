/** Short words that, written in capitals on their own, are shouting rather than an acronym. */
import type { Lang } from '../../lang';

export const EMPHASIS_WORDS: Record<Lang, readonly string[]> = {
  en: ['not', 'never', 'always', 'all', 'every', 'very', 'really', 'must', 'only', 'nothing', 'none', 'did', 'was', 'were', 'is', 'are', 'do', 'does', 'read', 'before', 'clearly', 'your', 'you', 'our', 'we'],
  es: ['no', 'nunca', 'siempre', 'nada', 'todo', 'todos', 'muy', 'solo', 'ninguna', 'ninguno', 'usted', 'nuestro', 'nuestra', 'era', 'es', 'fue', 'antes'],
  id: ['tidak', 'bukan', 'jangan', 'selalu', 'sangat', 'semua', 'hanya', 'sudah', 'belum', 'anda', 'kami'],
};
