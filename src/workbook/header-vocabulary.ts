/**
 * The header vocabulary: how real reports word each column, as one data table read by the
 * matcher in headers.ts (issue 12, deliverable 3). A header is matched by its WORDS, not its
 * phrase: case, punctuation, units in parentheses, line breaks and word order do not matter;
 * abbreviations and synonyms are first turned into one canonical word each (SYNONYMS), then
 * the header's set of words must equal a role's phrase, give or take FILLER words.
 *
 * Sources of the wordings (cited by number in the comments below):
 *  [1] LAKIN Loka POM di Kota Dumai, Triwulan II 2024 (../shared/seed): "No.", "Sasaran
 *      Strategis", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Target Triwulan II",
 *      "Realisasi Triwulan II", "Capaian", "Kriteria", "Target Tahunan", "Realisasi",
 *      "Capaian terhadap Target Tahunan", "Anggaran", "Kode Komponen", "Kegiatan",
 *      "Pagu Anggaran", "Realisasi Anggaran", "Pagu", "Realisasi Anggaran (%)".
 * Further sources are listed in SOURCES below, each with the wordings taken from it.
 */
import type { EfisiensiRole, KinerjaRole } from './layout';

/** A published table whose header wordings the vocabulary covers (tests replay them). */
export interface VocabularySource {
  readonly id: number;
  /** Report, unit, year and where it was read. */
  readonly cite: string;
  /** The table's kind and its header cells verbatim, each with the role it plays (null: none). */
  readonly kind: 'kinerja' | 'efisiensi';
  readonly headers: readonly (readonly [text: string, role: KinerjaRole | EfisiensiRole | null, quarter?: 1 | 2 | 3 | 4])[];
}

/**
 * Words and abbreviations as reports write them → one canonical word. Multi-word forms are
 * rewritten before the split into words (PHRASES); everything else word by word.
 */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  // "s.d.", "s/d", "sd", "sampai dengan", "hingga", "up to": cumulative to a quarter [1].
  [/\bs\s*[./]\s*d\b\.?/g, ' sd '],
  [/\bsampai\s+dengan\b|\bhingga\b|\bup\s+to\b|\byear\s+to\s+date\b/g, ' sd '],
  [/\bdaya\s+serap\b/g, ' serapan '],
  // "T.A. 2024" (tahun anggaran, the fiscal year): one word, before the dots are dropped.
  [/\bt\s*\.\s*a\b\.?/g, ' ta '],
  // "Rp", "(Rp.)", "rupiah": a money column; kept as one word so "Realisasi (Rp)" is money [S10].
  [/\brupiah\b|\brp\b/g, ' rp '],
  // "Jumlah … yang memenuhi syarat" / "Jumlah … yang diperiksa": the counts of a ratio
  // indicator, whatever is counted (sarana, sampel, produk…), as the issue 15 brief words them
  // (BPOM tables print them as "Pembilang" / "Penyebut" [3]). "Tidak memenuhi syarat" (TMS)
  // counts the opposite and is left unread (an info finding names it).
  [/\bjumlah\b(?:(?!\btidak\b).)*\bmemenuhi\s+(?:syarat|ketentuan|standar)\b/g, ' pembilang '],
  [/\bjumlah\b(?:(?!\btidak\b).)*\b(?:diperiksa|diuji|diawasi)\b/g, ' penyebut '],
];

