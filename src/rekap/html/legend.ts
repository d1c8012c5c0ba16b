/**
 * The colour keys under the charts, built from the bands that actually appear (the rekap carries
 * each value's grade, not the profile), highest band first: ordered by the highest value seen in
 * each, so the key reads like the profile's table.
 */
import type { Grade } from '../model';
import { esc, safeColour } from './escape';

/** Distinct grades (by label and colour) of the graded values, highest value first. */
export function gradesPresent(graded: Iterable<{ value: number | null; grade: Grade | null }>): Grade[] {
  const best = new Map<string, { grade: Grade; top: number }>();
  for (const { value, grade } of graded) {
    if (!grade) continue;
    const key = `${grade.label}\u0000${grade.colour}`;
    const top = value ?? -Infinity;
    const seen = best.get(key);
    if (!seen || top > seen.top) best.set(key, { grade, top });
  }
  return [...best.values()].sort((a, b) => b.top - a.top).map((b) => b.grade);
}

/** A key as a list: a swatch of each colour and its label (printed with its colour). */
export function legendList(caption: string, grades: readonly Grade[], fallback: string): string {
  if (!grades.length) return '';
  const items = grades.map((g) => `<li><span class="swatch" style="background:${safeColour(g.colour, fallback)}"></span>${esc(g.label)}</li>`).join('');
  return `<div class="legend"><span class="legend-caption">${esc(caption)}:</span><ul>${items}</ul></div>`;
}
