/**
 * Politeness strategies of Danescu-Niculescu-Mizil et al. (2013, "A computational approach to politeness"),
 * written as phrase patterns over folded text, with Spanish and Indonesian equivalents. A strategy counts
 * once per sentence that uses it, at most twice per draft, with a hand-set weight: 2 for the strategies the
 * paper found strongest (thanks, apology, greeting, deference, "could you", "please" inside a sentence; "why"
 * at the reader, negative questions), 1 for the weaker ones. Weights follow the paper's direction of effect;
 * they were not fitted to any data set. Some cues differ by language: a sentence-initial "Por favor" is
 * ordinary Spanish courtesy, so only English counts "please" at the start as blunt.
 *
 * Spanish has more of its own (hand-written from knowledge of Spanish; the weights were then checked, lightly,
 * against the Spanish politeness set, see ../README.md): "por favor" goes with bare orders as often as with
 * requests ("por favor, no pongan...") so it weighs 1, not 2; a wh-question weighs 2; harsh judgement words weigh 2
 * while words that only name a fault ("error", "incorrecto") count only aimed at the reader; and Spanish adds
 * cues English has no direct match for: a written "tú" (a pronoun Spanish drops unless it points at someone),
 * what the reader did in the informal past ("borraste"), exasperation ("vamos a ver", "y encima", "¡ya está
 * bien!"), emphatic denials ("en absoluto", "ni mucho menos"), exclamations and short words in capitals. The
 * last two were tried in English too and helped nowhere there (English has `shouting` and `emphasis`).
 *
 * Third pass, same method: bans in the informal second person ("no borres"), "que alguien..." orders, familiar or
 * ironic vocatives ("hombre,", "caballero,"), reproaches ("deberías", "podrías haber"), negative quantifiers
 * ("nadie", "nada"), doubled exclamation marks and more harsh judgement words are blunt; negated kind words ("no
 * estoy de acuerdo") and "mal" that praises, hedges or admits our own slip ("nada mal", "si mal no recuerdo",
 * "entendí mal") no longer count. `softenedBy` lets a polite strategy cancel a blunt one in its own sentence only
 * (an exclamation that thanks; a denial that hedges: "creo que no es así").
 */
import type { Lang } from '../../lang';
import { CURT_IMPERATIVE } from './curt-imperative';
import { EMPHASIS_WORDS } from './emphasis-words';

/** Where a pattern must match: anywhere; at a sentence's start; at the start of a question; inside a sentence, not at its start. */
export type StrategyPlace = 'anywhere' | 'sentence-start' | 'question-start' | 'inside-sentence';

/**
 * How the match must be written, for what folding (lower case, no accents) hides: `accented`: it carries an
 * accent (Spanish "tú", the pronoun, not "tu", your); `not-final-e`: it does not end in "é" (Spanish "busqué",
 * I looked, is not "busque", the order "look"); `capitals`: it is all in capitals ("NO", "NEVER": a raised voice).
 */
export type WrittenForm = 'accented' | 'not-final-e' | 'capitals';

export interface PolitenessStrategy {
  id: string;
  /** How much the strategy softens (polite list) or sharpens (blunt list) the draft. */
  weight: 1 | 2;
  place: StrategyPlace;
  pattern: string;
  written?: WrittenForm;
  /** A character every match contains: drafts without it skip the pattern (a cheap pre-check). */
  requires?: string;
  /**
   * Polite strategies that cancel this blunt one in their own sentence only (blunt lists only): an exclamation that
   * thanks ("¡Gracias, muy buen trabajo!!") is warmth, not a raised voice.
   */
  softenedBy?: readonly string[];
  /**
   * Punctuation alone ("!!") says nothing of the language: such a cue counts only in a draft detected as this
   * language, not in one whose language is unsure (where every language's strategies apply).
   */
  detectedOnly?: boolean;
}

export interface PolitenessStrategies {
  polite: readonly PolitenessStrategy[];
  blunt: readonly PolitenessStrategy[];
}

