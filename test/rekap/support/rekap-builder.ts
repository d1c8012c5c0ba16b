/**
 * Hand-made UnitReports and Rekaps for the renderers' tests (sheets, HTML, JSON), graded by a
 * real rule profile so every label and colour is the profile's own. `rekapOf` lines reports up
 * by exact names only: the real matching (normalised names, near-matches) is consolidate's and
 * is tested there.
 */
import { BPOM_UPT_2024, RuleProfile, kriteria, predikat } from '../../../src/core';
import type { Period } from '../../../src/workbook';
import { periodLabel } from '../../../src/workbook';
import type { Rekap, RekapIndikatorRow, RekapSasaranRow, Tren, TrenSeries, UnitIndikator, UnitReport, UnitSasaran } from '../../../src/rekap';

/** An indicator as a test writes it: names and the capaian (null: not assessed). */
export interface IndikatorSpec {
  readonly perspektif?: string;
  readonly sasaran?: string;
  readonly nama: string;
  readonly capaian: number | null;
}

/** A unit report as a test writes it; the rest is derived (grades by `profile`) or defaulted. */
export interface UnitSpec {
  readonly unit: string;
  readonly periode?: Period;
  readonly tahun?: number | null;
  readonly file?: string;
  readonly npss: number | null;
  readonly perspektif?: readonly { readonly nama: string; readonly np: number | null }[];
  readonly sasaran?: readonly { readonly perspektif?: string; readonly nama: string; readonly nps: number | null }[];
  readonly indikator?: readonly IndikatorSpec[];
  readonly counts?: Partial<UnitReport['counts']>;
}

const DEFAULT_PERSPEKTIF = 'Stakeholder';
const DEFAULT_SASARAN = 'Terwujudnya obat dan makanan yang aman';

/** A UnitReport graded by `profile` (kriteria of capaian, predikat of NPS/NP/NPSS). */
export function unitReport(spec: UnitSpec, profile: RuleProfile = BPOM_UPT_2024): UnitReport {
  const pre = (n: number | null) => (n === null ? null : predikat(n, profile));
  const indikator: UnitIndikator[] = (spec.indikator ?? []).map((x, i) => ({
    perspektif: x.perspektif ?? DEFAULT_PERSPEKTIF,
    sasaran: x.sasaran ?? DEFAULT_SASARAN,
    nama: x.nama,
    capaian: x.capaian,
    kriteria: x.capaian === null ? null : kriteria(x.capaian, profile),
    cell: `Kinerja!E${5 + i}`,
  }));
  const sasaran: UnitSasaran[] = (spec.sasaran ?? []).map((s) => ({ perspektif: s.perspektif ?? DEFAULT_PERSPEKTIF, nama: s.nama, nps: s.nps, predikat: pre(s.nps) }));
  const assessed = indikator.filter((x) => x.capaian !== null).length;
  return {
    file: spec.file ?? `${spec.unit.toLowerCase().replace(/\s+/g, '-')}.xlsx`,
    sheet: 'Kinerja',
    unit: spec.unit,
    unitFrom: 'judul',
    unitCell: 'Kinerja!A1',
    periode: spec.periode ?? 'TW2',
    tahun: spec.tahun === undefined ? 2024 : spec.tahun,
    npss: spec.npss,
    predikat: pre(spec.npss),
    perspektif: (spec.perspektif ?? []).map((p) => ({ nama: p.nama, np: p.np, predikat: pre(p.np) })),
    sasaran,
    indikator,
    counts: { indicators: indikator.length, assessed, errors: 0, warnings: 0, infos: 0, ...spec.counts },
  };
}

/** Rows keyed by exact name, in first-seen order, each index-aligned with `units`. */
function matrix<T extends { readonly nama: string }>(units: readonly UnitReport[], items: (u: UnitReport) => readonly T[]): { key: string; first: T; values: (T | null)[] }[] {
  const rows = new Map<string, { key: string; first: T; values: (T | null)[] }>();
  units.forEach((u, i) => {
    for (const item of items(u)) {
      let row = rows.get(item.nama);
      if (!row) {
        row = { key: item.nama, first: item, values: new Array<T | null>(units.length).fill(null) };
        rows.set(item.nama, row);
      }
      row.values[i] = item;
    }
  });
  return [...rows.values()];
}

/** A Rekap of `units` in the given order (exact-name matching), with an optional trend. */
export function rekapOf(units: readonly UnitReport[], tren: Tren | null = null): Rekap {
  const indikator: RekapIndikatorRow[] = matrix(units, (u) => u.indikator).map((r) => ({ key: r.key, nama: r.first.nama, perspektif: r.first.perspektif, sasaran: r.first.sasaran, values: r.values }));
  const sasaran: RekapSasaranRow[] = matrix(units, (u) => u.sasaran).map((r) => ({ key: r.key, nama: r.first.nama, perspektif: r.first.perspektif, values: r.values }));
  return { units, indikator, sasaran, tren, findings: [] };
}

/** A series with its changes against the previous value (`Tren.compare` = 'periode'). */
export function series(nama: string, values: readonly (number | null)[]): TrenSeries {
  const change = values.map((v, i) => {
    const before = i > 0 ? values[i - 1] : null;
    return v === null || before === null ? null : v - before;
  });
  return { nama, values, change };
}

/** One unit's reports (already in chronological order) as a quarter-on-quarter trend. */
export function trenOf(units: readonly UnitReport[], lang: 'id' | 'en' = 'id'): Tren {
  const names = [...new Set(units.flatMap((u) => u.indikator.map((x) => x.nama)))];
  return {
    unit: units[0].unit,
    periods: units.map((u, unitIndex) => ({ periode: u.periode, tahun: u.tahun, label: `${periodLabel(u.periode, lang)}${u.tahun === null ? '' : ` ${u.tahun}`}`, unitIndex })),
    compare: 'periode',
    npss: series('NPSS', units.map((u) => u.npss)),
    indikator: names.map((nama) => series(nama, units.map((u) => u.indikator.find((x) => x.nama === nama)?.capaian ?? null))),
  };
}
