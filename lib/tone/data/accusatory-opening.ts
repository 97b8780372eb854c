/** Sentences that open by telling the reader what they did: "You removed...", "You have been told...". */
import type { Lang } from '../../lang';

export const ACCUSATORY_OPENING: Record<Lang, string> = {
  en: "(?:you|u)(?:'ve| have| had)? (?:(?:clearly|obviously|again|also|just|never|repeatedly|simply) )?(?!(?:contributed|helped|liked|loved|enjoyed|earned|deserved|stayed|visited|chosen|booked|mentioned|asked|noted|pointed|raised|shared|described|seem to (?:know|have|be)))(?:\\w+ed|made|took|said|wrote|left|put|broke|did|didn'?t|did not|kept|keep|seem|seemed|chose|knew|forgot|forgotten|ignored|misread|misunderstood|refused|failed|are (?:\\w+ing|wrong|mistaken|confused|not)|were (?:\\w+ing|wrong|told|warned|not))",
  es: '(?:usted|tu) (?:ha|has|no) (?:\\w+ado|\\w+ido|hecho|dicho|escrito|puesto|vuelto|roto)',
  id: '(?:anda|kamu) (?:telah|sudah|tidak|tak|nggak) (?:\\w+kan|\\w+i|melanggar|menghapus|mengubah|membaca|memberi tahu|memberitahu|bilang)',
};
