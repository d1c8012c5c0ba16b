/**
 * Data of the generated unit workbooks for the rekap (issue 16): which units, and what each one
 * reports for each quarter of 2024. Pure and deterministic (a seeded generator per unit, quarter
 * and indicator), so scripts/make-rekap-fixtures.ts and the tests compute the same figures.
 *
 * The indicators are the 25 of Loka POM di Kota Dumai's TW II 2024 report (DUMAI_TW2_2024); that
 * unit's TW II is the report itself (NPSS 101,67), every other figure is generated.
 */
import { DUMAI_TW2_2024 } from '../src/core';

/**
 * BPOM's technical units (UPT): 76 names in the forms the units use on their covers (Balai Besar
 * POM di …, Balai POM di …, Loka POM di …). GENERATED LIST, not an official one: no register of
 * the UPT was at hand (PerBPOM 12/2018 on the UPT's organisation and its later amendments hold
 * the real one), so these are plausible names of real Indonesian cities and regencies, a few known
 * from real reports (Dumai, Pangkalpinang, Palangka Raya, Banggai). Their classes are not verified.
 */
export const UPT_BPOM: readonly string[] = [
  ...[
    'Banda Aceh', 'Medan', 'Padang', 'Pekanbaru', 'Jambi', 'Palembang', 'Bandar Lampung', 'Jakarta', 'Bandung', 'Semarang', 'Yogyakarta', 'Surabaya',
    'Denpasar', 'Mataram', 'Kupang', 'Pontianak', 'Palangka Raya', 'Banjarmasin', 'Samarinda', 'Makassar', 'Manado', 'Ambon', 'Jayapura',
  ].map((c) => `Balai Besar POM di ${c}`),
  ...['Bengkulu', 'Pangkalpinang', 'Batam', 'Serang', 'Palu', 'Kendari', 'Gorontalo', 'Mamuju', 'Sofifi', 'Manokwari', 'Tarakan', 'Sorong', 'Kabupaten Bogor', 'Kota Cirebon', 'Kota Tangerang'].map(
    (c) => `Balai POM di ${c}`,
  ),
  ...[
    'Kota Dumai', 'Kabupaten Indragiri Hilir', 'Kota Lhokseumawe', 'Kabupaten Aceh Selatan', 'Kota Sibolga', 'Kabupaten Asahan', 'Kabupaten Toba', 'Kota Bukittinggi',
    'Kabupaten Dharmasraya', 'Kabupaten Bungo', 'Kabupaten Tanjung Jabung Barat', 'Kota Lubuklinggau', 'Kabupaten Rejang Lebong', 'Kota Tanjungpinang', 'Kabupaten Lebak',
    'Kota Tasikmalaya', 'Kabupaten Banyumas', 'Kota Surakarta', 'Kabupaten Jember', 'Kota Kediri', 'Kabupaten Buleleng', 'Kota Bima', 'Kabupaten Manggarai Barat',
    'Kabupaten Sumba Timur', 'Kabupaten Belu', 'Kabupaten Sanggau', 'Kabupaten Sintang', 'Kabupaten Kotawaringin Timur', 'Kabupaten Tanah Bumbu', 'Kota Balikpapan',
    'Kabupaten Berau', 'Kota Palopo', 'Kabupaten Bone', 'Kota Baubau', 'Kabupaten Banggai', 'Kabupaten Kepulauan Tanimbar', 'Kabupaten Mimika', 'Kabupaten Merauke',
  ].map((c) => `Loka POM di ${c}`),
];

/** A quarter of 2024: TW I … TW IV. */
export type Quarter = 1 | 2 | 3 | 4;
/** The year of every generated report. */
export const TAHUN = 2024;
/** The quarters' roman numerals, as the reports write them (`Triwulan II`). */
export const ROMAN: Readonly<Record<Quarter, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
/** The months a quarter's cumulative figures cover (`Periode: Januari s.d. Juni 2024`). */
export const LAST_MONTH: Readonly<Record<Quarter, string>> = { 1: 'Maret', 2: 'Juni', 3: 'September', 4: 'Desember' };

/** The unit whose TW II is the real report (DUMAI_TW2_2024) and the name its sasaran carry. */
export const DUMAI = 'Loka POM di Kota Dumai';

/** The indicator spelled differently by some units, and its spellings. */
export const OBAT_MS = 'Persentase Obat yang memenuhi syarat';
/** A near-match of OBAT_MS: the consolidation must list it as a finding, never merge it. */
export const OBAT_MS_SINGKAT = '% Obat memenuhi syarat';
/** OBAT_MS in other capitals and spacing: the same name once normalised, so it merges. */
export const OBAT_MS_HURUF = 'Persentase  obat yang Memenuhi Syarat';

