/**
 * Reads a sheet into a Grid: the used range's size, its values in row blocks sized to the
 * response budget, the formulas of formula cells, and (for a recalculation) the number formats
 * of the table's input columns, which ride along with the value blocks once the header is
 * known. A block whose response passes Excel's limit is halved and asked for again.
 */
import { InputCells, inputColumns, inputColumnsFromHead } from '../workbook/input-columns';
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
  /** Also the number formats of the table's input columns (`FormatRider`), as `grid.numberFormats`. */
  readonly inputFormats?: boolean;
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
  // The input columns' number formats ride along with the value blocks once the header is known
  // (after the first block, or the first rows of a table lower down): each later sync also
  // loads the formats of the rows read so far and of its own block, so only a sheet read in one
  // block needs a sync of formats of its own.
  const rider = options.inputFormats ? new FormatRider(ws, top, rows, blocks) : undefined;
  const sheetName = ws.name;
  const learn = (): void => rider?.learn({ sheet: sheetName, top, left, values, formulas });
  // The rows of the next block, from what `n` rows of values weighed: the block, its formats and
  // the formats of rows read before the header was known stay under the budget together.
  const size = (n: number, bytes: number, current: number): number => {
    if (fixed !== undefined) return current;
    const rowBytes = rider?.rowBytes ?? 0;
    if (rowBytes === 0) return nextBlockRows(blocks, n, bytes, current);
    const room = blocks.maxResponseBytes - Math.min(rider?.backlogBytes(top + done) ?? 0, blocks.maxResponseBytes / 2);
    const next = Math.max(1, Math.min(blocks.cellCap, Math.floor((room * n) / (Math.max(bytes, 1) + rowBytes * n))));
    rider?.allow(Math.floor((blocks.maxResponseBytes - (next * Math.max(bytes, 1)) / n) / rowBytes));
    return next;
  };
  let done = 0;
  if (head && !head.isNullObject && head.rowCount > 0) {
    const bytes = take(head, head.rowCount, !formulaCellsOnly);
    done = head.rowCount;
    learn();
    blockRows = size(head.rowCount, bytes, blockRows);
  }
  // One sync a block; a response over Excel's limit halves the block (and the formats riding
  // with it) and asks again: the estimate is sampled, so it can be low. Any other failure is thrown.
  while (done < rows) {
    const n = Math.min(blockRows, rows - done);
    const range = untrack(ws.getRangeByIndexes(top + done, left, n, cols).load(fields));
    const ride = rider?.queue(top + done + n);
    try {
      await ctx.sync();
    } catch (error) {
      if (responseTooLarge(error) && (n > 1 || (ride?.rows ?? 0) > 1)) {
        blockRows = Math.ceil(n / 2);
        if (ride) rider?.allow(Math.ceil(ride.rows / 2));
        continue;
      }
      throw error;
    }
    const bytes = take(range, n, !formulaCellsOnly);
    if (ride) rider?.take(ride);
    done += n;
    learn();
    blockRows = size(n, bytes, blockRows);
  }
  if (formulaCellsOnly && formulaCells && !formulaCells.isNullObject) placeFormulas(formulaCells.areas, formulas, top, left, cols);
  // A blank sheet: getUsedRange gives an empty A1.
  const grid: Grid =
    rows === 1 && cols === 1 && values[0]?.[0] === null && formulas[0]?.[0] === null ? { sheet: ws.name, top: 0, left: 0, values: [], formulas: [] } : { sheet: ws.name, top, left, values, formulas };
  return rider ? rider.finish(ctx, grid, options) : grid;
}

/** The number formats read so far, by absolute column: one entry per row of the sheet read. */
type FormatLists = Map<number, (string | null)[]>;

/** Formats queued in one sync: rows [row0, row0 + rows), in pieces, one range per run of columns. */
interface Ride {
  readonly row0: number;
  readonly rows: number;
  readonly pieces: readonly { readonly row0: number; readonly n: number; readonly ranges: readonly Excel.Range[] }[];
}

