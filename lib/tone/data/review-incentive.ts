/** Asking the reviewer to change or remove a review, or offering something for it: every platform forbids it. */
import type { PhraseData } from '../text/phrases';

const REVIEW_EN = '(?:\\w+ )?(?:review|rating|stars|score)';
const CHANGE_EN = '(?:change|changes|changed|update|updates|updated|edit|edits|edited|remove|removes|removed|delete|deletes|deleted|take down|amend|amends|amended|revise|revises|revised|raise|raises|raised|increase|increases|increased|improve|improves|improved|modify|modifies|modified|withdraw|withdraws|withdrew|reconsider|reconsiders|reconsidered|adjust|adjusts|adjusted|upgrade)';
const REVIEW_ES = '(?:resena|opinion|valoracion|puntuacion|comentario|critica|calificacion|nota|estrellas)';
const REVIEW_ID = '(?:ulasan|review|rating|bintang|komentar|penilaian|nilai)';

export const REVIEW_INCENTIVE: PhraseData = {
  en: [
    `(?:if|once|when|after|as soon as) {you} (?:\\w+ )?${CHANGE_EN} {your} ${REVIEW_EN}`,
    `(?:please |kindly |would you |could you |you could |you can |you may |feel free to )?${CHANGE_EN} (?:your|this|the) ${REVIEW_EN}`,
    '(?:in exchange|in return) for (?:a |an |your |the )?(?:\\w+ )?(?:review|rating|removal|stars)',
    '(?:higher|better|5[- ]star|five[- ]star|positive) (?:review|rating|score) (?:in exchange|in return|and we)',
  ],
  es: [
    `(?:si|cuando|una vez que|en cuanto) (?:usted |tu )?(?:cambia|cambie|cambias|modifica|modifique|modificas|elimina|elimine|eliminas|borra|borre|borras|retira|retire|retiras|actualiza|actualice|mejora|mejore|sube|suba|quita|quite) (?:su|tu|la|esta) ${REVIEW_ES}`,
    `(?:cambiar|modificar|eliminar|borrar|retirar|actualizar|mejorar|subir|quitar)(?:la)? (?:su |tu |la |esta )?${REVIEW_ES}`,
    `a cambio de (?:una |su |la |que )?(?:\\w+ )?(?:${REVIEW_ES}|retire|elimine|cambie|modifique|borre)`,
  ],
  id: [
    `(?:hapus|menghapus|hapuskan|ubah|mengubah|ganti|mengganti|edit|mengedit|revisi|merevisi|perbarui|memperbarui|naikkan|menaikkan|cabut|mencabut|tarik|menarik)(?:lah)? (?:kembali )?${REVIEW_ID}`,
    `(?:sebagai )?imbalan (?:untuk|atas) (?:\\w+ )?${REVIEW_ID}`,
    `(?:jika|kalau|setelah|begitu) {anda} (?:\\w+ )?(?:menghapus|mengubah|mengganti|mengedit|merevisi|memperbarui|menaikkan|mencabut) ${REVIEW_ID}`,
  ],
};
