/** Realistic values for filling templates in tests: what a hotel, a shop or an app team would configure. */
import type { Lang } from '../../lang';
import type { TemplateVars } from '../variables';

/** A long-form reply with every variable filled the way a user would. */
export const FULL_SAMPLE: Record<Lang, TemplateVars> = {
  en: {
    name: 'Maria Lopez',
    brand: 'Hotel Miramar',
    signature: 'Daniel',
    role: 'Guest Relations Manager',
    topic: 'the stained towels',
    contact: 'our guest relations inbox',
    action: 'We have added a second housekeeping check before each arrival, starting this week.',
    fix: 'Since last month, each bathroom gets a second check by the shift supervisor before guests arrive.',
    what_happened: 'On Saturday evening our booking system charged some guests twice for the same stay.',
    update_time: 'by 6 pm today',
  },
  es: {
    name: 'José Martínez',
    brand: 'Hotel Miramar',
    signature: 'Lucía',
    role: 'responsable de atención al huésped',
    topic: 'las toallas manchadas',
    contact: 'nuestro buzón de atención al huésped',
    action: 'Desde esta semana hacemos una segunda revisión de limpieza antes de cada llegada.',
    fix: 'Desde el mes pasado, la supervisora de turno revisa los baños uno a uno antes de que lleguen los huéspedes.',
    what_happened: 'El sábado por la tarde nuestro sistema de reservas cobró dos veces a algunos clientes.',
    update_time: 'hoy antes de las 18:00',
  },
  id: {
    name: 'Dewi Lestari',
    brand: 'Hotel Miramar',
    signature: 'Rina',
    role: 'Guest Relations Manager',
    topic: 'handuk yang bernoda',
    contact: 'pesan langsung ke akun ini',
    action: 'Mulai minggu ini kami menambahkan pemeriksaan kebersihan kedua sebelum tamu datang.',
    fix: 'Sejak bulan lalu, supervisor shift memeriksa setiap kamar mandi sebelum tamu datang.',
    what_happened: 'Sabtu malam sistem pemesanan kami menagih sebagian tamu dua kali untuk menginap yang sama.',
    update_time: 'hari ini sebelum pukul 18.00',
  },
};

/** What a social media manager types for X or an app store, where replies are a few hundred characters. */
export const SHORT_SAMPLE: Record<Lang, TemplateVars> = {
  en: {
    name: 'Sam',
    brand: 'Tiko',
    signature: 'Jo',
    role: 'Support lead',
    topic: 'the login bug',
    contact: 'a DM',
    action: 'A fix is in testing.',
    fix: 'Version 4.2 fixes it.',
    what_happened: 'Some payments failed today.',
    update_time: 'at 6 pm',
  },
  es: {
    name: 'Ana',
    brand: 'Tiko',
    signature: 'Jo',
    role: 'soporte',
    topic: 'el fallo al entrar',
    contact: 'DM',
    action: 'Ya probamos un arreglo.',
    fix: 'La versión 4.2 lo corrige.',
    what_happened: 'Hoy fallaron algunos pagos.',
    update_time: 'a las 18:00',
  },
  id: {
    name: 'Budi',
    brand: 'Tiko',
    signature: 'Jo',
    role: 'tim dukungan',
    topic: 'gagal login',
    contact: 'DM',
    action: 'Perbaikannya sedang diuji.',
    fix: 'Versi 4.2 sudah memperbaikinya.',
    what_happened: 'Hari ini sebagian pembayaran gagal.',
    update_time: 'pukul 18.00',
  },
};

/** Nothing configured and an anonymous reviewer: every gap shows, the way a new user first sees a draft. */
export const BARE_SAMPLE: TemplateVars = { name: 'A Google User' };
