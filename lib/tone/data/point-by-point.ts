/** Arguing the review point by point: it reads as a rebuttal, not as listening. */
import type { PhraseData } from '../text/phrases';

export const POINT_BY_POINT: PhraseData = {
  en: [
    'secondly(?<=first(?:ly)?,[^]{0,3000})',
    'thirdly',
    '(?:regarding|as for|as to|concerning|in response to|with regards? to) {your} (?:claims?|allegations?|accusations?|assertions?|statement that|comment that)',
    'contrary to (?:what )?{your}',
    'contrary to what {you}',
    '{you} (?:claim|claimed|allege|alleged|insist|insisted|assert|asserted)(?: that)?',
    '{your} (?:claims?|allegations?|accusations?|assertions?)',
    'point by point',
  ],
  es: [
    'en segundo lugar',
    'en tercer lugar',
    '(?:en cuanto a|respecto a|con respecto a|sobre) (?:su|sus|tu|tus) (?:afirmacion|afirmaciones|acusacion|acusaciones|alegacion|alegaciones)',
    'contrariamente a lo que',
    '(?:al )?contrario de lo que (?:usted |tu )?(?:dice|dices|afirma|afirmas|asegura|aseguras|indica)',
    '(?:(?:usted|ud) (?:afirma|asegura|alega|insiste en)|(?:tu )?(?:afirmas|aseguras|alegas|insistes en)) que',
    'punto por punto',
  ],
  id: [
    'poin (?:kedua|ketiga)',
    '(?:mengenai|terkait|soal|tentang) (?:klaim|tuduhan) {anda}',
    '(?:klaim|tuduhan) {anda}',
    '(?:bertentangan|berbeda) dengan (?:apa )?yang {anda} (?:katakan|tulis|klaim)',
    '{anda} (?:mengklaim|menuduh|bersikeras)',
  ],
};
