/** Sentences the courtesy hints offer to add, per draft language. */
import type { Lang } from '../../lang';

export const COURTESY_FIXES: Record<'thanks' | 'apology' | 'nextStep', Record<Lang, string>> = {
  thanks: {
    en: 'Thank you for taking the time to share this. ',
    es: 'Gracias por tomarse el tiempo de contarnos su experiencia. ',
    id: 'Terima kasih telah meluangkan waktu untuk berbagi pengalaman Anda. ',
  },
  apology: {
    en: 'We are sorry about this. ',
    es: 'Lamentamos lo ocurrido. ',
    id: 'Kami mohon maaf atas kejadian ini. ',
  },
  nextStep: {
    en: ' Please write to us so we can look into it and put it right.',
    es: ' Por favor, escríbanos para que podamos revisarlo y solucionarlo.',
    id: ' Silakan hubungi kami agar kami dapat memeriksa dan memperbaikinya.',
  },
};
