/**
 * The engine's per-indicator outcomes (issue 16): one per indicator row, with the names the
 * summary groups it under, the capaian and kriteria the plan writes in its row.
 */
import { classify } from '../../src/core';
import { check, gridFromRows, recalculate } from '../../src/workbook';
import type { CellValue } from '../../src/workbook';
import { DUMAI_FIRST, dumaiGrid, dumaiRows, opts, plannedCells } from './support';

describe('indicator outcomes', () => {
  it('one per indicator row of the source table, the plan\'s Capaian and Kriteria in its row, under the summary\'s sasaran', () => {
    const grid = dumaiGrid();
    const checked = check(grid, opts({ indicators: true }));
    const result = recalculate(grid, opts({ indicators: true }));
    expect(result.indicators).toEqual(checked.indicators);
    expect(checked.indicators).toHaveLength(checked.rows);
    const cells = plannedCells(result.plan);
    const rows = dumaiRows();
    checked.indicators.forEach((o, k) => {
      const row = DUMAI_FIRST + k + 1;
      expect({ row: o.row, cell: o.cell, indikator: o.indikator }).toEqual({ row, cell: `D${row}`, indikator: rows[row - 1][3] });
      expect([cells.get(`Kinerja!H${row}`), cells.get(`Kinerja!I${row}`)]).toEqual([o.capaian ?? '-', o.kriteria?.label ?? '-']);
    });
    // Blank (merged) Perspektif / Sasaran cells read as the group above, as the summary counts them.
    const sasaran = new Set(checked.summary!.sasaran.map((s) => `${s.perspektif}|${s.nama}`));
    for (const o of checked.indicators) expect(sasaran.has(`${o.perspektif}|${o.sasaran}`)).toBe(true);
    expect(checked.indicators.some((o) => o.capaian === null && o.kriteria === null)).toBe(true);
  });

  it('without Perspektif or Sasaran columns: the implicit names the summary uses', () => {
    const rows: CellValue[][] = [['Judul'], [null, 'Indikator Kinerja', 'Target TW II', 'Realisasi TW II'], [null, 'Persentase Obat yang memenuhi syarat', 80, 84], [null, 'Indeks Kepuasan Masyarakat', '-', '-']];
    const r = check(gridFromRows('Kinerja', rows), opts({ lang: 'en', indicators: true }));
    expect(r.indicators).toEqual([
      { row: 3, cell: 'B3', perspektif: '(no perspective)', sasaran: '(no sasaran)', indikator: 'Persentase Obat yang memenuhi syarat', capaian: 105, kriteria: classify(opts().profile.kriteria, 105) },
      { row: 4, cell: 'B4', perspektif: '(no perspective)', sasaran: '(no sasaran)', indikator: 'Indeks Kepuasan Masyarakat', capaian: null, kriteria: null },
    ]);
    expect(r.summary!.sasaran.map((s) => [s.perspektif, s.nama])).toEqual([['(no perspective)', '(no sasaran)']]);
  });

  it('are kept only when asked: a plain check or hitung holds none (50,000 rows, 50,000 objects nobody reads)', () => {
    const grid = dumaiGrid();
    expect(check(grid, opts()).indicators).toEqual([]);
    expect(recalculate(grid, opts()).indicators).toEqual([]);
    expect(check(grid, opts({ indicators: true })).indicators.length).toBeGreaterThan(0);
  });
});
