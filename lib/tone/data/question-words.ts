/** Blunt questions at the reader, and the softeners that make a question a polite request. */
import type { Lang } from '../../lang';
import { TEXT_SOFTENERS } from './softeners';

export interface QuestionWords {
  /** A question with these is blunt whoever it is about ("why...?", "what's the point...?"). */
  blunt: string;
  /** How a question at the reader starts (folded text, after optional fillers)... */
  opener: string;
  /** ...when it also names the reader. */
  addressee: string;
  /** Polite questions that only look blunt ("what do you think?", "why not come back?"). */
  benign: string;
  /** Requests and offers ("can you...?", "is there anything we can do?"): never part of an interrogation. */
  request: string;
  /** A greeting anywhere means a string of questions is a conversation, not an interrogation. */
  greeting: string;
  /** In the same sentence, these make the question a request. */
  sentenceSoftener: string;
  /** Anywhere in the draft, thanks, an apology or praise soften its questions (see softeners.ts). */
  textSoftener: string;
}

export const QUESTION_WORDS: Record<Lang, QuestionWords> = {
  en: {
    blunt:
      "(?:why|really|even|actually|seriously|how come|what'?s the (?:point|problem|big deal)|what(?:'s| is) up with|how exactly|how on earth|how is (?:it|that|this)|by whom|what(?:'s| is) (?:your|the) (?:problem|issue|deal))",
    opener:
      "(?:(?:so|and|but|then|ok|okay|well|um|hey|also|again|now|seriously|honestly|look)[,\\s]+)*(?:what|who|whom|where|which|when|whose|is there (?:a|any) reason|don'?t|didn'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|shouldn'?t)",
    addressee: "(?:you|your|yours|yourself|u|ur|you're|youre|you've|you'd|you'll)",
    benign:
      "(?:why not|what do (?:you|u) think|what are your thoughts|how are you|how was your|how can (?:we|i) help|what would you (?:like|prefer|recommend|suggest)|what can (?:we|i) do|what (?:problems?|issues?|trouble) (?:are|were) you having|what do you need|thoughts|suggestions?|ideas?|advice|opinion|how(?:'s| is| are| was) (?:it|things|everything) going|how goes)",
    request:
      "^(?:(?:so|and|but|then|ok|okay|well|also|now)[,\\s]+)*(?:(?:can|could|would|will|may|might|shall|should) (?:i|we|you|u|one|someone|anyone)|is there (?:anything|something|a way)|(?:any|some) (?:thoughts|ideas|suggestions|advice|comments))",
    greeting: '(?:hi|hello|hey|howdy|dear|greetings|cheers|good (?:morning|afternoon|evening))',
    sentenceSoftener:
      "(?:could|would|might|may i|please|pls|kindly|perhaps|maybe|i wonder|wondering|curious|by the way|btw|(?:do|would) you mind|if possible|possibly)",
    textSoftener: TEXT_SOFTENERS.en,
  },
  es: {
    blunt: '(?:por ?que|como es posible|que (?:sentido tiene|tiene que ver)|a que viene)',
    opener:
      '(?:(?:y|pero|entonces|bueno|oye|a ver)[,\\s]+)*(?:que|quien|quienes|donde|cuando|cual|cuales|acaso|es que|no (?:ve|ves|sabe|sabes|entiende|entiendes|leyo|leiste))',
    addressee: '(?:usted|ustedes|ud|uds|tu|te|ti|vos|os|vosotros|su|sus|tus)',
    benign: '(?:por que no (?:nos|viene|vuelve|prueba)|que (?:le|te|os|les) parece|que opina(?:s|n|is)?|no (?:cree|crees|creen|creeis|le parece|te parece|les parece|os parece)|como (?:esta|estas|le fue|te fue)|en que (?:podemos|puedo) ayudar|sugerencias?|ideas?|opinion|ayuda)',
    request: '^(?:(?:y|pero|entonces|bueno)[,\\s]+)*(?:puede|puedes|podria|podrias|podemos|se puede|hay (?:alguna|algun) (?:forma|manera|cosa)|alguien (?:sabe|puede|podria|conoce|tiene))',
    greeting: '(?:hola|buen(?:os|as) (?:dias|tardes|noches)|estimad[oa]s?|saludos)',
    sentenceSoftener:
      '(?:por favor|podria|podrias|podrian|seria posible|le importaria|te importaria|quisiera|me gustaria|nos gustaria|quizas|quiza|tal vez|amablemente)',
    textSoftener: TEXT_SOFTENERS.es,
  },
  id: {
    blunt: '(?:kenapa|mengapa|kok|apa (?:maksudnya|gunanya|masalahnya))',
    opener: '(?:(?:jadi|lalu|terus|trus|tapi|nah)[,\\s]+)*(?:apa|apakah|siapa|di ?mana|bagaimana|masa|memangnya|emang|kapan)',
    addressee: '(?:anda|kamu|kau|engkau|lu|lo|elo|situ|kalian)',
    benign: '(?:bagaimana (?:kabar|pengalaman|menurut)|apa (?:pendapat|saran|masukan)|bantu)',
    request: '^(?:bisa|bisakah|boleh|bolehkah|dapatkah|apakah (?:saya|kami) (?:bisa|boleh|dapat))',
    greeting: '(?:halo|hai|selamat (?:pagi|siang|sore|malam)|salam)',
    sentenceSoftener: '(?:mohon|tolong|boleh|bisakah|dapatkah|silakan|silahkan|permisi|kiranya)',
    textSoftener: TEXT_SOFTENERS.id,
  },
};
