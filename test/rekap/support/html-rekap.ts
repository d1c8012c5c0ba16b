/**
 * Hand-made Rekaps for the HTML report's tests (the consolidation itself is another piece's):
 * units with NPSS and indicators graded by the real BPOM profile, so colours and labels are the
 * profile's own. Values are a deterministic function of (unit, indicator), varied enough to land
 * in every kriteria band, with some indicators absent from a unit and some not assessed.
 */
import { BPOM_UPT_2024, kriteria, predikat } from '../../../src/core';
import type { Rekap, RekapFinding, RekapIndikatorRow, RekapSasaranRow, Tren, UnitIndikator, UnitReport, UnitSasaran } from '../../../src/rekap';
import type { Period } from '../../../src/workbook';

export const PROFILE = BPOM_UPT_2024;

/** What each generated unit looks like. */
export interface UnitSpec {
  readonly unit: string;
  readonly npss: number | null;
  readonly periode?: Period;
  readonly tahun?: number | null;
  readonly file?: string;
}

const PERSPEKTIF = ['Stakeholder', 'Customer', 'Internal Process'];

/** Indicator names (index-aligned with their sasaran). */
export function indicatorNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Persentase indikator nomor ${i + 1} yang memenuhi syarat`);
}

/** Capaian of indicator `k` in unit `u`: spread over 40..130 so every band appears. */
export function capaianOf(u: number, k: number): number {
  return 40 + ((u * 37 + k * 53) % 91) + ((u + k) % 3) * 0.335;
}

/** Unit `u` lacks indicator `k` (a blank, crossed cell) / has it unassessed (`-`). */
export const absentAt = (u: number, k: number) => (u + k) % 11 === 5;
export const dashAt = (u: number, k: number) => (u * 3 + k) % 13 === 7;

function unitReport(spec: UnitSpec, u: number, names: readonly string[]): UnitReport {
  const indikator: UnitIndikator[] = [];
  names.forEach((nama, k) => {
    if (absentAt(u, k)) return;
    const capaian = dashAt(u, k) ? null : capaianOf(u, k);
    indikator.push({ perspektif: PERSPEKTIF[k % 3], sasaran: `Sasaran ${(k % 4) + 1}`, nama, capaian, kriteria: capaian === null ? null : kriteria(capaian, PROFILE), cell: `Kinerja!E${10 + k}` });
  });
  const sasaran: UnitSasaran[] = [0, 1, 2, 3].map((s) => {
    const nps = spec.npss === null ? null : spec.npss - 3 + s * 2;
    return { perspektif: PERSPEKTIF[s % 3], nama: `Sasaran ${s + 1}`, nps, predikat: nps === null ? null : predikat(nps, PROFILE) };
  });
  return {
    file: spec.file ?? `${spec.unit.replace(/\s+/g, '-')}.xlsx`,
    sheet: 'Kinerja',
    unit: spec.unit,
    unitFrom: 'judul',
    unitCell: 'Kinerja!A1',
    periode: spec.periode ?? 'TW2',
    tahun: spec.tahun === undefined ? 2024 : spec.tahun,
    npss: spec.npss,
    predikat: spec.npss === null ? null : predikat(spec.npss, PROFILE),
    perspektif: PERSPEKTIF.map((nama, p) => ({ nama, np: spec.npss === null ? null : spec.npss + p - 1, predikat: spec.npss === null ? null : predikat(spec.npss + p - 1, PROFILE) })),
    sasaran,
    indikator,
    counts: { indicators: names.length, assessed: indikator.filter((i) => i.capaian !== null).length, errors: u % 2, warnings: u % 3, infos: 1 },
  };
}

/** A Rekap of the given units (kept in the given order: the renderer must not reorder) and `indicators` indicators. */
export function rekapOf(specs: readonly UnitSpec[], indicators: number, extra: { findings?: RekapFinding[]; tren?: Tren | null } = {}): Rekap {
  const names = indicatorNames(indicators);
  const units = specs.map((s, u) => unitReport(s, u, names));
  const indikator: RekapIndikatorRow[] = names.map((nama, k) => ({
    key: nama.toLowerCase(),
    nama,
    perspektif: PERSPEKTIF[k % 3],
    sasaran: `Sasaran ${(k % 4) + 1}`,
    values: units.map((u) => u.indikator.find((i) => i.nama === nama) ?? null),
  }));
  const sasaran: RekapSasaranRow[] = [0, 1, 2, 3].map((s) => ({
    key: `sasaran ${s + 1}`,
    nama: `Sasaran ${s + 1}`,
    perspektif: PERSPEKTIF[s % 3],
    values: units.map((u) => u.sasaran[s] ?? null),
  }));
  return { units, indikator, sasaran, tren: extra.tren ?? null, findings: extra.findings ?? [] };
}

/** `n` units named `Loka POM di Kota N`, NPSS falling from 125 by steps, so predikat bands vary. */
export function manyUnits(n: number): UnitSpec[] {
  return Array.from({ length: n }, (_, i) => ({ unit: `Loka POM di Kota Nomor ${i + 1}`, npss: Math.round((125 - (i * 85) / Math.max(1, n - 1)) * 100) / 100 }));
}

/** One unit's four quarters with a trend (as consolidate would give it: values by period and their change). */
export function quarterRekap(indicators: number): Rekap {
  const periods: Period[] = ['TW1', 'TW2', 'TW3', 'TW4'];
  const npss = [92.5, 98.25, 101.67, null];
  const specs: UnitSpec[] = periods.map((periode, q) => ({ unit: 'Loka POM di Kota Dumai', npss: npss[q], periode, file: `dumai-${periode}.xlsx` }));
  const base = rekapOf(specs, indicators);
  const change = (values: readonly (number | null)[]) => values.map((v, i) => (i === 0 || v === null || values[i - 1] === null ? null : v - (values[i - 1] as number)));
  const series = (nama: string, values: (number | null)[]) => ({ nama, values, change: change(values) });
  const tren: Tren = {
    unit: 'Loka POM di Kota Dumai',
    periods: periods.map((periode, q) => ({ periode, tahun: 2024, label: `TW ${['I', 'II', 'III', 'IV'][q]} 2024`, unitIndex: q })),
    compare: 'periode',
    npss: series('NPSS', npss),
    indikator: base.indikator.map((row) => series(row.nama, row.values.map((v) => v?.capaian ?? null))),
  };
  return { ...base, tren };
}
