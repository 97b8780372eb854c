/** Flat contradiction of the reviewer: "that is not true", "you are wrong". */
import type { PhraseData } from '../text/phrases';

const SUBJECT_EN = "(?:this|that|it|which|your (?:claim|review|statement|comment|story|account))";
const YOUR_CLAIM_EN = "your (?:claim|claims|review|statement|comment|story|account|version)";

export const CONTRADICTION: PhraseData = {
  en: [
    `${SUBJECT_EN}(?:'s| is| was| are) (?:simply |just |completely |totally |absolutely |entirely |categorically |patently )?(?:not true|untrue|false|a lie|lies|baseless|unfounded|fabricated|made up)`,
    `${YOUR_CLAIM_EN} (?:is|was|are) (?:simply |just |completely |totally |absolutely |entirely )?(?:wrong|incorrect|inaccurate|misleading)`,
    `${SUBJECT_EN} (?:isn'?t|wasn'?t) true`,
    "{youre} (?:simply |just |completely |totally |absolutely |clearly )?(?:wrong|mistaken|incorrect|misinformed)",
    "(?:this|that) (?:simply )?(?:is not|isn'?t|was not|wasn'?t) (?:the case|what happened|how it happened)",
    '(?:we|i) (?:strongly |totally |completely |categorically |flatly |firmly )?(?:disagree|reject|deny|dispute|refute)',
    '(?:simply|absolutely|totally|completely) (?:not true|untrue|false)',
    "(?:it'?s|it is|it was) (?:simply |plainly )?(?:wrong|a mistake|an error|incorrect|misleading) to (?:say|claim|suggest|state|write|think|imply)",
  ],
  es: [
    '(?:eso|esto|lo que (?:usted )?dice|su (?:comentario|resena|opinion)) (?:es|son) (?:totalmente |completamente |absolutamente |rotundamente )?(?:falso|falsa|mentira|incierto|incierta|erroneo|erronea|incorrecto|incorrecta)',
    'no es (?:cierto|verdad|exacto)',
    '(?:es|fue|seria) un (?:grave |gran )?error (?:monumental |garrafal |grave )?(?:decir|indicar|afirmar|pensar|creer|escribir|sugerir|simplificar)',
    'eso no es asi',
    '(?:usted |tu )?(?:esta|estas) (?:muy |totalmente |completamente )?(?:equivocad[oa]|en un error)',
    '(?:usted |tu )?se equivoca(?:s)?',
    '(?:eso|esto) esta mal(?=\\s*(?:[.!,;]|$))',
    '(?:es|son) (?:totalmente |completamente |simple y llanamente )?fals[oa]s?',
    '(?:es|son) (?:una |todo )?mentiras?',
    '(?:rechazamos|negamos|desmentimos) (?:rotundamente|categoricamente|tajantemente)?',
    '(?:carece|carecen) de (?:todo )?fundamento',
    'sin (?:ningun )?fundamento',
  ],
  id: [
    '(?:itu|ini|hal itu|hal ini|klaim (?:anda|tersebut)|ulasan (?:anda|ini)) (?:sama sekali )?(?:tidak benar(?!-)|salah|bohong|keliru|fitnah|tidak berdasar|mengada-ada)',
    '{anda} (?:salah|keliru|bohong|berbohong)',
    '(?:sama sekali )?tidak benar(?!-)',
    '(?:kami )?(?:membantah|menyangkal|menolak keras)',
    'tidak sesuai (?:dengan )?fakta',
    'salah (?:jika|kalau|bila) {anda} (?:mengatakan|menganggap|berpikir|menulis)',
  ],
};
