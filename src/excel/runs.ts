/**
 * Cells sharing a format, as few rectangles as a column walk finds: the adapter sets a fill,
 * bold or number format once per group instead of once per cell (bench/README.md: per-cell
 * properties were 60 % of the bytes a 100,000-row run sent).
 */
import { rangeA1 } from '../workbook/a1';

/** A rectangle of cells, 0-based absolute. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  cols: number;
}

/** Every rectangle holding one value. */
export interface Run<T> {
  readonly value: T;
  readonly rects: Rect[];
}

/**
 * Groups the cells of `grid` (placed at `row0`, `col0`) by value: vertical runs per column,
 * widened to the right while the next column has the same run. Undefined cells are left out.
 * @example runsOf([['a', 'a'], ['b', 'a']], 4, 2) // a: C5 and D5:D6; b: C6
 */
export function runsOf<T>(grid: readonly (readonly (T | undefined)[])[], row0: number, col0: number): Run<T>[] {
  const groups = new Map<T, Rect[]>();
  // The previous column's rectangles and their values, in row order: a run of this column with
  // the same rows and value widens that rectangle instead of starting one (both lists walked once).
  let prevRects: Rect[] = [];
  let prevValues: T[] = [];
  const cols = grid[0]?.length ?? 0;
  for (let j = 0; j < cols; j++) {
    const nextRects: Rect[] = [];
    const nextValues: T[] = [];
    let p = 0;
    for (let i = 0; i < grid.length; ) {
      const value = grid[i][j];
      let end = i + 1;
      // Plans share one row array among rows that repeat (a label, a fill): same array, same cells.
      while (end < grid.length && (grid[end] === grid[end - 1] || grid[end][j] === value)) end++;
      if (value !== undefined) {
        while (p < prevRects.length && prevRects[p].row < row0 + i) p++;
        const left = p < prevRects.length ? prevRects[p] : undefined;
        let rect: Rect;
        if (left && left.row === row0 + i && left.rows === end - i && prevValues[p] === value) {
          left.cols += 1;
          rect = left;
        } else {
          rect = { row: row0 + i, col: col0 + j, rows: end - i, cols: 1 };
          let list = groups.get(value);
          if (!list) groups.set(value, (list = []));
          list.push(rect);
        }
        nextRects.push(rect);
        nextValues.push(value);
      }
      i = end;
    }
    prevRects = nextRects;
    prevValues = nextValues;
  }
  return [...groups].map(([value, rects]) => ({ value, rects }));
}

/** A1 address of a rectangle (`H5`, `H5:H9`). */
export function rectA1(r: Rect): string {
  return rangeA1(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1);
}

/**
 * Comma-joined addresses for `worksheet.getRanges`, each string at most `maxChars` long.
 * Excel documents no limit on a RangeAreas address; pieces keep each one modest.
 * @example addressPieces([{row: 4, col: 7, rows: 3, cols: 1}, {row: 9, col: 7, rows: 1, cols: 1}], 100) // ['H5:H7,H10']
 */
export function addressPieces(rects: readonly Rect[], maxChars: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const r of rects) {
    const a = rectA1(r);
    if (piece && piece.length + 1 + a.length > maxChars) {
      out.push(piece);
      piece = '';
    }
    piece = piece ? `${piece},${a}` : a;
  }
  if (piece) out.push(piece);
  return out;
}

/** Bytes one rectangle adds to a getRanges address: its A1 text and a comma. */
export function rectBytes(r: Rect): number {
  return rectA1(r).length + 1;
}

/** What a per-cell array and a rectangle cost, for `planFormat` to choose between them (wire-cost.ts). */
export interface ArrayCosts {
  /** What one cell weighs in a per-cell array. */
  readonly cellBytes: number;
  /** What one command on a rectangle weighs beyond its value. */
  readonly commandBytes: number;
}

/** How one format of a block is sent. */
export interface FormatPlan<T> {
  /** Set first on the whole range: the value of the most rectangles (none when every column goes as an array). */
  readonly base?: T;
  /** Spans of columns sent as a per-cell array: their values change too often for rectangles to pay. */
  readonly arrays: readonly { readonly col: number; readonly cols: number }[];
  /** The other values, by rectangle, set after the base. */
  readonly runs: readonly Run<T>[];
}

