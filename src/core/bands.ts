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

/**
 * One problem of a table, as data, so each reader names it in its own words: a gap (values no
 * band holds), an overlap (values two bands hold), an open end, a band whose edges hold nothing.
 * `index` numbers are positions in the table as given.
 */
export type TableIssue =
  | { readonly kind: 'empty' }
  /** No band holds the values below (or above) this edge. */
  | { readonly kind: 'open-below'; readonly edge: Edge; readonly band: number }
  | { readonly kind: 'open-above'; readonly edge: Edge; readonly band: number }
  /** The values between `low` and `high` are in no band; each edge's `inclusive` says whether the edge value itself is uncovered. */
  | { readonly kind: 'gap'; readonly low: Edge; readonly high: Edge; readonly before: number; readonly after: number }
  /** The values between `low` and `high` (or, with an unbounded side, beyond) are in both bands. */
  | { readonly kind: 'overlap'; readonly low?: Edge; readonly high?: Edge; readonly first: number; readonly second: number }
  /** The band's lower edge lies above its upper edge: it holds no value. */
  | { readonly kind: 'empty-band'; readonly band: number };

/** Whether a band's edges leave it holding no value at all. */
function holdsNothing<T>(band: Band<T>): boolean {
  const { from, to } = band;
  if (!from || !to) return false;
  return from.value > to.value || (from.value === to.value && !(from.inclusive && to.inclusive));
}

/** The problems of a table as data: gaps and overlaps between neighbouring bands, open ends, empty bands. */
export function tableIssues<T>(table: BandTable<T>): TableIssue[] {
  if (table.length === 0) return [{ kind: 'empty' }];
  const issues: TableIssue[] = [];
  const indexed = table.map((band, index) => ({ band, index }));
  for (const { band, index } of indexed) if (holdsNothing(band)) issues.push({ kind: 'empty-band', band: index });
  const live = indexed.filter(({ band }) => !holdsNothing(band));
  if (live.length === 0) return issues;
  // Order by lower edge; at a tie the band that includes the edge starts first.
  const start = (b: Band<T>): number => b.from?.value ?? -Infinity;
  const sorted = [...live].sort((a, b) => start(a.band) - start(b.band) || Number(b.band.from?.inclusive ?? true) - Number(a.band.from?.inclusive ?? true));
  const first = sorted[0];
  if (first.band.from) issues.push({ kind: 'open-below', edge: first.band.from, band: first.index });
  const last = sorted[sorted.length - 1];
  if (last.band.to) issues.push({ kind: 'open-above', edge: last.band.to, band: last.index });
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    const prev = a.band.to;
    const next = b.band.from;
    if (!prev || !next) {
      issues.push({ kind: 'overlap', low: next, high: prev, first: a.index, second: b.index });
    } else if (prev.value < next.value || (prev.value === next.value && !prev.inclusive && !next.inclusive)) {
      // Uncovered edge values: the previous band's upper edge when it excludes it, and likewise.
      issues.push({ kind: 'gap', low: { value: prev.value, inclusive: !prev.inclusive }, high: { value: next.value, inclusive: !next.inclusive }, before: a.index, after: b.index });
    } else if (prev.value > next.value || (prev.inclusive && next.inclusive)) {
      issues.push({ kind: 'overlap', low: next, high: prev, first: a.index, second: b.index });
    }
  }
  return issues;
}

/** Lists the problems of a table in short English (developer checks; users get `tableIssues` in words). */
export function checkTable<T>(table: BandTable<T>): string[] {
  return tableIssues(table).map((issue) => {
    switch (issue.kind) {
      case 'empty':
        return 'empty table';
      case 'empty-band':
        return `band ${issue.band} holds no value`;
      case 'open-below':
        return `no band below ${issue.edge.value}`;
      case 'open-above':
        return `no band above ${issue.edge.value}`;
      case 'gap':
        return issue.low.value === issue.high.value ? `${issue.low.value} is in neither band` : `gap between ${issue.low.value} and ${issue.high.value}`;
      case 'overlap':
        if (!issue.low || !issue.high) return `bands ${issue.first} and ${issue.second} overlap (unbounded edge)`;
        return issue.low.value === issue.high.value ? `${issue.low.value} is in both bands` : `overlap between ${issue.low.value} and ${issue.high.value}`;
    }
  });
}
