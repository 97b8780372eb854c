import type { UrgencyNegation, UrgencyRule } from './urgency-types';

const r = String.raw;

/** Informal negations are spelled out (gak, ga, nggak...) because patterns see the text as written. */
const NOT = r`(?:tidak|gak|ga|gk|nggak|ngga|enggak|tak|ndak)`;

export const ID_URGENCY: readonly UrgencyRule[] = [
  {
    id: 'legal',
    patterns: [
      r`pengacara`, r`lapor(?:kan)? (?:ke )?(?:polisi|ylki|bpkn|bpsk|pihak berwajib)`, r`jalur hukum`, r`gugat\p{L}*`,
      r`somasi`, r`tuntut\p{L}*`, r`ylki`, r`bpsk`, r`pidana`, r`perdata`,
    ],
    matches: ['Saya akan lapor ke polisi dan menempuh jalur hukum.'],
    ignores: ['Pelayanannya ramah dan cepat.'],
  },
  {
    id: 'health_safety',
    patterns: [
      r`keracunan`, r`sakit perut`, r`diare`, r`muntah\p{L}*`, r`mual`, r`rumah sakit`, r`dirawat`, r`alergi`,
      r`luka`, r`terluka`, r`cedera`, r`kecoa`, r`tikus`, r`belatung`, r`ulat`, r`kebakaran`, r`bocor gas`,
      r`korsleting`, r`(?:ke|ter)setrum`, r`berbahaya`, r`bahaya`, r`${NOT} aman`, r`kadaluarsa`, r`kedaluwarsa`,
      r`expired`, r`dicuri`, r`kecurian`, r`kemalingan`, r`pencurian`,
    ],
    matches: ['Setelah makan di sini anak saya keracunan dan muntah-muntah.', 'Ada kecoa di kamar mandi.'],
    ignores: ['Makanannya enak dan tempatnya bersih.'],
    negatable: true,
  },
  {
    id: 'discrimination',
    patterns: [r`rasis\p{L}*`, r`diskrimina\p{L}*`, r`dibeda(?:-| )?bedakan`, r`pilih kasih`, r`(?:karena|gara-gara) (?:saya|kami) (?:berjilbab|pakai jilbab|cina|hitam|difabel|disabilitas)`],
    matches: ['Kami diperlakukan diskriminatif oleh satpam.'],
    ignores: ['Menunya beragam dan harganya terjangkau.'],
    negatable: true,
  },
  {
    id: 'privacy',
    patterns: [
      r`data (?:pribadi|diri)`, r`(?:privasi|data) saya (?:bocor|disebar|dijual|diambil)\p{L}*`, r`(?:melanggar|pelanggaran) privasi`, r`(?:nomor|no) (?:hp|telepon|wa) saya (?:di)?sebar\p{L}*`, r`disebar\p{L}*`,
      r`(?:ke)?bocor(?:an)? data`, r`tanpa (?:izin|persetujuan) saya`, r`dihack`, r`diretas`,
    ],
    matches: ['Nomor hp saya disebarkan tanpa izin saya.'],
    ignores: ['Kamarnya luas dan privasi terjaga.'],
    negatable: true,
  },
  {
    id: 'going_public',
    patterns: [
      r`viralkan`, r`(?:biar|supaya|agar) viral`,
      r`(?:sebar|bagikan|share|posting|upload|lapor)\p{L}* (?:ke |di )?(?:medsos|media sosial|sosmed|facebook|instagram|twitter|tiktok|youtube|media|wartawan)`,
      r`(?:biar|supaya|agar) (?:semua orang|orang-orang|semua) tahu`,
    ],
    matches: ['Saya akan viralkan di medsos biar semua orang tahu.'],
    ignores: ['Tempatnya cocok untuk keluarga, sering muncul di media sosial.'],
  },
  {
    id: 'boycott',
    patterns: [
      r`boikot\p{L}*`,
      r`jangan (?:beli|pesan|order|makan|datang|menginap|nginep|belanja|pakai) (?:di |ke )?(?:sini|situ|toko ini|tempat ini|hotel ini|restoran ini|warung ini|aplikasi ini)`,
      r`jangan (?:ke ?sini|ke ?situ)`, r`(?:hindari|jauhi) (?:tempat|toko|hotel|restoran|aplikasi)\p{L}*`,
      r`(?:mending|lebih baik) (?:cari|ke|beli di) (?:tempat|toko|hotel) lain`,
    ],
    matches: ['Jangan beli di toko ini, mending cari tempat lain.'],
    ignores: ['Jangan lupa coba sambalnya, enak banget.', 'Jangan datang pas jam makan siang, ramai sekali.'],
  },
  {
    id: 'never_again',
    patterns: [
      r`${NOT} (?:akan )?(?:mau )?(?:balik|kembali) lagi`, r`${NOT} akan (?:beli|pesan|order|datang|menginap|kembali) lagi`,
      r`kapok`, r`(?:pertama dan )?terakhir kali`, r`(?:ogah|malas|males) (?:balik|kembali|ke ?sini|beli lagi|pesan lagi|order lagi)`,
    ],
    matches: ['Kapok, gak akan balik lagi ke sini.', 'Pertama dan terakhir kali saya menginap di sini.'],
    ignores: ['Pasti akan kembali lagi, mantap!'],
  },
  {
    id: 'repeated_complaint',
    patterns: [
      r`(?:kedua|ketiga|keempat|kelima) kali(?:nya)? (?:saya |kami )?(?:komplain|lapor|kecewa|pesanan|salah|terjadi|mengalami|dapat barang)\p{L}*`,
      r`(?:sudah|udah|udh|sdh) (?:berkali(?:-| )kali|beberapa kali|\d+ kali|dua kali|tiga kali) (?:komplain|lapor|chat|telepon|telpon|email|hubungi|menghubungi|kirim pesan)`,
      r`(?:komplain|lapor|chat|telepon|telpon|email|menghubungi)\p{L}* (?:sudah |udah )?(?:berkali(?:-| )kali|beberapa kali|\d+ kali|dua kali|tiga kali|berulang(?:-| )?(?:kali|ulang))`,
      r`lagi(?:-| )lagi (?:kecewa|salah|telat|rusak|error)`, r`(?:masih|belum) (?:juga )?(?:ada )?(?:respon|balasan|jawaban|tanggapan|kabar)`,
      r`${NOT} (?:ada )?(?:respon|balasan|tanggapan|jawaban)`,
    ],
    matches: ['Sudah berkali-kali komplain tapi tidak ada respon.', 'Ini ketiga kalinya pesanan saya salah.'],
    ignores: ['Ini ketiga kalinya saya ke sini dan selalu puas.', 'Sudah beberapa kali makan di sini, enak.'],
  },
  {
    id: 'others_agree',
    patterns: [
      r`(?:bukan|tidak) (?:cuma|hanya) saya`,
      r`(?:banyak|semua|orang-orang|teman-teman|tamu lain|pembeli lain|pelanggan lain) (?:juga )?(?:mengeluh|komplain|ngeluh|bilang|merasakan|mengalami)`,
      r`(?:sama seperti|seperti) (?:ulasan|review) (?:lain|lainnya|yang lain)`, r`(?:baca|lihat|cek) (?:ulasan|review)\p{L}* (?:lain|yang lain|lainnya)`,
    ],
    matches: ['Bukan cuma saya, pembeli lain juga mengeluh hal yang sama.'],
    ignores: ['Teman-teman saya suka tempat ini.'],
  },
];

export const ID_URGENCY_NEGATION: UrgencyNegation = {
  subjects: [
    'tidak ada yang', 'tak ada yang', 'gak ada yang', 'ga ada yang', 'gk ada yang', 'nggak ada yang', 'ngga ada yang',
    'enggak ada yang', 'tdk ada yang', 'ndak ada yang', 'belum ada yang', 'tidak seorang pun', 'tak seorang pun',
  ],
  words: ['tidak', 'tak', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'tdk', 'ndak', 'bukan', 'tanpa', 'belum', 'bebas'],
  clauseBreaks: ['dan', 'tapi', 'tetapi', 'namun', 'karena', 'krn', 'lalu', 'kemudian', 'setelah', 'padahal', 'sehingga', 'sampai', 'sampe'],
};
