/**
 * The consolidation model (issue 16): what one unit's report contributes to a rekap, and the rekap
 * itself. Pure data: the app layer reads each workbook into UnitReports (one per sheet × period),
 * `consolidate` matches them into a Rekap, and the renderers (sheets, HTML, JSON) only draw it.
 * A UnitReport is small (names and numbers, no grid), so a rekap of hundreds of files holds only
 * what it reports.
 */
import type { Category } from '../core';
import type { Period, Severity } from '../workbook';

/** A band's label and colour, as the profile grades a number (kriteria, predikat). */
export type Grade = Category;

/** One indicator of a unit's report, as the engine computed it. */
export interface UnitIndikator {
  readonly perspektif: string;
  readonly sasaran: string;
  /** The indicator's name as the sheet prints it. */
  readonly nama: string;
  /** Capaian (unrounded, as the engine computed it); null: not assessed. */
  readonly capaian: number | null;
  readonly kriteria: Grade | null;
  /** Where the indicator's row is, `Kinerja!E12` (its Indikator cell), for findings. */
  readonly cell: string;
}

/** NPS of one sasaran of a unit. */
export interface UnitSasaran {
  readonly perspektif: string;
  readonly nama: string;
  readonly nps: number | null;
  readonly predikat: Grade | null;
}

/** NP of one perspective of a unit. */
export interface UnitPerspektif {
  readonly nama: string;
  readonly np: number | null;
  readonly predikat: Grade | null;
}

/** Where a unit's name was read. */
export type UnitSource =
  /** A title cell above the table (`Loka POM di Kota Dumai`). */
  | 'judul'
  /** A cover sheet (`Sampul`, `Cover`). */
  | 'sampul'
  /** The file name (no title named a unit: a finding says so). */
  | 'berkas'
  /** The sheet name (the pane's Rekap over one sheet per unit). */
  | 'lembar';

/** One performance table of one unit for one period: a column of the rekap. */
export interface UnitReport {
  /** The file's name as given (CLI), or the workbook's (pane). */
  readonly file: string;
  readonly sheet: string;
  /** The unit's name, as read (see `unitFrom`). */
  readonly unit: string;
  readonly unitFrom: UnitSource;
  /** The cell the name was read from (`Sampul!B2`), or null (file or sheet name). */
  readonly unitCell: string | null;
  readonly periode: Period;
  /** The report's year (title `Tahun 2024`, a header `Target 2024`, the file name), or null. */
  readonly tahun: number | null;
  readonly npss: number | null;
  readonly predikat: Grade | null;
  readonly perspektif: readonly UnitPerspektif[];
  readonly sasaran: readonly UnitSasaran[];
  readonly indikator: readonly UnitIndikator[];
  /** Indicator rows read, those assessed, and the sheet's findings by severity. */
  readonly counts: { readonly indicators: number; readonly assessed: number; readonly errors: number; readonly warnings: number; readonly infos: number };
}

/** A finding of the consolidation (a near-match of names, a file not read, a unit twice…). */
export interface RekapFinding {
  /** The file (CLI) or sheet (pane) it is about, or null for the rekap as a whole. */
  readonly file: string | null;
  /** `Kinerja!E12` when it is about a cell of that file, else null. */
  readonly cell: string | null;
  readonly severity: Severity;
  readonly code: string;
  /** Plain sentence naming the values, in the run's language, saying what to do. */
  readonly message: string;
  readonly advice?: string;
}

/** One row of an indicator × unit matrix: the indicators matched under one normalised name. */
export interface RekapIndikatorRow {
  /** The normalised name the row was matched by. */
  readonly key: string;
  /** The name shown: the spelling most units use (first seen on a tie). */
  readonly nama: string;
  readonly perspektif: string;
  readonly sasaran: string;
  /** Per unit column (index-aligned with `Rekap.units`): that unit's indicator, or null. */
  readonly values: readonly (UnitIndikator | null)[];
}

/** One row of the sasaran × unit matrix. */
export interface RekapSasaranRow {
  readonly key: string;
  readonly nama: string;
  readonly perspektif: string;
  /** Index-aligned with `Rekap.units`. */
  readonly values: readonly (UnitSasaran | null)[];
}

/** One period of a trend (a column of the Tren sheet). */
export interface TrenPeriod {
  readonly periode: Period;
  readonly tahun: number | null;
  /** `TW II 2024` / `Q2 2024`. */
  readonly label: string;
  /** Index into `Rekap.units` of the report for this period. */
  readonly unitIndex: number;
}

/** A value by period and its change against the previous period (or the same period a year before). */
export interface TrenSeries {
  readonly nama: string;
  /** Index-aligned with `Tren.periods`. */
  readonly values: readonly (number | null)[];
  /** values[i] − values[i − 1] (by `Tren.compare`); null for the first or when either is null. */
  readonly change: readonly (number | null)[];
}

/** One unit's periods side by side: present when every report is the same unit. */
export interface Tren {
  readonly unit: string;
  /** Chronological. */
  readonly periods: readonly TrenPeriod[];
  /** `periode`: against the previous quarter; `tahun`: against the same period a year before (two years). */
  readonly compare: 'periode' | 'tahun';
  readonly npss: TrenSeries;
  readonly indikator: readonly TrenSeries[];
}

/** The consolidation of many unit reports. */
export interface Rekap {
  /** The reports: units ranked by the NPSS of their latest period (highest first; not assessed last), each unit's reports together in time order. */
  readonly units: readonly UnitReport[];
  readonly indikator: readonly RekapIndikatorRow[];
  readonly sasaran: readonly RekapSasaranRow[];
  readonly tren: Tren | null;
  readonly findings: readonly RekapFinding[];
}
