/** Booking, order and room numbers: they identify the guest in public. */
import type { PhraseData } from '../text/phrases';

const CODE = '[:#\\s]*(?:[a-z]{1,4}-?)?\\d[a-z0-9-]{3,}';

export const PERSONAL_REFERENCE: PhraseData = {
  en: [
    `(?:booking|reservation|order|confirmation|invoice|ticket|case|reference|ref|folio|tracking)(?: number| no\\.?| nr\\.?| id| code| #)?${CODE}`,
    'room (?:number |no\\.? ?|nr\\.? ?|#)?\\d{2,4}',
  ],
  es: [
    `(?:reserva|pedido|orden|localizador|factura|confirmacion|referencia|expediente|seguimiento)(?: (?:n(?:o|umero)\\.?|num\\.?|#|codigo))?${CODE}`,
    'habitacion (?:n(?:umero|o)\\.? ?|#)?\\d{2,4}',
  ],
  id: [
    `(?:pesanan|booking|reservasi|order|invoice|faktur|resi|tiket|kode booking|kode pesanan)(?: (?:nomor|no\\.?|#|kode))?${CODE}`,
    'kamar (?:nomor |no\\.? ?|#)?\\d{2,4}',
  ],
};
