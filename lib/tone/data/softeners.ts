/** Thanks, apologies, praise and greetings: a draft with any of them is not a bald order or interrogation. */
import type { Lang } from '../../lang';

export const TEXT_SOFTENERS: Record<Lang, string> = {
  en:
    "(?:thanks?|thank you|thx|sorry|apologi[sz]e|apologies|appreciate|grateful|great|good (?:job|work|idea|point|question)|nice|happy to|glad|look(?:ing)? forward|awesome|excellent|wonderful|hope)",
  es:
    '(?:gracias|agradec\\w*|disculp\\w*|perdon\\w*|lamentamos|lamento|sentimos|siento|buen (?:trabajo|punto)|buena idea|excelente|genial|encantad[oa]s?|me alegra|nos alegra|espero|esperamos|hola|saludos|estimad[oa]s?|buen(?:os|as) (?:dias|tardes|noches))',
  id:
    '(?:terima kasih|makasih|maaf|mohon maaf|menghargai|bagus|senang|semoga|berharap)',
};