/** Units whose reports depart from the common one, so that each rekap finding has a cause. */
export const VARIANTS = {
  /** Spell OBAT_MS as OBAT_MS_SINGKAT. */
  singkat: ['Balai Besar POM di Pekanbaru', 'Balai Besar POM di Padang', 'Loka POM di Kabupaten Banggai'],
  /** Spell OBAT_MS as OBAT_MS_HURUF. */
  huruf: ['Balai Besar POM di Medan'],
  /** Leaves out the indicator MISSING_INDICATOR altogether. */
  missing: 'Balai POM di Batam',
  /** Prints `-` as target and realisasi of NOT_ASSESSED_INDICATOR, which the others assess. */
  notAssessed: 'Balai POM di Pangkalpinang',
} as const;
/** The indicator VARIANTS.missing leaves out. */
export const MISSING_INDICATOR = 'Persentase Obat yang aman dan bermutu berdasarkan hasil pengawasan';
/** The indicator VARIANTS.notAssessed does not assess. */
export const NOT_ASSESSED_INDICATOR = 'Tingkat Efektivitas KIE Obat dan Makanan';

/** One indicator row of a unit's quarterly report, as its table prints it. */
export interface UnitRow {
  readonly perspektif: string;
  readonly sasaran: string;
  readonly indikator: string;
  /** The quarter's cumulative target and realisasi; null is printed `-`. */
  readonly target: number | null;
  readonly realisasi: number | null;
  readonly targetTahunan: number;
}

/** What one unit reports for one quarter. */
export interface UnitQuarter {
  readonly unit: string;
  readonly quarter: Quarter;
  readonly tahun: number;
  readonly rows: readonly UnitRow[];
}

/** 32-bit FNV-1a of a text: the seed of a unit's figures. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The quarter's target: TW II as the report prints it; the others on the line from TW II to the
 * annual target (a cumulative target grows through the year, a rate stays as it is). An indicator
 * the report does not assess in TW II is assessed once, at year end, against its annual target.
 */
function targetOf(tw2: number | null, tahunan: number, q: Quarter): number | null {
  if (tw2 === null) return q === 4 ? tahunan : null;
  if (q <= 2) return round2((tw2 * q) / 2);
  return round2(tw2 + ((tahunan - tw2) * (q - 2)) / 2);
}

/**
 * A realisasi near the target: mostly 80–125 % of it, now and then 50–80 %; a percentage never
 * above 100 and a 1–4 index never above 4, as a unit could not report more.
 */
function realisasiOf(target: number, next: () => number): number {
  const low = next() < 0.1;
  const factor = low ? 0.5 + 0.3 * next() : 0.8 + 0.45 * next();
  const cap = target <= 5 ? 4 : 100;
  return round2(Math.min(cap, target * factor));
}

/** The indicator's name as `unit` spells it. */
function spelling(unit: string, indikator: string): string {
  if (indikator !== OBAT_MS) return indikator;
  if ((VARIANTS.singkat as readonly string[]).includes(unit)) return OBAT_MS_SINGKAT;
  if ((VARIANTS.huruf as readonly string[]).includes(unit)) return OBAT_MS_HURUF;
  return indikator;
}

/** What `unit` reports for quarter `q` of 2024. */
export function unitQuarter(unit: string, q: Quarter): UnitQuarter {
  const next = random(hash(`${unit}|${TAHUN}|TW${q}`));
  const rows: UnitRow[] = [];
  for (const r of DUMAI_TW2_2024) {
    // Draw for every indicator, kept or not, so one unit's variant leaves the others' figures alone.
    const target = targetOf(r.target, r.targetTahunan, q);
    const drawn = target === null ? null : realisasiOf(target, next);
    if (unit === VARIANTS.missing && r.indikator === MISSING_INDICATOR) continue;
    const notAssessed = unit === VARIANTS.notAssessed && r.indikator === NOT_ASSESSED_INDICATOR;
    const real = unit === DUMAI && q === 2;
    rows.push({
      perspektif: r.perspektif,
      // The sasaran name the unit's own report carries (Dumai's names its unit).
      sasaran: r.sasaran.split(DUMAI).join(unit),
      indikator: spelling(unit, r.indikator),
      target: notAssessed ? null : real ? r.target : target,
      realisasi: notAssessed ? null : real ? r.realisasi : drawn,
      targetTahunan: r.targetTahunan,
    });
  }
  return { unit, quarter: q, tahun: TAHUN, rows };
}

/** The file name of a unit's quarterly report: `loka-pom-di-kota-dumai-tw2-2024.xlsx`. */
export function reportFileName(unit: string, q: Quarter): string {
  const slug = unit
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-tw${q}-${TAHUN}.xlsx`;
}
