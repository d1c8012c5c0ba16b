/**
 * The sheet model shared by every adapter (Office.js, exceljs, the simulated host) and the
 * pure engine: what is read (Grid), what is found (Finding), what is written (WritePlan),
 * and the port the task pane and the CLI talk to (DESIGN.md "One port, several adapters").
 */
import type { Category, DecimalSeparator, Lang, RuleProfile, StrategySummary } from '../core';

/** A cell value as adapters hand it over: Excel errors arrive as their text (`#N/A`). */
export type CellValue = string | number | boolean | Date | null;

/** Values and formulas of a sheet's used range. Rows and columns are 0-based, absolute. */
export interface Grid {
  readonly sheet: string;
  /** Absolute row and column of values[0][0] (row 0 = Excel row 1, column 0 = A). */
  readonly top: number;
  readonly left: number;
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as values; the formula text (en-US, starting with `=`) or null. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Number formats (Excel format codes) of the input columns, by absolute column: one entry per grid row (null = General or not read). Absent when the adapter read none. */
  readonly numberFormats?: ReadonlyMap<number, readonly (string | null)[]>;
}

/** A value to write: literal text is always written as text, never as a formula. */
export type PlannedValue = number | string | boolean | null | { readonly formula: string };

/** A rectangle of cells to write, top-left at (row, col), 0-based absolute. */
export interface WriteBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly PlannedValue[])[];
  /** Excel number format per cell (same shape), e.g. `0.00`; undefined leaves formats alone. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Fill colour per cell as #RRGGBB (same shape); null clears the fill; undefined leaves fills alone. */
  readonly fills?: readonly (readonly (string | null)[])[];
  /** Bold per cell (same shape); undefined leaves fonts alone. */
  readonly bold?: readonly (readonly boolean[])[];
}

/** An Excel bar chart the adapter that can draw one adds (Ringkasan: NPS per sasaran). */
export interface ChartPlan {
  readonly title: string;
  /** A1 range of the data including its header row, on the same sheet. */
  readonly dataRange: string;
  /** A1 cell where the chart's top-left corner goes. */
  readonly anchor: string;
}

/**
 * A drop-down list on a range of one sheet (Excel data validation of type list). It only
 * suggests: adapters set a non-blocking alert (`warning`), since the engine accepts more
 * spellings than a list shows (`Max`, `Maximize`…), and a user's accepted word must not be refused.
 */
export interface ValidationPlan {
  /** A1 range on the plan's sheet, e.g. `E4:E203`. */
  readonly range: string;
  /** Title of the prompt and of the warning: the column's name (Excel allows 32 characters). */
  readonly title: string;
  /** The choices, none holding a comma (Excel's list source is comma-separated). */
  readonly list: readonly string[];
  /** Shown when a cell of the range is selected (Excel allows 255 characters). */
  readonly prompt?: string;
  /** Shown (as a warning the user may dismiss) when a value outside the list is typed (255 characters at most). */
  readonly error?: string;
}

/** What to write on one sheet. */
export interface SheetPlan {
  readonly sheet: string;
  /** The sheet is the add-in's own (Ringkasan, template): create it, or clear it before writing. */
  readonly owned: boolean;
  readonly blocks: readonly WriteBlock[];
  /** Column widths in characters, by absolute column index. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly chart?: ChartPlan;
  /** Columns whose text wraps (a text longer than the widest column) and the heights of its rows, in points. */
  readonly wrap?: { readonly columns: readonly number[]; readonly rowHeights: Readonly<Record<number, number>> };
  /** Drop-down lists to set once the cells are written. */
  readonly validations?: readonly ValidationPlan[];
  /** Make this sheet the active one after applying. */
  readonly activate?: boolean;
}

/** Everything a run writes. Nothing outside these blocks (and owned sheets) is touched. */
export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
}

