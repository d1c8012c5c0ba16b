/**
 * The benchmark's sheets: the source report's TW II table (`dumaiRows`) repeated down to N
 * indicators, each copy with its own sasaran names and slightly varied realisasi, so every
 * row is computed and no two sasaran merge.
 */
import { CellValue } from '../src/workbook';
import { DUMAI_FIRST, dumaiRows } from '../test/workbook/support';

/** Rows of a Kinerja sheet with `rows` indicator rows below the report's title and header. */
export function kinerjaRows(rows: number): CellValue[][] {
  const all = dumaiRows(false);
  const head = all.slice(0, DUMAI_FIRST);
  const data = all.slice(DUMAI_FIRST);
  const out: CellValue[][] = [...head];
  for (let copy = 0; out.length - head.length < rows; copy++) {
    for (const r of data) {
      if (out.length - head.length >= rows) break;
      const row = [...r];
      if (typeof row[2] === 'string') row[2] = `${row[2]} (${copy + 1})`;
      if (typeof row[6] === 'number') row[6] = row[6] + (copy % 7) / 10;
      out.push(row);
    }
  }
  return out;
}

/** 0-based index of the first indicator row in `kinerjaRows`. */
export const FIRST_DATA_ROW = DUMAI_FIRST;
