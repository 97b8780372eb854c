/**
 * The built-in Indonesian library, written in Indonesian (not translated line by line). Formal replies
 * address the reviewer as "Anda"; casual ones, common on marketplaces and social media, use "Kak",
 * which reads naturally with or without a name. Each template's tags say which register it uses.
 */
import { ANY, LONG_FORM, MIXED, NEGATIVE, POSITIVE, defineTemplates } from './define';

const SIGN = `{{#signature}}

Salam,
{{signature}}{{#role}}, {{role}}{{/role}}{{#brand}}, {{brand}}{{/brand}}{{/signature}}{{^signature}}{{#brand}}

Salam hangat,
Tim {{brand}}{{/brand}}{{/signature}}`;
const SHORT_SIGN = `{{#signature}} – {{signature}}{{/signature}}`;
const FORMAL = ['formal'];
const KAK = ['kak'];

export const id = defineTemplates('id', [
  // Keluhan, satu per topik.
  {
    id: 'id.negative.cleanliness',
    title: 'Keluhan kebersihan',
    situations: ['negative'],
    topics: ['cleanliness'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Halo{{#name}} {{name}}{{/name}}, terima kasih sudah menyampaikan soal {{topic}} secara terus terang. Kebersihan adalah hal paling dasar yang semestinya Anda dapatkan dari kami, dan saat kunjungan Anda kami belum memenuhinya. Kami mohon maaf.

{{action}}

Jika berkenan, mohon kirimkan tanggal kunjungan Anda melalui {{contact}}. Saya ingin menelusurinya bersama penanggung jawab kebersihan agar kami tahu di mana pemeriksaan kami terlewat.${SIGN}`,
  },
  {
    id: 'id.negative.staff',
    title: 'Keluhan sikap staf dan pelayanan',
    situations: ['negative'],
    topics: ['staff'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `{{#name}}Halo Bapak/Ibu {{name}},

{{/name}}Kami mohon maaf atas perlakuan yang Anda terima{{#brand}} di {{brand}}{{/brand}}. Tidak seorang tamu pun semestinya pulang dengan perasaan diabaikan, dan apa yang Anda ceritakan tentang {{topic}} jauh dari cara kami ingin menyambut tamu.

{{action}}

Saya ingin mendengar ceritanya secara lengkap, termasuk kira-kira kapan kejadiannya, agar bisa saya bahas bersama tim. Anda dapat menghubungi saya melalui {{contact}}.${SIGN}`,
  },
  {
    id: 'id.negative.food',
    title: 'Keluhan makanan dan minuman',
    situations: ['negative'],
    topics: ['food'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Terima kasih, Kak{{#name}} {{name}}{{/name}}, atas masukan jujurnya soal {{topic}}. Makanan adalah bagian penting dari alasan orang datang ke tempat kami, dan hidangan yang datang seperti yang Kakak ceritakan memang mengecewakan. Mohon maaf karena makan Kakak jadi kurang berkesan.

{{action}}

Saya ingin meneruskan detailnya ke kepala dapur kami. Kalau Kakak berkenan memberi tahu menu yang dipesan dan kira-kira kapan melalui {{contact}}, itu akan membantu tim dapur menemukan letak kesalahannya.${SIGN}`,
  },
  {
    id: 'id.negative.waiting',
    title: 'Keluhan menunggu terlalu lama',
    situations: ['negative'],
    topics: ['waiting'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Mohon maaf soal {{topic}}{{#name}}, {{name}}{{/name}}. Menunggu selama itu melelahkan, apalagi tanpa ada yang menjelaskan apa yang sedang terjadi. Waktu Anda berharga, dan kami belum menghargainya dengan semestinya.

{{action}}

Jika Anda bisa memberi tahu hari dan jam kunjungan melalui {{contact}}, kami dapat melihat apa yang salah pada giliran kerja saat itu.${SIGN}`,
  },
  {
    id: 'id.negative.room',
    title: 'Keluhan kamar dan fasilitas',
    situations: ['negative'],
    topics: ['room'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `{{#name}}Halo Bapak/Ibu {{name}},

{{/name}}Terima kasih sudah memberi tahu kami tentang {{topic}}. Ketika ada yang tidak berfungsi di kamar, seluruh masa menginap ikut terganggu, dan kami menyesal pengalaman Anda bersama kami seperti itu.

{{action}}

Jika Anda berkenan mengirimkan tanggal menginap melalui {{contact}}, saya ingin memeriksa catatan perawatan kamar Anda dan memantau perbaikannya.${SIGN}`,
  },
  {
    id: 'id.negative.noise',
    title: 'Keluhan kebisingan',
    situations: ['negative'],
    topics: ['noise'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Terima kasih, Kak{{#name}} {{name}}{{/name}}, sudah cerita soal {{topic}}. Tidur yang terganggu bisa merusak hari berikutnya, dan kami minta maaf Kakak tidak bisa beristirahat seperti yang diharapkan.

{{action}}

Kalau Kakak bisa memberi tahu kamar mana dan malam apa saja melalui {{contact}}, kami bisa mencari tahu dari mana sumber suaranya.${SIGN}`,
  },
  {
    id: 'id.negative.price',
    title: 'Keluhan harga dan nilai',
    situations: ['negative'],
    topics: ['price'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih atas keterusterangan Anda soal {{topic}}{{#name}}, {{name}}{{/name}}. Jika yang dibayar terasa lebih besar daripada yang didapat, wajar sekali untuk menyampaikannya, dan kami mohon maaf belum memberi nilai yang sepadan.

{{action}}

Jika berkenan, ceritakan melalui {{contact}} bagian mana yang paling terasa tidak sebanding dengan harganya. Detail seperti itu membantu kami memutuskan apa yang perlu diubah lebih dulu.${SIGN}`,
  },
  {
    id: 'id.negative.billing',
    title: 'Keluhan pemesanan dan tagihan',
    situations: ['negative'],
    topics: ['billing'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Mohon maaf atas masalah dengan {{topic}}{{#name}}, {{name}}{{/name}}. Menemukan tagihan yang tidak Anda duga wajar membuat cemas, dan Anda semestinya tidak perlu menghubungi kami berulang kali agar masalahnya selesai.

Demi keamanan, mohon jangan menuliskan data kartu atau pemesanan di sini. Jika Anda mengirimkannya melalui {{contact}}, saya ingin memeriksa tagihannya satu per satu bersama Anda.

{{action}}${SIGN}`,
  },
  {
    id: 'id.negative.delivery',
    title: 'Keluhan pengiriman',
    situations: ['negative'],
    topics: ['delivery'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Halo Kak{{#name}} {{name}}{{/name}}, mohon maaf soal {{topic}}. Menunggu pesanan tanpa kabar bikin gelisah, dan itu tanggung jawab kami.

{{action}}

Kalau Kakak kirimkan detail pesanan melalui {{contact}}, kami bisa melacak paketnya bersama pihak ekspedisi dan mengabari Kakak hasilnya.${SIGN}`,
  },
  {
    id: 'id.negative.product',
    title: 'Keluhan produk rusak atau cacat',
    situations: ['negative'],
    topics: ['product'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Terima kasih, Kak{{#name}} {{name}}{{/name}}, sudah memberi tahu kami soal {{topic}}. Kakak membayar untuk barang yang semestinya berfungsi dengan baik, dan ternyata mengecewakan. Kami minta maaf.

Boleh kirimkan foto dan penjelasan singkat tentang masalahnya melalui {{contact}}? Ini membantu kami mengetahui apakah ini kasus tunggal atau cacat yang juga terjadi pada unit lain.

{{action}}${SIGN}`,
  },
  {
    id: 'id.negative.safety',
    title: 'Masalah keamanan (tanpa cedera)',
    situations: ['negative'],
    topics: ['safety'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih sudah menyampaikan soal {{topic}}{{#name}}, {{name}}{{/name}}. Kami menanganinya sebagai masalah keselamatan, dan kami mohon maaf Anda sampai mengalaminya.

{{action}}

Jika Anda bisa memberi sedikit detail lagi melalui {{contact}}, misalnya lokasi tepatnya dan waktunya, itu akan membantu kami memeriksa seluruh area, bukan sebatas titik yang Anda lihat.${SIGN}`,
  },
  {
    id: 'id.negative.refund',
    title: 'Pengembalian dana belum diterima',
    situations: ['negative'],
    topics: ['refund'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Mohon maaf{{#name}}, {{name}}{{/name}}. Menunggu uang kembali membuat tidak tenang, dan Anda semestinya tidak perlu menanyakannya dua kali.

Boleh kirimkan detail pembeliannya melalui {{contact}}? Saya ingin mengecek sampai mana proses {{topic}} dan memberi Anda kabar yang lengkap.

{{action}}${SIGN}`,
  },
  {
    id: 'id.negative.app',
    title: 'Masalah aplikasi atau situs',
    situations: ['negative'],
    topics: ['app'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Terima kasih, Kak{{#name}} {{name}}{{/name}}, sudah melaporkan soal {{topic}}. Aplikasi semestinya memudahkan, bukan malah merepotkan, dan kami minta maaf waktu Kakak jadi terbuang.

Tim pengembang kami akan sangat terbantu kalau tahu perangkat dan versi aplikasi yang Kakak pakai, serta apa yang terakhir ditekan sebelum masalah muncul. Info ini bisa dikirim melalui {{contact}}.

{{action}}${SIGN}`,
  },
  {
    id: 'id.negative.app-short',
    title: 'Masalah aplikasi (singkat, untuk toko aplikasi dan X)',
    situations: ['negative'],
    topics: ['app'],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: KAK,
    body: `Makasih Kak{{#name}} {{name}}{{/name}}, maaf ya soal {{topic}}. Boleh kirim tipe HP dan versi aplikasinya lewat {{contact}}? Biar kami bisa lebih cepat menemukan bug-nya. {{action}}${SHORT_SIGN}`,
  },
  // Keluhan untuk topik apa pun.
  {
    id: 'id.negative.general',
    title: 'Keluhan, topik apa pun',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `{{#name}}Halo Bapak/Ibu {{name}},

{{/name}}Terima kasih sudah meluangkan waktu untuk menulis ini. {{#topic}}Apa yang Anda alami terkait {{topic}} bukanlah pengalaman yang kami inginkan bagi siapa pun, dan kami mohon maaf.{{/topic}}{{^topic}}Apa yang Anda alami bukanlah pengalaman yang kami inginkan bagi siapa pun, dan kami mohon maaf.{{/topic}}

{{action}}

Jika berkenan, ceritakan lebih lanjut melalui {{contact}}. Detail dari Anda membantu kami memperbaiki akar masalahnya, tidak sebatas kasus ini.${SIGN}`,
  },
  {
    id: 'id.negative.general-direct',
    title: 'Keluhan, topik apa pun (singkat dan lugas)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `{{#name}}Kak {{name}}, kami{{/name}}{{^name}}Kami{{/name}} minta maaf. Kakak datang dengan harapan mendapat pengalaman yang menyenangkan{{#topic}}, dan {{topic}} malah mengecewakan{{/topic}}. Memperbaikinya adalah tanggung jawab kami.

{{action}}

Kami ingin tahu persis apa yang terjadi. Boleh ceritakan lewat {{contact}}?${SIGN}`,
  },
  {
    id: 'id.negative.repeated',
    title: 'Keluhan yang sama terulang',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    urgency: ['repeated_complaint', 'others_agree'],
    tags: FORMAL,
    body: `{{#name}}{{name}}, Anda{{/name}}{{^name}}Anda{{/name}} semestinya tidak perlu menyampaikan hal ini lebih dari sekali, dan kami mohon maaf. {{#topic}}Kalau masalah {{topic}} terulang, berarti langkah kami sebelumnya belum cukup.{{/topic}}

{{action}}

Saya ingin membicarakannya langsung dengan Anda. Anda dapat menghubungi saya melalui {{contact}}.${SIGN}`,
  },
  {
    id: 'id.negative.not-coming-back',
    title: 'Pelanggan bilang tidak akan kembali',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    urgency: ['never_again', 'boycott'],
    tags: FORMAL,
    body: `Terima kasih{{#name}}, {{name}},{{/name}} sudah menjelaskan mengapa Anda tidak ingin kembali. Berat membacanya, dan itu wajar: {{#topic}}{{topic}} mengecewakan Anda{{/topic}}{{^topic}}kami mengecewakan Anda{{/topic}}, dan kami mohon maaf.

{{action}}

Kami tidak berharap satu balasan bisa menebusnya. Jika Anda bersedia berbicara, saya bisa dihubungi melalui {{contact}}.${SIGN}`,
  },
  {
    id: 'id.negative.short',
    title: 'Keluhan (singkat, untuk media sosial)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: KAK,
    body: `Mohon maaf Kak{{#name}} {{name}}{{/name}}{{#topic}} soal {{topic}}{{/topic}}. Ini bukan pengalaman yang kami inginkan untuk Kakak. Boleh ceritakan lebih lanjut lewat {{contact}}? {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'id.negative.short-flag',
    title: 'Keluhan (singkat, terima kasih sudah memberi tahu)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: KAK,
    body: `Terima kasih sudah memberi tahu kami, Kak{{#name}} {{name}}{{/name}}, dan mohon maaf. {{#topic}}Soal {{topic}} ini belum sesuai harapan, dan kami ingin segera membereskannya.{{/topic}}{{^topic}}Ini belum sesuai harapan, dan kami ingin segera membereskannya.{{/topic}} Silakan hubungi kami lewat {{contact}} agar bisa kami cek. {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'id.negative.short-own-it',
    title: 'Keluhan (singkat, mengakui kesalahan)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: KAK,
    body: `Mohon maaf, Kak{{#name}} {{name}}{{/name}}. Kakak layak mendapat pengalaman yang lebih baik dari ini. Boleh kirim detailnya lewat {{contact}} supaya bisa kami cek? {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'id.negative.short-listening',
    title: 'Keluhan (singkat, kami mendengarkan)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: KAK,
    body: `Kami dengar keluhannya, Kak{{#name}} {{name}}{{/name}}, dan kami minta maaf{{#topic}} soal {{topic}}{{/topic}}. Tim kami ingin menindaklanjutinya: silakan hubungi kami lewat {{contact}}. {{action}}${SHORT_SIGN}`,
  },
  // Memindahkan percakapan ke saluran pribadi.
  {
    id: 'id.ask-details.private',
    title: 'Minta detail lewat saluran pribadi',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Halo{{#name}} {{name}}{{/name}}, terima kasih sudah menghubungi kami. Saya ingin menindaklanjuti ini dengan sungguh-sungguh{{#topic}}, dan untuk itu saya perlu sedikit detail lagi tentang {{topic}}{{/topic}}. Demi privasi Anda, mohon jangan membagikan data pribadi di sini. Bisakah Anda mengirimkan tanggal kunjungan dan kronologinya melalui {{contact}}?

Setelah detailnya kami terima, saya akan membalas Anda secara langsung.${SIGN}`,
  },
  {
    id: 'id.ask-details.short',
    title: 'Minta detail lewat saluran pribadi (singkat)',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: KAK,
    body: `Makasih Kak{{#name}} {{name}}{{/name}}. Kami ingin tahu apa yang kurang. Boleh kirim detailnya lewat {{contact}}? Data pribadi jangan ditulis di kolom komentar, ya.${SHORT_SIGN}`,
  },
  {
    id: 'id.ask-details.right-person',
    title: 'Minta detail agar ditangani orang yang tepat',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih{{#name}}, {{name}},{{/name}} sudah menyampaikan hal ini. Ada beberapa hal yang ingin kami pahami dulu sebelum bisa menjawab dengan baik, dan sebagian lebih tepat dibicarakan secara pribadi. Jika berkenan, silakan hubungi kami melalui {{contact}} dan sebutkan komentar ini, supaya langsung ditangani oleh orang yang tepat.${SIGN}`,
  },
  // Ulasan campuran.
  {
    id: 'id.mixed.balanced',
    title: 'Ulasan campuran',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih{{#name}}, {{name}},{{/name}} atas ulasan yang begitu berimbang. Kami senang sebagian kunjungan Anda berjalan baik, dan sama bergunanya bagi kami untuk tahu di mana kami masih kurang{{#topic}}, terutama soal {{topic}}{{/topic}}. Mohon maaf untuk bagian yang belum tepat itu.

{{action}}

Jika ada yang ingin Anda tambahkan, silakan hubungi kami melalui {{contact}}. Kami berharap bisa menyambut Anda lagi dan menunjukkan layanan yang lebih baik.${SIGN}`,
  },
  {
    id: 'id.mixed.you-are-right',
    title: 'Ulasan campuran, mengakui kritiknya',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    tags: KAK,
    body: `Halo Kak{{#name}} {{name}}{{/name}}, terima kasih untuk pujiannya dan juga kritiknya, karena keduanya sama-sama kami butuhkan. {{#topic}}Kakak benar soal {{topic}}, dan kami minta maaf; di situ kami masih bisa lebih baik.{{/topic}}{{^topic}}Mohon maaf untuk bagian yang masih kurang; di situ kami masih bisa lebih baik.{{/topic}}

{{action}}

Semoga kita bertemu lagi, ya.${SIGN}`,
  },
  {
    id: 'id.mixed.short',
    title: 'Ulasan campuran (singkat)',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: 'all',
    tags: KAK,
    body: `Makasih Kak{{#name}} {{name}}{{/name}} untuk pujian dan masukannya. {{#topic}}Maaf soal {{topic}}, catatannya kami terima dengan baik.{{/topic}}{{^topic}}Maaf untuk yang masih kurang, catatannya kami terima dengan baik.{{/topic}} {{action}}${SHORT_SIGN}`,
  },
  // Ucapan terima kasih yang tidak terdengar seperti template.
  {
    id: 'id.positive.warm',
    title: 'Terima kasih atas ulasan positif',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `{{#name}}{{name}}, terima kasih{{/name}}{{^name}}Terima kasih{{/name}} banyak atas pesan yang begitu hangat. {{#topic}}Senang sekali mendengar {{topic}} berkesan bagi Anda.{{/topic}} Kata-kata Anda akan saya sampaikan kepada tim yang bertugas.

Sampai jumpa lagi di lain kesempatan.${SIGN}`,
  },
  {
    id: 'id.positive.come-back',
    title: 'Terima kasih, dengan ajakan datang lagi',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Terima kasih Kak{{#name}} {{name}}{{/name}}. Senang sekali Kakak mau meluangkan waktu untuk menulis. {{#topic}}Kami menyiapkan {{topic}} dengan sepenuh hati, jadi ulasan Kakak terasa sangat berarti.{{/topic}} Ditunggu kedatangannya lagi kapan pun Kakak mau.${SIGN}`,
  },
  {
    id: 'id.positive.keep-doing',
    title: 'Terima kasih: masukan ini menunjukkan apa yang perlu dipertahankan',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Halo{{#name}} {{name}}{{/name}}, senang sekali membaca pesan seperti ini. Terima kasih sudah meluangkan waktu{{#topic}} dan atas kata-kata baik Anda tentang {{topic}}{{/topic}}. Masukan seperti ini memberi tahu kami apa yang perlu terus dipertahankan.{{#brand}} Kami menantikan kunjungan Anda berikutnya di {{brand}}.{{/brand}}${SIGN}`,
  },
  {
    id: 'id.positive.staff',
    title: 'Terima kasih atas pujian untuk tim',
    situations: ['positive'],
    topics: ['staff'],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: KAK,
    body: `Terima kasih Kak{{#name}} {{name}}{{/name}} sudah menyebut tim yang melayani Kakak. Pujian soal {{topic}} paling berarti bagi tim kami, karena bagian pekerjaan ini yang paling jarang terlihat. Nanti saya sampaikan langsung ke mereka.${SIGN}`,
  },
  {
    id: 'id.positive.product',
    title: 'Terima kasih atas pujian untuk produk atau pesanan',
    situations: ['positive'],
    topics: ['product', 'delivery', 'app', 'food'],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih sudah berbagi pengalaman{{#name}}, {{name}}{{/name}}. Kami senang {{topic}} sesuai dengan harapan Anda. Jika suatu saat ada pertanyaan atau ide untuk kami, jangan ragu menghubungi kami.${SIGN}`,
  },
  {
    id: 'id.positive.short',
    title: 'Terima kasih (singkat)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    tags: KAK,
    body: `Terima kasih banyak, Kak{{#name}} {{name}}{{/name}}. Senang Kakak puas{{#topic}}, apalagi dengan {{topic}}{{/topic}}. Ditunggu kedatangannya lagi.${SHORT_SIGN}`,
  },
  {
    id: 'id.positive.short-made-our-day',
    title: 'Terima kasih (singkat, hangat)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    tags: KAK,
    body: `Ulasan ini bikin kami semangat, Kak{{#name}} {{name}}{{/name}}. Makasih sudah menyempatkan menulis.{{#topic}} Nanti kami sampaikan ke tim bahwa Kakak suka {{topic}}.{{/topic}}${SHORT_SIGN}`,
  },
  {
    id: 'id.positive.short-team',
    title: 'Terima kasih (singkat, disampaikan ke tim)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    tags: KAK,
    body: `Makasih banyak, Kak{{#name}} {{name}}{{/name}}. Nanti kami sampaikan ke tim{{#topic}}, terutama soal {{topic}}{{/topic}}. Sampai ketemu lagi.${SHORT_SIGN}`,
  },
  // Komentar netral dan pertanyaan.
  {
    id: 'id.neutral.question',
    title: 'Komentar netral atau pertanyaan',
    situations: ['neutral'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: FORMAL,
    body: `Terima kasih atas komentarnya{{#name}}, {{name}}{{/name}}. {{#topic}}Jika ada pertanyaan tentang {{topic}}, kami siap membantu melalui {{contact}}.{{/topic}}{{^topic}}Jika ada yang bisa kami bantu, silakan hubungi kami melalui {{contact}}.{{/topic}}${SHORT_SIGN}`,
  },
  {
    id: 'id.neutral.thanks-for-sharing',
    title: 'Ulasan netral',
    situations: ['neutral'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih{{#name}}, {{name}},{{/name}} sudah berbagi pengalaman. Cerita Anda membantu orang lain tahu apa yang bisa diharapkan, dan membantu kami melihat tempat kami dari sudut pandang tamu. {{#topic}}Masukan Anda tentang {{topic}} sudah kami catat.{{/topic}} Jika ada yang ingin ditambahkan, silakan hubungi kami melalui {{contact}}.${SIGN}`,
  },
  // Setelah ada perbaikan.
  {
    id: 'id.follow-up.fixed',
    title: 'Kabar lanjutan setelah perbaikan',
    situations: ['follow_up'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Halo{{#name}} {{name}}{{/name}}, kami ingin memberi kabar lanjutan. Setelah masukan Anda{{#topic}} tentang {{topic}}{{/topic}}, inilah yang sudah kami ubah: {{fix}}

Terima kasih sudah menyampaikannya; masukan itu membuat kami memperhatikan hal yang sebelumnya terlewat. Jika Anda berkunjung lagi, kami ingin tahu apakah perbedaannya terasa.${SIGN}`,
  },
  {
    id: 'id.follow-up.short',
    title: 'Kabar lanjutan setelah perbaikan (singkat)',
    situations: ['follow_up'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: KAK,
    body: `Kabar terbaru{{#topic}} soal {{topic}}{{/topic}}, Kak{{#name}} {{name}}{{/name}}: {{fix}} Terima kasih sudah memberi tahu kami, sangat membantu.${SHORT_SIGN}`,
  },
  // Ulasan yang mungkin keliru: tanpa menuduh siapa pun.
  {
    id: 'id.disputed.no-record',
    title: 'Kunjungan tidak ditemukan (cek catatan Anda dulu)',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih sudah menghubungi kami{{#name}}, {{name}}{{/name}}. Kami sudah mencoba mencari kunjungan yang Anda ceritakan dan belum berhasil menemukannya, jadi mungkin ada yang terlewat dari kami. Bisakah Anda menghubungi kami melalui {{contact}} dengan tanggal dan detail yang Anda ingat? Jika hal ini terjadi di tempat kami, kami ingin memperbaikinya, dan jika ternyata di tempat lain dengan nama yang mirip, kami tetap ingin membantu Anda menemukan pihak yang tepat.${SIGN}`,
  },
  {
    id: 'id.disputed.details-differ',
    title: 'Detail tidak sesuai dengan layanan kami',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih{{#name}}, {{name}},{{/name}} sudah meluangkan waktu untuk menulis. Beberapa detail yang Anda sebutkan tidak sesuai dengan layanan kami{{#brand}} di {{brand}}{{/brand}}, dan kami ingin memahami apa yang terjadi. Jika Anda bisa bercerita lebih lanjut melalui {{contact}}, kami akan menelusurinya dan membantu sebisa kami.${SIGN}`,
  },
  {
    id: 'id.disputed.short',
    title: 'Kasus tidak ditemukan (singkat)',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: KAK,
    body: `Terima kasih atas komentarnya, Kak{{#name}} {{name}}{{/name}}. Kami ingin tahu apa yang terjadi dan sejauh ini belum menemukan catatan kunjungannya. Boleh hubungi kami lewat {{contact}} dengan sedikit detail?${SHORT_SIGN}`,
  },
  // Keluhan yang harus ditangani orang tertentu.
  {
    id: 'id.escalation.formal-complaint',
    title: 'Keluhan resmi: ditangani orang tertentu',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['legal'],
    tags: FORMAL,
    body: `{{#name}}Halo Bapak/Ibu {{name}},

{{/name}}Terima kasih sudah menyampaikan hal ini. Saya {{signature}}, {{role}}{{#brand}} di {{brand}}{{/brand}}, dan saya sendiri yang akan menangani keluhan Anda. Agar keluhan ini mendapat perhatian yang semestinya dan privasi Anda terjaga, mohon hubungi saya melalui {{contact}}, bukan di kolom ini.

{{action}}

Saya akan membalas Anda secara langsung dan tidak akan membahas detailnya di ruang publik.`,
  },
  {
    id: 'id.escalation.health',
    title: 'Sakit atau cedera: ditangani orang tertentu',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['health_safety'],
    tags: FORMAL,
    body: `Terima kasih sudah memberi tahu kami{{#name}}, {{name}}{{/name}}. Kesehatan tamu kami dahulukan di atas hal lain, dan kami sangat menyesal atas apa yang Anda alami. Saya {{signature}}, {{role}}{{#brand}} di {{brand}}{{/brand}}, dan saya menangani hal ini secara langsung.

Bisakah Anda menghubungi saya melalui {{contact}} dengan tanggal kejadian serta apa yang Anda makan, pakai, atau sentuh? Detail itu membantu kami menemukan penyebabnya secepat mungkin. Semoga Anda sudah merasa lebih baik.

{{action}}`,
  },
  {
    id: 'id.escalation.unfair-treatment',
    title: 'Perlakuan tidak adil atau diskriminatif: ditangani orang tertentu',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['discrimination'],
    tags: FORMAL,
    body: `{{#name}}Halo Bapak/Ibu {{name}},

{{/name}}Terima kasih sudah menceritakan perlakuan yang Anda terima. Apa yang Anda gambarkan adalah hal yang serius. Anda berhak dihormati seperti tamu lainnya, dan kami mohon maaf hal itu tidak Anda dapatkan.

Saya {{signature}}, {{role}}{{#brand}} di {{brand}}{{/brand}}, dan saya bertanggung jawab menelusuri kejadian ini. Saya ingin mendengar langsung dari Anda melalui {{contact}}, agar saya tahu persis apa yang terjadi dan siapa saja yang terlibat.

{{action}}`,
  },
  {
    id: 'id.escalation.privacy',
    title: 'Data pribadi: ditangani orang tertentu',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['privacy'],
    tags: FORMAL,
    body: `Terima kasih{{#name}}, {{name}},{{/name}} sudah menyampaikan hal ini. Pertanyaan soal data pribadi layak mendapat jawaban yang cermat, dan kolom komentar publik bukan tempat yang tepat untuk itu. Saya {{signature}}, {{role}}{{#brand}} di {{brand}}{{/brand}}, dan saya sendiri yang akan menanganinya. Silakan hubungi saya melalui {{contact}}.

{{action}}`,
  },
  {
    id: 'id.escalation.short',
    title: 'Keluhan serius: ditangani orang tertentu (singkat)',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: FORMAL,
    body: `Terima kasih sudah memberi tahu kami{{#name}}, {{name}}{{/name}}. Hal ini perlu jawaban yang serius, bukan balasan singkat di sini. Saya {{signature}}, {{role}}, dan saya yang menanganinya langsung. Silakan hubungi saya lewat {{contact}}.`,
  },
  // Pernyataan publik ketika komentar terlalu banyak untuk dijawab satu per satu.
  {
    id: 'id.holding.statement',
    title: 'Pernyataan sementara: apa yang terjadi, apa yang kami lakukan, kabar berikutnya',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Pesan{{#brand}} dari {{brand}}{{/brand}} untuk semua yang telah menghubungi kami{{#topic}} soal {{topic}}{{/topic}}.

Apa yang terjadi: {{what_happened}}

Apa yang sedang kami lakukan: {{action}}

Kapan kabar berikutnya: kami akan menyampaikan perkembangan selanjutnya di sini {{update_time}}. Kami membaca pesan-pesan Anda dan akan membalas satu per satu sebisa mungkin. Jika Anda butuh bantuan untuk kasus Anda sendiri, silakan hubungi kami melalui {{contact}}.${SIGN}`,
  },
  {
    id: 'id.holding.reply',
    title: 'Balasan untuk satu orang selama insiden',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Terima kasih sudah menghubungi kami{{#name}}, {{name}}{{/name}}, dan kami mohon maaf Anda ikut terdampak. {{what_happened}} Inilah yang sedang kami lakukan: {{action}} Kami akan menyampaikan kabar berikutnya di sini {{update_time}}. Jika sementara itu Anda butuh bantuan untuk kasus Anda, silakan hubungi kami melalui {{contact}}.${SIGN}`,
  },
  {
    id: 'id.holding.short',
    title: 'Pernyataan sementara (singkat, untuk X)',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `Untuk semua yang terdampak{{#topic}} masalah {{topic}}{{/topic}}: {{what_happened}} {{action}} Kabar berikutnya di sini {{update_time}}.${SHORT_SIGN}`,
  },
  {
    id: 'id.holding.progress',
    title: 'Pernyataan sementara: perkembangan terbaru',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: FORMAL,
    body: `Berikut perkembangan terbaru{{#topic}} soal {{topic}}{{/topic}}. {{what_happened}}

Sejak pesan kami sebelumnya: {{fix}}

Masih dalam proses: {{action}}

Kami akan memberi kabar lagi {{update_time}}. Terima kasih atas kesabaran Anda, dan terima kasih kepada semua yang sudah memberi tahu kami: berkat Anda, masalah ini lebih cepat ketahuan.${SIGN}`,
  },
]);
