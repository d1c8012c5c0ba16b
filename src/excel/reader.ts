/**
 * Reads a sheet into a Grid: the used range's size, its values in row blocks sized to the
 * response budget, the formulas of formula cells, and the number formats of the table's input
 * columns. Every block read shares one loop (`readBlocks`), which halves a block whose response
 * passes Excel's limit.
 */
import { inputColumns } from '../workbook/input-columns';
import type { CellValue, Grid } from '../workbook/types';
import { cellValueOf, formulaOf } from './cells';
import { responseTooLarge } from './errors';

/** A range read may cover at most five million cells. */
export const MAX_CELLS_PER_READ = 5_000_000;
const FIRST_READ_BLOCK_ROWS = 5_000;
/** Columns of a worksheet (XFD). */
const EXCEL_COLUMNS = 16_384;
/** What one format cell `"General",` weighs in a response: the first guess, until a block tells. */
const GENERAL_CELL_BYTES = 10;
/** Rows weighed to size the next read block. */
const SIZE_SAMPLE_ROWS = 256;

/** How a sheet is read. */
export interface ReadOptions {
  /** Rows per block; undefined: adapt to the response size, starting at 5,000. */
  readonly fixedBlockRows?: number;
  /** Bytes one response should stay under. */
  readonly maxResponseBytes: number;
}

/** Values and formulas of the sheet's used range (a blank sheet: an empty grid at A1). */
export async function readSheet(ctx: Excel.RequestContext, sheet: string, options: ReadOptions): Promise<Grid> {
  const fixed = options.fixedBlockRows;
  // Blocks carry values only and the formulas come once, for formula cells alone (SpecialCells,
  // ExcelApi 1.9, the adapter's minimum): `range.formulas` would repeat every constant and double
  // what crosses (bench/README.md). When that list is too large to come back, each block reads
  // values and formulas. Every range is untracked once queued: its loaded values stay readable,
  // and it leaves no reference for the end-of-run cleanup.
  let formulaCellsOnly = true;
  // The first sync asks for the used range's size and, before knowing it, for its first rows and
  // the list of formula cells: a sheet of a few thousand rows comes back in one round trip.
  let ws = ctx.workbook.worksheets.getItem(sheet).load('name');
  let used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount'); // a blank sheet gives A1
  const window = ws.getRangeByIndexes(0, 0, fixed ?? FIRST_READ_BLOCK_ROWS, EXCEL_COLUMNS);
  let head: Excel.Range | undefined = used.getIntersectionOrNullObject(window).load('rowCount,values');
  // Loaded through the RangeAreas itself: a load is what a null object (no formula at all) allows.
  let formulaCells: Excel.RangeAreas | undefined = used.getSpecialCellsOrNullObject('Formulas').load('areas/items/rowIndex,areas/items/columnIndex,areas/items/formulas');
  untrack(used, window, head, formulaCells);
  try {
    await ctx.sync();
  } catch {
    // Too much to come back at once (a very wide sheet, thousands of long formulas…): ask for the
    // size alone and read in blocks. A lasting failure (no such sheet) fails here again, and is thrown.
    formulaCellsOnly = false;
    head = formulaCells = undefined;
    ws = ctx.workbook.worksheets.getItem(sheet).load('name');
    used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    untrack(used);
    await ctx.sync();
  }
  const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols } = used;
  const fields = formulaCellsOnly ? 'values' : 'values,formulas';
  const blocks: Blocks = { fixed, cellCap: Math.max(1, Math.floor(MAX_CELLS_PER_READ / cols)), maxResponseBytes: options.maxResponseBytes };
  let blockRows = Math.min(fixed ?? FIRST_READ_BLOCK_ROWS, blocks.cellCap);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  // Takes in a block that came back: rows converted in place (they are ours), formulas alongside.
  // Returns what it weighed as it came, before the rows are converted in place below.
  const take = (range: Excel.Range, n: number, withFormulas: boolean): number => {
    const v = range.values;
    const f = withFormulas ? range.formulas : undefined;
    const bytes = fixed === undefined ? sampledBytes(v, f) : 0;
    for (let i = 0; i < n; i++) {
      if (f) formulas.push(f[i].map((formula, j) => formulaOf(formula, v[i][j])));
      else formulas.push(NO_FORMULAS(cols));
      const row = v[i];
      for (let j = 0; j < row.length; j++) row[j] = cellValueOf(row[j]);
      values.push(row as CellValue[]);
    }
    return bytes;
  };
  let done = 0;
  if (head && !head.isNullObject && head.rowCount > 0) {
    blockRows = nextBlockRows(blocks, head.rowCount, take(head, head.rowCount, !formulaCellsOnly), blockRows);
    done = head.rowCount;
  }
  await readBlocks(
    ctx,
    blocks,
    done,
    rows,
    blockRows,
    (offset, n) => untrack(ws.getRangeByIndexes(top + offset, left, n, cols).load(fields)),
    (range, _offset, n) => take(range, n, !formulaCellsOnly),
  );
  if (formulaCellsOnly && formulaCells && !formulaCells.isNullObject) placeFormulas(formulaCells.areas, formulas, top, left, cols);
  // A blank sheet: getUsedRange gives an empty A1.
  if (rows === 1 && cols === 1 && values[0]?.[0] === null && formulas[0]?.[0] === null) return { sheet: ws.name, top: 0, left: 0, values: [], formulas: [] };
  return { sheet: ws.name, top, left, values, formulas };
}

