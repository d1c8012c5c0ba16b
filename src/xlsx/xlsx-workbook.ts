/**
 * The WorkbookPort (DESIGN.md "One port, several adapters") over an .xlsx file held in memory
 * by exceljs: for the `sakip` command and the tests. Nothing is written outside a plan's blocks
 * and the owned sheets; `undo` puts back exactly what one `apply` changed.
 *
 * Not supported here: charts (exceljs cannot draw them: `SheetPlan.chart` is left out and
 * listed in the token's `notWritten`, for the caller to say so), `activate` (changing the active tab would also rewrite the user's sheet views), `select`.
 */
import { Workbook } from 'exceljs';
import type { Cell, DataValidation, CellValue as XCellValue, Style, Worksheet } from 'exceljs';
import type { DecimalSeparator, Lang } from '../core';
import { inputColumns } from '../workbook/input-columns';
import { ApplyError } from '../workbook/types';
import type { CellValue, Grid, NotWritten, PlannedValue, UndoToken, ValidationPlan, WorkbookPort, WriteBlock, WritePlan } from '../workbook/types';
import * as fs from 'fs';
import { WorkbookFileError, inspectWorkbookBytes, inspectWorkbookFile } from './inspect';
import { WebExtensionParts, readWebExtensionParts, restoreWebExtensionParts, settingsOfParts } from './web-extension-parts';
import type { WebExtensionSetting } from './web-extension-settings';
import { xlsxMessage } from './messages';
import { dateSerial, fillColour, formulaOf, isMergeSlave, shownValue, solidFill, toExcelValue } from './cells';

/** Options of an .xlsx workbook. */
export interface XlsxOptions {
  /** The culture's decimal separator for reading text numbers (an .xlsx does not record it). */
  readonly decimalSeparator?: DecimalSeparator;
  /** The language of the adapter's own messages (a failed write); Indonesian by default. */
  readonly lang?: Lang;
}

/** What one cell held before a write, kept by reference so undo is exact. */
interface CellSnapshot {
  readonly row: number;
  readonly col: number;
  readonly value: XCellValue;
  readonly style: Partial<Style>;
}

/** The exact record of one `apply`, kept by the instance that made it. */
interface Snapshot {
  readonly cells: { readonly sheet: string; readonly cells: CellSnapshot[] }[];
  readonly widths: { readonly sheet: string; readonly col: number; readonly width: number | undefined }[];
  /** Owned sheets in the order they were replaced: the earlier worksheet object, or null. */
  readonly owned: { readonly sheet: string; readonly before: Worksheet | null }[];
}

/** exceljs keeps worksheets in a private id-indexed array; we put a detached sheet back there. */
interface WorkbookInternals {
  _worksheets: (Worksheet | undefined)[];
}

let undoCounter = 0;

/** A WorkbookPort over an exceljs workbook. */
export class XlsxWorkbook implements WorkbookPort {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(
    /** The exceljs workbook; exposed for saving and for tests. */
    readonly workbook: Workbook,
    private readonly options: XlsxOptions = {},
    /** The input's web-extension parts (add-in settings), put back on save since exceljs drops them. */
    private readonly webExtensions: WebExtensionParts | null = null,
  ) {}

  /** The add-in document settings the file carries (Office.context.document.settings), by name. */
  documentSettings(): Map<string, WebExtensionSetting> {
    return settingsOfParts(this.webExtensions);
  }

  private get lang(): Lang {
    return this.options.lang ?? 'id';
  }

  /**
   * Opens an .xlsx file. The file is inspected first (`inspectWorkbookFile`): anything but a
   * readable .xlsx within INSPECT_LIMITS rejects with a WorkbookFileError carrying the verdict,
   * before exceljs unpacks a byte; a failure of exceljs itself is a `damaged` verdict.
   */
  static async open(path: string, options?: XlsxOptions): Promise<XlsxWorkbook> {
    const verdict = inspectWorkbookFile(path);
    if (verdict.kind !== 'xlsx') throw new WorkbookFileError(verdict);
    const wb = new Workbook();
    let parts: WebExtensionParts | null;
    try {
      await wb.xlsx.readFile(path);
      parts = await readWebExtensionParts(fs.readFileSync(path));
    } catch (err) {
      throw new WorkbookFileError({ kind: 'damaged', path, reason: err instanceof Error ? err.message : String(err) }, err);
    }
    return new XlsxWorkbook(wb, options, parts);
  }

