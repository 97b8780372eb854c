/**
 * Politeness strategies of Danescu-Niculescu-Mizil et al. (2013, "A computational approach to politeness"),
 * written as phrase patterns over folded text, with Spanish and Indonesian equivalents. A strategy counts
 * once per sentence that uses it, at most twice per draft, with a hand-set weight: 2 for the strategies the
 * paper found strongest (thanks, apology, greeting, deference, "could you", "please" inside a sentence; "why"
 * at the reader, negative questions), 1 for the weaker ones. Weights follow the paper's direction of effect;
 * they were not fitted to any data set. Some cues differ by language: a sentence-initial "Por favor" is
 * ordinary Spanish courtesy, so only English counts "please" at the start as blunt.
 */
import type { Lang } from '../../lang';
import { CURT_IMPERATIVE } from './curt-imperative';

/** Where a pattern must match: anywhere; at a sentence's start; at the start of a question; inside a sentence, not at its start. */
export type StrategyPlace = 'anywhere' | 'sentence-start' | 'question-start' | 'inside-sentence';

export interface PolitenessStrategy {
  id: string;
  /** How much the strategy softens (polite list) or sharpens (blunt list) the draft. */
  weight: 1 | 2;
  place: StrategyPlace;
  pattern: string;
}

export interface PolitenessStrategies {
  polite: readonly PolitenessStrategy[];
  blunt: readonly PolitenessStrategy[];
}

const NEGATIVE_EN =
  '(?:wrong|incorrect|nonsense|ridiculous|absurd|stupid|silly|idiot\\w*|bogus|pointless|useless|waste\\w*|ignor(?:e|es|ed|ing)|refus\\w+|accus\\w+|attack\\w*|blam\\w+|abus\\w+|vandal\\w*|violat\\w+|disrupt\\w*|biased|rude|unacceptable|inappropriate|bad faith|lie|lies|lying|liar|false|unfair|mess|hell|damn|crap|garbage|rubbish|lame|troll\\w*|harass\\w*|threat\\w*|insult\\w*|offensive|bad|terrible|awful|horrible|worst|fail(?:s|ed|ing|ure)?|annoy\\w*|angry|hate|disgust\\w*|shame\\w*|pathetic|clueless|incompeten\\w*|ignorant|censor\\w*|hypocri\\w*|joke|complain\\w*|problem)';

const NEGATIVE_ES =
  '(?:mal|malo|mala|malos|malas|error|errores|erroneo|erronea|incorrect[oa]s?|equivocad[oa]s?|absurd[oa]s?|ridicul[oa]s?|estupid[oa]s?|tonteria\\w*|basura|vandal\\w*|mentira\\w*|mientes|mentir|falso|falsa|falsos|falsas|falacia\\w*|sesgad[oa]s?|ignoran\\w*|insult\\w*|ataque\\w*|abus\\w*|ofensiv[oa]s?|verguenza|horrible|pesim[oa]s?|inaceptable|injust[oa]s?|censura\\w*|troll\\w*|deficiente|mediocre|lamentable|penoso|penosa|vergonzos[oa]s?|inutil|sin sentido|disparate\\w*|tergivers\\w*|manipul\\w*|parcial|carente|carece|peor|desastre|porqueria|mierda|joder|nunca|ni siquiera|grave|graves|contradic\\w*|irrelevante|impropi[oa]s?|despreciable|inadmisible|no tiene sentido|no es cierto|no es verdad)';

const NEGATIVE_ID =
  '(?:salah|bodoh|goblok|tolol|bego|bohong|pembohong|jelek|buruk|parah|sampah|payah|konyol|ngawur|asal-asalan|tidak becus|gak becus|nggak becus|memalukan|menyebalkan|kacau|bobrok|fitnah|menipu|penipu|curang)';

