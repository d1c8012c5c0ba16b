/**
 * The WorkbookPort over Office.js: the only code that touches `Excel.*` (DESIGN.md "Excel facts").
 * Every `context.sync()` is a round trip, so reads go in row blocks sized to the response
 * limit, and `apply` writes in chunks whose syncs send at most `maxRequestBytes`: one read-only
 * sync first (sheet names, protection, the undo snapshot of the first chunk), an earlier owned
 * sheet read in blocks, then one sync per chunk that writes it and reads ahead (the snapshot of
 * the next chunk, the range-level fill and bold of the one after). The snapshot of a chunk is therefore
 * always in hand before the chunk is written, so a failure at any sync still leaves a token
 * that restores every cell exactly.
 */
import { DecimalSeparator, Lang, formatMessage, langOf } from '../core';
import { inputColumns } from '../workbook/input-columns';
import { ApplyError, CellValue, ChartPlan, Grid, PlannedValue, UndoToken, WorkbookPort, WriteBlock, WritePlan } from '../workbook/types';
import { cellValueOf, encodeValue, formulaOf, hasFormula, memoText, plannedOf } from './cells';
import { EXCEL_MESSAGES, ExcelMessageCode } from './messages';
import { FormatPlan, RECT_COMMAND_BYTES, Rect, SheetRect, addressPieces, clipPlan, overlapAny, planFormat, rectBytes } from './runs';

/** The `Excel` namespace as far as the adapter needs it (the real one, or the simulated host's). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The `Office` object as far as the adapter needs it. */
export interface OfficeHost {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** Options of the adapter; tests inject the simulated host here. */
export interface OfficeWorkbookOptions {
  /** Default: the global `Excel`. */
  readonly excel?: ExcelHost;
  /** Default: the global `Office`. */
  readonly office?: OfficeHost;
  /** Rows per read block; default adapts to the response size, starting at 5,000. */
  readonly readBlockRows?: number;
  /** Bytes one write request may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly maxRequestBytes?: number;
  /** Bytes one read response should stay under (default 4 MB). */
  readonly maxResponseBytes?: number;
  /** Language of messages; default from Office's display language. */
  readonly lang?: Lang;
}

/** 4 MB: the default request budget, leaving room under the 5 MB limit. */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** A range read may cover at most five million cells. */
export const MAX_CELLS_PER_READ = 5_000_000;
const FIRST_READ_BLOCK_ROWS = 5_000;
/** Columns of a worksheet (XFD). */
const EXCEL_COLUMNS = 16_384;
/** Bytes of wire overhead per range command, kept free in each chunk. */
const UNIT_OVERHEAD = 600;
/**
 * Request bytes of reading one unit ahead of its write: the snapshot (values, formulas, number
 * formats, per-cell properties) one sync before, and the range-level fill and bold two before.
 */
const READ_AHEAD_BYTES = 1_200;

/** Why the adapter refused before changing anything. */
export class ExcelAdapterError extends Error {
  constructor(
    readonly code: ExcelMessageCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ExcelAdapterError';
  }
}

/** A row slice of one block: the unit of writing and of the undo snapshot. */
interface Unit {
  readonly sheet: string;
  readonly block: WriteBlock;
  /** Rows [from, to) of the block. */
  readonly from: number;
  readonly to: number;
}

/** Work on one sheet the add-in owns (created or cleared, then written). */
interface OwnedJob {
  readonly sheet: string;
  readonly units: Unit[];
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly chart?: ChartPlan;
  /** Undo of a sheet the run created: delete it. */
  readonly deleteSheet?: boolean;
}

/** What one write sync carries. */
interface Chunk {
  readonly units: Unit[];
  /** Owned sheets whose preparation (create/clear) happens in this chunk. */
  readonly prepare: OwnedJob[];
  readonly ownedUnits: Unit[];
  /** Owned sheets whose widths and chart are set in this chunk. */
  readonly finish: OwnedJob[];
  bytes: number;
  /** Request bytes of the reads its units cause in earlier syncs (undo snapshot, uniform formats). */
  reads: number;
}

interface Job {
  readonly chunks: Chunk[];
  readonly owned: OwnedJob[];
  /** Widths and charts on sheets that are not owned: set in the last chunk. */
  readonly decorations: OwnedJob[];
  readonly snapshot: boolean;
  readonly activate?: string;
}


/** The WorkbookPort on a live Excel (or the simulated host). */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;

  constructor(private readonly options: OfficeWorkbookOptions = {}) {
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  }

  private get excel(): ExcelHost {
    return this.options.excel ?? (globalThis as unknown as { Excel: ExcelHost }).Excel;
  }

  private get office(): OfficeHost | undefined {
    return this.options.office ?? (globalThis as unknown as { Office?: OfficeHost }).Office;
  }

  private get lang(): Lang {
    return this.options.lang ?? langOf(this.office?.context.displayLanguage);
  }

  private supports(version: string): boolean {
    try {
      return this.office?.context.requirements.isSetSupported('ExcelApi', version) ?? false;
    } catch {
      return false;
    }
  }

  private text(code: ExcelMessageCode, params: Readonly<Record<string, string | number>> = {}): string {
    return formatMessage(EXCEL_MESSAGES[code], this.lang, params);
  }

