/**
 * An in-memory WorkbookPort for the task-pane tests: sheets of values and formulas, with the
 * add-in's own undo snapshot, a record of selections, and an optional failure part-way
 * through an apply (to test Batalkan after an ApplyError).
 */
import { DUMAI_TW2_2024 } from '../../src/core';
import type { DecimalSeparator } from '../../src/core';
import { ApplyError, CellValue, Grid, PlannedValue, UndoToken, WorkbookPort, WriteBlock, WritePlan } from '../../src/workbook/types';

type Cell = { value: CellValue; formula: string | null };

/** The canonical TW II 2024 table (headers in row 1), outputs empty. */
export function kinerjaRows(): CellValue[][] {
  const rows: CellValue[][] = [['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria']];
  DUMAI_TW2_2024.forEach((r, i) => rows.push([i + 1, r.perspektif, r.sasaran, r.indikator, r.polaritas, r.target ?? '-', r.realisasi ?? '-', null, null]));
  return rows;
}

/** A fake port over named sheets of rows. */
export class FakePort implements WorkbookPort {
  readonly book = new Map<string, Cell[][]>();
  readonly selections: { sheet: string; address: string }[] = [];
  /** When set, the next apply writes its first block, then throws an ApplyError. */
  failNextApply = false;
  applies = 0;
  private nextId = 1;

  constructor(sheets: Record<string, CellValue[][]>) {
    for (const [name, rows] of Object.entries(sheets)) this.book.set(name, rows.map((r) => r.map((value) => ({ value, formula: null }))));
  }

  async sheets(): Promise<string[]> {
    return [...this.book.keys()];
  }

  async read(sheet: string): Promise<Grid> {
    const rows = this.book.get(sheet);
    if (!rows) throw new Error(`no sheet ${sheet}`);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const values = rows.map((r) => Array.from({ length: width }, (_, j) => r[j]?.value ?? null));
    const formulas = rows.map((r) => Array.from({ length: width }, (_, j) => r[j]?.formula ?? null));
    return { sheet, top: 0, left: 0, values, formulas };
  }

  /** The value at a 0-based cell. */
  valueAt(sheet: string, row: number, col: number): CellValue {
    return this.book.get(sheet)?.[row]?.[col]?.value ?? null;
  }

  /** A copy of every sheet's values and formulas, trailing empties trimmed, to compare before and after. */
  snapshot(): Record<string, (CellValue | { formula: string })[][]> {
    const out: Record<string, (CellValue | { formula: string })[][]> = {};
    for (const [name, rows] of this.book) {
      const copy = rows.map((r) => {
        const row = r.map((c): CellValue | { formula: string } => (c?.formula ? { formula: c.formula } : (c?.value ?? null)));
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
        return row;
      });
      while (copy.length > 0 && copy[copy.length - 1].length === 0) copy.pop();
      out[name] = copy;
    }
    return out;
  }

  async apply(plan: WritePlan, progress?: (done: number, total: number) => void): Promise<UndoToken> {
    this.applies++;
    const token: { id: string; restore: { sheet: string; blocks: WriteBlock[] }[]; ownedBefore: { sheet: string; grid: Grid | null }[] } = {
      id: `t${this.nextId++}`,
      restore: [],
      ownedBefore: [],
    };
    const total = plan.sheets.reduce((n, s) => n + s.blocks.length, 0);
    let done = 0;
    for (const sp of plan.sheets) {
      if (sp.owned) {
        token.ownedBefore.push({ sheet: sp.sheet, grid: this.book.has(sp.sheet) ? await this.read(sp.sheet) : null });
        this.book.set(sp.sheet, []);
      }
      const rows = this.book.get(sp.sheet) ?? [];
      this.book.set(sp.sheet, rows);
      const restore: WriteBlock[] = [];
      for (const b of sp.blocks) {
        if (this.failNextApply && done === 1) {
          this.failNextApply = false;
          token.restore.push({ sheet: sp.sheet, blocks: restore });
          throw new ApplyError('simulated failure after one block', token);
        }
        if (!sp.owned) restore.push({ row: b.row, col: b.col, values: b.values.map((r, i) => r.map((_v, j): PlannedValue => cellPlanned(rows[b.row + i]?.[b.col + j]))) });
        b.values.forEach((r, i) => r.forEach((v, j) => setCell(rows, b.row + i, b.col + j, v)));
        done++;
        progress?.(done, total);
      }
      if (!sp.owned) token.restore.push({ sheet: sp.sheet, blocks: restore });
    }
    return token;
  }

  async undo(token: UndoToken): Promise<void> {
    for (const r of token.restore) {
      const rows = this.book.get(r.sheet) ?? [];
      for (const b of r.blocks) b.values.forEach((row, i) => row.forEach((v, j) => setCell(rows, b.row + i, b.col + j, v)));
    }
    for (const o of token.ownedBefore) {
      if (o.grid === null) this.book.delete(o.sheet);
      else this.book.set(o.sheet, o.grid.values.map((r, i) => r.map((value, j) => ({ value, formula: o.grid!.formulas[i][j] }))));
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    this.selections.push({ sheet, address });
  }

  async decimalSeparator(): Promise<DecimalSeparator> {
    return ',';
  }
}

function cellPlanned(c: Cell | undefined): PlannedValue {
  if (!c) return null;
  if (c.formula) return { formula: c.formula };
  return c.value instanceof Date ? c.value.toISOString() : c.value;
}

function setCell(rows: Cell[][], row: number, col: number, v: PlannedValue): void {
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  while (r.length <= col) r.push({ value: null, formula: null });
  if (v !== null && typeof v === 'object') r[col] = { value: null, formula: v.formula };
  else r[col] = { value: v, formula: null };
}
