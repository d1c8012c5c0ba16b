import { BandTable, checkTable, excl, incl } from './bands';
import type { RangeRule } from './capaian';

/** A category with the traffic-light colour the reports paint it ("Notifikasi Warna"). */
export interface Category {
  readonly label: string;
  /** Fill colour as #RRGGBB. */
  readonly colour: string;
}

/** One row of the efficiency table (SPEC §7): capaian TE (null = printed `-`) and kategori. */
export interface EfisiensiGrade {
  readonly capaian: number | null;
  readonly kategori: 'Efisien' | 'Tidak Efisien';
}

/**
 * How NPS weighs a sasaran's indicators (issue 15). `kolom`: each indicator's weight from the
 * sheet's Bobot column. `jenis`: a weight per indicator type, read from the sheet's Jenis
 * column (KKP 2016 weighs indicators by type); keys are compared ignoring case and spaces.
 * Absent: the plain mean (SPEC §4).
 */
export type BobotRule = { readonly mode: 'kolom' } | { readonly mode: 'jenis'; readonly jenis: Readonly<Record<string, number>> };

/**
 * One band of a capaian → nilai conversion: within the band the nilai runs linearly from
 * `nilaiDari` (at the band's lower edge) to `nilaiSampai` (at its upper edge); a band open on a
 * side has one nilai (`nilaiDari` = `nilaiSampai`).
 */
export interface NilaiGrade {
  readonly label: string;
  readonly nilaiDari: number;
  readonly nilaiSampai: number;
}

/** Every threshold the add-in applies, as data (SPEC §9). */
export interface RuleProfile {
  readonly id: string;
  readonly name: string;
  /** Where the tables come from (a report and its page), shown by `sakip profil daftar`. */
  readonly source?: string;
  /** Kriteria of one indicator's capaian (SPEC §3). */
  readonly kriteria: BandTable<Category>;
  /** Predikat of NPS / NP / NPSS (SPEC §5). */
  readonly predikat: BandTable<Category>;
  /** Status against the annual target (SPEC §6). */
  readonly status: BandTable<Category>;
  /** Each indicator's capaian is limited to [min, max] before averaging (SPEC §4). */
  readonly cap: { readonly min: number; readonly max: number };
  /** Standar efisiensi, SE (SPEC §7). */
  readonly standarEfisiensi: number;
  /** Capaian TE and kategori by TE rounded to 2 dp (SPEC §7). */
  readonly efisiensi: BandTable<EfisiensiGrade>;
  /** Decimals that category decisions and display use (SPEC §2). */
  readonly decimals: number;
  /** NPS as a weighted mean of its indicators' capped capaian; absent: the plain mean (SPEC §4). */
  readonly bobot?: BobotRule;
  /** How a range target is scored (see `RANGE_RULES` in capaian.ts); absent means 'stabil'. */
  readonly rangeRule?: RangeRule;
  /** Capaian → nilai capaian conversion (PermenPAN-RB individual performance); absent: none. */
  readonly nilaiCapaian?: BandTable<NilaiGrade>;
}

const GREY = '#BDD7EE';
const DARK_GREEN = '#00B050';
const GREEN = '#92D050';
const YELLOW = '#FFFF00';
const ORANGE = '#FFC000';
const RED = '#FF0000';

const predikatBpom: BandTable<Category> = [
  { from: excl(100), result: { label: 'Istimewa', colour: DARK_GREEN } },
  { from: incl(90), to: incl(100), result: { label: 'Baik', colour: GREEN } },
  { from: incl(70), to: excl(90), result: { label: 'Butuh Perbaikan', colour: YELLOW } },
  { from: incl(50), to: excl(70), result: { label: 'Kurang', colour: ORANGE } },
  { to: excl(50), result: { label: 'Sangat Kurang', colour: RED } },
];

// The 70 threshold is inferred from every printed case (SPEC §6) and kept here, not in code.
const statusBpom: BandTable<Category> = [
  { from: excl(100), result: { label: 'Melampaui', colour: DARK_GREEN } },
  { from: incl(100), to: incl(100), result: { label: 'Tercapai', colour: GREEN } },
  { from: incl(70), to: excl(100), result: { label: 'Akan Tercapai', colour: YELLOW } },
  { to: excl(70), result: { label: 'Perlu Upaya Keras', colour: RED } },
];