  /** Opens an .xlsx workbook from its bytes, with the same checks as `open`. */
  static async fromBuffer(data: Uint8Array | ArrayBuffer, options?: XlsxOptions): Promise<XlsxWorkbook> {
    const wb = new Workbook();
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const verdict = inspectWorkbookBytes(bytes);
    if (verdict.kind !== 'xlsx') throw new WorkbookFileError(verdict);
    let parts: WebExtensionParts | null;
    try {
      // exceljs' typings ask for a Node Buffer; any byte array loads.
      await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0]);
      parts = await readWebExtensionParts(bytes);
    } catch (err) {
      throw new WorkbookFileError({ kind: 'damaged', path: verdict.path, reason: err instanceof Error ? err.message : String(err) }, err);
    }
    return new XlsxWorkbook(wb, options, parts);
  }

  /**
   * A new workbook with no sheet, for a plan of owned sheets to fill (the rekap workbook). Save it
   * only once a plan gave it a sheet: `save` and `toBuffer` refuse a workbook with none (Excel
   * cannot open one).
   */
  static empty(options?: XlsxOptions): XlsxWorkbook {
    return new XlsxWorkbook(new Workbook(), options);
  }

  /** Writes the workbook to an .xlsx file. */
  async save(path: string): Promise<void> {
    fs.writeFileSync(path, await this.toBuffer());
  }

  /** The workbook as .xlsx bytes, with the input's add-in parts (document settings) kept. */
  async toBuffer(): Promise<Uint8Array> {
    this.refuseNoSheet();
    return restoreWebExtensionParts(new Uint8Array(await this.workbook.xlsx.writeBuffer()), this.webExtensions);
  }

  /** exceljs would write a workbook without a sheet, which Excel then refuses to open. */
  private refuseNoSheet(): void {
    if (!this.workbook.worksheets.length) throw new Error(xlsxMessage('no-sheet', this.lang, {}));
  }

  async sheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async read(sheet: string): Promise<Grid> {
    const ws = this.sheet(sheet);
    return withNumberFormats(ws, readGrid(ws));
  }

  async decimalSeparator(): Promise<DecimalSeparator> {
    return this.options.decimalSeparator ?? ',';
  }

  /** A file has no selection to move: a no-op. */
  async select(_sheet: string, _address: string): Promise<void> {}

  async apply(plan: WritePlan, progress?: (done: number, total: number) => void): Promise<UndoToken> {
    const id = `xlsx-${++undoCounter}`;
    const snapshot: Snapshot = { cells: [], widths: [], owned: [] };
    const restore: { sheet: string; blocks: WriteBlock[] }[] = [];
    const ownedBefore: { sheet: string; grid: Grid | null }[] = [];
    // exceljs cannot draw a chart: the token lists each one left out, so the caller can say so.
    const notWritten: NotWritten[] = plan.sheets.flatMap((sp) => (sp.chart ? [{ sheet: sp.sheet, kind: 'chart' as const, title: sp.chart.title }] : []));
    const token: UndoToken = { id, restore, ownedBefore, ...(notWritten.length ? { notWritten } : {}) };
    this.snapshots.set(id, snapshot);

    // Record everything first, so a failure part-way can always be undone.
    for (const sp of plan.sheets) {
      if (sp.owned) {
        const existing = this.workbook.getWorksheet(sp.sheet);
        ownedBefore.push({ sheet: sp.sheet, grid: existing ? readGrid(existing) : null });
        continue;
      }
      const ws = this.sheet(sp.sheet);
      const cells: CellSnapshot[] = [];
      const blocks: WriteBlock[] = [];
      for (const b of sp.blocks) {
        blocks.push(portableBlock(ws, b));
        forEachCell(b, (r, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          if (!isMergeSlave(cell)) cells.push({ row: r, col: c, value: cell.value, style: cell.style });
        });
      }
      cells.push(...sharedFormulaDependants(ws, sp.blocks));
      snapshot.cells.push({ sheet: sp.sheet, cells });
      restore.push({ sheet: sp.sheet, blocks });
      for (const col of Object.keys(sp.columnWidths ?? {})) {
        snapshot.widths.push({ sheet: sp.sheet, col: Number(col), width: ws.getColumn(Number(col) + 1).width });
      }
    }

    const total = plan.sheets.reduce((n, sp) => n + sp.blocks.reduce((m, b) => m + cellCount(b), 0), 0);
    let done = 0;
    try {
      for (const sp of plan.sheets) {
        let ws: Worksheet;
        if (sp.owned) {
          const before = this.workbook.getWorksheet(sp.sheet) ?? null;
          snapshot.owned.push({ sheet: sp.sheet, before });
          ws = this.replaceOwned(sp.sheet, before);
        } else {
          ws = this.sheet(sp.sheet);
          unshareFormulas(ws, sp.blocks);
        }
        for (const b of sp.blocks) {
          writeBlock(ws, b, this.lang);
          done += cellCount(b);
          progress?.(done, total);
        }
        for (const [col, width] of Object.entries(sp.columnWidths ?? {})) ws.getColumn(Number(col) + 1).width = width;
        for (const c of sp.wrap?.columns ?? []) ws.getColumn(c + 1).alignment = { wrapText: true };
        for (const [row, height] of Object.entries(sp.wrap?.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
        for (const v of sp.validations ?? []) addValidation(ws, v);
      }
    } catch (err) {
      throw new ApplyError(xlsxMessage('write-failed', this.lang, { reason: err instanceof Error ? err.message : String(err) }), token, err);
    }
    return token;
  }

  async undo(token: UndoToken): Promise<void> {
    const snapshot = this.snapshots.get(token.id);
    if (snapshot) {
      this.undoExact(snapshot);
      this.snapshots.delete(token.id);
      return;
    }
    // A token from elsewhere (e.g. serialised): restore from its portable blocks.
    for (const { sheet, grid } of token.ownedBefore) {
      const existing = this.workbook.getWorksheet(sheet);
      if (grid === null) {
        if (existing) this.workbook.removeWorksheet(existing.id);
        continue;
      }
      const ws = this.replaceOwned(sheet, existing ?? null);
      writeBlock(ws, { row: grid.top, col: grid.left, values: grid.values.map((r) => r.map(portableValue)) }, this.lang);
    }
    for (const { sheet, blocks } of token.restore) {
      const ws = this.sheet(sheet);
      for (const b of blocks) writeBlock(ws, b, this.lang);
    }
  }

  private undoExact(snapshot: Snapshot): void {
    const internals = this.workbook as unknown as WorkbookInternals;
    for (const { sheet, before } of [...snapshot.owned].reverse()) {
      const current = this.workbook.getWorksheet(sheet);
      if (current) this.workbook.removeWorksheet(current.id);
      if (before) internals._worksheets[before.id] = before;
    }
    for (const { sheet, cells } of snapshot.cells) {
      const ws = this.sheet(sheet);
      for (const s of cells) {
        const cell = ws.getCell(s.row + 1, s.col + 1);
        cell.value = s.value;
        cell.style = s.style;
      }
    }
    for (const { sheet, col, width } of snapshot.widths) this.sheet(sheet).getColumn(col + 1).width = width as number;
  }

  /**
   * Detaches an owned sheet's earlier worksheet (kept intact for undo) and puts an empty one
   * of the same name in its place in the tab order.
   */
  private replaceOwned(name: string, before: Worksheet | null): Worksheet {
    if (before) this.workbook.removeWorksheet(before.id);
    const ws = this.workbook.addWorksheet(name);
    // exceljs orders tabs by a field its typings leave out.
    if (before) (ws as unknown as { orderNo: number }).orderNo = (before as unknown as { orderNo: number }).orderNo;
    return ws;
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(xlsxMessage('sheet-missing', this.lang, { sheet: name }));
    return ws;
  }
}

/** Values and formulas of the bounding box of a sheet's non-empty cells (merges included). */
export function readGrid(ws: Worksheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (shownValue(cell) === null && formulaOf(cell) === null && !cell.isMerged) return;
      top = Math.min(top, r - 1);
      bottom = Math.max(bottom, r - 1);
      left = Math.min(left, c - 1);
      right = Math.max(right, c - 1);
    });
  });
  if (bottom < 0) return { sheet: ws.name, top: 0, left: 0, values: [], formulas: [] };
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  // A used range reaching row 1,048,576 over sparse data: the rows exceljs does not hold share
  // one blank row (a Grid is read-only), so a million-row range costs pointers, not cells.
  let blankValues: CellValue[] | null = null;
  let blankFormulas: (string | null)[] | null = null;
  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r + 1);
    if (!row) {
      values.push((blankValues ??= new Array<CellValue>(right - left + 1).fill(null)));
      formulas.push((blankFormulas ??= new Array<string | null>(right - left + 1).fill(null)));
      continue;
    }
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row?.findCell(c + 1);
      vr.push(cell ? shownValue(cell) : null);
      fr.push(cell ? formulaOf(cell) : null);
    }
    values.push(vr);
    formulas.push(fr);
  }
  return { sheet: ws.name, top, left, values, formulas };
}

