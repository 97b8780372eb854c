import { PERSONAL_REFERENCE } from '../data/personal-reference';
import { phraseRule } from '../phrase-rule';

export const personalReference = phraseRule({
  id: 'personal-reference',
  category: 'platform',
  severity: 'warning',
  description: 'Booking, order or room numbers in a public reply.',
  messages: {
    en: 'A booking, order or room number identifies the guest in public; platforms remove replies that include one.',
    es: 'Un número de reserva, pedido o habitación identifica al cliente en público; las plataformas retiran esas respuestas.',
    id: 'Nomor pesanan, booking, atau kamar mengungkap identitas tamu di publik; platform menghapus balasan seperti itu.',
  },
  data: PERSONAL_REFERENCE,
  examples: {
    valid: [
      { lang: 'en', text: 'Please write to us with your booking reference so we can look into it.' },
      { lang: 'en', text: 'We hope to welcome you again in 2025.' },
      { lang: 'es', text: 'Escríbanos con su número de reserva para que podamos revisarlo.' },
      { lang: 'id', text: 'Silakan kirimkan nomor pesanan Anda melalui pesan pribadi.' },
    ],
    invalid: [
      { lang: 'en', text: 'We checked booking #HX49213 and found the charge.', expect: 'booking #HX49213' },
      { lang: 'en', text: 'We are sorry about the noise in room 214.', expect: 'room 214' },
      { lang: 'es', text: 'Revisamos la reserva 55821 y el cargo es correcto.', expect: 'reserva 55821' },
      { lang: 'id', text: 'Pesanan 778812 sudah kami kirim.', expect: 'Pesanan 778812' },
    ],
  },
});
