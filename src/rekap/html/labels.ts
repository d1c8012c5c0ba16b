/**
 * What a unit report is called in the charts and column heads: its unit name, with the period
 * and year only when the reports differ in them (76 units of one quarter need no `TW II` each;
 * one unit's four quarters need nothing else), and the file when two reports would still read
 * the same.
 */
import type { Lang } from '../../core';
import { periodLabel } from '../../workbook';
import type { UnitReport } from '../model';

/** One label per report, index-aligned with `units`. */
export function unitLabels(units: readonly UnitReport[], lang: Lang): string[] {
  const periods = new Set(units.map((u) => u.periode));
  const years = new Set(units.map((u) => u.tahun));
  const base = units.map((u) => {
    const parts = [periods.size > 1 ? periodLabel(u.periode, lang) : '', years.size > 1 && u.tahun !== null ? String(u.tahun) : ''].filter((p) => p);
    return parts.length ? `${u.unit} (${parts.join(' ')})` : u.unit;
  });
  const seen = new Map<string, number>();
  for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
  return base.map((b, i) => ((seen.get(b) ?? 0) > 1 ? `${b} — ${units[i].file}${units[i].sheet ? `!${units[i].sheet}` : ''}` : b));
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