export const POLITENESS_STRATEGIES: Record<Lang, PolitenessStrategies> = {
  en: {
    polite: [
      { id: 'gratitude', weight: 2, place: 'anywhere', pattern: '(?:thanks?|thank (?:you|u)|thx|appreciated?|grateful)' },
      { id: 'apology', weight: 2, place: 'anywhere', pattern: '(?:sorry|apologi[sz]e|apologies|oops|whoops|forgive me|excuse me|pardon)' },
      { id: 'greeting', weight: 2, place: 'sentence-start', pattern: '(?:hi|hello|hey|dear|greetings|howdy|good (?:morning|afternoon|evening))' },
      { id: 'deference', weight: 2, place: 'sentence-start', pattern: '(?:great|good|nice|interesting|cool|excellent|awesome|wonderful|well done|congratulations|congrats|brilliant)' },
      { id: 'counterfactual-modal', weight: 2, place: 'anywhere', pattern: '(?:could|would|might) (?:you|u|it|we|i)' },
      { id: 'please-inside', weight: 2, place: 'inside-sentence', pattern: '(?:please|pls|kindly)' },
      {
        id: 'hedge',
        weight: 1,
        place: 'anywhere',
        pattern:
          "(?:i think|i believe|i guess|i suppose|i feel|perhaps|maybe|probably|possibly|might|i wonder|wondering|seems?|i'?m not sure|not sure|suggest\\w*|hope|hoping|if (?:you|it) (?:don'?t|doesn'?t) mind|if possible|(?:when|if) (?:you|u) (?:have|get) (?:time|a (?:chance|moment|minute|sec(?:ond)?))|no rush|no hurry|no worries|no problem|how about|what (?:do|would) (?:you|u) think|what are your thoughts|(?:do|would) (?:you|u) (?:think|agree))",
      },
      {
        id: 'positive-word',
        weight: 1,
        place: 'anywhere',
        pattern:
          '(?:great|good|nice|interesting|helpful|welcome|glad|happy|enjoy\\w*|love|lovely|wonderful|excellent|awesome|cool|pleasure|kind|congrat\\w*|fantastic|brilliant|impressive|cheers|willing|gladly|useful|fine|ok|okay|correct|agree[ds]?|fair|valid|sound)',
      },
      { id: 'first-person-start', weight: 1, place: 'sentence-start', pattern: "(?:i|i'm|i've|i'd|i'll|my|we|we're|we've|we'd|we'll|our)" },
      {
        id: 'indirect-request',
        weight: 1,
        place: 'question-start',
        pattern: '(?:can|could|would|will|may|might|shall|is there|are there|is it|do (?:you|u) (?:mind|know|think|want|have))',
      },
      { id: 'by-the-way', weight: 1, place: 'anywhere', pattern: '(?:by the way|btw|incidentally)' },
      { id: 'offer-help', weight: 1, place: 'anywhere', pattern: '(?:help|helps|helped|helping|assist|assistance)' },
      { id: 'wish', weight: 1, place: 'anywhere', pattern: "(?:(?:would|'d) (?:like|love|appreciate|be grateful)|(?:is|would be) (?:much|greatly|really) appreciated)" },
    ],
    blunt: [
      // "Why not come back in spring?" invites; it does not demand reasons.
      { id: 'why', weight: 2, place: 'anywhere', pattern: '(?:why(?! not (?:come|join|visit|stop by|drop by|pop in|give us|try us|book))|how come)' },
      {
        id: 'negative-question',
        weight: 2,
        place: 'question-start',
        pattern:
          "(?:(?:so|and|but|then|well) )?(?:don'?t|didn'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|shouldn'?t|do (?:you|u) not|did (?:you|u) not|are (?:you|u) not)",
      },
      { id: 'direct-start', weight: 1, place: 'sentence-start', pattern: '(?:so|then|and|but|or)' },
      { id: 'wh-question', weight: 1, place: 'question-start', pattern: '(?:(?:so|and|but|then|ok|well) )?(?:what|who|how|where|when|whose|which)' },
      { id: 'second-person-start', weight: 1, place: 'sentence-start', pattern: "(?:you|your|you'?re|you'?ve|u|ur)" },
      {
        id: 'factuality',
        weight: 1,
        place: 'anywhere',
        pattern: '(?:in fact|actually|the point is|the reality is|the truth is|the fact is|clearly|obviously|really|seriously|honestly|even|at all|ever)',
      },
      { id: 'please-start', weight: 1, place: 'sentence-start', pattern: '(?:please|pls)' },
      { id: 'negative-word', weight: 1, place: 'anywhere', pattern: NEGATIVE_EN },
      { id: 'imperative', weight: 1, place: 'sentence-start', pattern: CURT_IMPERATIVE.en },
      { id: 'reader-criticism', weight: 1, place: 'anywhere', pattern: `(?:{you}|{your}|yourself)(?: [\\w']+){0,3} ${NEGATIVE_EN}` },
      { id: 'flat-denial', weight: 1, place: 'anywhere', pattern: "(?:(?:is|are|was|were|does|do|did|has|have|had|can|could|would|should|will) (?:not|n't)|(?:isn|aren|wasn|weren|doesn|don|didn|hasn|haven|hadn|can|couldn|wouldn|shouldn|won)'?t)" },
    ],
  },
  es: {
    polite: [
      { id: 'gratitude', weight: 2, place: 'anywhere', pattern: '(?:gracias|agradec\\w*|agradecid[oa]s?)' },
      { id: 'apology', weight: 2, place: 'anywhere', pattern: '(?:perdon\\w*|disculp\\w*|lo siento|lo lamento|lamento|siento (?:mucho|que))' },
      { id: 'greeting', weight: 2, place: 'sentence-start', pattern: '(?:hola|buen(?:os|as) (?:dias|tardes|noches)|estimad[oa]s?|saludos)' },
      {
        id: 'deference',
        weight: 2,
        place: 'sentence-start',
        pattern: '(?:buen trabajo|gran trabajo|excelente|genial|felicidades|felicitaciones|enhorabuena|muy bien|muy buen[oa]|estupendo)',
      },
      {
        id: 'counterfactual-modal',
        weight: 2,
        place: 'anywhere',
        pattern: '(?:podria|podrias|podrian|podriamos|seria|serias|te importaria|le importaria|quisiera|quisieramos|me gustaria|nos gustaria|habria que)',
      },
      { id: 'please-inside', weight: 2, place: 'inside-sentence', pattern: '(?:por favor|porfa)' },
      {
        id: 'hedge',
        weight: 1,
        place: 'anywhere',
        pattern:
          '(?:creo que|me parece|quizas?|tal vez|a lo mejor|puede que|probablemente|posiblemente|supongo|no estoy segur[oa]|sugier\\w*|sugerencia|propong\\w*|propuesta|espero|opino que|en mi opinion|si no (?:te|le) importa)',
      },
      {
        id: 'positive-word',
        weight: 1,
        place: 'anywhere',
        pattern:
          '(?:bien|buen[oa]?s?|gran|genial|excelente|interesante|util|utiles|gusta\\w*|encant\\w*|amable|agradable|estupend[oa]|perfect[oa]|acuerdo|razon|ayuda\\w*|saludos|cordial\\w*|un abrazo)',
      },
      { id: 'first-person-start', weight: 1, place: 'sentence-start', pattern: '(?:yo|mi|me|he|hemos|estoy|estamos|soy|creo|pienso|quiero|queria|voy|vamos)' },
      {
        id: 'indirect-request',
        weight: 1,
        place: 'question-start',
        pattern: '(?:puede|puedes|pueden|podemos|quieres|quiere|sabes|sabe|hay (?:alguna|algun)|es posible|se puede|que (?:te|le|os) parece)',
      },
      { id: 'by-the-way', weight: 1, place: 'anywhere', pattern: '(?:por cierto|a proposito)' },
    ],
    blunt: [
      // "¿Por qué no vuelve...?" is a suggestion, not a demand for reasons; "porque" (because) is not "por qué".
      { id: 'why', weight: 2, place: 'anywhere', pattern: '(?:por que(?! no (?:nos|me|viene|vienes|vuelve|vuelves|prueba|pruebas|pasa|pasas))|como es posible|a que viene)' },
      {
        id: 'negative-question',
        weight: 2,
        place: 'question-start',
        pattern: '(?:(?:y|pero|entonces) )?(?:acaso|es que no|no (?:ves|ve|sabes|sabe|entiendes|entiende|leiste|leyo|has|ha))',
      },
      { id: 'direct-start', weight: 1, place: 'sentence-start', pattern: '(?:entonces|asi que|pues|y|pero|o)' },
      { id: 'wh-question', weight: 1, place: 'question-start', pattern: '(?:(?:y|pero|entonces) )?(?:que|quien|quienes|como|donde|cuando|cual|cuales)' },
      { id: 'second-person-start', weight: 1, place: 'sentence-start', pattern: '(?:tu|tus|vos|te|vosotros)' },
      {
        id: 'factuality',
        weight: 1,
        place: 'anywhere',
        pattern: '(?:de hecho|en realidad|realmente|claramente|obviamente|evidentemente|la verdad es que|el hecho es|lo cierto es|en serio|totalmente|absolutamente|simplemente)',
      },
      { id: 'negative-word', weight: 1, place: 'anywhere', pattern: NEGATIVE_ES },
      { id: 'imperative', weight: 1, place: 'sentence-start', pattern: CURT_IMPERATIVE.es },
      {
        id: 'reader-criticism',
        weight: 1,
        place: 'anywhere',
        pattern: `(?:(?:tu|tus|usted|ustedes|te|vos)(?: \\w+){0,3} ${NEGATIVE_ES}|(?:te|se) equivoca(?:s|n)?|mientes|no (?:sabes|entiendes|has leido|ha leido))`,
      },
      { id: 'flat-denial', weight: 1, place: 'anywhere', pattern: '(?:no (?:es|son|era|fue|existe|existen|significa|se trata|se llama|tiene que ver))' },
    ],
  },
  id: {
    polite: [
      { id: 'gratitude', weight: 2, place: 'anywhere', pattern: '(?:terima ?kasih|makasih|trims|berterima kasih)' },
      { id: 'apology', weight: 2, place: 'anywhere', pattern: '(?:maaf|mohon maaf|permisi)' },
      { id: 'greeting', weight: 2, place: 'sentence-start', pattern: '(?:halo|hai|selamat (?:pagi|siang|sore|malam)|salam|yth)' },
      { id: 'deference', weight: 2, place: 'sentence-start', pattern: '(?:bagus|hebat|mantap|keren|luar biasa|selamat)' },
      { id: 'counterfactual-modal', weight: 2, place: 'anywhere', pattern: '(?:bisakah|bolehkah|dapatkah|kiranya|sudilah)' },
      { id: 'please-inside', weight: 2, place: 'inside-sentence', pattern: '(?:tolong|mohon|silakan|silahkan)' },
      {
        id: 'hedge',
        weight: 1,
        place: 'anywhere',
        pattern: '(?:mungkin|sepertinya|kayaknya|saya rasa|saya pikir|menurut saya|kira-kira|barangkali|semoga|saran(?:nya)?)',
      },
      { id: 'positive-word', weight: 1, place: 'anywhere', pattern: '(?:baik|bagus|senang|suka|hebat|menarik|bermanfaat|membantu)' },
      { id: 'first-person-start', weight: 1, place: 'sentence-start', pattern: '(?:saya|aku|kami|kita)' },
      { id: 'indirect-request', weight: 1, place: 'question-start', pattern: '(?:bisa|boleh|apakah (?:anda|kamu) (?:bisa|mau|berkenan))' },
      { id: 'by-the-way', weight: 1, place: 'anywhere', pattern: '(?:ngomong-ngomong|omong-omong|btw)' },
    ],
    blunt: [
      { id: 'why', weight: 2, place: 'anywhere', pattern: '(?:kenapa|mengapa|kok)' },
      { id: 'negative-question', weight: 2, place: 'question-start', pattern: '(?:bukankah|masa|memangnya|emangnya|emang)' },
      { id: 'direct-start', weight: 1, place: 'sentence-start', pattern: '(?:jadi|terus|trus|tapi|lalu)' },
      { id: 'wh-question', weight: 1, place: 'question-start', pattern: '(?:apa|siapa|bagaimana|gimana|di ?mana|kapan|yang mana)' },
      { id: 'second-person-start', weight: 1, place: 'sentence-start', pattern: '(?:kamu|anda|lu|lo|kau|elo)' },
      { id: 'factuality', weight: 1, place: 'anywhere', pattern: '(?:sebenarnya|sebetulnya|jelas|jelas-jelas|faktanya|padahal|bahkan)' },
      { id: 'negative-word', weight: 1, place: 'anywhere', pattern: NEGATIVE_ID },
      { id: 'imperative', weight: 1, place: 'sentence-start', pattern: CURT_IMPERATIVE.id },
      { id: 'reader-criticism', weight: 1, place: 'anywhere', pattern: `(?:{anda})(?: \\w+){0,3} ${NEGATIVE_ID}` },
    ],
  },
};
