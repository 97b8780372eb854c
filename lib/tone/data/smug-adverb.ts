/** Smug adverbs and openers: they tell the reader the answer was obvious and they missed it. */
import type { PhraseData } from '../text/phrases';

export const SMUG_ADVERB: PhraseData = {
  en: [
    { pattern: 'ob(?:v|b)?i?ou?sl?y', replace: [''] },
    { pattern: 'obvs', replace: [''] },
    { pattern: 'evidently', replace: [''] },
    { pattern: 'needless to say', replace: [''] },
    { pattern: 'it goes without saying(?: that)?', replace: [''] },
    { pattern: '{you} (?:clearly|plainly)', replace: ['you'] },
    { pattern: 'clearly,? {you}', replace: ['you'] },
    { pattern: 'surely {you}', replace: ['you'] },
    { pattern: 'as (?:any ?(?:one|body)|every ?(?:one|body)|any (?:reasonable|sensible) (?:person|guest|customer)) (?:can see|knows|would know|should know|would understand|can tell)', replace: [''] },
    { pattern: 'as {you} (?:can (?:clearly )?see|should know|would know|must know|must realise|must realize|are surely aware|should be aware)', replace: [''] },
    { pattern: 'of course {you} (?:know|knew|realise|realize|understand|are aware)' },
  ],
  es: [
    { pattern: 'obviamente', replace: [''] },
    { pattern: 'evidentemente', replace: [''] },
    { pattern: 'como es (?:logico|obvio|evidente|natural)', replace: [''] },
    { pattern: 'es (?:obvio|evidente) que (?:usted|tu|no)', replace: [''] },
    { pattern: 'como (?:cualquiera|todo el mundo|cualquier persona) (?:sabe|sabria|entiende|entenderia|puede ver)', replace: [''] },
    { pattern: 'ni que decir tiene(?: que)?', replace: [''] },
    { pattern: 'salta a la vista(?: que)?', replace: [''] },
    { pattern: 'simple y llanamente', replace: [''] },
    { pattern: 'como (?:usted|tu) (?:bien )?(?:deberia|debe|deberias|debes) saber', replace: [''] },
    { pattern: '(?:usted|tu) claramente', replace: ['usted'] },
  ],
  id: [
    { pattern: 'jelas-jelas', replace: [''] },
    { pattern: 'jelaslah', replace: [''] },
    { pattern: 'sudah jelas(?: sekali)?(?: bahwa)?', replace: [''] },
    { pattern: 'seperti yang (?:semua orang|siapa pun|siapapun) (?:tahu|ketahui)', replace: [''] },
    { pattern: 'semua orang (?:juga )?(?:tahu|sudah tahu)', replace: [''] },
    { pattern: 'tentu(?:nya| saja) {anda} (?:tahu|paham|mengerti|sadar)' },
    { pattern: 'sudah sewajarnya {anda} (?:tahu|paham|mengerti)' },
  ],
};
