/** Flat contradiction of the reviewer: "that is not true", "you are wrong". */
import type { PhraseData } from '../text/phrases';

const SUBJECT_EN = "(?:this|that|it|which|your (?:claim|review|statement|comment|story|account))";

export const CONTRADICTION: PhraseData = {
  en: [
    `${SUBJECT_EN}(?:'s| is| was| are) (?:simply |just |completely |totally |absolutely |entirely |categorically |patently )?(?:not true|untrue|false|incorrect|inaccurate|wrong|a lie|lies|baseless|unfounded|misleading|fabricated|made up)`,
    `${SUBJECT_EN} (?:isn'?t|wasn'?t) (?:true|correct|accurate|the case)`,
    "{youre} (?:simply |just |completely |totally |absolutely |clearly )?(?:wrong|mistaken|incorrect|misinformed)",
    "(?:this|that) (?:simply )?(?:is not|isn'?t|was not|wasn'?t) (?:the case|what happened|how it happened)",
    '(?:we|i) (?:strongly |totally |completely |categorically |flatly |firmly )?(?:disagree|reject|deny|dispute|refute)',
    '(?:simply|absolutely|totally|completely) (?:not true|untrue|false)',
  ],
  es: [
    '(?:eso|esto|lo que (?:usted )?dice|su (?:comentario|resena|opinion)) (?:es|son) (?:totalmente |completamente |absolutamente |rotundamente )?(?:falso|falsa|mentira|incierto|incierta|erroneo|erronea|incorrecto|incorrecta)',
    'no es (?:cierto|verdad)',
    'eso no es asi',
    '(?:usted |tu )?(?:esta|estas) (?:muy |totalmente |completamente )?(?:equivocad[oa]|en un error)',
    '(?:usted |tu )?se equivoca(?:s)?',
    '(?:esta|eso esta|esto esta) mal',
    'es (?:totalmente |completamente )?falso',
    'no (?:estamos|estoy) de acuerdo',
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
  ],
};
