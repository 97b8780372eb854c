/** Words that show thanks, apology and a next step: the courtesy hints look for their absence. */
import type { PhraseData } from '../text/phrases';

export const THANKS_MARKERS: PhraseData = {
  en: ['thanks?', 'thank(?:s| you)', 'grateful', 'appreciate[ds]?', 'glad {you}', 'pleased to hear', 'sorry', 'apologi[sz]e[ds]?', 'apolog(?:y|ies)'],
  es: ['gracias', 'agradec\\w*', 'nos alegra', 'lament\\w*', 'sentimos', 'siento', 'disculp\\w*', 'perdon\\w*'],
  id: ['terima ?kasih', 'makasih', 'trims', 'berterima kasih', 'menghargai', 'senang', 'maaf', 'mohon maaf'],
};

export const APOLOGY_MARKERS: PhraseData = {
  en: ['sorry', 'apologi[sz]e[ds]?', 'apolog(?:y|ies)', 'regret', 'regrets'],
  es: ['lament\\w*', 'sentimos', 'siento', 'sentimos mucho', 'disculp\\w*', 'perdon\\w*'],
  id: ['maaf', 'mohon maaf', 'menyesal', 'menyesali'],
};

export const NEXT_STEP_MARKERS: PhraseData = {
  en: [
    'contact(?:ing)? us',
    'write to us',
    'e-?mail us',
    'call us',
    'message us',
    'reach (?:out to )?us',
    'let us know',
    'get in touch',
    'look(?:ing)? into',
    'investigat\\w*',
    'shared (?:this|your \\w+|it)',
    'passed (?:this|your \\w+|it) on',
    'working on',
    'will (?:be )?(?:fix|fixed|review|check|follow|speak|talk|train|replace|repair|improve)\\w*',
    'follow(?:ing)? up',
    '(?:we|i) (?:have|\'ve) (?:fixed|replaced|repaired|spoken|talked|retrained|changed|updated)',
    'next (?:step|time)',
  ],
  es: [
    'escrib\\w*',
    'contact\\w*',
    'llam\\w*',
    'mensaje',
    'revisar\\w*',
    'revisando',
    'investig\\w*',
    'compartido',
    'trasladado',
    'trabajando',
    'nos pondremos',
    'hemos (?:hablado|corregido|cambiado|reparado|sustituido)',
    'seguimiento',
  ],
  id: [
    'hubungi',
    'menghubungi',
    'kirim\\w*',
    'pesan',
    'tindak lanjut',
    'menindaklanjuti',
    'periksa',
    'memeriksa',
    'sampaikan',
    'menyampaikan',
    'teruskan',
    'meneruskan',
    'perbaiki',
    'memperbaiki',
    'evaluasi',
  ],
};
