/**
 * The whole-sheet engine: check (findings and the summary) and recalculate (plus the WritePlan
 * of the output cells and the Ringkasan sheet). Everything is pure and synchronous (DESIGN.md).
 */
import { StrategySummary } from '../core';
import { parseA1 } from './a1';
import { detectLayout } from './layout';
import { analyseKinerja } from './kinerja';
import { analyseEfisiensi } from './efisiensi-sheet';
import { OutputColumn, contextOf, planOutputs } from './output';
import { RINGKASAN_SHEET, ringkasanPlan } from './ringkasan';
import { FindingSink } from './values';
import { reportEmpty, reportHeader } from './layout-findings';
import { isOwnSheet } from './owned-sheets';
import { columnWidthsFor } from './column-widths';
import { Finding, Grid, IndicatorOutcome, RunOptions, RunResult, SheetPlan } from './types';

/** The outcome of `check`. */
export interface CheckResult {
  /** The kind of table found, or null when none (see the `header-tidak-ditemukan` finding). */
  readonly kind: 'kinerja' | 'efisiensi' | null;
  readonly findings: Finding[];
  /** NPS / NP / NPSS of a kinerja table; null for an efficiency table or none. */
  readonly summary: StrategySummary | null;
  /** Indicator (or activity) rows checked. */
  readonly rows: number;
  /** Every indicator row of a kinerja table, in sheet order (as many as `rows`); empty otherwise. */
  readonly indicators: readonly IndicatorOutcome[];
}

interface Analysis extends CheckResult {
  readonly sheetPlan: SheetPlan | null;
}

/** Appended output columns: a comfortable minimum, never wider than a screenful. */
const APPENDED_LIMITS = { min: 12, max: 60 };

const NO_INDICATORS: readonly IndicatorOutcome[] = [];

function analyse(grid: Grid, opts: RunOptions): Analysis {
  const sink = new FindingSink(grid, opts.lang);
  const found = detectLayout(grid, opts.period, opts.lang, { nilai: opts.profile.nilaiCapaian !== undefined });
  // The add-in's own sheets (the Ringkasan, the Rekap sheets) have Perspektif, Sasaran or Indikator columns: not tables to check.
  const layout = found && (found.missing.length === 0 || !isOwnSheet(grid)) ? found : null;
  if (!layout) {
    sink.sheetWide('error', 'header-tidak-ditemukan', 'header-tidak-ditemukan');
    return { kind: null, findings: sink.list, summary: null, sheetPlan: null, rows: 0, indicators: NO_INDICATORS };
  }
  if (!reportHeader(layout, sink)) return { kind: layout.kind, findings: sink.list, summary: null, sheetPlan: null, rows: 0, indicators: NO_INDICATORS };
  let outputs: OutputColumn[];
  let summary: StrategySummary | null = null;
  let computable: boolean;
  let rows: number;
  let indicators = NO_INDICATORS;
  if (layout.kind === 'kinerja') {
    ({ outputs, summary, computable, rows, indicators } = analyseKinerja(grid, layout, opts, sink));
  } else {
    ({ outputs, computable, rows } = analyseEfisiensi(grid, layout, opts, sink));
  }
  if (!computable) {
    sortFindings(sink.list);
    return { kind: layout.kind, findings: sink.list, summary: null, sheetPlan: null, rows, indicators };
  }
  if (rows === 0) reportEmpty(layout, sink);
  const blocks = planOutputs(outputs, contextOf(grid, layout, opts), sink.list);
  sortFindings(sink.list);
  const columnWidths: Record<number, number> = {};
  // An appended column is as wide as its header and its labels (a kriteria or status text).
  for (const a of layout.appended) {
    for (const b of blocks) if (b.col === a.col) columnWidths[a.col] = Math.max(columnWidths[a.col] ?? 0, columnWidthsFor(b, APPENDED_LIMITS)[a.col]);
  }
  const sheetPlan: SheetPlan = { sheet: grid.sheet, owned: false, blocks, ...(layout.appended.length > 0 ? { columnWidths } : {}) };
  return { kind: layout.kind, findings: sink.list, summary, sheetPlan, rows, indicators };
}

/** Sheet-wide findings first, then by row and column (formula findings come in late). */
function sortFindings(list: Finding[]): void {
  const key = (f: Finding): [number, number] => {
    if (f.cell === null) return [-1, -1];
    const { row, col } = parseA1(f.cell);
    return [row, col];
  };
  const keyed = list.map((f, i) => ({ f, i, k: key(f) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i);
  keyed.forEach((x, i) => (list[i] = x.f));
}

/** Finds the table, validates it and audits what it shows; writes nothing. */
export function check(grid: Grid, opts: RunOptions): CheckResult {
  const { kind, findings, summary, rows, indicators } = analyse(grid, opts);
  return { kind, findings, summary, rows, indicators };
}

/**
 * Findings, the summary and the WritePlan: the sheet's output cells only, plus for a kinerja
 * table the owned Ringkasan sheet. A table that cannot be computed gives an empty plan.
 */
export function recalculate(grid: Grid, opts: RunOptions): RunResult {
  const { findings, summary, sheetPlan, indicators } = analyse(grid, opts);
  const sheets: SheetPlan[] = [];
  if (sheetPlan) sheets.push(sheetPlan);
  if (summary) {
    // Never own (and so clear) the user's sheet when it is itself called Ringkasan.
    const name = grid.sheet.toLowerCase() === RINGKASAN_SHEET.toLowerCase() ? `${RINGKASAN_SHEET} SAKIP` : RINGKASAN_SHEET;
    sheets.push({ ...ringkasanPlan(summary, grid.sheet, opts.period, opts.profile, opts.lang), sheet: name });
  }
  return { findings, summary, indicators, plan: { sheets } };
}
