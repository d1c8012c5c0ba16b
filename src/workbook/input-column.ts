/**
 * One numeric input column of a table, read as the user sees it (SPEC §8): the column's number
 * formats looked up once, a percent-formatted number read as the percentage it shows; and two
 * inputs of one row typed two ways reported (`persen-campuran`, `persen-pecahan`).
 */
import { Lang } from '../core';
import { cellRef } from './a1';
import { isPercentFormat, percentShown } from './shown-number';
import { CellValue, Grid } from './types';
import { FindingSink, show, typed } from './values';

/** Reads the number cells of one input column (see the module comment). */
export class InputColumn {
  private readonly formats: readonly (string | null)[] | undefined;

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
    return this.isPercentAt(row) ? percentShown(value) : value;
  }

  /** A cell value quoted as the user sees it, for messages (`95,19%` for a percent-formatted 0.9519). */
  typed(row: number, value: CellValue, lang: Lang): string {
    if (typeof value !== 'number' || !Number.isFinite(value) || !this.isPercentAt(row)) return typed(value, lang);
    return `${typed(percentShown(value), lang)}%`;
  }

  /** The cell's value as typed, at absolute `row`. */
  valueAt(row: number): CellValue {
    return this.grid.values[row - this.grid.top]?.[this.col - this.grid.left] ?? null;
  }

  /** True when the cell at absolute `row` has a percent number format. */
  isPercentAt(row: number): boolean {
    const f = this.formats?.[row - this.grid.top];
    return f !== null && f !== undefined && isPercentFormat(f);
  }
}

/**
 * Two inputs of one indicator read together (target and realisasi; pagu and realisasi
 * anggaran): one percent-formatted, the other a plain number. Both read as they show, which
 * is right when the plain one is typed as the percentage (95,19% beside 51,35: info, once per
 * pair of columns). A plain fraction beside a percentage (95,19% beside 0,5135) is most likely
 * a percentage typed without its format: read as 0,5135 it gives a capaian near 0, so each is a
 * warning on its cell. Across rows nothing is said: a LAKIN table mixes percentage indicators
 * with counts and indices, each typed its own way.
 */
export class PercentPair {
  private mixed: { row: number; pctCol: InputColumn; plainCol: InputColumn } | null = null;
  private mixedRows = 0;

  constructor(
    private readonly a: InputColumn,
    private readonly aName: string,
    private readonly b: InputColumn,
    private readonly bName: string,
  ) {}

  /** Absolute column of the first input. */
  get firstCol(): number {
    return this.a.col;
  }

  /** Absolute column of the second input. */
  get secondCol(): number {
    return this.b.col;
  }

  /** Looks at one row's two cells as typed. */
  note(sink: FindingSink, row: number, av: CellValue, bv: CellValue): void {
    if (typeof av !== 'number' || typeof bv !== 'number' || !Number.isFinite(av) || !Number.isFinite(bv)) return;
    const ap = this.a.isPercentAt(row);
    if (ap === this.b.isPercentAt(row)) return;
    const [pct, pctName, pctValue, plain, plainName, plainValue] = ap ? [this.a, this.aName, av, this.b, this.bName, bv] : [this.b, this.bName, bv, this.a, this.aName, av];
    if (plainValue === 0) return; // 0 is 0 either way
    const lang = sink.lang;
    if (Math.abs(plainValue) <= 1) {
      sink.at(row, plain.col, 'warning', 'persen-pecahan', 'persen-pecahan', {
        plainName,
        plain: typed(plainValue, lang),
        pctName,
        pctRef: cellRef(sink.grid.sheet, row, pct.col),
        pct: `${show(percentShown(pctValue), lang)}%`,
        plainPct: show(percentShown(plainValue), lang),
      });
      return;
    }
    if (this.mixedRows++ === 0) this.mixed = { row, pctCol: pct, plainCol: plain };
  }

  /** The one info finding for rows typed both ways, if any. */
  report(sink: FindingSink): void {
    const m = this.mixed;
    if (!m) return;
    const lang = sink.lang;
    const value = (col: InputColumn): number => {
      const v = col.valueAt(m.row);
      return typeof v === 'number' ? v : 0;
    };
    const pct = percentShown(value(m.pctCol));
    const plain = value(m.plainCol);
    sink.at(m.row, m.plainCol.col, 'info', 'persen-campuran', 'persen-campuran', {
      pctRef: cellRef(sink.grid.sheet, m.row, m.pctCol.col),
      pct: `${show(pct, lang)}%`,
      plainRef: cellRef(sink.grid.sheet, m.row, m.plainCol.col),
      plain: typed(plain, lang),
      pctShown: show(pct, lang),
      rows: this.mixedRows,
      pair: `${this.aName}/${this.bName}`,
    });
  }
}
