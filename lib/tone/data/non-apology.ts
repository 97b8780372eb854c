/** Non-apologies: they apologise for the reader's feelings, not for what went wrong. */
import type { PhraseData } from '../text/phrases';

export const NON_APOLOGY: PhraseData = {
  en: [
    { pattern: "(?:we(?:'re| are)|i(?:'m| am)) sorry (?:that |if )?{you} (?:feel|felt) (?:that way|this way|so|like that|like this)", replace: ['we are sorry about what happened'] },
    { pattern: "sorry (?:that |if )?{you} (?:feel|felt) (?:that way|this way|so|like that|like this)", replace: ['sorry about what happened'] },
    { pattern: 'sorry (?:that )?{you} (?:think|thought|believe|see it|perceive|perceived|chose|choose|decided|feel the need|felt the need|felt it necessary)', replace: ['sorry about what happened'] },
    { pattern: 'sorry if {you} (?:feel|felt|think|thought|found|were|was|are|got|had|believe)', replace: ['sorry that'] },
    { pattern: 'sorry for any (?:perceived|imagined|supposed)', replace: ['sorry for the'] },
    { pattern: '(?:we|i) apologi[sz]e if {you} (?:feel|felt|were|think|thought|found|got)', replace: ['we apologise that'] },
    { pattern: '(?:we|i) regret that {you} (?:feel|felt|think|thought|chose|decided)', replace: ['we are sorry that'] },
    'sorry,? not sorry',
  ],
  es: [
    { pattern: '(?:lamentamos|sentimos|siento|lamento) (?:mucho )?que (?:usted |tu )?(?:se sienta|te sientas|lo vea|lo veas|piense|pienses|opine|opines|lo perciba|lo percibas) (?:asi|de esa manera|de ese modo|eso)', replace: ['lamentamos lo ocurrido'] },
    { pattern: '(?:lamentamos|sentimos|lamento|siento|disculpe(?:nos)?|perdone) si (?:usted |tu )?(?:se sintio|te sentiste|se ha sentido|se siente|te sientes|le molesto|te molesto|le ofendio|se ofendio|se ha ofendido)', replace: ['lamentamos lo ocurrido'] },
    { pattern: '(?:lamentamos|sentimos) que (?:usted )?(?:se haya sentido|se sienta) ofendid[oa]', replace: ['lamentamos lo ocurrido'] },
  ],
  id: [
    { pattern: 'maaf (?:jika|kalau|bila|apabila) {anda} merasa (?:begitu|demikian|tersinggung|seperti itu)', replace: ['mohon maaf atas kejadian ini'] },
    { pattern: '(?:kami )?menyesal {anda} (?:berpikir|merasa|menganggap) (?:begitu|demikian|seperti itu)', replace: ['kami mohon maaf atas kejadian ini'] },
    { pattern: 'maaf (?:kalau|jika) {anda} (?:tersinggung|baper)', replace: ['mohon maaf atas kejadian ini'] },
  ],
};
