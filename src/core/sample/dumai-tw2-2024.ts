/**
 * The Triwulan II 2024 performance table of Loka POM di Kota Dumai, as its LAKIN prints it
 * (seed report, Bab III 3.1), with the report's own printed capaian, kriteria and status so
 * that the audit can be shown on real slips (SPEC §11).
 *
 * Decision (SPEC §4): SS10 "Nilai Kinerja Anggaran" prints 45,00 → 49,28 for TW II, yet the
 * report's conclusion 10 says SS10 "belum terdapat capaian NPS karena akan dinilai pada akhir
 * tahun", and its NP Learning & Growth = 100,00 counts SS8 only. We record its TW II target as
 * `-` (not assessed) so the sample reproduces the report's headline NPSS 101,67.
 */

/** One indicator row of the sample. Text fields are as printed; numbers are plain. */
export interface SampleIndikator {
  readonly perspektif: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly polaritas: 'Maksimal' | 'Minimal';
  /** TW II target; null is printed `-` (not assessed this quarter). */
  readonly target: number | null;
  /** TW II realisasi; null is printed `-`. */
  readonly realisasi: number | null;
  readonly targetTahunan: number;
  /** What the report printed in its Capaian and Kriteria columns (null: printed `-`). */
  readonly printedCapaian: number | null;
  readonly printedKriteria: string;
  /** What the report printed as status against the annual target. */
  readonly printedStatus: string;
}

const STAKEHOLDER = 'Stakeholder';
const INTERNAL = 'Internal Process';
const LEARNING = 'Learning & Growth';

const SS1 = 'Terwujudnya Obat dan Makanan yang memenuhi syarat di wilayah kerja Loka POM di Kota Dumai';
const SS2 = 'Meningkatnya efektivitas pemeriksaan sarana Obat dan Makanan serta pelayanan publik di wilayah kerja Loka POM di Kota Dumai';
const SS3 = 'Meningkatnya efektivitas Komunikasi, Informasi, Edukasi (KIE) Obat dan Makanan di wilayah kerja Loka POM di Kota Dumai';
const SS4 = 'Meningkatnya efektivitas pemeriksaan produk dan pengujian Obat dan Makanan di wilayah kerja Loka POM di Kota Dumai';
const SS5 = 'Meningkatnya efektivitas penindakan kejahatan Obat dan Makanan di wilayah kerja Loka POM di Kota Dumai';
const SS6 = 'Menguatnya laboratorium, pengelolaan data dan informasi pengawasan Obat dan Makanan';
const SS7 = 'Meningkatnya kepuasan pelaku usaha dan Masyarakat terhadap kinerja pengawasan Obat dan Makanan';
const SS8 = 'Terwujudnya tata kelola pemerintahan Loka POM di Kota Dumai yang optimal';
const SS9 = 'Terwujudnya SDM Loka POM di Kota Dumai yang berkinerja optimal';
const SS10 = 'Terkelolanya Keuangan Loka POM di Kota Dumai secara Akuntabel';

const row = (
  perspektif: string,
  sasaran: string,
  indikator: string,
  target: number | null,
  realisasi: number | null,
  targetTahunan: number,
  printedCapaian: number | null,
  printedKriteria: string,
  printedStatus: string,
): SampleIndikator => ({ perspektif, sasaran, indikator, polaritas: 'Maksimal', target, realisasi, targetTahunan, printedCapaian, printedKriteria, printedStatus });

