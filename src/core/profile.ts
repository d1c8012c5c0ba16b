import { BandTable, checkTable, excl, incl } from './bands';

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
};

/** The other BPOM criteria table quoted in SPEC §3 (six grades, 90–110 is Baik). */
export const BPOM_ENAM_TINGKAT: RuleProfile = {
  ...BPOM_UPT_2024,
  id: 'bpom-enam-tingkat',
  name: 'BPOM kriteria 6 tingkat',
  source: 'LAKIN Loka POM Tulang Bawang 2021 (kriteria 6 tingkat; SPEC §3, §9); predikat, status, efisiensi = bpom-upt-2024',
  kriteria: [
    { from: excl(120), result: { label: 'Tidak Dapat Disimpulkan', colour: GREY } },
    { from: excl(110), to: incl(120), result: { label: 'Sangat Baik', colour: DARK_GREEN } },
    { from: incl(90), to: incl(110), result: { label: 'Baik', colour: GREEN } },
    { from: incl(70), to: excl(90), result: { label: 'Cukup', colour: YELLOW } },
    { from: incl(50), to: excl(70), result: { label: 'Kurang', colour: ORANGE } },
    { to: excl(50), result: { label: 'Sangat Kurang', colour: RED } },
  ],
};

/** Built-in profiles, default first. */
export const PROFILES: readonly RuleProfile[] = [BPOM_UPT_2024, BPOM_ENAM_TINGKAT];

/** The built-in profile with this id, or the default one when the id is unknown or absent. */
export function profileById(id: string | null | undefined): RuleProfile {
  return PROFILES.find((p) => p.id === id) ?? BPOM_UPT_2024;
}

/** Problems of a profile (a table with a gap or overlap, a bad cap or SE); empty when sound. */
export function checkProfile(profile: RuleProfile): string[] {
  const tables = { kriteria: profile.kriteria, predikat: profile.predikat, status: profile.status, efisiensi: profile.efisiensi };
  const problems = Object.entries(tables).flatMap(([name, table]) => checkTable<unknown>(table).map((p) => `${name}: ${p}`));
  if (!(profile.cap.min < profile.cap.max)) problems.push('cap: min must be below max');
  if (!(profile.standarEfisiensi > 0)) problems.push('standarEfisiensi must be above 0');
  return problems;
}