  /** Excel.run, as one undo step where the host can (ExcelApi 1.20). */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>, oneUndoStep = false): Promise<T> {
    return oneUndoStep && this.supports('1.20') ? this.excel.run({ mergeUndoGroup: true }, batch) : this.excel.run(batch);
  }

  /** A refusal before anything changed, in the user's language. */
  private refusal(error: unknown, sheet?: string): Error {
    if (error instanceof ExcelAdapterError) return error;
    const code = errorCode(error);
    if (code === 'InvalidOperationInCellEditMode') return new ExcelAdapterError('cell-edit-mode', this.text('cell-edit-mode'), error);
    if (code === 'ItemNotFound' && sheet !== undefined) return new ExcelAdapterError('sheet-missing', this.text('sheet-missing', { sheet }), error);
    return new ExcelAdapterError('excel-refused', this.text('excel-refused', { reason: reasonOf(error) }), error);
  }

  async sheets(): Promise<string[]> {
    try {
      return await this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      });
    } catch (error) {
      throw this.refusal(error);
    }
  }

  async read(sheet: string): Promise<Grid> {
    try {
      return await this.run(async (ctx) => this.readFormats(ctx, await this.readIn(ctx, sheet)));
    } catch (error) {
      throw this.refusal(error, sheet);
    }
  }

  private async readIn(ctx: Excel.RequestContext, sheet: string): Promise<Grid> {
    const fixed = this.options.readBlockRows;
    // Where the host can list formula cells (ExcelApi 1.9), blocks carry values only and the
    // formulas come once, for formula cells alone: `range.formulas` would repeat every constant
    // and double what crosses (bench/README.md). Otherwise, or when that list is too large to
    // come back, each block reads values and formulas.
    let formulaCellsOnly = this.supports('1.9');
    // The first sync asks for the used range's size and, before knowing it, for its first rows and
    // the list of formula cells: a sheet of a few thousand rows comes back in one round trip.
    let ws = ctx.workbook.worksheets.getItem(sheet).load('name');
    let used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount'); // a blank sheet gives A1
    let head: Excel.Range | undefined = used.getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, fixed ?? FIRST_READ_BLOCK_ROWS, EXCEL_COLUMNS)).load(formulaCellsOnly ? 'rowCount,values' : 'rowCount,values,formulas');
    // Loaded through the RangeAreas itself: a load is what a null object (no formula at all) allows.
    let formulaCells: Excel.RangeAreas | undefined = formulaCellsOnly
      ? used.getSpecialCellsOrNullObject('Formulas').load('areas/items/rowIndex,areas/items/columnIndex,areas/items/formulas')
      : undefined;
    try {
      await ctx.sync();
    } catch {
      // Too much to come back at once (a very wide sheet, thousands of long formulas…): ask for the
      // size alone and read in blocks. A lasting failure (no such sheet) fails here again, and is thrown.
      formulaCellsOnly = false;
      head = formulaCells = undefined;
      ws = ctx.workbook.worksheets.getItem(sheet).load('name');
      used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
      await ctx.sync();
    }
    const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols } = used;
    const fields = formulaCellsOnly ? 'values' : 'values,formulas';
    const cellCap = Math.max(1, Math.floor(MAX_CELLS_PER_READ / cols));
    let blockRows = Math.min(fixed ?? FIRST_READ_BLOCK_ROWS, cellCap);
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    // Takes in a block that came back: rows converted in place (they are ours), formulas alongside.
    const take = (range: Excel.Range, n: number, withFormulas: boolean) => {
      const v = range.values;
      const f = withFormulas ? range.formulas : undefined;
      // Weighed as it came, before the rows are converted in place below.
      const bytes = fixed === undefined ? sampledBytes(v, f) : 0;
      for (let i = 0; i < n; i++) {
        if (f) formulas.push(f[i].map((formula, j) => formulaOf(formula, v[i][j])));
        else formulas.push(NO_FORMULAS(cols));
        const row = v[i];
        for (let j = 0; j < row.length; j++) row[j] = cellValueOf(row[j]);
        values.push(row as CellValue[]);
      }
      // Size the next block from what this one weighed, so each response stays under the limit.
      if (fixed === undefined) blockRows = Math.max(1, Math.min(cellCap, Math.floor((this.maxResponseBytes * n) / Math.max(bytes, 1))));
    };
    let done = 0;
    if (head && !head.isNullObject && head.rowCount > 0) {
      take(head, head.rowCount, !formulaCellsOnly);
      done = head.rowCount;
    }
    while (done < rows) {
      const n = Math.min(blockRows, rows - done);
      const range = ws.getRangeByIndexes(top + done, left, n, cols).load(fields);
      try {
        await ctx.sync();
      } catch (error) {
        if (errorCode(error) === 'ResponsePayloadSizeLimitExceeded' && n > 1) {
          blockRows = Math.ceil(n / 2);
          continue;
        }
        throw error;
      }
      take(range, n, !formulaCellsOnly);
      done += n;
    }
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
  private async readFormats(ctx: Excel.RequestContext, grid: Grid): Promise<Grid> {
    const cells = inputColumns(grid);
    if (!cells) return grid;
    const fixed = this.options.readBlockRows;
    const ws = ctx.workbook.worksheets.getItem(grid.sheet);
    const runs = columnRuns(cells.columns);
    const numberFormats = new Map<number, (string | null)[]>();
    for (const col of cells.columns) numberFormats.set(col, new Array<string | null>(grid.values.length).fill(null));
    const total = cells.lastRow - cells.firstRow + 1;
    const cellCap = Math.max(1, Math.floor(MAX_CELLS_PER_READ / cells.columns.length));
    // First guess: every cell `"General",` (most formats weigh that or less; the 4 MB budget leaves
    // a fifth of the 5 MB limit for longer ones), each run's row in brackets.
    const rowGuess = runs.reduce((n, r) => n + 2 + r.cols * GENERAL_CELL_BYTES, 0);
    let blockRows = fixed ?? Math.max(1, Math.min(cellCap, Math.floor(this.maxResponseBytes / rowGuess)));
    let done = 0;
    while (done < total) {
      const n = Math.min(blockRows, total - done);
      const row0 = cells.firstRow + done;
      const ranges = runs.map((r) => ws.getRangeByIndexes(row0, r.col, n, r.cols).load('numberFormat'));
      try {
        await ctx.sync();
      } catch (error) {
        if (errorCode(error) === 'ResponsePayloadSizeLimitExceeded' && n > 1) {
          blockRows = Math.ceil(n / 2);
          continue;
        }
        throw error;
      }
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
      // Size the next block from what this one weighed (long custom formats weigh more).
      if (fixed === undefined) blockRows = Math.max(1, Math.min(cellCap, Math.floor((this.maxResponseBytes * n) / Math.max(bytes, 1))));
      done += n;
    }
    return { ...grid, numberFormats };
  }

  async select(sheet: string, address: string): Promise<void> {
    try {
      await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      });
    } catch (error) {
      throw this.refusal(error, sheet);
    }
  }

  async decimalSeparator(): Promise<DecimalSeparator> {
    // cultureInfo arrived with ExcelApi 1.11; Indonesian workbooks use a comma, so older hosts get ','.
    if (!this.supports('1.11')) return ',';
    try {
      return await this.run(async (ctx) => {
        const nf = ctx.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
        await ctx.sync();
        return nf.numberDecimalSeparator === '.' ? '.' : ',';
      });
    } catch {
      return ',';
    }
  }

  async apply(plan: WritePlan, progress?: (done: number, total: number) => void): Promise<UndoToken> {
    const owned: OwnedJob[] = [];
    const units: Unit[] = [];
    const decorations: OwnedJob[] = [];
    let activate: string | undefined;
    for (const sp of plan.sheets) {
      if (sp.activate) activate = sp.sheet;
      if (sp.owned) {
        owned.push({ sheet: sp.sheet, units: sp.blocks.map((block) => ({ sheet: sp.sheet, block, from: 0, to: block.values.length })), columnWidths: sp.columnWidths, chart: sp.chart });
      } else {
        units.push(...sp.blocks.map((block) => ({ sheet: sp.sheet, block, from: 0, to: block.values.length })));
        // Widths and a chart on a user's sheet are laid out at the end; they are not part of the undo token.
        if (sp.columnWidths || sp.chart) decorations.push({ sheet: sp.sheet, units: [], columnWidths: sp.columnWidths, chart: sp.chart });
      }
    }
    const job: Job = { chunks: this.pack(plainFirst(units), owned, true), owned, decorations, snapshot: true, activate };
    return this.execute(job, progress);
  }

  async undo(token: UndoToken): Promise<void> {
    const units: Unit[] = [];
    // Put back in reverse order of writing, so overlapping blocks end with the earliest contents.
    for (const entry of [...token.restore].reverse()) {
      for (const block of [...entry.blocks].reverse()) units.push({ sheet: entry.sheet, block, from: 0, to: block.values.length });
    }
    const owned: OwnedJob[] = token.ownedBefore.map(({ sheet, grid }) =>
      grid === null ? { sheet, units: [], deleteSheet: true } : { sheet, units: grid.values.length ? [{ sheet, block: gridBlock(grid), from: 0, to: grid.values.length }] : [] },
    );
    await this.execute({ chunks: this.pack(units, owned, false), owned, decorations: [], snapshot: false });
  }

  /**
   * Splits the work into chunks whose syncs send at most maxRequestBytes; owned sheets start
   * after the first chunk. Sync k writes chunk k and reads ahead for chunks k+1 (snapshot) and
   * k+2 (uniform formats), so each chunk's reads are capped at a share of the budget and its
   * writes get the rest less two such shares. The share follows the units per chunk to expect:
   * a few large blocks leave almost the whole budget to writes, thousands of small ones (blocks
   * split by blank rows) get up to a quarter of it for their reads.
   */
  private pack(units: Unit[], owned: OwnedJob[], snapshot: boolean): Chunk[] {
    const areas = this.supports('1.9');
    const budget = Math.max(this.maxRequestBytes - 4 * UNIT_OVERHEAD, 1024);
    const sized = new Map<WriteBlock, number[]>();
    const sizesOf = (block: WriteBlock) => {
      let sizes = sized.get(block);
      if (!sizes) sized.set(block, (sizes = rowSizes(block, areas)));
      return sizes;
    };
    let writes = 0;
    for (const u of units) for (let r = u.from; r < u.to; r++) writes += sizesOf(u.block)[r];
    const perChunk = (units.length * READ_AHEAD_BYTES) / Math.max(1, Math.ceil(writes / budget));
    const readShare = snapshot ? Math.min(budget / 4, Math.max(4 * READ_AHEAD_BYTES, 2 * perChunk)) : 0;
    const writeBudget = Math.max(budget - 2 * readShare, 1024);
    const chunks: Chunk[] = [newChunk()];
    // The first chunk's snapshot is read before the range-level formats are known, so it reads
    // every cell's fill: a smaller first chunk keeps that response well under the limit.
    let limitOf = (c: Chunk) => (snapshot && c === chunks[0] ? writeBudget / 2 : writeBudget);
    const place = (list: Unit[], into: (c: Chunk) => Unit[], read: number) => {
      const empty = (c: Chunk) => c.bytes === 0 && c.reads === 0;
      const close = (chunk: Chunk, unit: Unit, from: number, to: number, bytes: number) => {
        into(chunk).push({ ...unit, from, to });
        chunk.bytes += bytes;
        chunk.reads += read;
      };
      for (const unit of list) {
        const sizes = sizesOf(unit.block);
        const fresh = UNIT_OVERHEAD + sliceOverhead(unit.block, areas);
        let from = unit.from;
        let bytes = fresh;
        const current = chunks[chunks.length - 1];
        if (!empty(current) && (current.reads + read > readShare || current.bytes + fresh + (sizes[from] ?? 0) > limitOf(current))) chunks.push(newChunk());
        for (let r = unit.from; r < unit.to; r++) {
          const chunk = chunks[chunks.length - 1];
          if (r > from && chunk.bytes + bytes + sizes[r] > limitOf(chunk)) {
            close(chunk, unit, from, r, bytes);
            chunks.push(newChunk());
            from = r;
            bytes = fresh;
          }
          bytes += sizes[r];
        }
        close(chunks[chunks.length - 1], unit, from, unit.to, bytes);
      }
    };
    place(units, (c) => c.units, readShare > 0 ? READ_AHEAD_BYTES : 0);
    if (owned.length) {
      // Owned sheets' charts are listed in the first write sync, so their changes come later; from
      // here on no sync reads ahead (owned sheets are cleared, not snapshotted): the whole budget.
      if (chunks.length === 1) chunks.push(newChunk());
      limitOf = () => budget;
      for (const job of owned) {
        chunks[chunks.length - 1].prepare.push(job);
        chunks[chunks.length - 1].bytes += UNIT_OVERHEAD;
        // Owned sheets are cleared, not snapshotted cell by cell: nothing is read ahead for them.
        if (!job.deleteSheet) place(job.units, (c) => c.ownedUnits, 0);
        chunks[chunks.length - 1].finish.push(job);
      }
    }
    return chunks;
  }

  private async execute(job: Job, progress?: (done: number, total: number) => void): Promise<UndoToken> {
    const token: { id: string; restore: { sheet: string; blocks: WriteBlock[] }[]; ownedBefore: { sheet: string; grid: Grid | null }[] } = {
      id: `sakip-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
      restore: [],
      ownedBefore: [],
    };
    const sheetsInvolved = [...new Set([...job.chunks.flatMap((c) => c.units.map((u) => u.sheet)), ...job.owned.map((o) => o.sheet)])];
    return this.run(async (ctx) => {
      // Sync 0: read only. Names and protection decide whether to go on; nothing has changed yet.
      const books = ctx.workbook.worksheets.load('items/name,items/protection/protected');
      // Range-level fill and bold, read two syncs ahead of a chunk's write: known when its
      // snapshot is read (one sync ahead), they spare the per-cell read of a uniform range.
      const uniform = new Map<Unit, UniformFormats>();
      const unitsOf = (k: number) => (job.snapshot ? (job.chunks[k]?.units ?? []) : []);
      let ahead = this.queueUniformFormats(ctx, unitsOf(1), uniform);
      let next = this.queueSnapshots(ctx, unitsOf(0), uniform);
      try {
        await ctx.sync();
      } catch (error) {
        if (errorCode(error) !== 'ResponsePayloadSizeLimitExceeded') throw await this.preflightError(ctx, error, sheetsInvolved);
        // The first snapshot was too big to come back in one piece: read it in smaller ones.
        ahead = [...this.queueUniformFormats(ctx, unitsOf(0), uniform), ...this.queueUniformFormats(ctx, unitsOf(1), uniform)];
        books.load('items/name,items/protection/protected');
        await ctx.sync();
        ahead.forEach((u) => (u.ready = true));
        next = await this.readSnapshotsSplit(ctx, unitsOf(0), uniform);
      }
      ahead.forEach((u) => (u.ready = true));
      const existing = new Map(books.items.map((s) => [s.name.toLowerCase(), s]));
      for (const sheet of sheetsInvolved) {
        const ws = existing.get(sheet.toLowerCase());
        if (ws?.protection.protected) throw new ExcelAdapterError('sheet-protected', this.text('sheet-protected', { sheet: ws.name }));
        if (!ws && !job.owned.some((o) => o.sheet === sheet)) throw new ExcelAdapterError('sheet-missing', this.text('sheet-missing', { sheet }));
      }
      const ownedExists = new Map(job.owned.map((o) => [o.sheet, existing.has(o.sheet.toLowerCase())]));
      let snapshots = resolveSnapshots(next);
      // An owned sheet's earlier contents, for undo: read like any sheet, in blocks sized to the
      // response limit (a Ringkasan of 40,000 rows does not fit in one response), before any write.
      const ownedBefore = new Map<OwnedJob, Grid>();
      for (const o of job.owned) {
        if (!job.snapshot || !ownedExists.get(o.sheet)) continue;
        try {
          ownedBefore.set(o, { ...(await this.readIn(ctx, o.sheet)), sheet: o.sheet });
        } catch (error) {
          throw this.refusal(error, o.sheet);
        }
      }
      let ownedReads: { job: OwnedJob; charts?: Excel.ChartCollection }[] = [];

      for (let k = 0; k < job.chunks.length; k++) {
        const chunk = job.chunks[k];
        // The token grows before the write, so a failure of this very sync can still be undone.
        for (const s of snapshots) token.restore.push({ sheet: s.sheet, blocks: [s.block] });
        for (const o of chunk.prepare) {
          token.ownedBefore.push({ sheet: o.sheet, grid: ownedBefore.get(o) ?? null });
        }
        const readOwned = () => job.owned.map((o) => ({ job: o, charts: ownedExists.get(o.sheet) ? ctx.workbook.worksheets.getItem(o.sheet).charts.load('items/name') : undefined }));
        if (k === 0) ownedReads = readOwned();
        this.queueWrites(ctx, chunk.units);
        for (const o of chunk.prepare) this.queuePrepare(ctx, o, ownedExists.get(o.sheet) ?? false, ownedReads.find((r) => r.job === o)?.charts);
        this.queueWrites(ctx, chunk.ownedUnits);
        for (const o of chunk.finish) this.queueFinish(ctx, o);
        const last = k === job.chunks.length - 1;
        if (last) job.decorations.forEach((d) => this.queueFinish(ctx, d));
        if (last && job.activate) ctx.workbook.worksheets.getItem(job.activate).activate();
        const following = unitsOf(k + 1);
        next = this.queueSnapshots(ctx, following, uniform);
        ahead = this.queueUniformFormats(ctx, unitsOf(k + 2), uniform);
        try {
          await ctx.sync();
          ahead.forEach((u) => (u.ready = true));
        } catch (error) {
          if (errorCode(error) === 'ResponsePayloadSizeLimitExceeded' && chunk.prepare.length === 0) {
            // The snapshot of the next chunk was too big to come back: write this chunk again
            // (the same values, so harmless if it had landed) and read that snapshot in pieces.
            try {
              if (k === 0) ownedReads = readOwned();
              this.queueWrites(ctx, chunk.units);
              this.queueWrites(ctx, chunk.ownedUnits);
              ahead = this.queueUniformFormats(ctx, unitsOf(k + 2), uniform);
              await ctx.sync();
              ahead.forEach((u) => (u.ready = true));
              next = await this.readSnapshotsSplit(ctx, following, uniform);
            } catch (again) {
              throw this.interrupted(again, token);
            }
          } else {
            throw this.interrupted(error, token);
          }
        }
        snapshots = resolveSnapshots(next);
        progress?.(k + 1, job.chunks.length);
      }
      return token;
    }, true);
  }

  private interrupted(error: unknown, token: UndoToken): ApplyError {
    const reason = errorCode(error) === 'InvalidOperationInCellEditMode' ? this.text('cell-edit-reason') : reasonOf(error);
    return new ApplyError(this.text('apply-interrupted', { reason }), token, error);
  }

  /** The message for a failure of the read-only first sync: nothing changed. */
  private async preflightError(ctx: Excel.RequestContext, error: unknown, sheets: string[]): Promise<Error> {
    if (errorCode(error) === 'ItemNotFound') {
      try {
        const all = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        const names = new Set(all.items.map((s) => s.name.toLowerCase()));
        const missing = sheets.find((s) => !names.has(s.toLowerCase()));
        if (missing) return this.refusal(error, missing);
      } catch {
        // fall through to the generic message
      }
    }
    return this.refusal(error);
  }

  /** Queues the range-level fill and bold of each formatted unit into `uniform`; returns the entries queued. */
  private queueUniformFormats(ctx: Excel.RequestContext, units: Unit[], uniform: Map<Unit, UniformFormats>): UniformFormats[] {
    const queued: UniformFormats[] = [];
    for (const unit of units) {
      if (!unit.block.fills && !unit.block.bold) continue;
      const range = rangeOf(ctx, unit);
      const u: UniformFormats = {
        fill: unit.block.fills ? range.format.fill.load('color,tintAndShade') : undefined,
        font: unit.block.bold ? range.format.font.load('bold') : undefined,
        ready: false,
      };
      uniform.set(unit, u);
      queued.push(u);
    }
    return queued;
  }

  /** Queues the reads of what `units` will overwrite. */
  private queueSnapshots(ctx: Excel.RequestContext, units: Unit[], uniform: Map<Unit, UniformFormats>): PendingSnapshot[] {
    return units.map((unit) => {
      const range = rangeOf(ctx, unit);
      range.load(unit.block.numberFormats ? 'values,formulas,numberFormat' : 'values,formulas');
      // Until the range-level formats are back (first sync), every cell's fill and bold is read.
      const u = uniform.get(unit);
      const fillUniform = u?.ready && u.fill ? uniformFill(u.fill) : undefined;
      const boldUniform = u?.ready && u.font ? (u.font.bold ?? undefined) : undefined;
      const wantFill = !!unit.block.fills && fillUniform === undefined;
      const wantBold = !!unit.block.bold && boldUniform === undefined;
      const props =
        wantFill || wantBold
          ? range.getCellProperties({ format: { ...(wantFill ? { fill: { color: true, tintAndShade: true } } : {}), ...(wantBold ? { font: { bold: true } } : {}) } })
          : undefined;
      return { unit, range, props, fillUniform, boldUniform };
    });
  }

  /** Reads snapshots one unit per sync, halving a unit whose response is too large. */
  private async readSnapshotsSplit(ctx: Excel.RequestContext, units: Unit[], uniform: Map<Unit, UniformFormats>): Promise<PendingSnapshot[]> {
    const out: PendingSnapshot[] = [];
    const queue = [...units];
    while (queue.length) {
      const unit = queue.shift()!;
      const pending = this.queueSnapshots(ctx, [unit], uniform);
      try {
        await ctx.sync();
        out.push(...pending);
      } catch (error) {
        if (errorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || unit.to - unit.from < 2) throw error;
        const mid = unit.from + Math.floor((unit.to - unit.from) / 2);
        const halves = [
          { ...unit, to: mid },
          { ...unit, from: mid },
        ];
        // The halves share the parent's uniform formats (a uniform range is uniform in part).
        const u = uniform.get(unit);
        if (u) halves.forEach((h) => uniform.set(h, u));
        queue.unshift(...halves);
      }
    }
    return out;
  }

  private queueWrites(ctx: Excel.RequestContext, units: Unit[]): void {
    const areas = this.supports('1.9');
    for (const unit of units) {
      const { block, from, to } = unit;
      const range = rangeOf(ctx, unit);
      const rows = block.values.slice(from, to);
      const encoded = encodedRows(block).slice(from, to);
      if (hasFormula(rows)) range.formulas = encoded;
      else range.values = encoded;
      const ws = ctx.workbook.worksheets.getItem(unit.sheet);
      const row0 = block.row + from;
      const whole: Rect = { row: row0, col: block.col, rows: to - from, cols: rows[0]?.length ?? 1 };
      // Number formats after values, so that Excel's own formatting on entry cannot override them.
      if (block.numberFormats) {
        const formats = block.numberFormats;
        const plan = clipPlan(blockPlan(block, formats, FORMAT_CELL_BYTES), row0, block.row + to);
        // A single value applies to every cell of the range (Range.numberFormat docs); RangeAreas has no numberFormat.
        const setFormat = (target: Excel.Range, value: string) => ((target as { numberFormat: unknown }).numberFormat = value);
        if (plan.base !== undefined) setFormat(range, plan.base);
        for (const a of plan.arrays) {
          const cut = formats.slice(from, to).map((r) => r.slice(a.col - block.col, a.col - block.col + a.cols));
          ws.getRangeByIndexes(row0, a.col, to - from, a.cols).numberFormat = cut;
        }
        for (const run of plan.runs) for (const r of run.rects) setFormat(rectRange(ws, r, whole, range), run.value);
      }
      if (block.fills) {
        const setFill = (target: { format: Excel.RangeFormat }, value: string | null) => (value === null ? target.format.fill.clear() : (target.format.fill.color = value));
        const plan = clipPlan(blockPlan(block, block.fills), row0, block.row + to);
        if (plan.base !== undefined) setFill(range, plan.base);
        for (const run of plan.runs) for (const target of formatTargets(ws, run.rects, whole, range, areas)) setFill(target, run.value);
      }
      if (block.bold) {
        const plan = clipPlan(blockPlan(block, block.bold), row0, block.row + to);
        if (plan.base !== undefined) range.format.font.bold = plan.base;
        for (const run of plan.runs) for (const target of formatTargets(ws, run.rects, whole, range, areas)) target.format.font.bold = run.value;
      }
    }
  }

  private queuePrepare(ctx: Excel.RequestContext, job: OwnedJob, exists: boolean, charts?: Excel.ChartCollection): void {
    if (job.deleteSheet) {
      if (exists) ctx.workbook.worksheets.getItem(job.sheet).delete();
      return;
    }
    if (!exists) {
      ctx.workbook.worksheets.add(job.sheet);
      return;
    }
    const ws = ctx.workbook.worksheets.getItem(job.sheet);
    ws.getRange().clear('All');
    for (const chart of charts?.items ?? []) ws.charts.getItem(chart.name).delete();
  }

  private queueFinish(ctx: Excel.RequestContext, job: OwnedJob): void {
    if (job.deleteSheet) return;
    const ws = ctx.workbook.worksheets.getItem(job.sheet);
    for (const [col, chars] of Object.entries(job.columnWidths ?? {})) {
      // Excel measures widths in points; one character of the default font is about 7 px = 5.25 pt.
      ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
    }
    if (job.chart) {
      const chart = ws.charts.add('BarClustered', ws.getRange(job.chart.dataRange), 'Columns');
      chart.title.text = job.chart.title;
      chart.setPosition(job.chart.anchor);
    }
  }
}

interface UniformFormats {
  readonly fill?: Excel.RangeFill;
  readonly font?: Excel.RangeFont;
  /** True once the sync that loads them has returned. */
  ready: boolean;
}

interface PendingSnapshot {
  readonly unit: Unit;
  readonly range: Excel.Range;
  readonly props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  /** The whole unit's fill when uniform (null = no fill). */
  readonly fillUniform?: string | null;
  readonly boldUniform?: boolean;
}

/** A uniform fill from range-level properties: colour, null for no fill, undefined when mixed. */
function uniformFill(fill: Excel.RangeFill): string | null | undefined {
  // Excel reports #FFFFFF for both "no fill" and white; tintAndShade is null only for no fill.
  if (fill.color === null || fill.color === undefined) return undefined;
  return fill.tintAndShade === null || fill.tintAndShade === undefined ? null : fill.color.toUpperCase();
}

function resolveSnapshots(pending: PendingSnapshot[]): { sheet: string; block: WriteBlock }[] {
  return pending.map(({ unit, range, props, fillUniform, boldUniform }) => {
    const values = range.values;
    const formulas = range.formulas;
    const cells = props?.value;
    const n = unit.to - unit.from;
    const width = values[0]?.length ?? 0;
    // The response's arrays are ours once the sync is back: converted in place, not copied.
    for (let i = 0; i < values.length; i++) for (let j = 0; j < width; j++) values[i][j] = plannedOf(values[i][j], formulas[i][j]);
    const block: { row: number; col: number; values: PlannedValue[][]; numberFormats?: string[][]; fills?: (string | null)[][]; bold?: boolean[][] } = {
      row: unit.block.row + unit.from,
      col: unit.block.col,
      values: values as PlannedValue[][],
    };
    if (unit.block.numberFormats) {
      const formats = range.numberFormat;
      for (const row of formats) for (let j = 0; j < row.length; j++) if (typeof row[j] !== 'string') row[j] = String(row[j]);
      block.numberFormats = formats as string[][];
    }
    if (unit.block.fills) {
      // A uniform fill shares one row: the token is read-only.
      const shared = fillUniform !== undefined ? new Array<string | null>(width).fill(fillUniform) : undefined;
      block.fills = values.map((row, i) =>
        shared ??
        row.map((_, j) => {
          const fill = cells?.[i][j].format?.fill;
          return fill?.tintAndShade === null || fill?.tintAndShade === undefined || !fill.color ? null : fill.color.toUpperCase();
        }),
      );
    }
    if (unit.block.bold) {
      const shared = boldUniform !== undefined ? new Array<boolean>(width).fill(boldUniform) : undefined;
      block.bold = values.map((row, i) => shared ?? row.map((_, j) => cells?.[i][j].format?.font?.bold ?? false));
    }
    if (values.length !== n) throw new Error(`Snapshot of ${unit.sheet} has ${values.length} rows, expected ${n}`);
    return { sheet: unit.sheet, block };
  });
}

function rangeOf(ctx: Excel.RequestContext, unit: Unit): Excel.Range {
  const cols = unit.block.values[0]?.length ?? 1;
  return ctx.workbook.worksheets.getItem(unit.sheet).getRangeByIndexes(unit.block.row + unit.from, unit.block.col, unit.to - unit.from, Math.max(cols, 1));
}

function gridBlock(grid: Grid): WriteBlock {
  return { row: grid.top, col: grid.left, values: grid.values.map((row, i) => row.map((v, j) => (grid.formulas[i]?.[j] ? { formula: grid.formulas[i][j]! } : v instanceof Date ? v.toISOString() : v))) };
}

/**
 * Units without fills or bold first, when no two units overlap (then order cannot change the
 * result): the first chunk's undo snapshot is read before range-level formats are known, so a
 * fill there costs a per-cell read; values and number formats do not.
 */
function plainFirst(units: Unit[]): Unit[] {
  return overlapAny(units.map(unitRect)) ? units : [...units.filter((u) => !formatted(u)), ...units.filter(formatted)];
}

const formatted = (u: Unit) => !!(u.block.fills || u.block.bold);

/** The cells a unit writes. */
function unitRect(u: Unit): SheetRect {
  return { sheet: u.sheet, row: u.block.row + u.from, col: u.block.col, rows: u.to - u.from, cols: Math.max(u.block.values[0]?.length ?? 1, 1) };
}

/** Encoded rows by block: `rowSizes` (packing) weighs them and `queueWrites` sends slices of them. */
const ENCODED_ROWS = new WeakMap<object, (string | number | boolean)[][]>();

/**
 * The block's rows as Excel must receive them (`encodeValue`), encoded once. A row already in
 * that form is sent as it is (plan rows are read-only), and a row the plan shares (a label
 * repeated down the sheet) is encoded once and shared too.
 */
function encodedRows(block: WriteBlock): (string | number | boolean)[][] {
  let out = ENCODED_ROWS.get(block.values);
  if (!out) {
    let last: readonly PlannedValue[] | undefined;
    let lastSent: (string | number | boolean)[] = [];
    out = block.values.map((row) => {
      if (row !== last) lastSent = sentAsIs(row) ? (row as (string | number | boolean)[]) : row.map(encodeValue);
      last = row;
      return lastSent;
    });
    ENCODED_ROWS.set(block.values, out);
  }
  return out;
}

/** True when every cell of a planned row is what Excel must receive already (see `encodeValue`). */
function sentAsIs(row: readonly PlannedValue[]): boolean {
  for (const v of row) {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
    } else if (typeof v === 'string') {
      if (v !== '' && encodeValue(v) !== v) return false;
    } else if (typeof v !== 'boolean') return false;
  }
  return true;
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

/** What one format cell `"General",` weighs in a response: the first guess, until a block tells. */
const GENERAL_CELL_BYTES = 10;

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

/** Rows weighed to size the next read block. */
const SIZE_SAMPLE_ROWS = 256;

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

/**
 * Bytes each row of a block adds to a request, as JSON: its values, and the formats charged to
 * the row where each rectangle of equal format starts (as `queueWrites` sends them). `areas`:
 * the host has RangeAreas (ExcelApi 1.9), so a fill or bold costs an address, not a command.
 */
export function rowSizes(block: WriteBlock, areas = true): number[] {
  let previous: readonly (string | number | boolean)[] | undefined;
  let previousBytes = 0;
  const sizes = encodedRows(block).map((row) => {
    // Rows shared down the sheet (a label, '-') are weighed once.
    if (row === previous) return previousBytes;
    let bytes = 2 + row.length; // [ ], the commas between cells and the one after the row
    for (const v of row) bytes += jsonBytes(v);
    previous = row;
    previousBytes = bytes;
    return bytes;
  });
  const formats = block.numberFormats;
  if (formats) {
    const plan = blockPlan(block, formats, FORMAT_CELL_BYTES);
    for (const a of plan.arrays) {
      formats.forEach((row, i) => {
        sizes[i] += 2 + a.cols;
        for (let j = a.col - block.col; j < a.col - block.col + a.cols; j++) sizes[i] += jsonBytes(row[j]);
      });
    }
    for (const run of plan.runs) for (const r of run.rects) sizes[r.row - block.row] += RECT_COMMAND_BYTES + jsonBytes(run.value);
  }
  for (const grid of [block.fills, block.bold]) {
    if (!grid) continue;
    const plan = blockPlan<string | null | boolean>(block, grid);
    for (const run of plan.runs) for (const r of run.rects) sizes[r.row - block.row] += areas ? worstRectBytes(r) : RECT_COMMAND_BYTES;
  }
  return sizes;
}

/**
 * Bytes every slice of a block sends whatever its rows (`queueWrites`): each format's base
 * command, a command per per-cell array and per run of a RangeAreas, and the rectangles a
 * slice boundary cuts in two (at most one per column and format, as rectangles are disjoint).
 */
export function sliceOverhead(block: WriteBlock, areas = true): number {
  const cols = Math.max(block.values[0]?.length ?? 1, 1);
  let bytes = 0;
  if (block.numberFormats) {
    const plan = blockPlan(block, block.numberFormats, FORMAT_CELL_BYTES);
    const longest = Math.max(0, ...plan.runs.map((run) => jsonBytes(run.value)));
    bytes += (Number(plan.base !== undefined) + plan.arrays.length) * RECT_COMMAND_BYTES + (plan.base === undefined ? 0 : jsonBytes(plan.base));
    bytes += cols * (RECT_COMMAND_BYTES + longest);
  }
  for (const grid of [block.fills, block.bold]) {
    if (!grid) continue;
    const plan = blockPlan<string | null | boolean>(block, grid);
    bytes += (Number(plan.base !== undefined) + (areas ? plan.runs.length : 0)) * RECT_COMMAND_BYTES;
    bytes += cols * (areas ? worstRectBytes({ row: 0, col: block.col, rows: 2, cols }) : RECT_COMMAND_BYTES);
  }
  return bytes;
}

/**
 * A rectangle's bytes in a RangeAreas address, charged as if numbered near the sheet's end (so
 * never less than sent), with its share of the commands that carry the address pieces.
 */
function worstRectBytes(r: Rect): number {
  return rectBytes({ ...r, row: LAST_ROW_OFFSET }) + AREA_SHARE_BYTES;
}

/**
 * Plans by block, then by grid: `rowSizes` (packing) and `queueWrites` (each slice) share one.
 * Keyed by the block, not the grid alone: a plan holds absolute rows, and two blocks may share
 * one formats array (a plan may reuse rows and arrays).
 */
const PLANS = new WeakMap<WriteBlock, Map<object, FormatPlan<unknown>>>();

/** The format plan of one of a block's grids, rectangles in absolute rows and columns. */
function blockPlan<T>(block: WriteBlock, grid: readonly (readonly T[])[], arrayBytes?: number): FormatPlan<T> {
  let byGrid = PLANS.get(block);
  if (!byGrid) PLANS.set(block, (byGrid = new Map()));
  let plan = byGrid.get(grid) as FormatPlan<T> | undefined;
  if (!plan) byGrid.set(grid, (plan = planFormat(grid, block.row, block.col, arrayBytes)));
  return plan;
}

/** Each rectangle's share of the command that carries its RangeAreas address piece. */
const AREA_SHARE_BYTES = Math.ceil(RECT_COMMAND_BYTES / 64);
/** Rows are charged as if numbered near the sheet's end, so an address is never longer than charged. */
const LAST_ROW_OFFSET = 1_000_000;
/** Longest address string given to one `worksheet.getRanges` call. */
const MAX_AREAS_ADDRESS = 2_048;
/** What one cell of a per-cell number-format array weighs (`"0.00",`). */
const FORMAT_CELL_BYTES = 7;

/** The unit's range itself when `r` covers it, else a range for `r`. */
function rectRange(ws: Excel.Worksheet, r: Rect, whole: Rect, range: Excel.Range): Excel.Range {
  const same = r.row === whole.row && r.col === whole.col && r.rows === whole.rows && r.cols === whole.cols;
  return same ? range : ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** What one format is set on: the unit's range, or RangeAreas of the rectangles (one range each on hosts before 1.9). */
function formatTargets(ws: Excel.Worksheet, rects: readonly Rect[], whole: Rect, range: Excel.Range, areas: boolean): { format: Excel.RangeFormat }[] {
  if (rects.length === 1 || !areas) return rects.map((r) => rectRange(ws, r, whole, range));
  return addressPieces(rects, MAX_AREAS_ADDRESS).map((address) => ws.getRanges(address));
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what it weighs on the wire. */
function jsonBytes(v: string | number | boolean): number {
  if (typeof v === 'number') return String(v).length;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return textBytes(v);
}

// Printable ASCII without quote or backslash weighs its length plus the two quotes.
const textBytes = memoText((v) => (/^[ !#-[\]-~]*$/.test(v) ? v.length + 2 : utf8.encode(JSON.stringify(v)).byteLength));

function newChunk(): Chunk {
  return { units: [], prepare: [], ownedUnits: [], finish: [], bytes: 0, reads: 0 };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function reasonOf(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message}` : message;
}
