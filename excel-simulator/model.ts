/**
 * The in-memory workbook behind the simulated Excel host: sheets of cells, and the rules
 * by which Excel turns what an add-in writes into cell contents. Pure TypeScript (no Node
 * imports): webpack bundles it for the browser preview too.
 */

/** What a cell holds. An absent cell is empty, unformatted, unfilled. */
export interface SimCell {
  /** The constant, or a formula's last result; null/undefined = empty. Errors are their text (`#N/A`). */
  value?: string | number | boolean | null;
  /** en-US formula text starting with `=`. */
  formula?: string;
  /** Excel number format; undefined = `General`. */
  numberFormat?: string;
  /** Fill colour `#RRGGBB`; null/undefined = no fill. */
  fill?: string | null;
  bold?: boolean;
  /** Text wraps inside the cell (`format.wrapText`). */
  wrap?: boolean;
}

/** A chart the add-in added. */
export interface SimChart {
  name: string;
  type: string;
  /** Address of the source range, without the sheet name (`A1:B9`). */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left cell set by setPosition, if any. */
  anchor?: string;
}

/** A data validation rule the add-in set on a range (`range.dataValidation`), as the client sent it. */
export interface SimValidation {
  /** Address of the range, without the sheet name (`E4:E203`). */
  address: string;
  /** `rule` as sent, e.g. `{ list: { inCellDropDown: true, source: 'Maksimal,Minimal' } }`. */
  rule?: unknown;
  /** `errorAlert` as sent (`{ showAlert, style, title, message }`). */
  errorAlert?: unknown;
  /** `prompt` as sent (`{ showPrompt, title, message }`). */
  prompt?: unknown;
}

/** One worksheet: rows of cells, 0-based (row 0 = Excel row 1). */
export interface SimSheet {
  name: string;
  rows: (SimCell | undefined)[][];
  protected: boolean;
  charts: SimChart[];
  /** Column widths in points by 0-based column. */
  columnWidths: Record<number, number>;
  /** Row heights in points by 0-based row, where set; absent = Excel's default. */
  rowHeights?: Record<number, number>;
  /** Data validation rules by range; absent = none. */
  validations?: SimValidation[];
  /** Frozen panes (`worksheet.freezePanes`): rows above and columns left of the split; absent = none. */
  freeze?: { rows: number; columns: number };
  /** Page layout properties set through `worksheet.pageLayout` (`orientation`, `zoom`), as sent; absent = Excel's defaults. */
  pageLayout?: { orientation?: string; zoom?: unknown };
}

/** The whole simulated workbook and the state of the Excel window around it. */
export interface SimBook {
  sheets: SimSheet[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** Persisted document settings (what saveAsync stored). */
  settings: Record<string, unknown>;
  /** The workbook culture's decimal separator (application.cultureInfo). */
  decimalSeparator: string;
  /** While true every sync fails with InvalidOperationInCellEditMode, like Excel while a cell is edited. */
  cellEditMode: boolean;
  /** How many times application.calculate ran. */
  calculations: number;
}

/** A cell given to the builders: a constant, or a formula with its cached result. */
export type SimInput = string | number | boolean | Date | null | undefined | { formula: string; value?: string | number | boolean | null } | SimCell;

/** Builds a sheet from rows of inputs (row 0 = Excel row 1). */
export function simSheet(name: string, rows: readonly (readonly SimInput[])[] = [], extra: Partial<Omit<SimSheet, 'name' | 'rows'>> = {}): SimSheet {
  return {
    name,
    rows: rows.map((row) => row.map(toCell)),
    protected: extra.protected ?? false,
    charts: extra.charts ?? [],
    columnWidths: extra.columnWidths ?? {},
  };
}

/** Builds a workbook; the first sheet is active unless said otherwise. */
export function simBook(sheets: readonly SimSheet[], extra: Partial<Omit<SimBook, 'sheets'>> = {}): SimBook {
  return {
    sheets: [...sheets],
    activeSheet: extra.activeSheet ?? sheets[0]?.name ?? 'Sheet1',
    selection: extra.selection ?? null,
    settings: extra.settings ?? {},
    decimalSeparator: extra.decimalSeparator ?? ',',
    cellEditMode: extra.cellEditMode ?? false,
    calculations: extra.calculations ?? 0,
  };
}

function toCell(input: SimInput): SimCell | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  // Excel holds a date as its serial number (1900 system); range.values reports the number.
  if (input instanceof Date) return { value: input.getTime() / 86_400_000 + 25569 };
  if (typeof input === 'object') {
    if ('formula' in input && typeof input.formula === 'string' && !('numberFormat' in input || 'fill' in input || 'bold' in input)) {
      return { formula: input.formula, value: input.value ?? null };
    }
    return { ...(input as SimCell) };
  }
  return { value: input };
}

