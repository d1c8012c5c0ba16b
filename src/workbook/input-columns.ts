/**
 * Which cells an adapter reads number formats for (SPEC §8: a percent-formatted number is the
 * percentage it shows): the numeric input columns of the table, over its rows. Formats cost a
 * read on Excel (bytes and a sync), so only the cells the engine reads as numbers are asked for.
 */
import { HEADER_SEARCH_ROWS, Layout, detectLayout } from './layout';
import { Grid } from './types';

/** Input columns of a detected table and the rows of its body, absolute and inclusive. */
export interface InputCells {
  /** Absolute columns, ascending, each once. */
  readonly columns: readonly number[];
  readonly firstRow: number;
  readonly lastRow: number;
}

// Input roles of both kinds of table (their role names differ). Every quarter's column of each
// role counts: the period is chosen after the read.
const INPUT_ROLES: ReadonlySet<string> = new Set([
  ...['target', 'realisasi', 'targetTahunan', 'realisasiTahunan'],
  ...['capaianOutput', 'targetVolume', 'realisasiVolume', 'pagu', 'realisasiAnggaran'],
]);

const inputColumnsOf = (layout: Layout): number[] => [...new Set(layout.headers.filter((h) => INPUT_ROLES.has(h.role)).map((h) => h.col))].sort((a, b) => a - b);

/**
 * The numeric input columns of the table in `grid` (kinerja: target, realisasi, annual target
 * and realisasi; efficiency: capaian output, volumes, pagu, realisasi anggaran), whatever the
 * quarter, and the rows of the table; null when no table is found or it has no such column.
 */
export function inputColumns(grid: Grid): InputCells | null {
  const layout = detectLayout(grid, 'TAHUNAN');
  if (!layout || layout.firstDataRow > layout.lastDataRow) return null;
  const columns = inputColumnsOf(layout);
  return columns.length === 0 ? null : { columns, firstRow: layout.firstDataRow, lastRow: layout.lastDataRow };
}

/**
 * The input columns and the table's first row as `inputColumns` will find them in the whole
 * sheet, told from its first rows: `head` holds the first rows of a sheet of `totalRows` rows
 * (same top, left and width). The header is looked for in the first HEADER_SEARCH_ROWS rows and
 * the body starts at most two rows below its last row (a row of column numbers), so those rows
 * decide both; the table's last row needs the whole sheet. Undefined while `head` is too short
 * to tell; null when the whole sheet will have no header or no input column (it may also have
 * no body row: `inputColumns` then gives null where this gave columns).
 */
export function inputColumnsFromHead(head: Grid, totalRows: number): Omit<InputCells, 'lastRow'> | null | undefined {
  if (head.values.length < Math.min(totalRows, Math.max(0, HEADER_SEARCH_ROWS - head.top) + 2)) return undefined;
  const layout = detectLayout(head, 'TAHUNAN');
  if (!layout) return null;
  const columns = inputColumnsOf(layout);
  return columns.length === 0 ? null : { columns, firstRow: layout.firstDataRow };
}
