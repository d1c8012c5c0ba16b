/** The WritePlan: only output cells, formulas respected, live formulas on request, a safe Ringkasan. */
import { CellValue, PlannedValue, SheetPlan, detectLayout, gridFromRows, recalculate, KinerjaLayout } from '../../src/workbook';
import { DUMAI_FIRST, dumaiGrid, dumaiRows, opts, plannedCells, plannedPositions } from './support';

const OUTPUT_ROLES = ['capaian', 'kriteria', 'capaianTahunan', 'status'] as const;

describe('the plan writes only output columns (and the Ringkasan sheet)', () => {
  it.each([
    ['the report layout', dumaiGrid()],
    ['a sheet without output columns (appended)', gridFromRows('Kinerja', dumaiRows().map((r) => r.slice(0, 7)))],
    ['a quarterly sheet with a notes column', gridFromRows('Kinerja', [['Catatan di atas tabel'], ['Indikator Kinerja', 'Target TW I', 'Target TW II', 'Realisasi TW I', 'Realisasi TW II', 'Catatan'], ['a', 10, 20, 9, 21, 'ok'], [null, null, null, null, null, 'catatan saja'], ['b', 5, 5, 5, '4,5', null]])],
  ])('%s', (_name, grid) => {
    const layout = detectLayout(grid, 'TW2') as KinerjaLayout;
    const outputCols = new Set(OUTPUT_ROLES.map((r) => layout.columns[r]).filter((c) => c !== undefined));
    const { plan } = recalculate(grid, opts());
    expect(plan.sheets.map((s) => s.sheet).sort()).toEqual(['Kinerja', 'Ringkasan']);
    for (const s of plan.sheets) {
      if (s.sheet === 'Ringkasan') {
        expect(s.owned).toBe(true);
        continue;
      }
      expect(s.owned).toBe(false);
      for (const [row, col] of plannedPositions(plan, s.sheet)) {
        expect(outputCols.has(col)).toBe(true);
        const appended = layout.appended.some((a) => a.col === col);
        // In place: data rows; an appended column also gets its header cell.
        expect(row >= layout.firstDataRow || (appended && row === layout.headerRow)).toBe(true);
      }
    }
  });

  it('leaves heading rows, blank rows and notes alone', () => {
    const grid = gridFromRows('Kinerja', [['Perspektif', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Kriteria'], ['Stakeholder', null, null, null, 'judul', null], [null, 'a', 10, 9, null, null], [], [null, 'b', 10, 10, null, null]]);
    const cells = plannedCells(recalculate(grid, opts()).plan);
    expect([...cells.keys()].filter((k) => k.startsWith('Kinerja!')).sort()).toEqual(['Kinerja!E3', 'Kinerja!E5', 'Kinerja!F3', 'Kinerja!F5']);
  });

  it('writes "-" where not assessed, numbers at full precision with 0.00, headers of appended columns in bold', () => {
    const grid = gridFromRows('Kinerja', [['Indikator Kinerja', 'Target', 'Realisasi'], ['a', 3, 1], ['b', '-', 5]]);
    const sheet = recalculate(grid, opts()).plan.sheets.find((s) => s.sheet === 'Kinerja') as SheetPlan;
    const cap = sheet.blocks.filter((b) => b.col === 3);
    expect(cap).toEqual([
      { row: 0, col: 3, values: [['Capaian (%)']], bold: [[true]] },
      { row: 1, col: 3, values: [[(1 / 3) * 100], ['-']], numberFormats: [['0.00'], ['0.00']], fills: undefined },
    ]);
    expect(sheet.columnWidths?.[3]).toBeGreaterThan(0);
  });
});

describe('formulas the user put in output columns', () => {
  const rows: CellValue[][] = [['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Kriteria'], ['a', 10, 9, 90, null], ['b', 10, 10, 100, null], ['c', 10, 11, 110, null]];
  const formulas = [[], [], [null, null, null, '=C3/B3*100'], []];
  const grid = gridFromRows('Kinerja', rows, formulas);

  it('are kept (the run splits around them) with a warning', () => {
    const result = recalculate(grid, opts());
    const cells = plannedCells(result.plan);
    expect(cells.has('Kinerja!D3')).toBe(false);
    expect(cells.get('Kinerja!D2')).toBe(90);
    expect(cells.get('Kinerja!D4')).toBeCloseTo(110, 10);
    expect(cells.get('Kinerja!E3')).toBe('Baik');
    const blocks = result.plan.sheets[0].blocks.filter((b) => b.col === 3).map((b) => [b.row, b.values.length]);
    expect(blocks).toEqual([[1, 1], [3, 1]]);
    expect(result.findings.filter((f) => f.code.startsWith('rumus')).map((f) => [f.cell, f.severity, f.code])).toEqual([['D3', 'warning', 'rumus-di-kolom-hasil']]);
  });

  it('are reported in row order among the other findings', () => {
    const g = gridFromRows('Kinerja', [...rows, ['d', 10, 'x', null, null]], formulas);
    expect(recalculate(g, opts()).findings.map((f) => f.cell)).toEqual(['A1', 'A1', 'D3', 'C5']);
  });

  it('are overwritten with consent, and the finding says so', () => {
    const result = recalculate(grid, opts({ overwriteFormulas: true }));
    expect(plannedCells(result.plan).get('Kinerja!D3')).toBe(100);
    expect(result.findings.filter((f) => f.code.startsWith('rumus'))).toEqual([{ sheet: 'Kinerja', cell: 'D3', severity: 'info', code: 'rumus-di-kolom-hasil', message: 'Kinerja!D3: rumus =C3/B3*100 di kolom Capaian diganti dengan hasil hitung. Menimpa rumus diizinkan (pilihan "Timpa rumus di kolom hasil", atau --timpa-rumus). Tidak perlu tindakan bila itu maksudnya; bila rumusnya masih diperlukan, kembalikan (tombol Batalkan di panel; sakip hitung tidak mengubah berkas masukan) lalu hitung ulang tanpa menimpa rumus.', advice: expect.stringContaining('--timpa-rumus') }]);
  });
});

describe('writeFormulas: one spilled SAKIP formula per output column', () => {
  const result = recalculate(dumaiGrid(), opts({ writeFormulas: true }));
  const sheet = result.plan.sheets.find((s) => s.sheet === 'Kinerja') as SheetPlan;
  const first = DUMAI_FIRST + 1;
  const last = DUMAI_FIRST + 25;
  const byCol = (col: number) => sheet.blocks.filter((b) => b.col === col);

  it('in en-US syntax, at the first data row, cells below cleared for the spill', () => {
    const expected: Record<number, string> = {
      7: `=SAKIP.CAPAIAN(G${first}:G${last},F${first}:F${last},E${first}:E${last})`,
      8: `=SAKIP.KRITERIA(H${first}#)`,
      10: `=SAKIP.CAPAIAN(G${first}:G${last},J${first}:J${last},E${first}:E${last})`,
      11: `=SAKIP.STATUS(K${first}#)`,
    };
    for (const [col, formula] of Object.entries(expected)) {
      const blocks = byCol(Number(col));
      expect(blocks).toHaveLength(1);
      expect(blocks[0].row).toBe(DUMAI_FIRST);
      expect(blocks[0].values[0][0]).toEqual({ formula });
      expect(blocks[0].values.slice(1).every((r) => r[0] === null)).toBe(true);
      expect(blocks[0].values).toHaveLength(25);
    }
    expect(byCol(7)[0].numberFormats?.[0][0]).toBe('0.00');
  });

  it('still computes the summary and the Ringkasan', () => {
    expect(result.summary?.predikat?.label).toBe('Istimewa');
    expect(result.plan.sheets.some((s) => s.sheet === 'Ringkasan')).toBe(true);
  });

  it('recognises its own formula from an earlier run and replaces it silently', () => {
    const formulas: (string | null)[][] = dumaiRows().map(() => []);
    formulas[DUMAI_FIRST] = [null, null, null, null, null, null, null, `=SAKIP.CAPAIAN(G${first}:G${last},F${first}:F${last},E${first}:E${last})`];
    const again = recalculate(gridFromRows('Kinerja', dumaiRows(), formulas), opts({ writeFormulas: true }));
    expect(again.findings.filter((f) => f.code === 'rumus-di-kolom-hasil')).toEqual([]);
    const values = recalculate(gridFromRows('Kinerja', dumaiRows(), formulas), opts());
    expect(values.findings.filter((f) => f.code === 'rumus-di-kolom-hasil')).toEqual([]);
    expect(typeof plannedCells(values.plan).get(`Kinerja!H${first}`)).toBe('number');
  });

  it('falls back to values for a column holding a kept user formula, and refers to it by range', () => {
    const formulas: (string | null)[][] = dumaiRows().map(() => []);
    formulas[DUMAI_FIRST + 2] = [null, null, null, null, null, null, null, '=G7/F7*100'];
    const mixed = recalculate(gridFromRows('Kinerja', dumaiRows(), formulas), opts({ writeFormulas: true }));
    const cells = plannedCells(mixed.plan);
    expect(cells.has(`Kinerja!H${first + 2}`)).toBe(false);
    expect(typeof cells.get(`Kinerja!H${first}`)).toBe('number');
    expect(cells.get(`Kinerja!I${first}`)).toEqual({ formula: `=SAKIP.KRITERIA(H${first}:H${last})` });
  });
});

describe('Ringkasan', () => {
  const ringkasan = (grid = dumaiGrid(), lang: 'id' | 'en' = 'id') => recalculate(grid, opts({ lang })).plan.sheets.find((s) => s.sheet === 'Ringkasan') as SheetPlan;

  it('is owned and activated, with period, profile, NPS per sasaran, NP per perspective, NPSS and predikat in colour', () => {
    const s = ringkasan();
    expect([s.owned, s.activate]).toEqual([true, true]);
    const b = s.blocks[0];
    const col = (j: number) => b.values.map((r) => r[j]);
    expect(b.values[0][0]).toBe('Ringkasan Kinerja — Kinerja');
    // Labels in the Perspektif column B, numbers under NPS (D), predikat under Predikat (F).
    expect(b.values[1].slice(0, 3)).toEqual([null, 'Periode', 'TW II']);
    expect(b.values[2].slice(0, 3)).toEqual([null, 'Profil aturan', 'BPOM UPT 2024']);
    const npssRow = b.values.findIndex((r) => r[1] === 'NPSS');
    expect(Math.round((b.values[npssRow][3] as number) * 100) / 100).toBe(101.67);
    expect(b.values[npssRow][5]).toBe('Istimewa');
    expect(b.fills![npssRow][5]).toBe('#00B050');
    const header = b.values.findIndex((r) => r[0] === 'No');
    expect(b.values[header]).toEqual(['No', 'Perspektif', 'Sasaran', 'NPS', 'Batas 100', 'Predikat']);
    const sasaran = b.values.slice(header + 1, header + 11);
    expect(sasaran.map((r) => [r[1], typeof r[3] === 'number' ? Math.round(r[3] * 100) / 100 : r[3], r[4], r[5]])).toEqual([
      ['Stakeholder', 99.94, 100, 'Baik'],
      ['Stakeholder', '-', 100, '-'],
      ['Internal Process', 104.15, 100, 'Istimewa'],
      ['Internal Process', 102.34, 100, 'Istimewa'],
      ['Internal Process', 113.74, 100, 'Istimewa'],
      ['Internal Process', '-', 100, '-'],
      ['Internal Process', 100, 100, 'Baik'],
      ['Learning & Growth', 100, 100, 'Baik'],
      ['Learning & Growth', '-', 100, '-'],
      ['Learning & Growth', '-', 100, '-'],
    ]);
    // Column A holds the title and the sasaran numbers only: nothing there to cut off.
    expect(col(0).filter((v) => typeof v === 'string')).toEqual(['Ringkasan Kinerja — Kinerja', 'No']);
    const np = b.values.findIndex((r, i) => i > header && r[1] === 'Perspektif');
    expect(b.values[np]).toEqual([null, 'Perspektif', null, 'NP', null, 'Predikat']);
    expect(b.values.slice(np + 1, np + 4).map((r) => [r[1], Math.round((r[3] as number) * 100) / 100, r[5]])).toEqual([
      ['Stakeholder', 99.94, 'Baik'],
      ['Internal Process', 105.06, 'Istimewa'],
      ['Learning & Growth', 100, 'Baik'],
    ]);
    // Bar chart of NPS per sasaran with the 100s column as its line; header row included.
    expect(s.chart).toEqual({ title: 'NPS per sasaran', dataRange: `C${header + 1}:E${header + 11}`, anchor: 'H2' });
  });

  it('speaks English when asked', () => {
    const b = ringkasan(dumaiGrid(), 'en').blocks[0];
    expect(b.values[0][0]).toBe('Performance Summary — Kinerja');
    expect(b.values[1].slice(0, 3)).toEqual([null, 'Period', 'TW II']);
  });

  it.each(['=HYPERLINK("x")', '+1', '-1', '@x', '=1+1'])('keeps a sasaran named %j literal text, never a formula', (name) => {
    const grid = gridFromRows('Kinerja', [['Perspektif', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi'], [name, name, 'a', 10, 10]]);
    for (const mode of [{}, { writeFormulas: true }]) {
      const plan = recalculate(grid, opts(mode)).plan;
      const s = plan.sheets.find((x) => x.sheet === 'Ringkasan') as SheetPlan;
      const b = s.blocks[0];
      const found: [PlannedValue, string][] = [];
      b.values.forEach((r, i) => r.forEach((v, j) => (v === name ? found.push([v, b.numberFormats![i][j]]) : undefined)));
      expect(found.length).toBeGreaterThanOrEqual(3); // sasaran, its perspective, the NP table
      for (const [v, fmt] of found) {
        expect(typeof v).toBe('string');
        expect(fmt).toBe('@');
      }
      for (const v of b.values.flat()) expect(typeof v === 'object' && v !== null).toBe(false);
    }
  });

  it('never takes over a user sheet that is itself called Ringkasan', () => {
    const plan = recalculate(gridFromRows('Ringkasan', [['Indikator Kinerja', 'Target', 'Realisasi'], ['a', 1, 1]]), opts()).plan;
    expect(plan.sheets.map((s) => [s.sheet, s.owned])).toEqual([
      ['Ringkasan', false],
      ['Ringkasan SAKIP', true],
    ]);
  });
});

describe('a sheet that cannot be computed', () => {
  it('gives findings and an empty plan', () => {
    const r = recalculate(gridFromRows('Kinerja', [['Indikator Kinerja', 'Target TW I', 'Realisasi TW I'], ['a', 1, 1]]), opts());
    expect(r.plan.sheets).toEqual([]);
    expect(r.summary).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['kolom-tidak-ditemukan', 'kolom-tidak-ditemukan', 'perspektif-tidak-ada', 'sasaran-tidak-ada']);
  });
});
