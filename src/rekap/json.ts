/**
 * The rekap as `sakip rekap --json` prints it (issue 16's shape): units, indikator × unit values,
 * findings. Numbers unrounded, as the engine computed them (a program reading the JSON rounds
 * for itself); not assessed is null, an indicator a unit does not report is absent from `nilai`.
 */
import type { Period } from '../workbook';
import type { Rekap, RekapFinding } from './model';

/** One unit report in the JSON. */
export interface RekapJsonUnit {
  readonly file: string;
  readonly sheet: string;
  readonly unit: string;
  readonly periode: Period;
  readonly tahun: number | null;
  readonly npss: number | null;
  readonly predikat: string | null;
  readonly perspektif: readonly { readonly nama: string; readonly np: number | null }[];
  readonly sasaran: readonly { readonly perspektif: string; readonly nama: string; readonly nps: number | null }[];
  readonly indikator: { readonly dinilai: number; readonly jumlah: number };
  readonly temuan: { readonly kesalahan: number; readonly peringatan: number; readonly informasi: number };
}

/** The whole `--json` document. */
export interface RekapJson {
  readonly units: readonly RekapJsonUnit[];
  readonly indikator: readonly {
    readonly nama: string;
    readonly perspektif: string;
    readonly sasaran: string;
    /** One per unit report that has the indicator; `file` tells two reports of one unit and period apart. */
    readonly nilai: readonly { readonly file: string; readonly unit: string; readonly periode: Period; readonly tahun: number | null; readonly capaian: number | null; readonly kriteria: string | null }[];
  }[];
  readonly tren: null | {
    readonly unit: string;
    readonly banding: 'periode' | 'tahun';
    readonly periode: readonly string[];
    /** The NPSS by period and its change against the previous period (or year): as each indicator's. */
    readonly npss: { readonly nilai: readonly (number | null)[]; readonly perubahan: readonly (number | null)[] };
    readonly indikator: readonly { readonly nama: string; readonly capaian: readonly (number | null)[]; readonly perubahan: readonly (number | null)[] }[];
  };
  readonly findings: readonly RekapFinding[];
}

/** The JSON document of a rekap. */
export function rekapJson(rekap: Rekap): RekapJson {
  return {
    units: rekap.units.map((u) => ({
      file: u.file,
      sheet: u.sheet,
      unit: u.unit,
      periode: u.periode,
      tahun: u.tahun,
      npss: u.npss,
      predikat: u.predikat?.label ?? null,
      perspektif: u.perspektif.map((p) => ({ nama: p.nama, np: p.np })),
      sasaran: u.sasaran.map((s) => ({ perspektif: s.perspektif, nama: s.nama, nps: s.nps })),
      indikator: { dinilai: u.counts.assessed, jumlah: u.counts.indicators },
      temuan: { kesalahan: u.counts.errors, peringatan: u.counts.warnings, informasi: u.counts.infos },
    })),
    indikator: rekap.indikator.map((row) => ({
      nama: row.nama,
      perspektif: row.perspektif,
      sasaran: row.sasaran,
      nilai: row.values.flatMap((v, i) => {
        const u = rekap.units[i];
        return v === null || u === undefined ? [] : [{ file: u.file, unit: u.unit, periode: u.periode, tahun: u.tahun, capaian: v.capaian, kriteria: v.kriteria?.label ?? null }];
      }),
    })),
    tren: rekap.tren && {
      unit: rekap.tren.unit,
      banding: rekap.tren.compare,
      periode: rekap.tren.periods.map((p) => p.label),
      npss: { nilai: rekap.tren.npss.values, perubahan: rekap.tren.npss.change },
      indikator: rekap.tren.indikator.map((s) => ({ nama: s.nama, capaian: s.values, perubahan: s.change })),
    },
    findings: rekap.findings,
  };
}
