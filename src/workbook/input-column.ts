/**
 * One numeric input column of a table, read as the user sees it (SPEC §8): the column's number
 * formats looked up once, a percent-formatted number read as the percentage it shows, and a
 * column that mixes such numbers with plain ones reported (`persen-campuran`).
 */
import { Lang } from '../core';
import { cellRef } from './a1';
import { message } from './messages';
import { isPercentFormat, percentShown } from './shown-number';
import { CellValue, Grid } from './types';
import { FindingSink, show, typed } from './values';

/** Cells of each kind a `persen-campuran` message names before "and N more". */
const EXAMPLES = 3;

/** Reads the number cells of one input column (see the module comment). */
export class InputColumn {
  private readonly formats: readonly (string | null)[] | undefined;
  private readonly percentRows: number[] = [];
  private percentCount = 0;
  private readonly plainRows: number[] = [];
  private plainCount = 0;

  constructor(
    private readonly grid: Grid,
    /** Absolute column. */
    readonly col: number,
  ) {
    // Once per column: the engine reads 100,000 rows through here.
    this.formats = grid.numberFormats?.get(col);
  }

  /**
   * The number a cell at absolute `row` holding `value` shows: the percentage under a percent
   * format (0.9519 shown `95,19%` reads 95.19, like the text `95,19%`), else `value` itself.
   * This is the one way the engine reads an input number cell.
   */
  number(row: number, value: number): number {
    if (this.isPercent(row)) {
      if (this.percentCount++ < EXAMPLES) this.percentRows.push(row);
      return percentShown(value);
    }
    // A plain number above 1 next to percent-formatted fractions: the two are typed differently.
    if ((value > 1 || value < -1) && this.plainCount++ < EXAMPLES) this.plainRows.push(row);
    return value;
  }

  /** A cell value quoted as the user sees it, for messages (`95,19%` for a percent-formatted 0.9519). */
  typed(row: number, value: CellValue, lang: Lang): string {
    if (typeof value !== 'number' || !Number.isFinite(value) || !this.isPercent(row)) return typed(value, lang);
    return `${typed(percentShown(value), lang)}%`;
  }

  /**
   * A warning when the column holds both percent-formatted numbers and plain numbers above 1,
   * on the first cell of the rarer kind (the likely odd one out), naming cells of both kinds.
   * Each is read as it shows, but a column typed two ways is worth a look.
   */
  report(sink: FindingSink, column: string): void {
    if (this.percentCount === 0 || this.plainCount === 0) return;
    const lang = sink.lang;
    const list = (rows: readonly number[], count: number, percent: boolean): string => {
      const named = rows.map((row) => {
        const v = this.grid.values[row - this.grid.top]?.[this.col - this.grid.left];
        const n = typeof v === 'number' ? v : 0;
        return `${cellRef(this.grid.sheet, row, this.col)} "${percent ? `${show(percentShown(n), lang)}%` : show(n, lang)}"`;
      });
      const text = named.join(', ');
      return count > rows.length ? message('sel-lainnya', lang, { list: text, n: count - rows.length }) : text;
    };
    const first = this.percentCount < this.plainCount ? this.percentRows[0] : this.plainRows[0];
    sink.at(first, this.col, 'warning', 'persen-campuran', 'persen-campuran', {
      column,
      percent: list(this.percentRows, this.percentCount, true),
      plain: list(this.plainRows, this.plainCount, false),
    });
  }

  private isPercent(row: number): boolean {
    const f = this.formats?.[row - this.grid.top];
    return f !== null && f !== undefined && isPercentFormat(f);
  }
}
