/**
 * Column widths that follow what a plan writes, so no label is cut off (Ringkasan, the template,
 * the engine's appended columns). Excel cuts a text at the cell edge only when its right
 * neighbour holds something; with an empty neighbour the text spills over and needs no width.
 * Numbers never spill (Excel shows `####`), so they always count. Pure.
 */
import { PlannedValue } from './types';

/** Bold text is about a tenth wider than regular text in Calibri 11. */
export const BOLD_FACTOR = 1.1;

/** Characters added to the longest content: Excel's cell padding and a little air. */
const PADDING = 2;

/** Excel's largest column width, in characters. */
export const EXCEL_MAX_WIDTH = 255;

/** Limits of a computed width, in characters. */
export interface WidthLimits {
  /** Narrowest width (an empty or short column still shows a header comfortably). */
  readonly min: number;
  /** Widest width; a longer text is cut where a neighbour follows it. */
  readonly max: number;
}

const DEFAULT_LIMITS: WidthLimits = { min: 4, max: 100 };

/** How long a value looks in a cell, in characters of the default font (bold ≈ 1.1×). `format`: its number format (`0.00` shows two decimals). */
export function displayLength(v: PlannedValue, bold = false, format?: string): number {
  if (v === null || typeof v === 'object') return 0;
  let text: string;
  if (typeof v === 'number') {
    const decimals = /^0\.(0+)$/.exec(format ?? '')?.[1].length;
    text = decimals !== undefined ? v.toFixed(decimals) : String(v);
  } else text = String(v);
  // The longest line: a text with line breaks is as wide as its longest line.
  const longest = Math.max(...text.split('\n').map((line) => [...line].length));
  return bold ? longest * BOLD_FACTOR : longest;
}

/** The cells of a block, for widths: values, with bold and number formats where known (same shape). */
export interface WidthInput {
  readonly values: readonly (readonly PlannedValue[])[];
  readonly bold?: readonly (readonly boolean[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  /** Absolute column of values[i][0]. */
  readonly col?: number;
  /** Absolute row of values[0] (for row heights). */
  readonly row?: number;
  /** Texts written into a column later (by a run of the engine), by absolute column: they count too. */
  readonly later?: Readonly<Record<number, readonly string[]>>;
}

/**
 * Width (characters) of every column of a block: the longest cell that could be cut — a number,
 * or a text whose right neighbour in the block is not empty — plus padding, kept in
 * [min, max]. The block's last column counts every cell (what lies right of it is unknown).
 */
export function columnWidthsFor(input: WidthInput, limits: Partial<WidthLimits> = {}): Record<number, number> {
  const { min, max } = { ...DEFAULT_LIMITS, ...limits };
  const col = input.col ?? 0;
  const longest: number[] = [];
  let columns = 0;
  for (let i = 0; i < input.values.length; i++) {
    const row = input.values[i];
    columns = Math.max(columns, row.length);
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === '') continue;
      const last = j === row.length - 1;
      const next = row[j + 1];
      const spills = typeof v === 'string' && !last && (next === null || next === '' || next === undefined);
      if (spills) continue;
      const n = displayLength(v, input.bold?.[i]?.[j] ?? false, input.numberFormats?.[i]?.[j]);
      if (n > (longest[j] ?? 0)) longest[j] = n;
    }
  }
  for (const [c, texts] of Object.entries(input.later ?? {})) {
    const j = Number(c) - col;
    for (const text of texts) longest[j] = Math.max(longest[j] ?? 0, displayLength(text));
    columns = Math.max(columns, j + 1);
  }
  const widths: Record<number, number> = {};
  for (let j = 0; j < columns; j++) widths[col + j] = Math.min(max, EXCEL_MAX_WIDTH, Math.max(min, Math.ceil((longest[j] ?? 0) + PADDING)));
  return widths;
}

/** Height in points of one line of Calibri 11, Excel's default row. */
export const LINE_HEIGHT = 15;

/** Columns whose texts wrap, and the heights their rows need. */
export interface WrapPlan {
  /** Absolute columns whose cells wrap their text. */
  readonly columns: readonly number[];
  /** Row heights in points, by absolute row, for rows with a wrapped text of more than one line. */
  readonly rowHeights: Readonly<Record<number, number>>;
}

/** Lines a text takes when wrapped at word boundaries into `width` characters (bold ≈ 1.1×). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor((width - 1) / (bold ? BOLD_FACTOR : 1)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const n = [...word].length;
      if (used > 0 && used + 1 + n > room) {
        lines++;
        used = 0;
      }
      // A word longer than a line breaks inside itself.
      if (n > room) {
        lines += Math.ceil(n / room) - 1;
        used = n % room || room;
      } else used += (used > 0 ? 1 : 0) + n;
    }
  }
  return lines;
}

/**
 * Where a text that could be cut is longer than its column's width (the column hit its max):
 * that column wraps, and each such row gets the height of its longest wrapped text. Null when
 * every text fits.
 */
export function wrapFor(input: WidthInput, widths: Readonly<Record<number, number>>): WrapPlan | null {
  const col = input.col ?? 0;
  const top = input.row ?? 0;
  const columns = new Set<number>();
  const rowHeights: Record<number, number> = {};
  for (let i = 0; i < input.values.length; i++) {
    const row = input.values[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || v === '') continue;
      const next = row[j + 1];
      if (j < row.length - 1 && (next === null || next === '' || next === undefined)) continue;
      const bold = input.bold?.[i]?.[j] ?? false;
      const width = widths[col + j];
      if (width === undefined || displayLength(v, bold) + PADDING <= width) continue;
      columns.add(col + j);
      const height = wrappedLines(v, width, bold) * LINE_HEIGHT;
      rowHeights[top + i] = Math.max(rowHeights[top + i] ?? LINE_HEIGHT, height);
    }
  }
  if (!columns.size) return null;
  return { columns: [...columns].sort((a, b) => a - b), rowHeights: fewRuns(rowHeights) };
}

/**
 * Row heights as at most MAX_HEIGHT_RUNS runs of equal height. Each run is one Excel call, sent
 * with the sheet's finishing touches in one request: a summary of thousands of long sasaran
 * names would otherwise need thousands (a 100,000-row test sheet sent 7.7 MB). Past the limit,
 * every row from the first wrapped one to the last takes the tallest height: taller than needed
 * for some, cut for none.
 */
function fewRuns(rowHeights: Record<number, number>): Record<number, number> {
  const rows = Object.keys(rowHeights).map(Number).sort((a, b) => a - b);
  let runs = 0;
  for (let k = 0; k < rows.length; k++) if (k === 0 || rows[k] !== rows[k - 1] + 1 || rowHeights[rows[k]] !== rowHeights[rows[k - 1]]) runs++;
  if (runs <= MAX_HEIGHT_RUNS) return rowHeights;
  const tallest = Math.max(...rows.map((r) => rowHeights[r]));
  const even: Record<number, number> = {};
  for (let r = rows[0]; r <= rows[rows.length - 1]; r++) even[r] = tallest;
  return even;
}

/** The most runs of equal row height a plan asks for (see fewRuns). */
export const MAX_HEIGHT_RUNS = 50;
