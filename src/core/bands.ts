/**
 * The one interpreter of threshold tables. A table is a list of bands over the number line,
 * each with explicit inclusive or exclusive edges; rules live in profiles as data (SPEC §9).
 */

/** One edge of a band: the value and whether the value itself belongs to the band. */
export interface Edge {
  readonly value: number;
  readonly inclusive: boolean;
}

/** A band [from, to] with explicit edges; a missing edge means unbounded on that side. */
export interface Band<T> {
  readonly from?: Edge;
  readonly to?: Edge;
  readonly result: T;
}

/** A threshold table: bands that together cover the number line without overlap. */
export type BandTable<T> = readonly Band<T>[];

/** Shorthands that make profile tables read like the printed ones. */
export const incl = (value: number): Edge => ({ value, inclusive: true });
export const excl = (value: number): Edge => ({ value, inclusive: false });

/** True when `x` lies in the band. */
export function inBand<T>(band: Band<T>, x: number): boolean {
  const { from, to } = band;
  if (from && (from.inclusive ? x < from.value : x <= from.value)) return false;
  if (to && (to.inclusive ? x > to.value : x >= to.value)) return false;
  return true;
}

/**
 * The result of the band holding `x`. Callers pass the value already rounded as displayed.
 * A table with a gap at `x` is a broken profile, i.e. misuse: it throws.
 *
 * @example classify([{ to: excl(70), result: 'Kurang' }, { from: incl(70), result: 'Cukup' }], 70) // 'Cukup'
 */
export function classify<T>(table: BandTable<T>, x: number): T {
  if (Number.isNaN(x)) throw new RangeError('classify: NaN has no band');
  for (const band of table) if (inBand(band, x)) return band.result;
  throw new RangeError(`classify: no band holds ${x}; the profile table has a gap`);
}

/** Lists the problems of a table: gaps or overlaps between consecutive bands, open ends. */
export function checkTable<T>(table: BandTable<T>): string[] {
  const problems: string[] = [];
  if (table.length === 0) return ['empty table'];
  // Order by lower edge; at a tie the band that includes the edge starts first.
  const start = (b: Band<T>): number => b.from?.value ?? -Infinity;
  const sorted = [...table].sort((a, b) => start(a) - start(b) || Number(b.from?.inclusive ?? true) - Number(a.from?.inclusive ?? true));
  if (sorted[0].from) problems.push(`no band below ${sorted[0].from.value}`);
  const last = sorted[sorted.length - 1];
  if (last.to) problems.push(`no band above ${last.to.value}`);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1].to;
    const next = sorted[i].from;
    if (!prev || !next) {
      problems.push(`bands ${i - 1} and ${i} overlap (unbounded edge)`);
      continue;
    }
    if (prev.value !== next.value) problems.push(`gap or overlap between ${prev.value} and ${next.value}`);
    else if (prev.inclusive === next.inclusive) {
      problems.push(`${prev.value} is ${prev.inclusive ? 'in both bands' : 'in neither band'}`);
    }
  }
  return problems;
}