/** How to put a workbook back as it was before one `apply` (the add-in's own undo). */
export interface UndoToken {
  readonly id: string;
  /** The earlier contents of every non-owned block written, as blocks to write back. */
  readonly restore: readonly { readonly sheet: string; readonly blocks: readonly WriteBlock[] }[];
  /** Owned sheets that existed before, with their earlier contents (restored whole). */
  readonly ownedBefore: readonly { readonly sheet: string; readonly grid: Grid | null }[];
  /** A remark on a run that succeeded, for the user (Excel answered with an error after every write landed). */
  readonly note?: string;
  /** Parts of the plan this adapter cannot write (exceljs draws no chart), so the caller tells the user; absent when everything was written. */
  readonly notWritten?: readonly NotWritten[];
}

/** A part of a plan an adapter left out because it cannot make it (never silently: the caller says so). */
export interface NotWritten {
  readonly sheet: string;
  readonly kind: 'chart';
  /** The chart's title (`NPSS per unit`), for the message. */
  readonly title: string;
}

/** Thrown by `apply` when writing failed part-way; `token` undoes what was written. */
export class ApplyError extends Error {
  constructor(
    message: string,
    readonly token: UndoToken,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ApplyError';
  }
}

/** The one interface the task pane and the CLI use to reach a workbook. */
export interface WorkbookPort {
  sheets(): Promise<string[]>;
  read(sheet: string): Promise<Grid>;
  apply(plan: WritePlan, progress?: (done: number, total: number) => void): Promise<UndoToken>;
  undo(token: UndoToken): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  /** The workbook culture's decimal separator (Excel tells it), for reading text numbers. */
  decimalSeparator(): Promise<DecimalSeparator>;
}

/** The period a run computes: a quarter (month codes B03…B12) or the year. */
export type Period = 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'TAHUNAN';

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a sheet, linked to its cell. */
export interface Finding {
  readonly sheet: string;
  /** A1 address (`F12`), or null for sheet-wide findings. */
  readonly cell: string | null;
  readonly severity: Severity;
  /** Stable kebab-case code, e.g. `angka-tidak-terbaca`. */
  readonly code: string;
  /** The whole sentence for the user: what was found, why, and what to do. */
  readonly message: string;
  /** The why-and-what-to-do part of `message` (the engine always fills it). */
  readonly advice?: string;
}

/** Options of a check or recalculation run. */
export interface RunOptions {
  readonly period: Period;
  readonly profile: RuleProfile;
  readonly lang: Lang;
  readonly decimalSeparator: DecimalSeparator;
  /**
   * Keep each indicator's outcome (`indicators` of the result) for a rekap. Off by default: a
   * check or hitung of 50,000 rows should not pay for 50,000 objects nobody reads.
   */
  readonly indicators?: boolean;
  /** Overwrite formulas the user put in output columns (default: keep them, with a finding). */
  readonly overwriteFormulas?: boolean;
  /** Write live `=SAKIP.*` spilled formulas, one per output column, instead of values. */
  readonly writeFormulas?: boolean;
}

/**
 * One indicator row of a performance table as the engine computed it: what a consolidation
 * (issue 16) matches across workbooks, without reading the sheet again.
 */
export interface IndicatorOutcome {
  /** 1-based sheet row. */
  readonly row: number;
  /** A1 of its Indikator cell (of the row's first table column when the table has no Indikator column). */
  readonly cell: string;
  /** Perspective and sasaran as the summary names them (a blank one: the implicit name). */
  readonly perspektif: string;
  readonly sasaran: string;
  /** The Indikator cell's text ('' when blank or no such column). */
  readonly indikator: string;
  /** Capaian of the run's period, unrounded; null when not assessed (a finding says why). */
  readonly capaian: number | null;
  /** The profile's kriteria of the shown capaian, or null. */
  readonly kriteria: Category | null;
}

/** The outcome of a recalculation: findings, the strategy summary, and what to write. */
export interface RunResult {
  readonly findings: readonly Finding[];
  /** null when the sheet has no performance table (see findings). */
  readonly summary: StrategySummary | null;
  /** Every indicator row of a performance table, in sheet order; empty for an efficiency table or none. */
  readonly indicators: readonly IndicatorOutcome[];
  readonly plan: WritePlan;
}