/** Finds a sheet by name, case-insensitively as Excel does. */
export function findSheet(book: SimBook, name: string): SimSheet | undefined {
  const lower = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The cell at (row, col), or undefined when empty. */
export function cellAt(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.rows[row]?.[col];
}

/** The cell at (row, col), created if absent. */
export function ensureCell(sheet: SimSheet, row: number, col: number): SimCell {
  let r = sheet.rows[row];
  if (!r) {
    for (let i = sheet.rows.length; i <= row; i++) if (!sheet.rows[i]) sheet.rows[i] = [];
    r = sheet.rows[row];
  }
  let c = r[col];
  if (!c) {
    c = {};
    r[col] = c;
  }
  return c;
}

/** True when a cell has no content and no format the used range would count. */
export function isBlank(cell: SimCell | undefined, valuesOnly: boolean): boolean {
  if (!cell) return true;
  const content = cell.formula !== undefined || (cell.value !== undefined && cell.value !== null && cell.value !== '');
  if (content || valuesOnly) return !content;
  return cell.numberFormat === undefined && (cell.fill === undefined || cell.fill === null) && !cell.bold;
}

// ---------------------------------------------------------------- A1 addresses

/** Column letters for a 0-based index (0 → A, 26 → AA). */
export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a rectangle, 0-based. */
export function rectAddress(row: number, col: number, rows: number, cols: number): string {
  const first = `${columnName(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnName(col + cols - 1)}${row + rows}`;
}

/** A rectangle parsed from `A1`, `A1:C9`, `$A$1`, `Sheet!A1:B2` (sheet part ignored), `A:C` or `3:5`. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2) return null;
  const ends = parts.map(parseRef);
  if (ends.some((e) => e === null)) return null;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  const row0 = Math.min(a.row ?? 0, b.row ?? 0);
  const row1 = Math.max(a.row ?? MAX_ROWS - 1, b.row ?? MAX_ROWS - 1);
  const col0 = Math.min(a.col ?? 0, b.col ?? 0);
  const col1 = Math.max(a.col ?? MAX_COLS - 1, b.col ?? MAX_COLS - 1);
  return { row: row0, col: col0, rows: row1 - row0 + 1, cols: col1 - col0 + 1 };
}

/** Excel's grid size. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

function parseRef(ref: string): { row: number | null; col: number | null } | null {
  const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(ref);
  if (!m || (!m[1] && !m[2])) return null;
  let col: number | null = null;
  if (m[1]) {
    col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    col -= 1;
  }
  const row = m[2] ? Number(m[2]) - 1 : null;
  if ((row !== null && (row < 0 || row >= MAX_ROWS)) || (col !== null && col >= MAX_COLS)) return null;
  return { row, col };
}

/** The sheet name as Excel puts it in an address (quoted when it holds spaces or punctuation). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------- what Excel makes of input

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/;

/**
 * What a cell becomes when an add-in writes `input` to `range.values` or `range.formulas`,
 * as if typed in en-US: a leading apostrophe keeps the rest as text; `=` starts a formula,
 * and so do `+`/`-` before something that is not a number (Range.values docs); text that
 * reads as a number, a percentage or TRUE/FALSE is converted. Dates are not modelled.
 */
export function typedContent(input: unknown, evaluate: (formula: string) => SimCell['value']): Pick<SimCell, 'value' | 'formula'> & { percent?: boolean } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (input === '' || input === null || input === undefined) return { value: null };
  const s = String(input);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s, value: evaluate(s) };
  if (NUMBER.test(s)) return { value: Number(s) };
  if (PERCENT.test(s)) return { value: Number(s.replace('%', '')) / 100, percent: true };
  if (/^\s*(true|false)\s*$/i.test(s)) return { value: /true/i.test(s) };
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) {
    const formula = `=${s}`;
    return { formula, value: evaluate(formula) };
  }
  return { value: s };
}

/** The default formula evaluator: literals only; anything else shows `#NAME?` as an unknown function would. */
export function literalFormulaValue(formula: string): SimCell['value'] {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1].replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return /true/i.test(body);
  return '#NAME?';
}