/**
 * How to send one format of a block in few bytes: the commonest value once on the whole range,
 * then the rest by rectangle. With `costs` (what an array cell and a rectangle's command weigh),
 * a column whose rectangles would cost more than its array goes as an array instead.
 * @example planFormat([['0.00'], ['0.00'], ['@']], 4, 7) // base '0.00'; '@' on H7
 */
export function planFormat<T>(grid: readonly (readonly T[])[], row0: number, col0: number, costs?: ArrayCosts): FormatPlan<T> {
  const cols = grid[0]?.length ?? 0;
  const asArray: boolean[] = new Array(cols).fill(false);
  if (costs !== undefined) {
    for (let j = 0; j < cols; j++) {
      let runs = 0;
      for (let i = 0; i < grid.length; i++) if (i === 0 || (grid[i] !== grid[i - 1] && grid[i][j] !== grid[i - 1][j])) runs++;
      asArray[j] = runs > 1 && runs * costs.commandBytes > grid.length * costs.cellBytes;
    }
  }
  const masked = asArray.some(Boolean) ? grid.map((row) => row.map((v, j) => (asArray[j] ? undefined : v))) : grid;
  const runs = runsOf<T>(masked, row0, col0);
  const arrays: { col: number; cols: number }[] = [];
  for (let j = 0; j < cols; j++) {
    if (!asArray[j]) continue;
    const last = arrays[arrays.length - 1];
    if (last && last.col + last.cols === col0 + j) last.cols += 1;
    else arrays.push({ col: col0 + j, cols: 1 });
  }
  if (runs.length === 0) return { arrays, runs };
  const base = runs.reduce((best, run) => (run.rects.length > best.rects.length ? run : best));
  return { base: base.value, arrays, runs: runs.filter((run) => run !== base) };
}

/** The plan restricted to rows [fromRow, toRow): rectangles cut to those rows, the rest dropped. */
export function clipPlan<T>(plan: FormatPlan<T>, fromRow: number, toRow: number): FormatPlan<T> {
  const runs: Run<T>[] = [];
  for (const run of plan.runs) {
    const rects: Rect[] = [];
    for (const r of run.rects) {
      const top = Math.max(r.row, fromRow);
      const bottom = Math.min(r.row + r.rows, toRow);
      if (top >= bottom) continue;
      rects.push(top === r.row && bottom === r.row + r.rows ? r : { row: top, col: r.col, rows: bottom - top, cols: r.cols });
    }
    if (rects.length) runs.push({ value: run.value, rects });
  }
  return { base: plan.base, arrays: plan.arrays, runs };
}

/** A rectangle on a named sheet. */
export interface SheetRect extends Rect {
  readonly sheet: string;
}

/**
 * True when two rectangles on the same sheet (names compared as Excel does, ignoring case)
 * share a cell. Sorted by sheet and top row, each is compared only with the earlier ones
 * still open at its top row: 30,000 blocks split by blank rows cost a sort, not 450 million pairs.
 * @example overlapAny([{ sheet: 'K', row: 0, col: 0, rows: 2, cols: 1 }, { sheet: 'k', row: 1, col: 0, rows: 1, cols: 1 }]) // true
 */
export function overlapAny(rects: readonly SheetRect[]): boolean {
  const sorted = rects
    .filter((r) => r.rows > 0 && r.cols > 0)
    .map((r) => ({ ...r, key: r.sheet.toLowerCase() }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row - b.row));
  let open: typeof sorted = [];
  for (let k = 0; k < sorted.length; k++) {
    const r = sorted[k];
    if (k > 0 && sorted[k - 1].key !== r.key) open = [];
    open = open.filter((o) => o.row + o.rows > r.row);
    if (open.some((o) => o.col < r.col + r.cols && r.col < o.col + o.cols)) return true;
    open.push(r);
  }
  return false;
}
