/**
 * Data of the generated .xlsx fixtures that is not in src/core/sample: a four-quarter table
 * and the budget side of the efficiency table. Shared by scripts/make-fixtures.ts and the tests,
 * so a test computes its expectations from the same inputs the fixture was built from.
 */

/** One indicator with a target and a realisasi for each quarter (B03, B06, B09, B12). */
export interface QuarterRow {
  readonly perspektif: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly polaritas: 'Maksimal' | 'Minimal';
  /** [TW I, TW II, TW III, TW IV]; null is written `-` (no target that quarter). */
  readonly target: readonly (number | null)[];
  readonly realisasi: readonly (number | null)[];
}

const SH = 'Stakeholder';
const IP = 'Internal Process';

/** A small strategy map whose every quarter gives a different result. */
export const QUARTERLY_2024: readonly QuarterRow[] = [
  { perspektif: SH, sasaran: 'Terwujudnya Obat dan Makanan yang memenuhi syarat', indikator: 'Persentase Obat yang memenuhi syarat', polaritas: 'Maksimal', target: [88, 89.2, 90, 91], realisasi: [90.1, 88.89, 90, 95.5] },
  { perspektif: SH, sasaran: 'Terwujudnya Obat dan Makanan yang memenuhi syarat', indikator: 'Persentase Makanan yang memenuhi syarat', polaritas: 'Maksimal', target: [79, 80.8, 82, 83], realisasi: [60, 78.79, 82, 100] },
  { perspektif: IP, sasaran: 'Meningkatnya efektivitas pemeriksaan sarana', indikator: 'Persentase sarana produksi yang memenuhi ketentuan', polaritas: 'Maksimal', target: [15, 30, 45, 61.3], realisasi: [20, 27, 45, 90] },
  { perspektif: IP, sasaran: 'Meningkatnya efektivitas pemeriksaan sarana', indikator: 'Rata-rata waktu penyelesaian sertifikasi (hari)', polaritas: 'Minimal', target: [7, 7, 8, 8], realisasi: [6.5, 7, 9, 8] },
  { perspektif: IP, sasaran: 'Meningkatnya efektivitas penindakan kejahatan', indikator: 'Persentase keberhasilan penindakan kejahatan', polaritas: 'Maksimal', target: [null, 30, 60, 85], realisasi: [null, 12, 66, 85] },
];

/** The budget side of one activity of the efficiency table (seed report, 3.3). */
export interface BudgetRow {
  readonly kode: string;
  /** Pagu (alokasi) and realisasi belanja in rupiah as printed; null is printed `-`. */
  readonly pagu: number;
  readonly realisasi: number | null;
}

/**
 * Budget per activity, in the order of DUMAI_EFISIENSI_TW2_2024, from the report's table
 * "realisasi anggaran … per kegiatan". Where the two tables name activities differently we
 * matched them by meaning; "Sarana Pengawasan … di Seluruh Indonesia" takes the laboratory
 * equipment line (3165.RAB), the one budget line left once the others are matched.
 */
export const EFISIENSI_BUDGET_TW2_2024: readonly BudgetRow[] = [
  { kode: '3165.AEA', pagu: 107_795_000, realisasi: 31_396_100 },
  { kode: '3165.BAH', pagu: 66_299_000, realisasi: 32_286_095 },
  { kode: '3165.BDC', pagu: 174_929_000, realisasi: 163_135_783 },
  { kode: '3165.BKB', pagu: 226_755_000, realisasi: 160_700_763 },
  { kode: '3165.BMB', pagu: 88_550_000, realisasi: 37_014_699 },
  { kode: '3165.RAB', pagu: 180_000_000, realisasi: 6_978_000 },
  { kode: '3165.CAN', pagu: 17_000_000, realisasi: null },
  { kode: '3165.CBV', pagu: 1_362_700_000, realisasi: null },
  { kode: '3165.PDD', pagu: 119_002_000, realisasi: 77_235_556 },
  { kode: '3165.QCD', pagu: 215_640_000, realisasi: 33_520_720 },
  { kode: '3165.QDG', pagu: 32_998_000, realisasi: 1_200_000 },
  { kode: '3165.QIA', pagu: 134_305_000, realisasi: 41_723_503 },
  { kode: '3165.QIA', pagu: 217_125_000, realisasi: 101_367_748 },
  { kode: '3165.QIC', pagu: 99_388_000, realisasi: 34_857_064 },
  { kode: '3165.QIC', pagu: 341_751_000, realisasi: 147_254_032 },
  { kode: '3165.CAB', pagu: 55_000_000, realisasi: 21_385_000 },
  { kode: '6834.EBA', pagu: 3_078_494_000, realisasi: 1_795_777_173 },
];

/**
 * The capaian output (%) we give an activity: the report prints only IE, so we take the output
 * that reproduces its printed IE on this budget (IE × capaian input, 2 dp); 0 where it printed `-`
 * because nothing was produced.
 */
export function capaianOutputFor(ie: number | null, budget: BudgetRow): number {
  if (ie === null || budget.realisasi === null) return 0;
  return Math.round(ie * (budget.realisasi / budget.pagu) * 100 * 100) / 100;
}

/** One indicator whose realisasi is a ratio of counts, with its target (issue 15). */
export interface RasioRow {
  readonly sasaran: string;
  readonly indikator: string;
  readonly target: number;
  readonly pembilang: number;
  readonly penyebut: number;
}

/**
 * Balai POM di Pangkalpinang, Laporan Kinerja Interim TW I 2021, Tabel 3.5: the printed row
 * pembilang 23, penyebut 36 (realisasi 63,89, capaian 79,86 against target 80). The names are
 * placeholders: the fixture reproduces the figures, not the report's wording of the indicator.
 */
export const PANGKALPINANG_TW1_2021: readonly RasioRow[] = [
  { sasaran: 'SS Tabel 3.5', indikator: 'IKSS Tabel 3.5 (pembilang 23, penyebut 36)', target: 80, pembilang: 23, penyebut: 36 },
];

/** One indicator of the weights fixture: capaian = realisasi / target × 100, and its Bobot. */
export interface BobotRow {
  readonly sasaran: string;
  readonly indikator: string;
  readonly target: number;
  readonly realisasi: number;
  readonly bobot: number;
}

/**
 * A sasaran whose two indicators weigh 2:1 (issue 15: weights inside a sasaran, as KKP 2016
 * weighs by type). Illustrative figures, not a printed table: capaian 90 and 60 give NPS 80
 * weighted and 75 as the plain mean, so the two rules cannot be confused.
 */
export const BOBOT_2_1: readonly BobotRow[] = [
  { sasaran: 'Meningkatnya efektivitas pengawasan', indikator: 'Indikator berbobot 2', target: 100, realisasi: 90, bobot: 2 },
  { sasaran: 'Meningkatnya efektivitas pengawasan', indikator: 'Indikator berbobot 1', target: 100, realisasi: 60, bobot: 1 },
];
