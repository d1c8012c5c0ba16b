/**
 * One unit's reports side by side over time (issue 16's Tren sheet): the NPSS and each
 * indicator's capaian by period, and the change against the previous period, or against the same
 * period a year before when the reports span two or more years (TW II 2025 against TW II 2024:
 * quarters of one year are not like for like, as targets grow through the year).
 */
import type { Lang } from '../core';
import { PERIODS, periodInfo } from '../workbook';
import type { Tren, TrenPeriod, TrenSeries, UnitReport } from './model';
import { nameKey, unnamedKey, unnamedName } from './names';
import { matchRows } from './rows';

/** Why a unit's reports give no trend although they span several periods: one period twice. */
export interface TrenDuplicate {
  readonly unit: string;
  /** Indexes (into the units given) of the two reports of one period. */
  readonly first: number;
  readonly second: number;
}

/** The trend of the reports, or why there is none when one period is there twice. */
export interface TrenAnalysis {
  readonly tren: Tren | null;
  readonly duplicate: TrenDuplicate | null;
}

/**
 * A period as a trend column heads it and findings name it: `TW II 2024`, `Tahunan 2024` (`Annual
 * 2024` in English) — the period table's short label, as the rekap sheets print unit periods.
 */
export function trenLabel(periode: UnitReport['periode'], tahun: number | null, lang: Lang): string {
  const word = periodInfo(periode).short[lang];
  return tahun === null ? word : `${word} ${tahun}`;
}

/** Chronological order: year (unknown first), then TW I … TW IV, Tahunan last. */
export function chronological(a: Pick<UnitReport, 'tahun' | 'periode'>, b: Pick<UnitReport, 'tahun' | 'periode'>): number {
  return (a.tahun ?? -Infinity) - (b.tahun ?? -Infinity) || PERIODS.indexOf(a.periode) - PERIODS.indexOf(b.periode);
}

/**
 * The index of the period `periods[i]` is compared with: the one before it (`periode`), or the
 * same period a year before (`tahun`); -1 when there is none (the first period, or a first year's).
 */
export function referencePeriod(periods: readonly Pick<TrenPeriod, 'periode' | 'tahun'>[], i: number, compare: Tren['compare']): number {
  if (compare === 'periode') return i - 1;
  const p = periods[i];
  return p.tahun === null ? -1 : periods.findIndex((q) => q.periode === p.periode && q.tahun !== null && q.tahun === p.tahun! - 1);
}

/** Changes of a series: against the previous column, or the same period of the year before. */
function changes(values: readonly (number | null)[], periods: readonly TrenPeriod[], compare: Tren['compare']): (number | null)[] {
  return values.map((v, i) => {
    const previous = referencePeriod(periods, i, compare);
    if (previous < 0) return null;
    const before = values[previous];
    return v === null || before === null ? null : v - before;
  });
}

/**
 * The trend of `units` (indexes in `TrenPeriod.unitIndex` point into this array), or null when
 * the reports are not one unit (by `nameKey` of the unit name) with two or more periods; a period
 * there twice gives no trend either, and `duplicate` names the two reports.
 */
export function analyseTren(units: readonly UnitReport[], lang: Lang = 'id'): TrenAnalysis {
  const none: TrenAnalysis = { tren: null, duplicate: null };
  if (units.length < 2) return none;
  const unitKey = nameKey(units[0].unit);
  if (units.some((u) => nameKey(u.unit) !== unitKey)) return none;
  const order = units.map((_, i) => i).sort((a, b) => chronological(units[a], units[b]) || a - b);
  let duplicate: TrenDuplicate | null = null;
  for (let k = 1; k < order.length && duplicate === null; k++) {
    if (chronological(units[order[k - 1]], units[order[k]]) === 0) duplicate = { unit: units[0].unit, first: order[k - 1], second: order[k] };
  }
  const distinct = order.filter((i, k) => k === 0 || chronological(units[order[k - 1]], units[i]) !== 0).length;
  if (distinct < 2) return none;
  if (duplicate !== null) return { tren: null, duplicate };

  const periods: TrenPeriod[] = order.map((i) => ({ periode: units[i].periode, tahun: units[i].tahun, label: trenLabel(units[i].periode, units[i].tahun, lang), unitIndex: i }));
  const years = new Set(periods.map((p) => p.tahun).filter((t) => t !== null));
  const compare: Tren['compare'] = years.size >= 2 ? 'tahun' : 'periode';
  const series = (nama: string, values: (number | null)[]): TrenSeries => ({ nama, values, change: changes(values, periods, compare) });

  // An unnamed indicator is never merged, not even with the unnamed one at its cell in another period.
  const { rows } = matchRows(order.map((i) => units[i].indikator), (x, r) => (nameKey(x.nama) === '' ? { key: unnamedKey(r, x.cell), nama: unnamedName(x.cell, lang) } : { key: nameKey(x.nama), nama: x.nama }));
  return {
    tren: {
      unit: units[order[0]].unit,
      periods,
      compare,
      npss: series('NPSS', order.map((i) => units[i].npss)),
      indikator: rows.map((row) => series(row.nama, row.values.map((x) => x?.capaian ?? null))),
    },
    duplicate: null,
  };
}

/** The trend of `units` when they are one unit's reports of two or more periods, else null (see analyseTren). */
export function trenOf(units: readonly UnitReport[], lang: Lang = 'id'): Tren | null {
  return analyseTren(units, lang).tren;
}
