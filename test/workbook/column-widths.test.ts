/** Column widths follow the content: no label of Ringkasan, the template or an appended column is cut off. */
import { BPOM_ENAM_TINGKAT, BPOM_UPT_2024, DUMAI_TW2_2024 } from '../../src/core';
import { MAX_HEIGHT_RUNS, NUMBER_FORMAT, SheetPlan, WriteBlock, columnWidthsFor, displayLength, gridFromRows, recalculate, templatePlan, wrapFor } from '../../src/workbook';
import { ShownCell, cutOff } from '../support/column-fit';
import { dumaiGrid, dumaiRows, opts } from './support';

/** The cells of a planned block as they will show. */
function shown(b: WriteBlock): ShownCell[][] {
  return b.values.map((r, i) => r.map((v, j) => ({ value: typeof v === 'object' && v !== null ? null : v, bold: b.bold?.[i]?.[j], numFmt: b.numberFormats?.[i]?.[j] })));
}

/** Cells of an owned sheet's plan cut off at its planned widths (Excel's default 8.43 where none) and wrapping. */
function cutInPlan(s: SheetPlan): string[] {
  const wrapping = { wraps: (c: number) => s.wrap?.columns.includes(c) ?? false, heightOf: (r: number) => s.wrap?.rowHeights[r] ?? 15 };
  return s.blocks.flatMap((b) => cutOff(shown(b), (c) => s.columnWidths?.[c] ?? 8.43, b.row, b.col, undefined, wrapping));
}

describe('columnWidthsFor', () => {
  it('fits a text followed by a cell, lets a text with an empty neighbour spill, always fits numbers', () => {
    const w = columnWidthsFor({ values: [['Profil aturan', 'BPOM UPT 2024'], ['Judul yang panjang sekali dan tidak dipotong', null], [123456.789, null]], numberFormats: [['General', '@'], ['General', 'General'], ['0.00', 'General']] });
    // Column A: "Profil aturan" (13) and the number 123456.79 (9); the long title spills. Column B is the last: all count.
    expect(w).toEqual({ 0: 15, 1: 15 });
  });

  it('counts bold a tenth wider, keeps to min and max, and counts texts written later', () => {
    expect(displayLength('Perspektif', true)).toBeCloseTo(11);
    expect(columnWidthsFor({ values: [['Perspektif', 'x']], bold: [[true, false]] })[0]).toBe(13);
    expect(columnWidthsFor({ values: [['a', 'b']] }, { min: 10 })).toEqual({ 0: 10, 1: 10 });
    expect(columnWidthsFor({ values: [['x'.repeat(300), 'b']] }, { max: 100 })[0]).toBe(100);
    expect(columnWidthsFor({ values: [['a', 'b']], col: 3, later: { 4: ['Tidak Dapat Disimpulkan'] } })).toEqual({ 3: 4, 4: 25 });
  });
});