/**
 * The grid with the number formats of its numeric input columns over the table's rows
 * (`inputColumns`), so a percent-formatted number reads as the percentage it shows (SPEC §8);
 * the grid as it is when it has no table. Only those cells are looked at: a large sheet's read
 * costs a few lookups per row.
 */
export function withNumberFormats(ws: Worksheet, grid: Grid): Grid {
  const cells = inputColumns(grid);
  if (!cells) return grid;
  const numberFormats = new Map<number, (string | null)[]>();
  const lists = cells.columns.map((col) => {
    const list = new Array<string | null>(grid.values.length).fill(null);
    numberFormats.set(col, list);
    return list;
  });
  for (let r = cells.firstRow; r <= cells.lastRow; r++) {
    const row = ws.findRow(r + 1);
    if (!row) continue;
    for (let k = 0; k < lists.length; k++) {
      // exceljs gives a built-in format by its code (numFmtId 10 reads `0.00%`); General is null.
      const format = row.findCell(cells.columns[k] + 1)?.numFmt;
      if (format && format !== 'General') lists[k][r - grid.top] = format;
    }
  }
  return { ...grid, numberFormats };
}

function forEachCell(b: WriteBlock, fn: (row: number, col: number, i: number, j: number) => void): void {
  b.values.forEach((rowValues, i) => rowValues.forEach((_v, j) => fn(b.row + i, b.col + j, i, j)));
}