const ef = (capaian: number | null, kategori: EfisiensiGrade['kategori']): EfisiensiGrade => ({ capaian, kategori });

// SPEC §7: the printed ranges "0 - 0,2", "0,21 - 0,4", … read on the 2-dp TE leave no gaps
// when each band is (previous upper, upper].
const efisiensiBpom: BandTable<EfisiensiGrade> = [
  { to: excl(0), result: ef(null, 'Tidak Efisien') },
  { from: incl(0), to: incl(0.2), result: ef(100, 'Efisien') },
  { from: excl(0.2), to: incl(0.4), result: ef(95, 'Efisien') },
  { from: excl(0.4), to: incl(0.6), result: ef(92, 'Efisien') },
  { from: excl(0.6), to: incl(0.8), result: ef(90, 'Efisien') },
  { from: excl(0.8), to: incl(1.0), result: ef(88, 'Efisien') },
  { from: excl(1.0), to: incl(1.2), result: ef(86, 'Tidak Efisien') },
  { from: excl(1.2), to: incl(1.4), result: ef(84, 'Tidak Efisien') },
  { from: excl(1.4), to: incl(1.6), result: ef(80, 'Tidak Efisien') },
  { from: excl(1.6), to: incl(1.8), result: ef(78, 'Tidak Efisien') },
  { from: excl(1.8), result: ef(75, 'Tidak Efisien') },
];

/** The default profile: the tables of the Loka POM Dumai LAKIN TW II 2024 (SPEC §3–§7). */
export const BPOM_UPT_2024: RuleProfile = {
  id: 'bpom-upt-2024',
  name: 'BPOM UPT 2024',
  source: 'LAKIN Loka POM Dumai TW II 2024 (Gambar 2.2, 2.4, 3.1, 3.3); SPEC §3–§7',
  kriteria: [
    { from: excl(120), result: { label: 'Tidak Dapat Disimpulkan', colour: GREY } },
    { from: excl(100), to: incl(120), result: { label: 'Sangat Baik', colour: DARK_GREEN } },
    { from: incl(100), to: incl(100), result: { label: 'Baik', colour: GREEN } },
    { from: incl(70), to: excl(100), result: { label: 'Cukup', colour: YELLOW } },
    { to: excl(70), result: { label: 'Kurang', colour: RED } },
  ],
  predikat: predikatBpom,
  status: statusBpom,
  cap: { min: 0, max: 120 },
  standarEfisiensi: 1,
  efisiensi: efisiensiBpom,
  decimals: 2,
  rangeRule: 'stabil',
};

/**
 * BPOM's six-level kriteria. Source: LAKIN Loka POM Tulang Bawang 2021, which prints
 * "> 120 % Tidak Dapat Disimpulkan; 110 % s/d 120 % Sangat Baik; > 90 s/d 110 % Baik;
 * 70 % s/d < 90 % Cukup; < 70 % s/d 50 % Kurang; < 50 % Sangat Kurang". Two edges are ambiguous
 * as printed, decided here:
 * - 110 is claimed by two rows ("110 s/d 120" and "> 90 s/d 110"): it is Baik, because the Baik
 *   row is the one that states its edges with signs (the Sangat Baik row's "110 %" is a plain
 *   start, and the five-level default likewise gives the top grade only strictly above its edge).
 * - 90 is claimed by no row ("> 90" and "< 90"): it is Baik, because the Cukup row writes its
 *   upper edge "< 90" explicitly (so Cukup stops below 90), and 90 is where the default's own
 *   predikat Baik starts (90–100). Reports confirm only the inside: BBPOM Medan 2021 prints
 *   92,99 and 91,44 as Baik, BBPOM Banda Aceh 2020 prints 109,37 as Baik (the default would say
 *   Cukup and Sangat Baik); no printed 90,00 or 110,00 was found to settle the edges.
 * Predikat, status and efficiency are the default's (the report prints no other).
 */