/** The 25 indicators of the TW II 2024 report, in the report's order of perspectives. */
export const DUMAI_TW2_2024: readonly SampleIndikator[] = [
  row(STAKEHOLDER, SS1, 'Persentase Obat yang memenuhi syarat', 89.2, 88.89, 89.2, 99.65, 'Cukup', 'Akan Tercapai'),
  row(STAKEHOLDER, SS1, 'Persentase Makanan yang memenuhi syarat', 80.8, 78.79, 80.8, 97.51, 'Cukup', 'Akan Tercapai'),
  row(STAKEHOLDER, SS1, 'Persentase Obat yang aman dan bermutu berdasarkan hasil pengawasan', 86.9, 86.11, 86.9, 99.09, 'Cukup', 'Akan Tercapai'),
  // The report prints 103,52 as "Baik" (SPEC §11: the rule says Sangat Baik).
  row(STAKEHOLDER, SS1, 'Persentase Makanan yang aman dan bermutu berdasarkan hasil pengawasan', 67.62, 70.0, 67.62, 103.52, 'Baik', 'Melampaui'),
  row(STAKEHOLDER, SS7, 'Indeks Kepuasan Masyarakat terhadap Layanan Publik UPT', null, null, 92.0, null, '-', 'Perlu Upaya Keras'),
  row(INTERNAL, SS2, 'Persentase keputusan/rekomendasi hasil inspeksi sarana produksi dan distribusi yang dilaksanakan', 100, 95.12, 100, 95.12, 'Cukup', 'Akan Tercapai'),
  row(INTERNAL, SS2, 'Persentase keputusan/rekomendasi hasil inspeksi yang ditindaklanjuti oleh pemangku kepentingan', 95.19, 51.35, 95.19, 53.94, 'Kurang', 'Perlu Upaya Keras'),
  row(INTERNAL, SS2, 'Persentase keputusan penilaian sertifikasi yang diselesaikan tepat waktu', 100, 100, 100, 100, 'Baik', 'Tercapai'),
  row(INTERNAL, SS2, 'Persentase sarana produksi Obat dan Makanan yang memenuhi ketentuan', 61.3, 90.0, 61.3, 146.82, 'Tidak Dapat Disimpulkan', 'Melampaui'),
  row(INTERNAL, SS2, 'Persentase sarana distribusi Obat dan Makanan yang memenuhi ketentuan', 68.0, 87.34, 68.0, 128.44, 'Tidak Dapat Disimpulkan', 'Melampaui'),
  row(INTERNAL, SS2, 'Persentase UMKM yang memenuhi standar produksi pangan olahan dan/atau pembuatan OT dan Kosmetik yang baik', 30.0, 40.0, 100, 133.33, 'Tidak Dapat Disimpulkan', 'Perlu Upaya Keras'),
  row(INTERNAL, SS2, 'Persentase Keterlibatan UPT dalam Program Sediaan Farmasi Makanan Minuman serta Program Pemberdayaan Masyarakat', 12.5, 23.33, 95.0, 186.64, 'Tidak Dapat Disimpulkan', 'Perlu Upaya Keras'),
  row(INTERNAL, SS3, 'Tingkat Efektivitas KIE Obat dan Makanan', 95.1, 97.33, 95.1, 102.34, 'Sangat Baik', 'Melampaui'),
  row(INTERNAL, SS4, 'Persentase sampel Obat yang diperiksa dan diuji sesuai standar', 25.0, 27.68, 50.0, 110.72, 'Sangat Baik', 'Perlu Upaya Keras'),
  row(INTERNAL, SS4, 'Persentase sampel Makanan yang diperiksa dan diuji sesuai standar', 21.0, 24.52, 50.0, 116.76, 'Sangat Baik', 'Perlu Upaya Keras'),
  row(INTERNAL, SS5, 'Persentase keberhasilan penindakan kejahatan di bidang Obat dan Makanan', null, null, 85.0, null, '-', 'Perlu Upaya Keras'),
  row(INTERNAL, SS6, 'Indeks pengelolaan data dan informasi UPT yang optimal', 3, 3, 3, 100, 'Baik', 'Tercapai'),
  row(LEARNING, SS8, 'Persentase implementasi rencana aksi Reformasi Birokrasi di lingkup UPT', 50.0, 50.0, 100, 100, 'Baik', 'Perlu Upaya Keras'),
  row(LEARNING, SS8, 'Nilai AKIP UPT', null, null, 79.24, null, '-', 'Perlu Upaya Keras'),
  row(LEARNING, SS8, 'Nilai Pengelolaan Kearsipan', null, null, 89.1, null, '-', 'Perlu Upaya Keras'),
  row(LEARNING, SS9, 'Indeks Profesionalitas ASN UPT', null, null, 90.07, null, '-', 'Perlu Upaya Keras'),
  row(LEARNING, SS10, 'Nilai Kinerja Anggaran UPT', null, 49.28, 90.0, null, '-', 'Perlu Upaya Keras'),
  row(LEARNING, SS10, 'Nilai Kualitas Pengelolaan Barang dan Jasa', null, null, 98.16, null, '-', 'Perlu Upaya Keras'),
  row(LEARNING, SS10, 'Nilai Pengelolaan Barang Milik Negara', null, null, 75.0, null, '-', 'Perlu Upaya Keras'),
  row(LEARNING, SS10, 'Persentase Realisasi Penggunaan Produk dalam Negeri', null, null, 66.26, null, '-', 'Perlu Upaya Keras'),
];