function cellCount(b: WriteBlock): number {
  return b.values.reduce((n, r) => n + r.length, 0);
}

function writeBlock(ws: Worksheet, b: WriteBlock, lang: Lang): void {
  forEachCell(b, (r, c, i, j) => {
    const cell = ws.getCell(r + 1, c + 1);
    const v = b.values[i][j];
    if (isMergeSlave(cell)) {
      // Excel shows a merged area's value in its master cell only; writing here would
      // silently change the master, which may lie outside the plan.
      if (v === null) return;
      throw new Error(xlsxMessage('merged-cell', lang, { cell: `${ws.name}!${cell.address}`, master: cell.master.address }));
    }
    cell.value = toExcelValue(v);
    writeStyle(cell, b.numberFormats?.[i]?.[j], b.fills?.[i]?.[j], b.bold?.[i]?.[j]);
  });
}

function writeStyle(cell: Cell, numFmt: string | undefined, fill: string | null | undefined, bold: boolean | undefined): void {
  if (numFmt === undefined && fill === undefined && bold === undefined) return;
  // exceljs shares one style object among every cell of the same style id: change a copy.
  const style: Partial<Style> = structuredClone(cell.style ?? {});
  if (numFmt !== undefined) style.numFmt = numFmt;
  if (fill === null) delete style.fill;
  else if (fill !== undefined) style.fill = solidFill(fill);
  if (bold !== undefined && (bold || style.font)) style.font = { ...(style.font ?? {}), bold };
  cell.style = style;
}