/** One word → its canonical form. A word not listed stands for itself. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  // numbering
  nomor: 'no', nmr: 'no', number: 'no', n0: 'no',
  // periods and years
  thn: 'tahun', th: 'tahun', tahunan: 'tahun', annual: 'tahun', yearly: 'tahun', year: 'tahun',
  // target / realisasi / capaian, abbreviated as tables print them
  tgt: 'target', trgt: 'target',
  real: 'realisasi', rls: 'realisasi', realisation: 'realisasi', realization: 'realisasi', actual: 'realisasi', spent: 'realisasi',
  thd: 'terhadap', trhdp: 'terhadap',
  pencapaian: 'capaian', achievement: 'capaian', cap: 'capaian', capai: 'capaian',
  persentase: 'persen', prosentase: 'persen', presentase: 'persen', percentage: 'persen', percent: 'persen', pct: 'persen', prsn: 'persen',
  // the table's text columns
  indicator: 'indikator', iki: 'indikator', iku: 'indikator', ik: 'indikator', ikss: 'indikator', ikk: 'indikator', ikp: 'indikator',
  objective: 'sasaran', ss: 'sasaran', goal: 'sasaran',
  perspective: 'perspektif',
  polarity: 'polaritas', polarisasi: 'polaritas',
  criteria: 'kriteria', kumulaif: 'kumulatif',
  // budgets: the ceiling, what was spent, and its share
  dipa: 'pagu', alokasi: 'pagu', plafon: 'pagu', budget: 'pagu',
  dana: 'anggaran', biaya: 'anggaran', belanja: 'anggaran', keuangan: 'anggaran', angg: 'anggaran', anggrn: 'anggaran',
  penyerapan: 'serapan', terserap: 'serapan', diserap: 'serapan', absorption: 'serapan',
  planned: 'rencana', plan: 'rencana',
  activity: 'kegiatan', keg: 'kegiatan',
  code: 'kode',
  // single letters under a group header: "KINERJA / T R %", "ANGGARAN / T R %" [9]
  t: 'target', r: 'realisasi',
  index: 'indeks', efficiency: 'efisiensi', level: 'tingkat', category: 'kategori',
};

/**
 * Words a header may carry beside its role's phrase without changing the role: qualifiers
 * ("kinerja", "strategis", "utama"), connectives, the cumulative mark and the fiscal year.
 */
export const FILLER: ReadonlySet<string> = new Set([
  'kinerja', 'performance', 'individu', 'strategis', 'strategic', 'utama', 'bsc', 'urut', 'the', 'of', 'against', 'to', 'terhadap', 'dari', 'dan', 'yang', 'atas', 'per', 'sd', 'kumulatif', 'cumulative', 'ta', 'persen', 'rp', 'krisna', 'renja',
  // months beside a quarter or a range ("Realisasi TW II (Jun)", "Realisasi Januari s.d. Juni" [13])
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'sep', 'okt', 'nov', 'des',
]);

type Vocabulary<R extends string> = Readonly<Record<R, readonly string[]>>;

/**
 * Each role's phrases, as canonical words (order does not matter). A header with the same
 * words (give or take FILLER) plays that role; the longest phrase wins, so "% Serapan" is the
 * share (capaianInput) and "Serapan" the amount (realisasiAnggaran). Numbers in brackets are
 * the SOURCES where the wording was seen; the rest are the template's and everyday forms.
 */
export const KINERJA_VOCABULARY: Vocabulary<KinerjaRole> = {
  no: ['no'], // [1] [5] [10] [11]
  perspektif: ['perspektif'],
  sasaran: ['sasaran', 'sasaran kegiatan', 'sasaran program', 'sasaran kegiatan sub'], // [1] [2] [8]
  indikator: ['indikator', 'indikator kegiatan', 'indikator program', 'indikator sasaran'], // [1] [3] [5] [7]
  polaritas: ['polaritas'],
  target: ['target', 'target pk', 'target periode', 'target triwulan'], // [1] [3] [5] [7]
  realisasi: ['realisasi', 'hasil', 'realisasi triwulan'], // [1] [8]
  // "Capaian terhadap target s/d Triwulan II" [2], "Capaian / Terhadap / Target" [3], "Kinerja(%)" [8]
  capaian: ['capaian', 'npi', 'capaian indikator', 'capaian target', 'persen'], // "Capaian IKI" [14]
  kriteria: ['kriteria', 'kriteria capaian', 'kategori', 'kategori capaian indikator'], // [3] [6: "Kategori" holds BAIK] [14]
  // "Nilai Capaian IKI" [14]; a column of the table only under a profile that converts capaian to nilai.
  nilai: ['nilai', 'nilai capaian', 'nilai capaian indikator', 'score'],
  targetTahunan: ['target tahun', 'target akhir tahun', 'target pk tahun'], // [1] [13]
  realisasiTahunan: ['realisasi tahun'],
  capaianTahunan: ['capaian target tahun', 'capaian tahun', 'capaian akhir tahun'], // [1] [13]
  status: ['status', 'status capaian', 'status target tahun'],
  // Balai POM Pangkalpinang TW I 2021, Tabel 3.5 prints "s.d TW I" over "Pembilang | Penyebut | Realisasi" [3] [2]
  pembilang: ['pembilang', 'numerator'],
  penyebut: ['penyebut', 'denominator'],
  // "Bobot", "Bobot (%)": an indicator's weight in its sasaran (issue 15; KKP 2016 weights by indicator type)
  bobot: ['bobot', 'bobot indikator', 'weight'],
  jenis: ['jenis indikator', 'tipe indikator', 'indicator type'],
};

