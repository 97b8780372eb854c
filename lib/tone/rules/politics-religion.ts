import { POLITICS_RELIGION } from '../data/politics-religion';
import { PLATFORM_POLICIES } from '../data/platform-policies';
import { phraseMatchers } from '../text/phrases';
import type { RawFinding, ToneRule } from '../types';

const matcherFor = phraseMatchers(POLITICS_RELIGION);

/** Only where the target site has the rule: elsewhere these are ordinary words. */
export const politicsReligion: ToneRule = {
  id: 'politics-religion',
  category: 'platform',
  severity: 'error',
  description: 'Politics and religion on sites whose reply rules forbid them.',
  messages: {
    en: 'This site forbids politics and religion in business replies; they also divide your readers.',
    es: 'Este sitio prohíbe la política y la religión en las respuestas; además dividen a sus lectores.',
    id: 'Situs ini melarang politik dan agama dalam balasan bisnis; topik itu juga memecah pembaca.',
  },
  check(doc) {
    const severity = doc.site ? PLATFORM_POLICIES[doc.site].politicsReligion : null;
    if (!severity) return [];
    const findings: RawFinding[] = [];
    for (const lang of doc.langs) {
      for (const m of matcherFor(lang).find(doc.folded)) findings.push({ start: m.start, end: m.end, severity });
    }
    return findings;
  },
  examples: {
    valid: [
      { lang: 'en', text: 'Thank you for staying with us during the festival.', site: 'tripadvisor' },
      { lang: 'en', text: 'We are sorry the church bells woke you; new government rules on parking apply from May.', site: 'tripadvisor' },
      { lang: 'en', text: 'Politics aside, thank you for visiting.', site: 'instagram' },
      { lang: 'es', text: 'Gracias por alojarse con nosotros.', site: 'tripadvisor' },
      { lang: 'id', text: 'Terima kasih telah menginap bersama kami.', site: 'booking' },
    ],
    invalid: [
      { lang: 'en', text: 'The roadworks are what you get from these politicians.', site: 'tripadvisor', expect: 'politicians' },
      { lang: 'es', text: 'La culpa es de la política del gobierno.', site: 'booking', expect: 'política' },
      { lang: 'id', text: 'Ini urusan politik, bukan kami.', site: 'tripadvisor', expect: 'politik' },
    ],
  },
};