export const BPOM_ENAM_TINGKAT: RuleProfile = {
  ...BPOM_UPT_2024,
  id: 'bpom-enam-tingkat',
  name: 'BPOM kriteria 6 tingkat',
  source:
    'LAKIN Loka POM Tulang Bawang 2021 (kriteria 6 tingkat); tepi diputuskan: 90 dan 110 = Baik; predikat, status, efisiensi = bpom-upt-2024',
  kriteria: [
    { from: excl(120), result: { label: 'Tidak Dapat Disimpulkan', colour: GREY } },
    { from: excl(110), to: incl(120), result: { label: 'Sangat Baik', colour: DARK_GREEN } },
    { from: incl(90), to: incl(110), result: { label: 'Baik', colour: GREEN } },
    { from: incl(70), to: excl(90), result: { label: 'Cukup', colour: YELLOW } },
    { from: incl(50), to: excl(70), result: { label: 'Kurang', colour: ORANGE } },
    { to: excl(50), result: { label: 'Sangat Kurang', colour: RED } },
  ],
};

const nilai = (label: string, nilaiDari: number, nilaiSampai: number = nilaiDari): NilaiGrade => ({ label, nilaiDari, nilaiSampai });

/**
 * Individual performance (SKP) as PermenPAN-RB No. 8 Tahun 2021 (Sistem Manajemen Kinerja PNS),
 * Lampiran Bab VI "Penilaian Kinerja", scores it. The issue attributed these rules to No. 6/2022,
 * which replaced No. 8/2021 and no longer uses formulas (BKN's SIASN FAQ: "tidak digunakan lagi
 * rumus matematis"); the id keeps "2022" because workbooks store it. From the Lampiran:
 * - "kondisi khusus" (lower is better) = (1 + (1 − R/T)) × 100 %; a range target uses its upper
 *   bound when the realisasi is above it and its lower bound when below (p. 91, 100) —
 *   `rangeRule: 'permenpan-rb'`.
 * - nilai capaian IKI (p. 93): Cukup = 70 + (89 − 70)/(99 % − 80 %) × (C − 80 %); Kurang = 50 +
 *   (69 − 50)/(79 % − 60 %) × (C − 60 %); Sangat Kurang = C/59 % × 49; above 110 % → 120. The
 *   worked SKP (p. 243) prints 100 % Baik 109 and 98 % Cukup 88.
 * - Sangat Baik 101–110 % → 110 + (120 − 110)/(110 % − 101 %) × (C − 101 %): the page before p. 93
 *   was not in the sources searched; the formula is an SKP application's (it reproduces every
 *   printed formula above), in the pattern of the printed ones.
 * Decided here, because the Lampiran prints whole percents and a capaian shown with decimals
 * falls between them: each printed formula runs on up to the next band's edge (99,5 % Cukup →
 * 89,5; 59,5 % → 49,42), between 100 % and 101 % is Sangat Baik at its lowest nilai, 110 (the
 * formula extended would fall below Baik's 109), and below 0 % (possible under kondisi khusus) is
 * 0. Not modelled: "capaian 100 % of a target that is the most attainable → 120" (p. 93 huruf i)
 * depends on the indicator, not on the capaian. Kriteria on the same edges; predikat, status and
 * efficiency are the BPOM default's.
 */