/** The efficiency table's roles (SPEC §7). */
export const EFISIENSI_VOCABULARY: Vocabulary<EfisiensiRole> = {
  no: ['no'], // [10] [11]
  kode: ['kode', 'kode komponen', 'kode output', 'kode kegiatan', 'kode ro', 'kro', 'kode akun'], // [1]
  kegiatan: ['kegiatan', 'output', 'kegiatan output', 'program kegiatan', 'rincian output', 'komponen', 'nama kegiatan', 'uraian', 'uraian kegiatan', 'kegiatan sub', 'program'], // [1] [8] [10] [11]
  // Under a "KINERJA" group: T, R, % are the output's target, realisasi and share [9].
  capaianOutput: ['capaian output', 'persen capaian output', 'kinerja persen', 'capaian kinerja'],
  targetVolume: ['target volume', 'target output', 'target', 'kinerja target'], // [9] [12]
  realisasiVolume: ['realisasi volume', 'realisasi output', 'kinerja realisasi'], // [9] [12]
  // "Pagu Anggaran" [1] [12], "ANGGARAN (Rp)" [10], "Alokasi Anggaran (Rp)" [8], "PAGU REVISI" [11]
  // ("PAGU AWAL" is no role: the share is computed on the revised ceiling [11]).
  pagu: ['pagu', 'pagu anggaran', 'anggaran', 'target pagu', 'rencana anggaran', 'rencana pagu', 'rencana pagu anggaran', 'target anggaran', 'rencana', 'rencana pagu anggaran triwulan', 'pagu revisi', 'pagu anggaran revisi', 'pagu akhir'],
  // "Realisasi Anggaran" [1] [8], "REALISASI (Rp)" [10] [11], "ANGGARAN / R" [9]
  realisasiAnggaran: ['realisasi anggaran', 'realisasi pagu', 'serapan', 'serapan anggaran', 'realisasi serapan', 'realisasi rp'],
  // "Realisasi Anggaran (%)" [1], "CAPAIAN REALISASI ANGGARAN (%)" [10], "%" [11], "Realisasi(%)" [8], "ANGGARAN / %" [9]
  capaianInput: ['capaian input', 'persen capaian input', 'persen realisasi anggaran', 'persen serapan', 'persen serapan anggaran', 'capaian anggaran', 'capaian realisasi anggaran', 'persen realisasi pagu', 'capaian serapan', 'persen realisasi', 'persen anggaran', 'persen'],
  ie: ['ie', 'indeks efisiensi'], // [9]
  te: ['te', 'tingkat efisiensi'], // [9]
  capaianTe: ['capaian te', 'capaian tingkat efisiensi'],
  kategori: ['kategori', 'kategori efisiensi'],
};

/**
 * Phrases that mean more than one role. The matcher takes the first role no other column of
 * the table already plays, and says which it chose when more than one was free.
 */
export const AMBIGUOUS: Readonly<Record<'kinerja' | 'efisiensi', readonly (readonly [phrase: string, roles: readonly (KinerjaRole | EfisiensiRole)[]])[]>> = {
  kinerja: [],
  efisiensi: [
    // "Realisasi" beside a volume target is the volume; beside Pagu alone it is money [10] [12].
    ['realisasi', ['realisasiVolume', 'realisasiAnggaran']],
    // "Capaian" beside Pagu and Realisasi Anggaran is the budget's share [1], else the output's.
    ['capaian', ['capaianInput', 'capaianOutput']],
  ],
};