const NEGATIVE_EN =
  '(?:wrong|incorrect|nonsense|ridiculous|absurd|stupid|silly|idiot\\w*|bogus|pointless|useless|waste\\w*|ignor(?:e|es|ed|ing)|refus\\w+|accus\\w+|attack\\w*|blam\\w+|abus\\w+|vandal\\w*|violat\\w+|disrupt\\w*|biased|rude|unacceptable|inappropriate|bad faith|lie|lies|lying|liar|false|unfair|mess|hell|damn|crap|garbage|rubbish|lame|troll\\w*|harass\\w*|threat\\w*|insult\\w*|offensive|bad|terrible|awful|horrible|worst|fail(?:s|ed|ing|ure)?|annoy\\w*|angry|hate|disgust\\w*|shame\\w*|pathetic|clueless|incompeten\\w*|ignorant|censor\\w*|hypocri\\w*|joke|complain\\w*|problem)';

/**
 * "Mal" (badly) and "malo" (bad), except where they praise by understatement ("no está nada mal", "no hay nada malo"),
 * express relief ("menos mal"), hedge ("si mal no recuerdo", "si no recuerdo mal"), admit our own slip ("entendí mal",
 * "me expresé mal", "si hice algo mal") and so on.
 */
const MAL_ES =
  '(?:(?:mal(?! no (?:recuerdo|me equivoco))|malos|malas)(?<!(?<![a-z])(?:no (?:esta|estaba|estaria|es|era|seria|parece|pareceria|suena|sonaria|queda|quedaria|veo) (?:nada |tan |muy )?|menos |no (?:me|te|le|les|os|nos) (?:parece|pareceria) |(?:me|te|le|les|os|nos) parezca |(?:entendi|entiendo|lei|interprete|exprese|explique|recuerdo|recorde|hice|hecho|hago|escribi|traduje|copie) (?:algo )?|si )[a-z]+)|malo(?<!(?<![a-z])(?:nada|un poco|lo) malo)|mala(?! (?:suerte|costumbre))(?<!(?<![a-z])(?:nada|un poco) mala))';

/**
 * Spanish words that judge something harshly. Naming a fault ("error", "incorrecto", "vandalismo",
 * "contradicción") is not in this list: a polite reply names mistakes too ("lamentamos el error"); only aimed at
 * the reader (`reader-criticism`) does it count, through FAULT_ES.
 */
const NEGATIVE_ES =
  `(?:${MAL_ES}|absurd[oa]s?|ridicul[oa]s?|estupid[oa]s?|tonteria\\w*|basura|mentira\\w*|mientes|falso|falsos|falsas|falacia\\w*|sesgad[oa]s?|ignoran\\w*|insult\\w*|abus\\w*|verguenza|horrible|pesim[oa]s?|inaceptable|injust[oa]s?|censura\\w*|troll\\w*|deficiente|mediocre|lamentable|penoso|penosa|vergonzos[oa]s?|inutil|sin sentido|disparate\\w*|tergivers\\w*|manipul\\w*|carente|carece|peor|desastre\\w*|desastros[oa]s?|porqueria|mierda|joder|irrelevante|impropi[oa]s?|despreciable|inadmisible|no tiene sentido|no es cierto|no es verdad|inconcebible|inaudit[oa]s?|indignante|escandalos[oa]s?|intolerable|nefast[oa]s?|infumable|impresentables?|horroros[oa]s?|chapuza\\w*|bodrio\\w*|patetic[oa]s?|chorrada\\w*|barbaridad\\w*|sandez\\w*|cansin[oa]s?|hart[oa]s?|fanatic[oa]s?|sectari[oa]s?|floj[oa]s?|malisim[oa]s?|pesimamente|espantos[oa]s?|burradas?|sinsentidos?|majaderias?|de risa|verguenza ajena|demencial(?:es)?|aberracion(?:es)?|aberrantes?|esperpent\\w*|desatinad[oa]s?|descabellad[oa]s?|infames?|falaz|falaces|atrocidad(?:es)?|tomadura de pelo|arrogan\\w+|groser[oa]s?|groserias?|panflet\\w*|pobrisim[oa]s?|(?:muy|bastante|demasiado|tan|algo) pobres?|(?:poco|nada) (?:seri[oa]s?|riguros[oa]s?|fiables?|neutral(?:es)?|objetiv[oa]s?|enciclopedic[oa]s?|profesional(?:es)?|acertad[oa]s?|cientific[oa]s?|veraz|creibles?|coherentes?))`;

