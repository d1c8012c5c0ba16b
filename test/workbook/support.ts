/** Shared helpers of the workbook tests: run options, the source's TW II table as a grid, plan readers. */
import { BPOM_UPT_2024, DUMAI_TW2_2024, Lang } from '../../src/core';
import { CellValue, Grid, Period, PlannedValue, RunOptions, WritePlan, a1, gridFromRows } from '../../src/workbook';

/** Run options with the default profile; Indonesian, comma decimals, TW II unless given. */
export function opts(over: Partial<RunOptions> = {}): RunOptions {
  return { period: 'TW2' as Period, profile: BPOM_UPT_2024, lang: 'id' as Lang, decimalSeparator: ',', ...over };
}

/** The report-shaped header of SPEC §4's table (the source's own wordings). */
export const DUMAI_HEADER = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target Triwulan II', 'Realisasi Triwulan II', '% Capaian', 'Kriteria', 'Target Tahunan', 'Capaian terhadap Target Tahunan', 'Status'];

/**
 * DUMAI_TW2_2024 as the report prints it: two title rows and a blank row above the header,
 * Perspektif and Sasaran written once per group (merged cells read blank below), `-` where
 * no target, and the report's own printed Capaian, Kriteria and Status.
 */
export function dumaiRows(printed = true): CellValue[][] {
  const rows: CellValue[][] = [['LAPORAN KINERJA TRIWULAN II TAHUN 2024'], ['Loka POM di Kota Dumai'], [], DUMAI_HEADER];
  let p = '';
  let s = '';
  let no = 0;
  for (const r of DUMAI_TW2_2024) {
    const newS = r.sasaran !== s;
    if (newS) no++;
    rows.push([
      newS ? no : null,
      r.perspektif === p ? null : r.perspektif,
      newS ? r.sasaran : null,
      r.indikator,
      r.polaritas,
      r.target ?? '-',
      r.realisasi ?? '-',
      printed ? (r.printedCapaian ?? '-') : null,
      printed ? r.printedKriteria : null,
      r.targetTahunan,
      null,
      printed ? r.printedStatus : null,
    ]);
    p = r.perspektif;
    s = r.sasaran;
  }
  return rows;
}

/** First data row of dumaiRows (0-based): Excel row 5. */
export const DUMAI_FIRST = 4;

/** The grid of dumaiRows on sheet `Kinerja`. */
export function dumaiGrid(printed = true): Grid {
  return gridFromRows('Kinerja', dumaiRows(printed));
}

/** Every planned cell, keyed `Sheet!A1`. */
export function plannedCells(plan: WritePlan): Map<string, PlannedValue> {
  const cells = new Map<string, PlannedValue>();
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      b.values.forEach((row, i) => row.forEach((v, j) => cells.set(`${s.sheet}!${a1(b.row + i, b.col + j)}`, v)));
    }
  }
  return cells;
}

/** Every planned cell of one sheet as [row, col] pairs. */
export function plannedPositions(plan: WritePlan, sheet: string): [number, number][] {
  const out: [number, number][] = [];
  for (const s of plan.sheets.filter((x) => x.sheet === sheet)) {
    for (const b of s.blocks) b.values.forEach((row, i) => row.forEach((_v, j) => out.push([b.row + i, b.col + j])));
  }
  return out;
}

/** Rounds as the reports print, for comparing planned numbers. */
export const r2 = (v: PlannedValue | undefined): PlannedValue | undefined => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