/**
 * The grid with the number formats of its numeric input columns over the table's rows
 * (`inputColumns`), so a percent-formatted number reads as the percentage it shows (SPEC §8).
 * Read after the values, which say where the table is: `numberFormat` of each run of adjacent
 * input columns, in row blocks sized to the response budget like the values (a column of
 * `"General"` weighs 12 bytes a row: 3.4 MB for three columns of 100,000 rows, bench/README.md).
 * Formats of other cells are never asked for.
 */
export async function readInputFormats(ctx: Excel.RequestContext, grid: Grid, options: ReadOptions): Promise<Grid> {
  const cells = inputColumns(grid);
  if (!cells) return grid;
  const fixed = options.fixedBlockRows;
  const ws = ctx.workbook.worksheets.getItem(grid.sheet);
  const runs = columnRuns(cells.columns);
  const numberFormats = new Map<number, (string | null)[]>();
  for (const col of cells.columns) numberFormats.set(col, new Array<string | null>(grid.values.length).fill(null));
  const total = cells.lastRow - cells.firstRow + 1;
  const blocks: Blocks = { fixed, cellCap: Math.max(1, Math.floor(MAX_CELLS_PER_READ / cells.columns.length)), maxResponseBytes: options.maxResponseBytes };
  // First guess: every cell `"General",` (most formats weigh that or less; the 4 MB budget leaves
  // a fifth of the 5 MB limit for longer ones), each run's row in brackets.
  const rowGuess = runs.reduce((n, r) => n + 2 + r.cols * GENERAL_CELL_BYTES, 0);
  const blockRows = fixed ?? Math.max(1, Math.min(blocks.cellCap, Math.floor(options.maxResponseBytes / rowGuess)));
  await readBlocks(
    ctx,
    blocks,
    0,
    total,
    blockRows,
    (offset, n) => runs.map((r) => untrack(ws.getRangeByIndexes(cells.firstRow + offset, r.col, n, r.cols).load('numberFormat'))),
    (ranges, offset, n) => {
      const row0 = cells.firstRow + offset;
      // Weighed to size the next block (long custom formats weigh more).
      let bytes = 0;
      ranges.forEach((range, k) => {
        const formats = range.numberFormat;
        if (fixed === undefined) bytes += sampledBytes(formats);
        for (let j = 0; j < runs[k].cols; j++) {
          const list = numberFormats.get(runs[k].col + j) as (string | null)[];
          for (let i = 0; i < n; i++) {
            const code: unknown = formats[i]?.[j];
            if (typeof code === 'string' && code !== 'General') list[row0 - grid.top + i] = code;
          }
        }
      });
      return bytes;
    },
  );
  return { ...grid, numberFormats };
}

/** Untracks proxies read in the coming sync (none is used in a later request); returns the first. */
function untrack<T extends { untrack(): unknown } | undefined>(first: T, ...rest: ({ untrack(): unknown } | undefined)[]): T {
  for (const p of [first, ...rest]) p?.untrack();
  return first;
}