/** One activity of the report's efficiency table (Bab III 3.3) with what it printed. */
export interface SampleEfisiensi {
  readonly kegiatan: string;
  /** IE as printed (2 dp); null where the report printed `-` because output was 0. */
  readonly ie: number | null;
  readonly printedTe: number;
  readonly printedCapaianTe: number | null;
  readonly printedKategori: 'Efisien' | 'Tidak Efisien';
}

const e = (kegiatan: string, ie: number | null, printedTe: number, printedCapaianTe: number | null, printedKategori: SampleEfisiensi['printedKategori']): SampleEfisiensi => ({
  kegiatan,
  ie,
  printedTe,
  printedCapaianTe,
  printedKategori,
});

/** The 17 activities of the efficiency table, IE as printed. */
export const DUMAI_EFISIENSI_TW2_2024: readonly SampleEfisiensi[] = [
  e('Laporan Analisis Kejahatan Obat dan Makanan', 1.11, 0.11, 100, 'Efisien'),
  e('Pelayanan Publik Lainnya', 2.22, 1.22, 84, 'Tidak Efisien'),
  e('Fasilitasi dan Pembinaan Masyarakat', 1.2, 0.2, 95, 'Efisien'),
  e('Laporan Koordinasi Pengawasan Obat dan Makanan', 3.97, 2.97, 88, 'Efisien'),
  e('Layanan Publikasi Keamanan dan Mutu Obat dan Makanan', 0.98, -0.02, null, 'Efisien'),
  e('Sarana Pengawasan Obat dan Makanan di Seluruh Indonesia', 1.0, 0.0, 100, 'Efisien'),
  e('Sarana Bidang Teknologi Informasi dan Komunikasi', null, -1.0, null, 'Tidak Efisien'),
  e('Prasarana Bidang Kesehatan', null, -1.0, null, 'Tidak Efisien'),
  e('Laboratorium pengawasan Obat dan Makanan yang sesuai Good Laboratory Practice', 1.37, 0.37, 95, 'Efisien'),
  e('Perkara di Bidang Obat dan Makanan', null, -1.0, null, 'Tidak Efisien'),
  e('UMKM yang Didampingi dalam Pemenuhan Standar', null, -1.0, null, 'Tidak Efisien'),
  e('Sampel Makanan yang Diperiksa', 2.03, 1.03, 86, 'Efisien'),
  e('Sampel Obat, Obat Tradisional, Kosmetik dan Suplemen Kesehatan yang Diperiksa', 1.72, 0.72, 90, 'Efisien'),
  e('Sarana Produksi Obat dan Makanan yang Diperiksa', 2.21, 1.21, 84, 'Tidak Efisien'),
  e('Sarana Distribusi Obat dan Makanan yang Diperiksa', 1.33, 0.33, 95, 'Efisien'),
  e('Sarana Bidang Kesehatan', null, -1.0, null, 'Tidak Efisien'),
  e('Pengelolaan Sarana dan Prasarana BPOM', 1.49, 0.49, 100, 'Efisien'),
];
