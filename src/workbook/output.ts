/**
 * Output columns → WriteBlocks: only the cells of output columns, in vertical runs that skip
 * cells the engine must not touch (kept formulas, rows that are not indicators). Pure.
 */
import { Lang } from '../core';
import { a1, cellRef, rangeA1 } from './a1';
import { formulaAt } from './grid';
import { findingText } from './messages';
import { Finding, Grid, PlannedValue, RunOptions, WriteBlock } from './types';

/** `undefined` in an output column: leave this cell as it is. */
export type Slot = PlannedValue | undefined;

/**
 * One cell of an output column as the one-cell row a WriteBlock holds (`[value]`), or
 * undefined: leave this cell as it is. Built once by the engine and handed on to the plan as
 * is, so 100k rows are not copied into new rows again (see `cellRow`).
 */
export type CellRow = readonly PlannedValue[] | undefined;

/** The computed contents of one output column over the table's data rows. */
export interface OutputColumn {
  readonly col: number;
  /** Column name for messages (the header text, or the canonical one). */
  readonly label: string;
  /** Numbers get the `0.00` format. */
  readonly numeric: boolean;
  /** One cell per data row (index 0 = firstDataRow). */
  readonly values: CellRow[];
  /** Fill per data row as a one-cell row (`fillRow`), or undefined to leave fills alone. */
  readonly fills?: (readonly (string | null)[])[];
  /** Header to write (an appended column). */
  readonly header?: string;
  /** The live formula of this column (written in writeFormulas mode; recognises earlier runs). */
  formula?: string;
}

/** Number format of computed numbers (SPEC §2: reports print 2 decimals). */
export const NUMBER_FORMAT = '0.00';
const NUMBER_FORMAT_ROW: readonly string[] = [NUMBER_FORMAT];

const fillRows = new Map<string | null, readonly (string | null)[]>();

/** The one-cell fill row of a colour (null: no fill), shared: a plan's rows are read-only. */
export function fillRow(c: string | null): readonly (string | null)[] {
  let r = fillRows.get(c);
  if (!r) fillRows.set(c, (r = [c]));
  return r;
}

// One-cell rows of texts, shared: a label column repeats a few texts (`Baik`, `-`) down 100k
// rows. Bounded, as sheets can hold any text; texts past the bound get rows of their own.
const textRows = new Map<string, readonly PlannedValue[]>();
const TEXT_ROWS_MAX = 1000;

/** The one-cell row of a value; a text's row is shared (a plan's rows are read-only). */
export function cellRow(v: PlannedValue): readonly PlannedValue[] {
  if (typeof v !== 'string') return [v];
  let r = textRows.get(v);
  if (!r) {
    r = [v];
    if (textRows.size < TEXT_ROWS_MAX) textRows.set(v, r);
  }
  return r;
}

/** Slots as the cells of an output column. */
export function slotRows(slots: readonly Slot[]): CellRow[] {
  return slots.map((v) => (v === undefined ? undefined : cellRow(v)));
}

const squash = (f: string): string => f.replace(/\s+/g, '').toUpperCase();

/** What planOutputs needs to know about the table and the run. */
export interface Context {
  readonly grid: Grid;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly headerRow: number;
  readonly lang: Lang;
  readonly overwriteFormulas: boolean;
  readonly writeFormulas: boolean;
}

/**
 * Checks output cells for formulas the user put there (a finding each; the cell is skipped
 * unless overwriting), then turns each column into blocks. In writeFormulas mode a column gets
 * one spilled formula at its first data row and the cells below cleared, unless a kept user
 * formula stands in the way: then that column falls back to values (see `spills`).
 */
