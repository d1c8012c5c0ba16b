/**
 * Which cells an adapter reads number formats for (SPEC §8: a percent-formatted number is the
 * percentage it shows): the numeric input columns of the table, over its rows. Formats cost a
 * read on Excel (bytes and a sync), so only the cells the engine reads as numbers are asked for.
 */
import { detectLayout } from './layout';
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

/**
 * The numeric input columns of the table in `grid` (kinerja: target, realisasi, annual target
 * and realisasi; efficiency: capaian output, volumes, pagu, realisasi anggaran), whatever the
 * quarter, and the rows of the table; null when no table is found or it has no such column.
 */
export function inputColumns(grid: Grid): InputCells | null {
  const layout = detectLayout(grid, 'TAHUNAN');
  if (!layout || layout.firstDataRow > layout.lastDataRow) return null;
  const columns = [...new Set(layout.headers.filter((h) => INPUT_ROLES.has(h.role)).map((h) => h.col))].sort((a, b) => a - b);
  return columns.length === 0 ? null : { columns, firstRow: layout.firstDataRow, lastRow: layout.lastDataRow };
}
