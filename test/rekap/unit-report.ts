/**
 * UnitReports built by hand for the consolidation tests: only what a test varies is given, the
 * rest follows from it (cells numbered down column E, counts from the indicators).
 */
import { DUMAI_TW2_2024 } from '../../src/core';
import type { UnitIndikator, UnitReport, UnitSasaran, UnitSource } from '../../src/rekap';
import type { Period } from '../../src/workbook';

/** An indicator as a test gives it: its name and capaian, the rest optional. */
export interface IndikatorSpec {
  readonly nama: string;
  readonly capaian: number | null;
  readonly sasaran?: string;
  readonly perspektif?: string;
}

/** What a test says about one report. */
export interface ReportSpec {
  readonly unit: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly unitFrom?: UnitSource;
  readonly periode?: Period;
  readonly tahun?: number | null;
  readonly npss?: number | null;
  readonly indikator?: readonly IndikatorSpec[];
  readonly sasaran?: readonly UnitSasaran[];
}

const DEFAULT_SASARAN = 'Terwujudnya Obat dan Makanan yang memenuhi syarat';
const DEFAULT_PERSPEKTIF = 'Stakeholder';

/** A UnitReport: indicators in cells Kinerja!E9, E10…; file `<unit>.xlsx` unless given. */
export function unitReport(spec: ReportSpec): UnitReport {
  const sheet = spec.sheet ?? 'Kinerja';
  const indikator: UnitIndikator[] = (spec.indikator ?? []).map((x, i) => ({
    perspektif: x.perspektif ?? DEFAULT_PERSPEKTIF,
    sasaran: x.sasaran ?? DEFAULT_SASARAN,
    nama: x.nama,
    capaian: x.capaian,
    kriteria: null,
    cell: `${sheet}!E${9 + i}`,
  }));
  const assessed = indikator.filter((x) => x.capaian !== null).length;
  return {
    file: spec.file ?? `${spec.unit}.xlsx`,
    sheet,
    unit: spec.unit,
    unitFrom: spec.unitFrom ?? 'judul',
    unitCell: spec.unitFrom === 'berkas' ? null : `${sheet}!A2`,
    periode: spec.periode ?? 'TW2',
    tahun: spec.tahun === undefined ? 2024 : spec.tahun,
    npss: spec.npss === undefined ? 100 : spec.npss,
    predikat: null,
    perspektif: [],
    sasaran: spec.sasaran ?? [],
    indikator,
    counts: { indicators: indikator.length, assessed, errors: 0, warnings: 0, infos: 0 },
  };
}

/** The indicators of Loka POM di Kota Dumai's TW II 2024 report (the seed), with the capaian it printed. */
export const DUMAI_INDIKATOR: readonly IndikatorSpec[] = DUMAI_TW2_2024.map((r) => ({ nama: r.indikator, capaian: r.printedCapaian, sasaran: r.sasaran, perspektif: r.perspektif }));