/** How blocks are sized: fixed, or from what the last one weighed, within the cell cap. */
interface Blocks {
  readonly fixed?: number;
  readonly cellCap: number;
  readonly maxResponseBytes: number;
}

/** The rows of the next block, from what `n` rows weighed, so each response stays under the budget. */
function nextBlockRows(blocks: Blocks, n: number, bytes: number, current: number): number {
  if (blocks.fixed !== undefined) return current;
  return Math.max(1, Math.min(blocks.cellCap, Math.floor((blocks.maxResponseBytes * n) / Math.max(bytes, 1))));
}

/**
 * Reads rows [done, total) in blocks, one sync each: `queue` loads a block, `take` takes it in once
 * back and returns what it weighed, which sizes the next. A response over Excel's limit halves
 * the block and asks again (the estimate is sampled, so it can be low); any other failure is thrown.
 */
async function readBlocks<T>(
  ctx: Excel.RequestContext,
  blocks: Blocks,
  done: number,
  total: number,
  blockRows: number,
  queue: (offset: number, n: number) => T,
  take: (loaded: T, offset: number, n: number) => number,
): Promise<void> {
  while (done < total) {
    const n = Math.min(blockRows, total - done);
    const loaded = queue(done, n);
    try {
      await ctx.sync();
    } catch (error) {
      if (responseTooLarge(error) && n > 1) {
        blockRows = Math.ceil(n / 2);
        continue;
      }
      throw error;
    }
    blockRows = nextBlockRows(blocks, n, take(loaded, done, n), blockRows);
    done += n;
  }
}

/** A row without formulas; rows share it until a formula is placed (a 100,000-row read allocates none). */
const NO_FORMULAS = (() => {
  const shared = new Map<number, readonly null[]>();
  return (cols: number): (string | null)[] => {
    let row = shared.get(cols);
    if (!row) shared.set(cols, (row = Object.freeze(new Array<null>(cols).fill(null))));
    // Frozen and shared: placeFormulas copies a row before writing into it.
    return row as (string | null)[];
  };
})();

/**
 * Puts the formulas of the formula cells' areas into the grid's rows (copying shared rows
 * first). Cells outside the rows and columns read are skipped: on a one-cell range Excel's
 * SpecialCells searches the whole used range (as in VBA), which need not match what was read.
 */
export function placeFormulas(areas: Excel.RangeCollection, formulas: (string | null)[][], top: number, left: number, cols: number): void {
  for (const area of areas.items) {
    const f = area.formulas;
    for (let i = 0; i < f.length; i++) {
      const r = area.rowIndex - top + i;
      if (r < 0 || r >= formulas.length) continue;
      for (let j = 0; j < f[i].length; j++) {
        const c = area.columnIndex - left + j;
        const text = f[i][j];
        if (c < 0 || c >= cols || typeof text !== 'string' || !text.startsWith('=') || text.length < 2) continue;
        if (Object.isFrozen(formulas[r])) formulas[r] = [...formulas[r]];
        formulas[r][c] = text;
      }
    }
  }
}

/** Ascending columns as runs of adjacent ones: one range read per run. */
function columnRuns(columns: readonly number[]): { col: number; cols: number }[] {
  const runs: { col: number; cols: number }[] = [];
  for (const col of columns) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === col) last.cols++;
    else runs.push({ col, cols: 1 });
  }
  return runs;
}

/**
 * The JSON weight of a block read (values and formulas), from evenly spaced rows scaled up.
 * Stringifying every row again would cost the add-in about as much CPU as the response took
 * to parse (a third of the read of a 100,000-row sheet, bench/README.md); an estimate too
 * low is caught by the response limit, which halves the block.
 */
function sampledBytes(values: readonly unknown[][], formulas?: readonly unknown[][]): number {
  const n = values.length;
  const step = Math.max(1, Math.floor(n / SIZE_SAMPLE_ROWS));
  let bytes = 0;
  let rows = 0;
  for (let i = 0; i < n; i += step) {
    bytes += JSON.stringify(values[i]).length + (formulas ? JSON.stringify(formulas[i]).length : 0) + 2;
    rows++;
  }
  return rows === 0 ? 0 : Math.ceil((bytes * n) / rows);
}