/**
 * The number formats of the table's numeric input columns over its rows (`inputColumns`), so a
 * percent-formatted number reads as the percentage it shows (SPEC §8), loaded alongside the
 * value blocks: `numberFormat` of each run of adjacent input columns (a column of `"General"`
 * weighs 12 bytes a row: 3.4 MB for three columns of 100,000 rows, bench/README.md). The columns
 * and the table's first row are known from the sheet's first rows (`inputColumnsFromHead`);
 * from then on each value block brings the formats of the rows read before and of its own rows.
 * Its last row needs the whole sheet, so rows of the used range below the table (blank ones) may
 * come too, and are dropped; formats of other columns, or above the table, are never asked for.
 */
class FormatRider {
  /** Undefined: not known yet; null: no input column, nothing to read. */
  private cells: Omit<InputCells, 'lastRow'> | null | undefined;
  private runs: { col: number; cols: number }[] = [];
  private readonly lists: FormatLists = new Map();
  /** The first absolute row whose formats are not loaded yet. */
  private next = 0;
  /** Format rows the next sync may load (the rest wait for a later one). */
  private cap = Infinity;
  /** What a row of formats weighs: a guess until a block tells. */
  rowBytes = 0;

  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly top: number,
    private readonly rows: number,
    private readonly blocks: Blocks,
  ) {}

  /** Tells the input columns from the rows read so far, once they are enough. */
  learn(head: Grid): void {
    if (this.cells !== undefined) return;
    this.cells = inputColumnsFromHead(head, this.rows);
    if (!this.cells) return;
    this.runs = columnRuns(this.cells.columns);
    for (const col of this.cells.columns) this.lists.set(col, new Array<string | null>(this.rows).fill(null));
    this.next = this.cells.firstRow;
    this.rowBytes = formatRowGuess(this.runs);
  }

  /** Bytes of the formats of the rows read before `end` (absolute) and not loaded yet. */
  backlogBytes(end: number): number {
    return this.cells ? Math.max(0, end - this.next) * this.rowBytes : 0;
  }

  /** Lets the next sync load at most `rows` rows of formats. */
  allow(rows: number): void {
    this.cap = Math.max(1, rows);
  }

  /** Queues the formats of the rows not loaded yet before `end` (absolute), within the cap. */
  queue(end: number): Ride | undefined {
    if (!this.cells) return undefined;
    const row0 = this.next;
    const rows = Math.min(end - row0, this.cap);
    if (rows <= 0) return undefined;
    const pieces = queueFormats(this.ws, this.runs, row0, rows, pieceRows(this.blocks, this.cells.columns.length));
    return { row0, rows, pieces };
  }

  /** Takes in formats that came back; what they weighed sizes the next block. */
  take(ride: Ride): void {
    let bytes = 0;
    for (const p of ride.pieces) bytes += takeFormats(p.ranges, this.runs, this.lists, p.row0 - this.top, p.n, this.blocks.fixed === undefined);
    if (this.blocks.fixed === undefined && ride.rows > 0) this.rowBytes = Math.max(1, bytes / ride.rows);
    this.next = ride.row0 + ride.rows;
  }

  /**
   * The grid with its input columns' number formats: the rows left after the last value block
   * are read in blocks of their own (a sheet read in one block: all of them). Should the whole
   * sheet tell other input columns than its first rows did, they are all read again, as ever.
   */
  async finish(ctx: Excel.RequestContext, grid: Grid, options: ReadOptions): Promise<Grid> {
    const cells = inputColumns(grid);
    if (!cells) return grid;
    const known = this.cells;
    if (!known || known.firstRow !== cells.firstRow || known.columns.join() !== cells.columns.join()) return readInputFormats(ctx, grid, options);
    // Rows below the table's last row came with the blocks: not the table's, dropped.
    for (const list of this.lists.values()) list.fill(null, cells.lastRow + 1 - grid.top);
    if (this.next <= cells.lastRow) await readFormatRows(ctx, this.ws, this.runs, this.lists, grid.top, this.next, cells.lastRow, options);
    return { ...grid, numberFormats: this.lists };
  }
}

/**
 * The grid with the number formats of its numeric input columns over the table's rows
 * (`inputColumns`), read after the values in blocks of their own.
 */
