/**
 * What a unit report is called in the charts and column heads: its unit name, with the period
 * and year only when the reports differ in them (76 units of one quarter need no `TW II` each;
 * one unit's four quarters need nothing else), and the file when two reports would still read
 * the same.
 */
import type { Lang } from '../../core';
import { periodLabel } from '../../workbook';
import type { UnitReport } from '../model';
import { clip } from './escape';

/** A report's label in parts: the unit (with the file when two reports would read the same) and the period shown, if any. */
interface LabelParts {
  readonly name: string;
  /** `TW I 2024`, `TW II`, `2023`; '' when every report is of one period. */
  readonly period: string;
}

function labelParts(units: readonly UnitReport[], lang: Lang): LabelParts[] {
  const periods = new Set(units.map((u) => u.periode));
  const years = new Set(units.map((u) => u.tahun));
  const parts = units.map((u) => ({
    unit: u.unit,
    period: [periods.size > 1 ? periodLabel(u.periode, lang) : '', years.size > 1 && u.tahun !== null ? String(u.tahun) : ''].filter((p) => p).join(' '),
  }));
  const seen = new Map<string, number>();
  const key = (p: { unit: string; period: string }): string => `${p.unit}\n${p.period}`;
  for (const p of parts) seen.set(key(p), (seen.get(key(p)) ?? 0) + 1);
  return parts.map((p, i) => ({ name: (seen.get(key(p)) ?? 0) > 1 ? `${p.unit} — ${units[i].file}${units[i].sheet ? `!${units[i].sheet}` : ''}` : p.unit, period: p.period }));
}

/** One label per report, index-aligned with `units`: `Loka POM di Kota Dumai (TW I 2024)`. */
export function unitLabels(units: readonly UnitReport[], lang: Lang): string[] {
  return labelParts(units, lang).map((p) => (p.period ? `${p.name} (${p.period})` : p.name));
}

/** Fewest characters of the unit name a shortened label keeps before its period. */
const MIN_NAME_CHARS = 4;

/**
 * The labels shortened to `max` characters for a chart, the period always whole: the unit name
 * is cut (`Loka POM di Kota… (TW I 2024)`), never the period, so one unit's quarters stay
 * told apart in a column head. The full label goes in the element's title.
 */
export function shortUnitLabels(units: readonly UnitReport[], lang: Lang, max: number): string[] {
  return labelParts(units, lang).map((p) => {
    if (!p.period) return clip(p.name, max);
    const tail = ` (${p.period})`;
    return `${clip(p.name, Math.max(MIN_NAME_CHARS, max - [...tail].length))}${tail}`;
  });
}

/** `n` items in `parts` balanced slices of at most `max` (76 bars by 25: 19, 19, 19, 19): [start, end) pairs. */
export function slices(n: number, max: number): Array<[number, number]> {
  if (n === 0) return [];
  const parts = Math.ceil(n / max);
  const size = Math.ceil(n / parts);
  const out: Array<[number, number]> = [];
  for (let s = 0; s < n; s += size) out.push([s, Math.min(n, s + size)]);
  return out;
}
