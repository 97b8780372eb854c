import type { TopicTaxonomy } from './topics-types';

/** Standard spellings: informal ones are mapped first and -nya/-lah are taken off. */
export const ID_TOPICS: TopicTaxonomy = {
  cleanliness: ['bersih', 'kebersihan', 'kotor', 'jorok', 'debu', 'berdebu', 'noda', 'bau', 'busuk', 'pesing', 'apek', 'kecoa', 'kutu', 'rambut', 'sampah', 'higienis', 'jamur', 'berjamur', 'handuk', 'sprei', 'seprai', 'kumuh'],
  staff: [
    'pelayan', 'pelayanan', 'karyawan', 'pegawai', 'staf', 'staff', 'resepsionis', 'satpam', 'kasir', 'manajer',
    'ramah', 'jutek', 'judes', 'galak', 'sopan', 'kasar', 'cuek', 'layanan', 'admin', 'kurir', 'waiter', 'waitress',
    'customer service', 'cs', 'petugas', 'sikap', 'pramusaji', 'sombong',
  ],
  food: [
    'makanan', 'makan', 'minuman', 'minum', 'menu', 'sarapan', 'enak', 'lezat', 'rasa', 'hambar', 'asin', 'manis',
    'pedas', 'gurih', 'basi', 'nasi', 'ayam', 'daging', 'ikan', 'sambal', 'kopi', 'teh', 'jus', 'kuah', 'bakso',
    'mie', 'sate', 'soto', 'porsi', 'restoran', 'resto', 'warung', 'kuliner', 'masakan', 'es', 'kue', 'roti',
  ],
  waiting: ['lama', 'lambat', 'lelet', 'antre', 'antri', 'antrean', 'antrian', 'menunggu', 'tunggu', 'telat', 'terlambat', 'jam', 'lemot'],
  room: [
    'kamar', 'kasur', 'ranjang', 'kamar mandi', 'toilet', 'wc', 'shower', 'kolam renang', 'kolam', 'lobi', 'lift',
    'balkon', 'pemandangan', 'ac', 'wifi', 'tv', 'kulkas', 'bantal', 'fasilitas', 'air panas', 'parkir', 'parkiran',
    'pintu', 'jendela', 'tempat', 'ruangan', 'mushola', 'gedung',
  ],
  noise: ['berisik', 'bising', 'ribut', 'suara', 'musik', 'keras', 'tenang', 'sepi', 'hening', 'gaduh'],
  price: ['harga', 'mahal', 'murah', 'terjangkau', 'kemahalan', 'biaya', 'ongkos', 'tarif', 'worth', 'duit', 'uang', 'promo', 'diskon', 'hemat'],
  billing: ['tagihan', 'bayar', 'pembayaran', 'dibayar', 'transfer', 'kartu kredit', 'booking', 'pemesanan', 'reservasi', 'dibatalkan', 'pembatalan', 'struk', 'nota', 'potongan', 'saldo', 'tagih', 'ditagih'],
  delivery: ['kirim', 'pengiriman', 'dikirim', 'paket', 'kurir', 'ekspedisi', 'resi', 'sampai', 'datang', 'ongkir', 'packing', 'dus', 'jne', 'jnt'],
  product: ['barang', 'produk', 'kualitas', 'rusak', 'cacat', 'pecah', 'sobek', 'palsu', 'ori', 'original', 'asli', 'bahan', 'ukuran', 'garansi', 'baterai', 'kw', 'awet'],
  safety: ['aman', 'keamanan', 'bahaya', 'berbahaya', 'keracunan', 'sakit perut', 'diare', 'muntah', 'alergi', 'luka', 'kecoa', 'tikus', 'belatung', 'kebakaran', 'kadaluarsa', 'kedaluwarsa', 'dicuri', 'kemalingan', 'pencurian', 'satpam'],
  refund: ['refund', 'pengembalian dana', 'uang kembali', 'dikembalikan', 'kembalikan', 'ganti rugi', 'retur', 'kompensasi'],
  app: ['aplikasi', 'apk', 'app', 'website', 'situs', 'web', 'online', 'login', 'akun', 'password', 'error', 'eror', 'bug', 'update', 'server', 'lemot', 'crash', 'loading', 'download', 'gojek', 'grab', 'tokopedia', 'shopee', 'traveloka'],
};