export const PERMENPAN_RB_SKP_2022: RuleProfile = {
  ...BPOM_UPT_2024,
  id: 'permenpan-rb-skp-2022',
  name: 'PermenPAN-RB 8/2021 kinerja individu (SKP)',
  source:
    'PermenPAN-RB No. 8 Tahun 2021 (sistem manajemen kinerja PNS), Lampiran Bab VI hlm. 91–93, 100 dan contoh hlm. 243: rumus kondisi khusus, target rentang, nilai capaian IKI (101–110 % Sangat Baik 110–120, 100 % Baik 109, 80–99 % Cukup 70–89, 60–79 % Kurang 50–69, 0–59 % Sangat Kurang × 49/59, > 110 % = 120); rumus Sangat Baik dari aplikasi SKP; diputuskan: antara 100 dan 101 % = 110, < 0 % = 0; predikat, status, efisiensi = bpom-upt-2024',
  kriteria: [
    { from: excl(100), result: { label: 'Sangat Baik', colour: DARK_GREEN } },
    { from: incl(100), to: incl(100), result: { label: 'Baik', colour: GREEN } },
    { from: incl(80), to: excl(100), result: { label: 'Cukup', colour: YELLOW } },
    { from: incl(60), to: excl(80), result: { label: 'Kurang', colour: ORANGE } },
    { to: excl(60), result: { label: 'Sangat Kurang', colour: RED } },
  ],
  rangeRule: 'permenpan-rb',
  // Each band's nilaiSampai is its printed formula at the band's upper edge (e.g. Cukup: 70 + 1 × (100 − 80) = 90).
  nilaiCapaian: [
    { from: excl(110), result: nilai('Sangat Baik', 120) },
    { from: incl(101), to: incl(110), result: nilai('Sangat Baik', 110, 120) },
    { from: excl(100), to: excl(101), result: nilai('Sangat Baik', 110) },
    { from: incl(100), to: incl(100), result: nilai('Baik', 109) },
    { from: incl(80), to: excl(100), result: nilai('Cukup', 70, 90) },
    { from: incl(60), to: excl(80), result: nilai('Kurang', 50, 70) },
    { from: incl(0), to: excl(60), result: nilai('Sangat Kurang', 0, (60 / 59) * 49) },
    { to: excl(0), result: nilai('Sangat Kurang', 0) },
  ],
};

/**
 * A regional government's (Pemda) kriteria. Source: LKjIP Inspektorat Kabupaten Sampang 2019,
 * which prints "91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang".
 * Decided here: the printed integers leave gaps (90,5 is in no row), so each band runs from its
 * printed lower number up to the next band's lower number, excluded — 90,5 is Baik, 75,5 Cukup,
 * 50,5 Sangat Kurang — the reading "76 ≤ x < 91" in which Pemda tables following Permendagri
 * 86/2017 are often printed; and above 100, which the table does not print, is Sangat Baik (a
 * capaian above target is not worse than one at it; NPS still caps it at 120). Predikat, status
 * and efficiency are the BPOM default's (the LKjIP prints no NPS predikat).
 */
export const PEMDA_SAMPANG_2019: RuleProfile = {
  ...BPOM_UPT_2024,
  id: 'pemda-sampang-2019',
  name: 'Pemda: Inspektorat Kab. Sampang 2019',
  source:
    'LKjIP Inspektorat Kabupaten Sampang 2019 (91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang); diputuskan: pita dari angka bawahnya sampai < angka bawah berikutnya, > 100 = Sangat Baik; predikat, status, efisiensi = bpom-upt-2024',
  kriteria: [
    { from: incl(91), result: { label: 'Sangat Baik', colour: DARK_GREEN } },
    { from: incl(76), to: excl(91), result: { label: 'Baik', colour: GREEN } },
    { from: incl(66), to: excl(76), result: { label: 'Cukup', colour: YELLOW } },
    { from: incl(51), to: excl(66), result: { label: 'Kurang', colour: ORANGE } },
    { to: excl(51), result: { label: 'Sangat Kurang', colour: RED } },
  ],
};

/** Built-in profiles, default first. */
export const PROFILES: readonly RuleProfile[] = [BPOM_UPT_2024, BPOM_ENAM_TINGKAT, PERMENPAN_RB_SKP_2022, PEMDA_SAMPANG_2019];

/** The built-in profile with this id, or the default one when the id is unknown or absent. */
export function profileById(id: string | null | undefined): RuleProfile {
  return PROFILES.find((p) => p.id === id) ?? BPOM_UPT_2024;
}

/** Problems of a profile (a table with a gap or overlap, a bad cap or SE); empty when sound. */
export function checkProfile(profile: RuleProfile): string[] {
  const tables = { kriteria: profile.kriteria, predikat: profile.predikat, status: profile.status, efisiensi: profile.efisiensi, ...(profile.nilaiCapaian ? { nilaiCapaian: profile.nilaiCapaian } : {}) };
  const problems = Object.entries(tables).flatMap(([name, table]) => checkTable<unknown>(table).map((p) => `${name}: ${p}`));
  if (!(profile.cap.min < profile.cap.max)) problems.push('cap: min must be below max');
  if (!(profile.standarEfisiensi > 0)) problems.push('standarEfisiensi must be above 0');
  return problems;
}
