/** Guessing or revealing who the reviewer is. */
import type { PhraseData } from '../text/phrases';

export const REVIEWER_IDENTITY: PhraseData = {
  en: [
    'we (?:know|found out) (?:exactly )?who {you} (?:are|really are)',
    'we know {youre} (?:the|a)',
    '{youre} the (?:guest|customer|person|man|woman|gentleman|lady|couple) (?:in|from|who (?:stayed|came|ordered|booked))',
    '(?:guest|customer) (?:in|from|at) (?:room|table) (?:number |no\\.? ?|#)?\\d+',
    '{your} (?:real|full) name',
    '(?:we|i) (?:found|looked up|checked|traced|googled) {your} (?:profile|account|address|details|identity|employer|ip|social media)',
    '{your} (?:employer|boss|workplace|home address|ip address)',
  ],
  es: [
    '(?:sabemos|se) (?:perfectamente |muy bien )?quien (?:es usted|eres)',
    '(?:su|tu) (?:nombre (?:real|completo)|direccion|empresa|jefe|ip)',
    '(?:es usted|eres) (?:el|la) (?:cliente|huesped|senor|senora|persona) (?:de la habitacion|que (?:se alojo|vino|reservo))',
    'hemos (?:encontrado|buscado|rastreado) (?:su|tu) (?:perfil|cuenta|direccion|identidad)',
  ],
  id: [
    'kami tahu siapa {anda}',
    '(?:nama asli|alamat rumah|kantor|atasan) {anda}',
    '{anda} (?:adalah )?(?:tamu|pelanggan) (?:di kamar|yang menginap di kamar)',
  ],
};