/** A block of the cells' present contents in portable form (for a serialisable UndoToken). */
function portableBlock(ws: Worksheet, b: WriteBlock): WriteBlock {
  const values: PlannedValue[][] = [];
  const numberFormats: string[][] = [];
  const fills: (string | null)[][] = [];
  const bold: boolean[][] = [];
  b.values.forEach((rowValues, i) => {
    values.push([]);
    numberFormats.push([]);
    fills.push([]);
    bold.push([]);
    rowValues.forEach((_v, j) => {
      const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
      const formula = formulaOf(cell);
      values[i].push(formula !== null ? { formula } : portableValue(shownValue(cell)));
      numberFormats[i].push(cell.style?.numFmt ?? 'General');
      fills[i].push(fillColour(cell.style?.fill));
      bold[i].push(cell.style?.font?.bold === true);
    });
  });
  return { row: b.row, col: b.col, values, numberFormats, fills, bold };
}

function portableValue(v: CellValue): PlannedValue {
  return v instanceof Date ? dateSerial(v) : v;
}

type SharedFormulaModel = { sharedFormula?: string; formula?: string; ref?: string; shareType?: string; result?: XCellValue };

function isInBlocks(blocks: readonly WriteBlock[], r: number, c: number): boolean {
  return blocks.some((b) => r >= b.row && r < b.row + b.values.length && c >= b.col && c < b.col + (b.values[r - b.row]?.length ?? 0));
}

/** Cells outside the blocks whose shared formula has its master inside them (see unshareFormulas). */
function sharedFormulaDependants(ws: Worksheet, blocks: readonly WriteBlock[]): CellSnapshot[] {
  const out: CellSnapshot[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as SharedFormulaModel | null;
      if (!v || typeof v !== 'object' || !v.sharedFormula || isInBlocks(blocks, r - 1, c - 1)) return;
      const master = ws.getCell(v.sharedFormula);
      if (isInBlocks(blocks, Number(master.row) - 1, Number(master.col) - 1)) out.push({ row: r - 1, col: c - 1, value: cell.value, style: cell.style });
    });
  });
  return out;
}

/**
 * A shared formula lives in its master cell; overwriting a master inside the blocks would
 * leave the cells outside that share it without a formula. Give those cells their own copy
 * of the (same) formula first.
 */
function unshareFormulas(ws: Worksheet, blocks: readonly WriteBlock[]): void {
  for (const s of sharedFormulaDependants(ws, blocks)) {
    const cell = ws.getCell(s.row + 1, s.col + 1);
    const v = cell.value as SharedFormulaModel;
    cell.value = { formula: cell.formula, result: v.result } as XCellValue;
  }
}

/** exceljs keeps a sheet's data validations by address; its typings leave the collection out. */
interface WithValidations {
  readonly dataValidations: { add(address: string, validation: DataValidation): void };
}

/**
 * A drop-down list on a range. `warning`, not Excel's default `stop`: the engine accepts spellings
 * the list does not show (`Max`), and a user's accepted word must not be refused.
 */
function addValidation(ws: Worksheet, v: ValidationPlan): void {
  (ws as unknown as WithValidations).dataValidations.add(v.range, {
    type: 'list',
    allowBlank: true,
    // A list source is one quoted, comma-separated formula; a quote inside would end it early.
    formulae: [`"${v.list.map((x) => x.replace(/"/g, '')).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: v.title,
    error: v.error ?? v.list.join(', '),
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.title, prompt: v.prompt } : {}),
  });
}
