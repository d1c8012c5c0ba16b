/**
 * Assertion helpers over a SimBook: a sheet's contents as plain arrays, so a test can compare
 * "before" and "after" exactly (values, formulas, number formats, fills, bold).
 */
import { inputColumns } from '../src/workbook/input-columns';
import type { CellValue, Grid } from '../src/workbook/types';
import { SimBook, findSheet } from './model';
import { usedBox } from './sheet-ops';

/** Everything the add-in may change in a rectangle of a sheet. */
export interface SheetSnapshot {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly numberFormats: string[][];
  readonly fills: (string | null)[][];
  readonly bold: boolean[][];
}

/** The rectangle holding every non-empty or formatted cell of a sheet (0-based), or null: Excel's used range. */
export function usedRect(book: SimBook, sheet: string): { row: number; col: number; rows: number; cols: number } | null {
  const s = findSheet(book, sheet);
  return s ? usedBox(s, false) : null;
}

/** Snapshot of `sheet` over `rect` (default: from A1 to the end of the used cells). */
export function snapshotSheet(book: SimBook, sheet: string, rect?: { row: number; col: number; rows: number; cols: number }): SheetSnapshot {
  const s = findSheet(book, sheet);
  if (!s) throw new Error(`No sheet ${sheet} in the simulated workbook`);
  const used = rect ? null : usedRect(book, sheet);
  const r = rect ?? (used ? { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols } : { row: 0, col: 0, rows: 0, cols: 0 });
  const out: SheetSnapshot = { values: [], formulas: [], numberFormats: [], fills: [], bold: [] };
  for (let i = 0; i < r.rows; i++) {
    const row = s.rows[r.row + i];
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const n: string[] = [];
    const fi: (string | null)[] = [];
    const b: boolean[] = [];
    for (let j = 0; j < r.cols; j++) {
      const cell = row?.[r.col + j];
      v.push(cell?.value ?? null);
      f.push(cell?.formula ?? null);
      n.push(cell?.numberFormat ?? 'General');
      fi.push(cell?.fill ?? null);
      b.push(cell?.bold ?? false);
    }
    out.values.push(v);
    out.formulas.push(f);
    out.numberFormats.push(n);
    out.fills.push(fi);
    out.bold.push(b);
  }
  return out;
}

/**
 * A sheet's used values and formulas as the shared Grid (what a faithful `read` must return),
 * with the number formats of the table's input columns over its rows (SPEC §8, `inputColumns`).
 */
export function toGrid(book: SimBook, sheet: string): Grid {
  const s = findSheet(book, sheet);
  if (!s) throw new Error(`No sheet ${sheet} in the simulated workbook`);
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  s.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || (cell.formula === undefined && (cell.value === undefined || cell.value === null || cell.value === ''))) return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }),
  );
  if (r1 < 0) return { sheet: s.name, top: 0, left: 0, values: [], formulas: [] };
  const snap = snapshotSheet(book, sheet, { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  const grid: Grid = { sheet: s.name, top: r0, left: c0, values: snap.values, formulas: snap.formulas };
  const cells = inputColumns(grid);
  if (!cells) return grid;
  const numberFormats = new Map<number, (string | null)[]>();
  for (const col of cells.columns) {
    numberFormats.set(
      col,
      snap.numberFormats.map((row, i) => (r0 + i >= cells.firstRow && r0 + i <= cells.lastRow && row[col - c0] !== 'General' ? row[col - c0] : null)),
    );
  }
  return { ...grid, numberFormats };
}