async function readInputFormats(ctx: Excel.RequestContext, grid: Grid, options: ReadOptions): Promise<Grid> {
  const cells = inputColumns(grid);
  if (!cells) return grid;
  const runs = columnRuns(cells.columns);
  const numberFormats: FormatLists = new Map();
  for (const col of cells.columns) numberFormats.set(col, new Array<string | null>(grid.values.length).fill(null));
  await readFormatRows(ctx, ctx.workbook.worksheets.getItem(grid.sheet), runs, numberFormats, grid.top, cells.firstRow, cells.lastRow, options);
  return { ...grid, numberFormats };
}

/**
 * Reads the formats of rows `first`..`last` (absolute, inclusive) of the runs of input columns
 * into `lists` (indexed from `gridTop`), in row blocks sized to the response budget like the values.
 */
async function readFormatRows(ctx: Excel.RequestContext, ws: Excel.Worksheet, runs: { col: number; cols: number }[], lists: FormatLists, gridTop: number, first: number, last: number, options: ReadOptions): Promise<void> {
  const fixed = options.fixedBlockRows;
  const width = runs.reduce((n, r) => n + r.cols, 0);
  const blocks: Blocks = { fixed, cellCap: Math.max(1, Math.floor(MAX_CELLS_PER_READ / width)), maxResponseBytes: options.maxResponseBytes };
  const blockRows = fixed ?? Math.max(1, Math.min(blocks.cellCap, Math.floor(options.maxResponseBytes / formatRowGuess(runs))));
  await readBlocks(
    ctx,
    blocks,
    0,
    last - first + 1,
    blockRows,
    (offset, n) => runs.map((r) => untrack(ws.getRangeByIndexes(first + offset, r.col, n, r.cols).load('numberFormat'))),
    (ranges, offset, n) => takeFormats(ranges, runs, lists, first + offset - gridTop, n, fixed === undefined),
  );
}

/**
 * First guess of a row of formats: every cell `"General",` (most formats weigh that or less; the
 * 4 MB budget leaves a fifth of the 5 MB limit for longer ones), each run's row in brackets.
 */
function formatRowGuess(runs: readonly { cols: number }[]): number {
  return runs.reduce((n, r) => n + 2 + r.cols * GENERAL_CELL_BYTES, 0);
}

/** Rows one format range may span: the fixed block, else what the cell cap allows. */
function pieceRows(blocks: Blocks, width: number): number {
  return blocks.fixed ?? Math.max(1, Math.floor(MAX_CELLS_PER_READ / width));
}

/** Loads the formats of `rows` rows from `row0` (absolute), in pieces of at most `piece` rows. */
function queueFormats(ws: Excel.Worksheet, runs: readonly { col: number; cols: number }[], row0: number, rows: number, piece: number): { row0: number; n: number; ranges: Excel.Range[] }[] {
  const pieces: { row0: number; n: number; ranges: Excel.Range[] }[] = [];
  for (let r = row0; r < row0 + rows; r += piece) {
    const n = Math.min(piece, row0 + rows - r);
    pieces.push({ row0: r, n, ranges: runs.map((run) => untrack(ws.getRangeByIndexes(r, run.col, n, run.cols).load('numberFormat'))) });
  }
  return pieces;
}

/**
 * Puts the formats of `n` rows that came back (one range per run) into `lists` from grid row
 * `at`, `"General"` as null; returns what they weighed when `weigh` (sampled).
 */
function takeFormats(ranges: readonly Excel.Range[], runs: readonly { col: number; cols: number }[], lists: FormatLists, at: number, n: number, weigh: boolean): number {
  let bytes = 0;
  ranges.forEach((range, k) => {
    const formats = range.numberFormat;
    if (weigh) bytes += sampledBytes(formats);
    for (let j = 0; j < runs[k].cols; j++) {
      const list = lists.get(runs[k].col + j) as (string | null)[];
      for (let i = 0; i < n; i++) {
        const code: unknown = formats[i]?.[j];
        if (typeof code === 'string' && code !== 'General') list[at + i] = code;
      }
    }
  });
  return bytes;
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
