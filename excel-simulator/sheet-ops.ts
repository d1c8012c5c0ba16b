/**
 * What Excel does to the cells of a SimBook when asked through the RichApi: read a rectangle's
 * values, formulas and formats, write them, clear them, find the used range or the formula
 * cells. The rules are those the old client imitation (index.ts) kept, gathered here for the
 * wire host; that imitation goes once no test uses it. Pure TypeScript, no Node imports.
 */
import { SimCell, SimSheet, ensureCell, isBlank, typedContent } from './model';

/** A rectangle of one sheet, 0-based. */
export interface SheetRect {
  readonly sheet: SimSheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A failure Excel reports with an error code (`ItemNotFound`, `InvalidArgument`…). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** What Excel reports as the colour of an unfilled cell (tintAndShade tells it from white). */
export const NO_FILL_COLOR = '#FFFFFF';
/** Excel's default column width in points. */
export const DEFAULT_COLUMN_WIDTH = 48;

/** A sheet-level write on a protected sheet fails with AccessDenied, as in Excel. */
export function writable(sheet: SimSheet): SimSheet {
  if (sheet.protected) throw new HostError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  return sheet;
}

/** Cells of `r` mapped to a 2D array, refusing a read over `cellLimit` cells as Excel does. */
export function readCells<T>(r: SheetRect, cellLimit: number, map: (cell: SimCell | undefined) => T): T[][] {
  if (r.rows * r.cols > cellLimit) {
    throw new HostError('ResponsePayloadSizeLimitExceeded', `The range has ${r.rows * r.cols} cells; a read may cover at most ${cellLimit}.`);
  }
  const out: T[][] = new Array(r.rows);
  for (let i = 0; i < r.rows; i++) {
    const row = r.sheet.rows[r.row + i];
    const line: T[] = new Array(r.cols);
    for (let j = 0; j < r.cols; j++) line[j] = map(row?.[r.col + j]);
    out[i] = line;
  }
  return out;
}

/** `range.values` of a cell: its value, `''` when empty. */
export const valueOf = (c: SimCell | undefined): unknown => (c?.value === undefined || c.value === null ? '' : c.value);
/** `range.formulas` of a cell: a constant reports its value; only formula cells report `=` text. */
export const formulaOf = (c: SimCell | undefined): unknown => c?.formula ?? valueOf(c);
/** `range.numberFormat` of a cell. */
export const numberFormatOf = (c: SimCell | undefined): string => c?.numberFormat ?? 'General';
/** `range.text` of a cell (no number formatting is modelled). */
export const textOf = (c: SimCell | undefined): string => String(valueOf(c));

/**
 * A 2D input the size of `r`, or a single value for every cell ("If the argument is a single
 * value, it will be applied to all cells", Range.values docs); any other shape fails like Excel.
 */
export function shaped(v: unknown, r: SheetRect, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(v)) return () => v;
  if (v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
    throw new HostError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what})`);
  }
  const rows = v as unknown[][];
  return (i, j) => rows[i][j];
}

/**
 * Writes `range.values` or `range.formulas`: null leaves a cell as it is; a number or logical
 * is stored as it is; text is taken as typed (`=` starts a formula, even through `values`).
 */
export function writeContents(r: SheetRect, v: unknown, what: string, evaluate: (formula: string, row: number, col: number) => SimCell['value']): void {
  writable(r.sheet);
  const grid = shaped(v, r, what);
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const input = grid(i, j);
      if (input === null || input === undefined) continue;
      const cell = ensureCell(r.sheet, r.row + i, r.col + j);
      if (typeof input === 'number' || typeof input === 'boolean') {
        cell.value = input;
        if (cell.formula !== undefined) delete cell.formula;
        continue;
      }
      const typed = typedContent(input, (f) => evaluate(f, r.row + i, r.col + j));
      cell.value = typed.value;
      if (typed.formula === undefined) delete cell.formula;
      else cell.formula = typed.formula;
      if (typed.percent && cell.numberFormat === undefined) cell.numberFormat = '0%';
    }
  }
}

/** Writes `range.numberFormat` (null leaves a cell as it is). */
export function writeNumberFormats(r: SheetRect, v: unknown): void {
  writable(r.sheet);
  const grid = shaped(v, r, 'numberFormat');
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const f = grid(i, j);
      if (f === null || f === undefined) continue;
      ensureCell(r.sheet, r.row + i, r.col + j).numberFormat = String(f) === 'General' ? undefined : String(f);
    }
  }
}

/** Runs `fn` on the cells of `r` that exist (a clear needs no new cells). */
export function forEachExisting(r: SheetRect, fn: (cell: SimCell) => void): void {
  const lastRow = Math.min(r.row + r.rows, r.sheet.rows.length);
  for (let i = r.row; i < lastRow; i++) {
    const row = r.sheet.rows[i];
    if (!row) continue;
    const lastCol = Math.min(r.col + r.cols, row.length);
    for (let j = r.col; j < lastCol; j++) {
      const cell = row[j];
      if (cell) fn(cell);
    }
  }
}

/** Runs `fn` on every cell of the rectangles, creating cells (a format write). */
export function forEachCell(rects: readonly SheetRect[], fn: (cell: SimCell) => void): void {
  for (const r of rects) for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(ensureCell(r.sheet, r.row + i, r.col + j));
}

/** `range.clear(applyTo)`: contents, formats or both. */
export function clearRect(r: SheetRect, applyTo: string): void {
  writable(r.sheet);
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  forEachExisting(r, (cell) => {
    if (contents) {
      delete cell.value;
      delete cell.formula;
    }
    if (formats) {
      delete cell.numberFormat;
      delete cell.fill;
      delete cell.bold;
      delete cell.wrap;
    }
  });
}

/** One value for all the cells, or null when they differ (Excel's rule for range-level formats). */
export function uniform<T>(rects: readonly SheetRect[], get: (cell: SimCell | undefined) => T): T | null {
  let first: T | undefined;
  let seen = false;
  for (const r of rects) {
    for (let i = 0; i < r.rows; i++) {
      const row = r.sheet.rows[r.row + i];
      for (let j = 0; j < r.cols; j++) {
        const v = get(row?.[r.col + j]);
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
  }
  return first ?? null;
}

/** The smallest rectangle holding every used cell (`valuesOnly`: content only), or null. */
export function usedBox(sheet: SimSheet, valuesOnly: boolean): { row: number; col: number; rows: number; cols: number } | null {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (isBlank(cell, valuesOnly)) return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    });
  });
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Rectangles of the cells `keep` selects: vertical runs per column, as Excel lists special cells' areas. */
export function specialRects(r: SheetRect, keep: (cell: SimCell | undefined) => boolean): SheetRect[] {
  const out: SheetRect[] = [];
  for (let j = 0; j < r.cols; j++) {
    for (let i = 0; i < r.rows; ) {
      if (!keep(r.sheet.rows[r.row + i]?.[r.col + j])) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < r.rows && keep(r.sheet.rows[r.row + end]?.[r.col + j])) end++;
      out.push({ sheet: r.sheet, row: r.row + i, col: r.col + j, rows: end - i, cols: 1 });
      i = end;
    }
  }
  return out;
}

/** Which cells `getSpecialCells(cellType)` selects; null for a type the host does not model. */
export function specialKeep(cellType: unknown): ((c: SimCell | undefined) => boolean) | null {
  if (cellType === 'Formulas') return (c) => c?.formula !== undefined;
  if (cellType === 'Constants') return (c) => c?.formula === undefined && c?.value !== undefined && c.value !== null && c.value !== '';
  return null;
}

/** `getCellProperties` of one cell for the property paths asked (`format/fill/color`…), shaped like the request. */
export function cellProperties(cell: SimCell | undefined, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const path of paths) {
    const [a, b, c] = path.split('/');
    let value: unknown;
    if (a !== 'format' || !b || !c) throw new HostError('InvalidArgument', `The host does not model the cell property ${path}`);
    if (b === 'fill' && c === 'color') value = cell?.fill ? cell.fill : NO_FILL_COLOR;
    // No fill and a white fill both report #FFFFFF; only tintAndShade tells them apart (null = no fill).
    else if (b === 'fill' && c === 'tintAndShade') value = cell?.fill ? 0 : null;
    else if (b === 'fill' && c === 'pattern') value = cell?.fill ? 'Solid' : 'None';
    else if (b === 'font' && c === 'bold') value = cell?.bold ?? false;
    else throw new HostError('InvalidArgument', `The host does not model the cell property ${path}`);
    out.format ??= {};
    out.format[b] ??= {};
    out.format[b][c] = value;
  }
  return out;
}

/** `setCellProperties`: the fill colour and bold of each cell given (null/absent = unchanged). */
export function setCellProperties(r: SheetRect, data: unknown): void {
  writable(r.sheet);
  const grid = shaped(data, r, 'setCellProperties');
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const p = grid(i, j) as { format?: { fill?: { color?: unknown }; font?: { bold?: unknown } } } | null | undefined;
      const color = p?.format?.fill?.color;
      const bold = p?.format?.font?.bold;
      if (typeof color === 'string') ensureCell(r.sheet, r.row + i, r.col + j).fill = color.toUpperCase();
      if (typeof bold === 'boolean') ensureCell(r.sheet, r.row + i, r.col + j).bold = bold;
    }
  }
}

/** Property paths of a load-options object: `{ format: { fill: { color: true } } }` → `format/fill/color`. */
export function optionPaths(options: unknown, prefix = ''): string[] {
  if (!options || typeof options !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(options as Record<string, unknown>)) {
    if (v === true) out.push(prefix + k);
    else if (v && typeof v === 'object') out.push(...optionPaths(v, `${prefix}${k}/`));
  }
  return out;
}