/** Polite strategies that make an exclamation in their own sentence warm rather than raised. */
const WARMTH = ['gratitude', 'apology', 'greeting', 'deference', 'positive-word'] as const;

/** Words that name a fault without judging anyone; blunt only when aimed at the reader. */
const FAULT_ES =
  '(?:error|errores|erroneo|erronea|erroneos|erroneas|incorrect[oa]s?|equivocad[oa]s?|falsa|grave|graves|contradic\\w*|vandal\\w*|ofensiv[oa]s?|mentir)';

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
      // "Why not come back in spring?" invites; it does not demand reasons. Nor does an explanation ("that's why",
      // "which is why", "that explains why"); "I don't see why" still asks.
      {
        id: 'why',
        weight: 2,
        place: 'anywhere',
        pattern:
          "(?:(?<!(?:that'?s|thats|this'?s|that is|this is|which is|which was|that was|this was|here'?s|here is|exactly|precisely|partly|explains|explained) )why(?! not (?:come|join|visit|stop by|drop by|pop in|give us|try us|book))|how come)",
      },
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
      // "Lamentamos", "lo sentimos": a business apologises in the first person plural.
      { id: 'apology', weight: 2, place: 'anywhere', pattern: '(?:perdon\\w*|disculp\\w*|lo siento|lo sentimos|lo lamento|lo lamentamos|lamento|lamentamos|(?:siento|sentimos) (?:mucho|muchisimo|que|las molestias))' },
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
        pattern: '(?:podria|podrias(?! (?:de )?haber)|podrian|podriamos|seria|serias|te importaria|le importaria|quisiera|quisieramos|me gustaria|nos gustaria|habria que)',
      },
      { id: 'please-inside', weight: 1, place: 'inside-sentence', pattern: '(?:por favor|porfa)' },
      {
        id: 'hedge',
        weight: 1,
        place: 'anywhere',
        pattern:
          '(?:creo que|me parece|quizas?|tal vez|a lo mejor|puede que|probablemente|posiblemente|supongo|no estoy segur[oa]|sugier\\w*|sugerencia|propong\\w*|propuesta|espero|esperamos|ojala|opino que|si no (?:te|le|os|les) importa|si es posible|si no es molestia|si (?:te|le|os|les) parece(?: bien)?|que (?:opinas|opina|opinais|opinan)|(?:entiendo|comprendo) (?:que|tu|su|vuestra|vuestro|sus|tus)|me (?:pregunto|preguntaba)|(?:una|tengo una|me surge una) (?:pregunta|duda)|a mi (?:entender|juicio|parecer)|desde mi punto de vista|en mi (?:humilde )?opinion|si no me equivoco|si mal no recuerdo|si no recuerdo mal|que yo sepa|(?:corrijanme|corrigeme|corrijame) si|no soy (?:ningun )?experto)',
      },
      {
        id: 'positive-word',
        weight: 1,
        place: 'anywhere',
        // Not negated ("no estoy de acuerdo", "no tienes razón", "no está bien", "nada útil"): that is disagreement.
        pattern:
          '(?:bien|buen[oa]?s?|gran(?! (?:error|errores|fallo|problema|mentira|desastre|confusion|lio|falta|parte|cantidad|numero|mayoria))|genial|excelente|interesante|util|utiles|gusta\\w*|encant\\w*|amable|agradable|estupend[oa]|perfect[oa]|acuerdo|razon|ayuda\\w*|saludos|un saludo|cordial\\w*|atentamente|un abrazo|bienvenid[oa]s?|me alegr[oa]|nos alegra|con (?:mucho )?gusto)(?<!(?<![a-z])(?:no|nada|ni) (?:[a-z]+ ){0,2}[a-z]+)',
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
      // "¿Por qué no vuelve...?" is a suggestion, not a demand for reasons; "porque" (because) is not "por qué"; nor are
      // "el porqué", "la razón de por qué" (a noun) and "no tiene por qué" (need not).
      { id: 'why', weight: 2, place: 'anywhere', pattern: '(?:(?<!(?:de|sobre|el|los|un|sus|tiene|tienen|tenia|hay|habia) )por que(?! no (?:nos|me|viene|vienes|vuelve|vuelves|prueba|pruebas|pasa|pasas))|como es posible|a que viene)' },
      {
        id: 'negative-question',
        weight: 2,
        place: 'question-start',
        pattern: '(?:(?:y|pero|entonces) )?(?:acaso|es que no|no (?:ves|ve|sabes|sabe|entiendes|entiende|leiste|leyo|has|ha))',
      },
      // "Pues bien" (well then) and "O sea" (that is) are neutral connectives, and "O..., o..." (either... or) weighs
      // two options: none is a bare "Pues..." or "O...".
      { id: 'direct-start', weight: 1, place: 'sentence-start', pattern: '(?:pues(?! bien)|y|pero|o(?! sea)(?![^.!?]* o ))' },
      // "¿Cómo está?", "¿Cómo te fue?" ask after the reader, not for an account.
      {
        id: 'wh-question',
        weight: 2,
        place: 'question-start',
        pattern:
          '(?:(?:y|pero|entonces) )?(?!como (?:esta|estas|estan|estais|va|van|(?:te|le|os|les) (?:va|fue|ha ido))(?![a-z]))(?:que|quien|quienes|como|donde|cuando|cual|cuales)',
      },
      { id: 'second-person-start', weight: 1, place: 'sentence-start', pattern: '(?:tu|tus|vos|te|vosotros)' },
      {
        id: 'factuality',
        weight: 1,
        place: 'anywhere',
        pattern: '(?:claramente|obviamente|evidentemente|la verdad es que|el hecho es|lo cierto es|en serio|(?:totalmente|absolutamente)(?! de acuerdo))',
      },
      { id: 'negative-word', weight: 2, place: 'anywhere', pattern: NEGATIVE_ES },
      { id: 'imperative', weight: 1, place: 'sentence-start', pattern: CURT_IMPERATIVE.es, written: 'not-final-e' },
      // Spanish drops subject pronouns, so a written "tú" (not "tu", your) points at the reader: "tú no sabes", "eres tú quien".
      { id: 'emphatic-you', weight: 2, place: 'anywhere', pattern: 'tu', written: 'accented' },
      // What the reader did, in the informal past ("borraste", "dijiste"): the Spanish "You removed...".
      // Not when the same sentence thanks or praises it ("gracias por lo que hiciste", "me parece muy bien lo que hiciste").
      {
        id: 'reader-action',
        weight: 1,
        place: 'anywhere',
        softenedBy: ['gratitude', 'positive-word'],
        pattern:
          '(?:\\w+(?:(?<!contr|desg|tr|eng|h)aste|asteis|isteis)|(?:dij|hic|pus|quis|vin|le|entend|escrib|revert|anad|inclu|ped|decid|met|romp|perd|pud|tuv|deb|d|sup|traj|eleg|omit|confund)iste)',
      },
      {
        id: 'reader-criticism',
        weight: 1,
        place: 'anywhere',
        pattern: `(?:(?:tu|tus|usted|ustedes|te|vos)(?: \\w+){0,3} (?:${NEGATIVE_ES}|${FAULT_ES})|(?:te|se) equivoca(?:s|n)?|te (?:has|habeis) equivocado|(?:estas|estais) (?:muy |totalmente |completamente )?equivocad[oa]s?|(?:te )?confund(?:es|is)|mientes|no (?:sabes|sabeis|entiendes|entendeis|entendes|comprendes|tenes (?:ni )?idea|has leido|ha leido|habeis leido|han leido|te enteras|te das cuenta|tienes (?:ni )?idea|aportas|respetas)|(?:te|os) (?:crees|creeis)|pretend(?:es|eis)|deberias|deberiais|tendrias que|tendriais que|(?:podrias|podriais|debiste|debisteis|pudiste|pudisteis) (?:de )?haber)`,
      },
      // A hedge in the same sentence ("creo que no es así", "quizás nadie lo vio") softens a denial.
      { id: 'flat-denial', weight: 1, place: 'anywhere', softenedBy: ['hedge'], pattern: '(?:no (?:es|son|era|fue|existe|existen|significa|se trata|se llama|tiene que ver)|nunca|ni siquiera|en absoluto|ni mucho menos|de ninguna manera|de ningun modo|ni de lejos|ni por asomo|nada que ver|nadie|(?<!(?:de|no pasa|casi) )nada(?! (?:mas|menos|mal|malo)(?![a-z]))|jamas|(?:y )?mucho menos)' },
      // A ban on the reader in the informal second person, anywhere in a sentence ("no borres", "así que no vuelvas a...",
      // "no me vengas con..."); reassurances and invitations ("no te preocupes", "no dudes en...", "no olvides...") are not in it.
      {
        id: 'prohibition',
        weight: 1,
        place: 'anywhere',
        pattern:
          '(?:no (?:(?:me|te|le|lo|la|les|los|las|se|nos|os) ){0,2}(?:borres|quites|cambies|toques|edites|elimines|agregues|anadas|uses|copies|tergiverses|manipules|modifiques|mezcles|inventes|molestes|eches|acuses|insultes|amenaces|grites|critiques|juzgues|saques|vuelvas|sigas|hagas|digas|insistas|metas|confundas|deshagas|escribas|pongas|vengas|traduzcas|reviertas|repitas|mientas|incluyas|suprimas|impongas|pretendas|emplees|utilices|justifiques|quejes|tomes|toqueis|borreis|cambieis|vengais|sigais|hagais|digais|pongais|volvais))',
      },
      // A familiar or ironic vocative aimed at the reader ("Mire, caballero, ...", "Hombre, eso no es así", "amigo, ..."); not in a greeting
      // or thanks ("Estimado señor,", "¡Gracias, amigo!").
      {
        id: 'vocative',
        weight: 1,
        place: 'anywhere',
        pattern:
          '(?:senor|senora|caballero|amigo|amiga|majo|maja|chaval|chavala|colega|hombre|listillo|listilla|campeon|jefe|guapo|guapa)(?=\\s*[,!?])(?<!(?:estimad[oa]|querid[oa]|distinguid[oa]|apreciad[oa]|hola|gracias|adios|saludos|bienvenid[oa]|buen(?:os|as) (?:dias|tardes|noches)),? [a-z]+)',
      },
      // A wish that someone else act, as an order to whoever reads ("Que alguien lo arregle").
      { id: 'jussive', weight: 1, place: 'sentence-start', pattern: '(?:(?:pues|y|pero) )?que (?:alguien|alguno|otro|otra persona|quien sepa)' },
      // A short word in capitals ("NO", "NUNCA"): a raised voice (EMPHASIS_WORDS; acronyms are not in it).
      { id: 'raised-voice', weight: 2, place: 'anywhere', pattern: `(?:${EMPHASIS_WORDS.es.join('|')})`, written: 'capitals' },
      // An exclamation ("¡Ya está!", "... no es así!"); one that thanks or greets is offset by its courtesy.
      { id: 'exclamation', weight: 1, place: 'anywhere', pattern: '\\w+\\s*!+', requires: '!', softenedBy: WARMTH, detectedOnly: true },
      // Doubled exclamation marks ("¡¡...!!", "...!!!"): a raised voice, unless the sentence thanks or praises.
      { id: 'repeated-exclamation', weight: 2, place: 'anywhere', pattern: '\\w+\\s*!!+', requires: '!!', softenedBy: WARMTH, detectedOnly: true },
      // Exasperation: the writer has run out of patience ("vamos a ver", "y encima", "de una vez", "no puede ser").
      {
        id: 'exasperation',
        weight: 2,
        place: 'anywhere',
        pattern:
          '(?:vamos a ver|a ver(?=,)|(?:y|que|pero) encima|encima de que|para colmo|por si fuera poco|de una (?:buena )?vez|ya (?:esta bien|basta)|basta ya|hasta cuando|no puede ser(?= que|\\s*[.!?,;]|$)|(?:es|me parece|resulta|parece) increible|parece mentira|venga ya|anda ya|(?<![a-z] )por dios|por dios(?=\\s*!)|lo que hay que (?:leer|oir|aguantar))',
      },
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