/**
 * The columns that tell an AMBIGUOUS header's roles apart: "Realisasi" beside Pagu (and no
 * volume target) is the money spent [10] [11]; "Capaian" beside Pagu and Realisasi Anggaran is
 * the budget's share [1].
 */
export const PARTNERS: Readonly<Partial<Record<KinerjaRole | EfisiensiRole, readonly (KinerjaRole | EfisiensiRole)[]>>> = {
  realisasiVolume: ['targetVolume'],
  realisasiAnggaran: ['pagu'],
  capaianInput: ['pagu', 'realisasiAnggaran'],
  capaianOutput: ['targetVolume', 'realisasiVolume'],
};

/** Published tables whose wordings the vocabulary must read (test/workbook/header-vocabulary.test.ts). */
export const SOURCES: readonly VocabularySource[] = [
  {
    id: 1,
    cite: 'LAKIN Loka POM di Kota Dumai Triwulan II 2024, capaian per triwulan (../shared/seed/lakin-loka-pom-dumai-tw2-2024.txt)',
    kind: 'kinerja',
    headers: [['Indikator Kinerja', 'indikator'], ['Target Triwulan II', 'target', 2], ['Realisasi Triwulan II', 'realisasi', 2], ['Capaian', 'capaian'], ['Kriteria', 'kriteria']],
  },
  {
    id: 1,
    cite: 'LAKIN Loka POM di Kota Dumai Triwulan II 2024, capaian terhadap target tahunan (../shared/seed/lakin-loka-pom-dumai-tw2-2024.txt)',
    kind: 'kinerja',
    headers: [['Indikator Kinerja', 'indikator'], ['Target Tahunan', 'targetTahunan'], ['Realisasi', 'realisasi'], ['Capaian', 'capaian'], ['Capaian terhadap Target Tahunan', 'capaianTahunan']],
  },
  {
    id: 1,
    cite: 'LAKIN Loka POM di Kota Dumai Triwulan II 2024, Rencana Kinerja Tahunan and Rencana Aksi (../shared/seed/lakin-loka-pom-dumai-tw2-2024.txt)',
    kind: 'kinerja',
    headers: [['No.', 'no'], ['Sasaran Kegiatan', 'sasaran'], ['Indikator Kinerja', 'indikator'], ['Target', 'target'], ['Anggaran', null]],
  },
  {
    id: 1,
    cite: 'LAKIN Loka POM di Kota Dumai Triwulan II 2024, anggaran per indikator (../shared/seed/lakin-loka-pom-dumai-tw2-2024.txt)',
    kind: 'efisiensi',
    headers: [['Kode Komponen', 'kode'], ['Kegiatan', 'kegiatan'], ['Pagu Anggaran', 'pagu'], ['Realisasi Anggaran', 'realisasiAnggaran'], ['Capaian', 'capaianInput']],
  },
  {
    id: 2,
    // https://123dok.com/article/capaian-kinerja-anggaran-triwulan-ii-tahun.z1dp5d78
    cite: 'PPPOMN (BPOM), Laporan Kinerja Interim Triwulan II 2021, Tabel 14',
    kind: 'kinerja',
    headers: [['sasaran strategis', 'sasaran'], ['Indikator', 'indikator'], ['Target Triwulan (kumulaif) II', 'target', 2], ['Realisasi Per Triwulan (kumulatif) s/d Triwulan II', 'realisasi', 2], ['Capaian terhadap target s/d Triwulan II', 'capaian', 2], ['pembilang', 'pembilang'], ['penyebut', 'penyebut']],
  },
  {
    id: 3,
    // https://fliphtml5.com/lrpia/skhm/Laporan_Kinerja_Interim_Tw_I_Tahun_2021/48
    cite: 'Balai POM di Pangkalpinang, Laporan Kinerja Interim TW I 2021, Tabel 3.5',
    kind: 'kinerja',
    headers: [['Sasaran Strategis', 'sasaran'], ['Indikator Kinerja Sasaran Strategis (IKSS)', 'indikator'], ['Target s.d TW I', 'target', 1], ['s.d TW I Realisasi', 'realisasi', 1], ['Capaian Terhadap Target', 'capaian'], ['Kriteria', 'kriteria'], ['Pembilang', 'pembilang'], ['Penyebut', 'penyebut']],
  },
  {
    id: 4,
    // https://fliphtml5.com/lrpia/fjhg/Laporan_Kinerja_Interim_TW_IV_Tahun_2021/65
    cite: 'Balai POM di Pangkalpinang, Laporan Kinerja Interim TW IV 2021, Tabel 3.8',
    kind: 'kinerja',
    headers: [['Sasaran Strategis', 'sasaran'], ['Target Triwulan IV', 'target', 4], ['s.d Triwulan IV Tahun 2021 Realisasi', 'realisasi', 4], ['Capaian Terhadap Target', 'capaian'], ['Kriteria', 'kriteria']],
  },
  {
    id: 5,
    // https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html
    cite: 'Inspektorat Daerah Kabupaten Sampang, LKjIP 2019, Tabel 3.1',
    kind: 'kinerja',
    headers: [['N0', 'no'], ['Indikator Kinerja Utama', 'indikator'], ['Satuan', null], ['Target', 'target'], ['Realisasi', 'realisasi'], ['Capaian', 'capaian']],
  },
  {
    id: 6,
    // https://123dok.com/article/capaian-kriteria-terkelolanya-pengantar-yogyakarta-februari-kepala-bbpom.yj74d3o2
    cite: 'Balai Besar POM di Yogyakarta, Laporan Kinerja 2020, Tabel 42',
    kind: 'kinerja',
    headers: [['Target', 'target'], ['Realisasi', 'realisasi'], ['Capaian', 'capaian'], ['Kategori', 'kriteria']],
  },
  {
    id: 6,
    // https://123dok.com/article/efektivitas-penggunaan-anggaran-pengantar-yogyakarta-februari-kepala-bbpom.yj74d3o2
    cite: 'Balai Besar POM di Yogyakarta, Laporan Kinerja 2020, Tabel 44 (the 2020 columns; 2022 and 2024 are Renstra targets)',
    kind: 'kinerja',
    headers: [['Target 2020', 'target'], ['Realisasi 2020', 'realisasi'], ['Capaian 2020', 'capaian'], ['Asumsi Capaian 2022', null]],
  },
  {
    id: 7,
    // https://fliphtml5.com/agdol/iduq/LAKIP_Puslatbang_KMP_LAN_Tahun_2021/105/
    cite: 'Puslatbang KMP, Lembaga Administrasi Negara, LAKIP 2021, Tabel 3.67',
    kind: 'kinerja',
    headers: [['Indikator Kinerja', 'indikator'], ['Target', 'target'], ['Realisasi', 'realisasi'], ['Capaian', 'capaian']],
  },
  {
    id: 8,
    // https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022
    cite: 'Kabupaten Polewali Mandar, SIM Kinerja 2022, pengukuran kinerja eselon 4',
    kind: 'kinerja',
    // The page's third table (its first prints the capaian as "Target Kinerja(%)", which no
    // vocabulary can tell from a target: read as a second Target, it is a kolom-ganda error).
    headers: [['Pejabat', null], ['Sasaran Kegiatan / Sub-Kegiatan', 'sasaran'], ['Indikator', 'indikator'], ['Target', 'target'], ['Hasil', 'realisasi'], ['Kinerja(%)', 'capaian'], ['Kendala', null], ['Solusi', null]],
  },
  {
    id: 8,
    // https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022
    cite: 'Kabupaten Polewali Mandar, SIM Kinerja 2022, anggaran',
    kind: 'efisiensi',
    headers: [['Pejabat', null], ['Kegiatan / Sub-Kegiatan', 'kegiatan'], ['Alokasi Anggaran (Rp)', 'pagu'], ['Realisasi Anggaran (Rp)', 'realisasiAnggaran'], ['Realisasi(%)', 'capaianInput']],
  },
  {
    id: 9,
    // https://123dok.com/article/analisis-efisiensi-pelaksanaan-kegiatan-akuntabilitas-kinerja.yev43501
    cite: 'PRKOM (BPOM), Laporan Kinerja 2021, Tabel 28 Analisis Tingkat Efisiensi Kegiatan',
    kind: 'efisiensi',
    // A two-row header: KINERJA and ANGGARAN over T, R, % (read joined, as the layout reads them).
    headers: [['KINERJA T', 'targetVolume'], ['KINERJA R', 'realisasiVolume'], ['KINERJA %', 'capaianOutput'], ['ANGGARAN T', 'pagu'], ['ANGGARAN R', 'realisasiAnggaran'], ['ANGGARAN %', 'capaianInput'], ['IE', 'ie'], ['TE', 'te']],
  },
  {
    id: 10,
    // https://fliphtml5.com/xgkox/cyxe/LAPORAN_KINERJA_SEKRETARIAT_DAERAH_PROVINSI_SUMATERA_UTARA_TAHUN_2021/49
    cite: 'Sekretariat Daerah Provinsi Sumatera Utara, Laporan Kinerja 2021, Tabel 19',
    kind: 'efisiensi',
    headers: [['NO', 'no'], ['PROGRAM/ KINERJA', 'kegiatan'], ['ANGGARAN (Rp)', 'pagu'], ['REALISASI (Rp)', 'realisasiAnggaran'], ['CAPAIAN REALISASI ANGGARAN (%)', 'capaianInput']],
  },
  {
    id: 11,
    // https://123dok.com/article/pagu-dan-realisasi-dipa-badan-urusan-administrasi.z13gmndq
    cite: 'Mahkamah Agung RI, Badan Urusan Administrasi, LKjIP 2019, Pagu dan Realisasi DIPA',
    kind: 'efisiensi',
    headers: [['NO.', 'no'], ['KEGIATAN', 'kegiatan'], ['PAGU AWAL (Rp.)', null], ['PAGU REVISI (Rp.)', 'pagu'], ['REALISASI (Rp.)', 'realisasiAnggaran'], ['%', 'capaianInput']],
  },
  {
    id: 12,
    // https://fliphtml5.com/ivgoq/hwvo/LAKIP_ITJEN_TAHUN_2019/42
    cite: 'Inspektorat Jenderal, LAKIP 2019, Tabel III.5 Pengukuran Efisiensi (text as scanned, low confidence)',
    kind: 'efisiensi',
    headers: [['Volume Target', 'targetVolume'], ['Volume Realisasi', 'realisasiVolume'], ['Pagu Anggaran', 'pagu']],
  },
  {
    id: 13,
    // https://docs.google.com/spreadsheets/d/1CAlCw2x7MR2znXLDb11uRS2sG6mQXnJceciBdeembTU/edit
    cite: 'Monthly IKK monitoring worksheet (Google Sheets, publisher not named; not a published LAKIN)',
    kind: 'kinerja',
    headers: [['Indikator', 'indikator'], ['Target Tahunan KRISNA RENJA', 'targetTahunan'], ['Satuan', null], ['Definisi Operasional', null], ['REALISASI S.D MARET', 'realisasi', 1], ['REALISASI SD. JUNI', 'realisasi', 2], ['Target s.d Juni', 'target', 2], ['% Capaian terhadap target s.d. Juni', 'capaian', 2], ['%Capaian terhadap target tahunan', 'capaianTahunan'], ['Hambatan', null], ['Rencana Tindak Lanjut', null]],
  },
  {
    id: 14,
    // http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page363.html
    cite: 'PermenPAN-RB No. 8 Tahun 2021 (Sistem Manajemen Kinerja PNS), Lampiran, contoh penilaian SKP hlm. 243',
    kind: 'kinerja',
    headers: [['Perspektif', 'perspektif'], ['No', 'no'], ['Rencana Kinerja', null], ['Indikator Kinerja Individu', 'indikator'], ['Target', 'target'], ['Realisasi', 'realisasi'], ['Capaian IKI', 'capaian'], ['Kategori Capaian IKI', 'kriteria'], ['Nilai Capaian IKI', 'nilai'], ['Nilai Tertimbang', null]],
  },
];