describe('nothing is cut off in the planned sheets', () => {
  it.each(['id', 'en'] as const)('Ringkasan of the TW II report (%s): every label and number fits its column', (lang) => {
    const s = recalculate(dumaiGrid(), opts({ lang })).plan.sheets.find((x) => x.sheet === 'Ringkasan') as SheetPlan;
    const b = s.blocks[0];
    // The measure can fail: at the old fixed width of column A the perspective names were cut.
    expect(cutOff(shown({ ...b, values: b.values.map((r) => [r[1], ...r.slice(1)]) }), () => 6).length).toBeGreaterThan(0);
    expect(cutInPlan(s)).toEqual([]);
    // Every column has a width, computed from the texts; the report's long sasaran names wrap in a
    // column of at most 60 characters, so NPS and NPSS stay on a laptop screen beside the pane.
    expect(Object.keys(s.columnWidths!).map(Number)).toEqual([0, 1, 2, 3, 4, 5]);
    const longest = Math.max(...DUMAI_TW2_2024.map((r) => r.sasaran.length));
    expect(longest).toBeGreaterThan(60);
    expect(s.columnWidths![2]).toBeLessThanOrEqual(60);
    expect(s.wrap?.columns).toContain(2);
    // Columns A–F within ≈ 1,000 px (7 px a character): a 1366 px screen less a 330 px pane.
    const total = Object.values(s.columnWidths!).reduce((a, w) => a + w, 0);
    expect(total * 7).toBeLessThan(1000);
  });

  it('Ringkasan under another profile and with names far longer than a report prints', () => {
    const rows = dumaiRows().map((r, i) => (i >= 4 && typeof r[1] === 'string' ? [r[0], `${r[1]} dan Pemangku Kepentingan Lainnya`, ...r.slice(2)] : r));
    const s = recalculate(gridFromRows('Kinerja', rows), opts({ profile: BPOM_ENAM_TINGKAT })).plan.sheets.find((x) => x.sheet === 'Ringkasan') as SheetPlan;
    expect(cutInPlan(s)).toEqual([]);
  });

  it('Ringkasan wraps a sasaran name longer than the widest column, in a row high enough', () => {
    const long = `${DUMAI_TW2_2024[0].sasaran} `.repeat(3).trim();
    const word = 'x'.repeat(400);
    const rows = dumaiRows().map((r, i) => (i === 4 ? [r[0], r[1], long, ...r.slice(3)] : i === 5 ? [r[0], r[1], word, ...r.slice(3)] : r));
    const s = recalculate(gridFromRows('Kinerja', rows), opts()).plan.sheets.find((x) => x.sheet === 'Ringkasan') as SheetPlan;
    expect(s.wrap?.columns).toEqual([2]);
    expect(Object.values(s.wrap!.rowHeights).every((h) => h >= 30)).toBe(true);
    expect(cutInPlan(s)).toEqual([]);
    // The measure can fail: without the row heights the wrapped names do not show whole.
    expect(cutInPlan({ ...s, wrap: { columns: [2], rowHeights: {} } }).length).toBeGreaterThan(0);
  });

  it('Ringkasan prints NPS, NP and NPSS in one number format', () => {
    const s = recalculate(dumaiGrid(), opts()).plan.sheets.find((x) => x.sheet === 'Ringkasan') as SheetPlan;
    const b = s.blocks[0];
    const header = b.values.findIndex((r) => r[0] === 'No');
    const np = b.values.findIndex((r, i) => i > header && r[1] === 'Perspektif');
    const formatsOf = (pick: (r: readonly unknown[], i: number) => boolean, col: number) =>
      b.values.flatMap((r, i) => (pick(r, i) && typeof r[col] === 'number' ? [b.numberFormats![i][col]] : []));
    const nps = formatsOf((_r, i) => i > header && i < np - 1, 3);
    const npRows = formatsOf((_r, i) => i > np && i < np + 4, 3);
    const npss = formatsOf((r) => r[1] === 'NPSS', 3);
    expect([nps.length, npRows.length, npss.length]).toEqual([6, 3, 2]);
    expect(new Set([...nps, ...npRows, ...npss])).toEqual(new Set([NUMBER_FORMAT]));
  });

  it.each(['id', 'en'] as const)('the template (%s), also with the labels a run writes into it', (lang) => {
    const s = templatePlan(lang).sheets[0];
    expect(cutInPlan(s)).toEqual([]);
    // After a run under either profile, the longest kriteria and status still fit.
    for (const profile of [BPOM_UPT_2024, BPOM_ENAM_TINGKAT]) {
      for (const label of [...profile.kriteria, ...profile.status].map((band) => band.result.label)) {
        const row = [1, 'Stakeholder', 'x', 'y', 'Maksimal', 80, 76, 95, label, 80, 95, label];
        expect(cutOff([row.map((value) => ({ value, numFmt: NUMBER_FORMAT }))], (c) => s.columnWidths![c])).toEqual([]);
      }
    }
  });

  it('appended output columns fit their headers and labels', () => {
    // Target Tahunan kept, every output column gone: Capaian, Kriteria, annual capaian and Status are appended.
    const grid = gridFromRows('Kinerja', dumaiRows().map((r) => [...r.slice(0, 7), r[9]]));
    const kinerja = recalculate(grid, opts()).plan.sheets.find((x) => x.sheet === 'Kinerja') as SheetPlan;
    const cols = Object.keys(kinerja.columnWidths!).map(Number);
    expect(cols).toEqual([8, 9, 10, 11]);
    // The columns are side by side: each header and label has a neighbour.
    const cells: ShownCell[][] = [];
    for (const b of kinerja.blocks) {
      shown(b).forEach((r, i) => {
        const row = (cells[b.row + i] ??= []);
        r.forEach((c, j) => (row[b.col + j] = c));
      });
    }
    // A neighbour for the last column too (the user's next column may hold something).
    for (const row of cells) if (row) row[12] = { value: 'x' };
    const dense = Array.from({ length: cells.length }, (_, i) => Array.from({ length: 13 }, (_, j) => cells[i]?.[j]));
    expect(cutOff(dense, (c) => kinerja.columnWidths![c] ?? 100, 0, 0, new Set(cols))).toEqual([]);
  });
});

describe('row heights of a very long summary', () => {
  it('stay a few runs of equal height (one Excel call each), and still cut no name', () => {
    // 400 sasaran whose names wrap to 2, 3 or 4 lines in turn: 400 runs if each row kept its own height.
    const names = Array.from({ length: 400 }, (_, i) => `Sasaran ${i + 1} ${'meningkatnya mutu layanan publik '.repeat(2 + (i % 3) * 2)}`.trim());
    const values = names.map((n) => [n, 100]);
    const widths = columnWidthsFor({ values }, { max: 60 });
    const wrap = wrapFor({ values }, widths);
    expect(wrap).not.toBeNull();
    const rows = Object.keys(wrap!.rowHeights).map(Number).sort((a, b) => a - b);
    let runs = 0;
    rows.forEach((r, k) => {
      if (k === 0 || r !== rows[k - 1] + 1 || wrap!.rowHeights[r] !== wrap!.rowHeights[rows[k - 1]]) runs++;
    });
    expect(runs).toBeLessThanOrEqual(MAX_HEIGHT_RUNS);
    const s: SheetPlan = { sheet: 'Ringkasan', owned: true, blocks: [{ row: 0, col: 0, values }], columnWidths: widths, wrap: wrap! };
    expect(cutInPlan(s)).toEqual([]);
  });
});