export function planOutputs(columns: readonly OutputColumn[], ctx: Context, findings: Finding[]): WriteBlock[] {
  const { grid, firstDataRow, lastDataRow } = ctx;
  const blocks: WriteBlock[] = [];
  const n = lastDataRow - firstDataRow + 1;
  for (const out of columns) {
    if (out.header !== undefined) blocks.push({ row: ctx.headerRow, col: out.col, values: [[out.header]], bold: [[true]] });
    if (n <= 0) continue;
    let userFormulas = 0;
    const c = out.col - grid.left;
    for (let i = 0; i < n; i++) {
      // Nearly every cell holds no formula: a plain look first, formulaAt's checks only past it.
      const raw = grid.formulas[firstDataRow + i - grid.top]?.[c];
      if (raw === null || raw === undefined) continue;
      const f = formulaAt(grid, firstDataRow + i, out.col);
      if (f === null) continue;
      if (i === 0 && isOwn(f, out.formula)) continue;
      const counts = out.values[i] !== undefined || (ctx.writeFormulas && out.formula !== undefined);
      if (!counts) continue;
      userFormulas++;
      const ref = cellRef(grid.sheet, firstDataRow + i, out.col);
      if (ctx.overwriteFormulas) {
        findings.push({ sheet: grid.sheet, cell: a1(firstDataRow + i, out.col), severity: 'info', code: 'rumus-di-kolom-hasil', ...findingText('rumus-ditimpa', ctx.lang, { ref, formula: f, column: out.label }) });
      } else {
        findings.push({ sheet: grid.sheet, cell: a1(firstDataRow + i, out.col), severity: 'warning', code: 'rumus-di-kolom-hasil', ...findingText('rumus-di-kolom-hasil', ctx.lang, { ref, formula: f, column: out.label }) });
        out.values[i] = undefined;
      }
    }
    if (ctx.writeFormulas && out.formula !== undefined && (userFormulas === 0 || ctx.overwriteFormulas)) {
      const values: PlannedValue[][] = new Array(n);
      values[0] = [{ formula: out.formula }];
      for (let i = 1; i < n; i++) values[i] = [null];
      blocks.push({
        row: firstDataRow,
        col: out.col,
        values,
        numberFormats: out.numeric ? new Array(n).fill(NUMBER_FORMAT_ROW) : undefined,
        fills: out.fills ? new Array(n).fill(fillRow(null)) : undefined,
      });
      continue;
    }
    pushRuns(out, firstDataRow, n, blocks);
  }
  return blocks;
}

/**
 * A formula this engine wrote in an earlier writeFormulas run: at the first data row, the same
 * SAKIP function over ranges or spills (the rows may have changed since, so not the same text).
 */
function isOwn(f: string, ours: string | undefined): boolean {
  if (ours === undefined) return false;
  const a = squash(f);
  const b = squash(ours);
  if (a === b) return true;
  const name = (s: string): string => s.slice(0, s.indexOf('(') + 1);
  return name(b).startsWith('=SAKIP.') && name(a) === name(b) && /[#:]/.test(a);
}

function pushRuns(out: OutputColumn, firstDataRow: number, n: number, blocks: WriteBlock[]): void {
  let i = 0;
  while (i < n) {
    if (out.values[i] === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && out.values[j] !== undefined) j++;
    const len = j - i;
    blocks.push({
      row: firstDataRow + i,
      col: out.col,
      // The run holds no undefined (it ends before the next one).
      values: out.values.slice(i, j) as (readonly PlannedValue[])[],
      numberFormats: out.numeric ? new Array(len).fill(NUMBER_FORMAT_ROW) : undefined,
      fills: out.fills?.slice(i, j),
    });
    i = j;
  }
}

/**
 * True when the column will be written as one spilled formula: writeFormulas mode, and no
 * user formula in its data rows (or the caller overwrites them).
 */
export function spills(out: OutputColumn, ctx: Context): boolean {
  if (!ctx.writeFormulas || out.formula === undefined) return false;
  if (ctx.overwriteFormulas) return true;
  for (let i = 0; i <= ctx.lastDataRow - ctx.firstDataRow; i++) {
    const f = formulaAt(ctx.grid, ctx.firstDataRow + i, out.col);
    if (f !== null && !(i === 0 && isOwn(f, out.formula))) return false;
  }
  return true;
}

/** The A1 range of a column over the data rows (`F5:F30`). */
export function columnRange(col: number, firstDataRow: number, lastDataRow: number): string {
  return rangeA1(firstDataRow, col, Math.max(firstDataRow, lastDataRow), col);
}

/** The planOutputs context of a table. */
export function contextOf(grid: Grid, layout: { firstDataRow: number; lastDataRow: number; headerRow: number }, opts: RunOptions): Context {
  return {
    grid,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    headerRow: layout.headerRow,
    lang: opts.lang,
    overwriteFormulas: opts.overwriteFormulas === true,
    writeFormulas: opts.writeFormulas === true,
  };
}
