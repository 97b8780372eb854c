/**
 * Plain, short values a template is filled with before its tone check, so the checker reads a
 * realistic reply instead of gaps. Deliberately neutral (no compensation, no links) and short enough
 * for X, so that what gets flagged is the template's own wording.
 */
import type { Lang } from '@/lib/lang';
import type { TemplateVars } from '@/lib/templates';

export const TONE_CHECK_SAMPLES: Record<Lang, TemplateVars> = {
  en: {
    name: 'Sarah',
    brand: 'Hotel Sol',
    signature: 'Daniel',
    role: 'Guest Relations',
    topic: 'the slow check-in',
    contact: 'our front desk',
    action: 'We are adding a second person at the desk this week.',
    fix: 'We changed the evening rota.',
    what_happened: 'Our booking system was down on Saturday.',
    update_time: 'at 6 pm',
  },
  es: {
    name: 'Lucía',
    brand: 'Hotel Sol',
    signature: 'Daniel',
    role: 'atención al cliente',
    topic: 'la espera en recepción',
    contact: 'nuestra recepción',
    action: 'Esta semana añadimos una persona más en recepción.',
    fix: 'Cambiamos los turnos de la tarde.',
    what_happened: 'El sábado falló nuestro sistema de reservas.',
    update_time: 'a las 18:00',
  },
  id: {
    name: 'Dewi',
    brand: 'Hotel Sol',
    signature: 'Daniel',
    role: 'Layanan Tamu',
    topic: 'antrean check-in',
    contact: 'resepsionis kami',
    action: 'Minggu ini kami menambah satu petugas di resepsionis.',
    fix: 'Kami mengubah jadwal shift malam.',
    what_happened: 'Sistem pemesanan kami sempat gangguan pada hari Sabtu.',
    update_time: 'pukul 18.00',
  },
};
