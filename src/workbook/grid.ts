import { CellValue, Grid } from './types';

/**
 * A Grid from rows of values (and optionally formulas), padded to a rectangle with nulls.
 * `top` and `left` are the absolute 0-based position of rows[0][0].
 */
export function gridFromRows(sheet: string, rows: readonly (readonly CellValue[])[], formulas?: readonly (readonly (string | null)[])[], top = 0, left = 0): Grid {
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  if (formulas) for (const r of formulas) width = Math.max(width, r.length);
  const height = Math.max(rows.length, formulas?.length ?? 0);
  const values: CellValue[][] = [];
  const fs: (string | null)[][] = [];
  for (let i = 0; i < height; i++) {
    const v = rows[i] ?? [];
    const f = formulas?.[i] ?? [];
    const vr = new Array<CellValue>(width);
    const fr = new Array<string | null>(width);
    for (let j = 0; j < width; j++) {
      vr[j] = v[j] ?? null;
      const fj = f[j];
      fr[j] = typeof fj === 'string' && fj.startsWith('=') ? fj : null;
    }
    values.push(vr);
    fs.push(fr);
  }
  return { sheet, top, left, values, formulas: fs };
}

/** Number of rows and columns of a grid. */
export function gridSize(grid: Grid): { rows: number; cols: number } {
  return { rows: grid.values.length, cols: grid.values[0]?.length ?? 0 };
}

/** The value at an absolute cell, or null outside the grid. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row - grid.top]?.[col - grid.left] ?? null;
}

/** The formula at an absolute cell, or null (no formula or outside the grid). */
export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const f: unknown = grid.formulas[row - grid.top]?.[col - grid.left];
  // Office.js `range.formulas` holds the constant for cells without a formula: only `=…` counts.
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/** True for null, undefined and whitespace-only text. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
