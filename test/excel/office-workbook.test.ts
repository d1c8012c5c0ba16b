/** The Office.js WorkbookPort on the simulated host: read, apply, undo, refusals, Excel's own knobs. */
import { ApplyError, PlannedValue, UndoToken, WriteBlock, WritePlan, recalculate } from '../../src/workbook';
import { ExcelAdapterError, OfficeWorkbookPort, encodeValue, placeFormulas } from '../../src/excel';
import { SimOptions, SimulatedExcel, createSimulatedExcel, simBook, simSheet, snapshotSheet, toGrid } from '../../excel-simulator';
import { DUMAI_FIRST, dumaiRows, opts } from '../workbook/support';

/** The source's TW II table on sheet Kinerja (without printed results), plus a sheet of notes. */
function dumaiSim(options: SimOptions = {}, capaianFormula = false): SimulatedExcel {
  const rows = dumaiRows(false).map((r) => [...r]) as unknown[][];
  if (capaianFormula) rows[DUMAI_FIRST][7] = { formula: '=G5/F5*100', value: 101.5 };
  const book = simBook([simSheet('Kinerja', rows as never), simSheet('Catatan', [['=bukan rumus', 'teks'], [1.5, true]])], { activeSheet: 'Catatan' });
  // The cell holding literal text "=bukan rumus" was typed behind an apostrophe.
  return createSimulatedExcel(book, options);
}

function port(sim: SimulatedExcel, extra = {}): OfficeWorkbookPort {
  return new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office, ...extra });
}

/** Everything of every sheet, for exact before/after comparisons. */
function everything(sim: SimulatedExcel) {
  return sim.book.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(sim.book, s.name), charts: s.charts.map((c) => ({ ...c })) }));
}

async function recalcPlan(p: OfficeWorkbookPort, over = {}): Promise<WritePlan> {
  const grid = await p.read('Kinerja');
  return recalculate(grid, opts({ decimalSeparator: await p.decimalSeparator(), ...over })).plan;
}

describe('OfficeWorkbookPort.read', () => {
  it('returns the used range values and formulas exactly, in row blocks of one sync each', async () => {
    const sim = dumaiSim({}, true);
    const grid = await port(sim, { readBlockRows: 4 }).read('Kinerja');
    expect(grid).toEqual(toGrid(sim.book, 'Kinerja'));
    expect(grid.formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');
    const rows = grid.values.length;
    // The first sync brings the used range's size with its first block; then the number formats
    // of the input columns, over the table's rows, in blocks of the same size (SPEC §8).
    expect(sim.stats.syncs).toBe(Math.ceil(rows / 4) + Math.ceil((rows - DUMAI_FIRST) / 4));
  });

  it('reads a small sheet in one sync (and one for its input columns\' formats), a blank sheet as empty, and a table that starts below the first block', async () => {
    const small = dumaiSim();
    expect(await port(small).read('Kinerja')).toEqual(toGrid(small.book, 'Kinerja'));
    expect(small.stats.syncs).toBe(2);
    const blank = createSimulatedExcel(simBook([simSheet('Kosong')]));
    expect(await port(blank).read('Kosong')).toEqual({ sheet: 'Kosong', top: 0, left: 0, values: [], formulas: [] });
    expect(blank.stats.syncs).toBe(1);
    const low = createSimulatedExcel(simBook([simSheet('Bawah', [...Array.from({ length: 10 }, () => []), ...Array.from({ length: 7 }, (_, i) => [null, `baris ${i}`, i])])]));
    const grid = await port(low, { readBlockRows: 4 }).read('Bawah');
    expect(grid).toEqual(toGrid(low.book, 'Bawah'));
    expect(grid.top).toBe(10);
    expect(low.stats.syncs).toBe(1 + 2);
  });

  it('reads values only, and the formulas of formula cells alone, where ExcelApi 1.9 can list them; older hosts read both per block', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Indikator ${i}`, i, i % 50 === 0 ? { formula: `=B${i + 1}*2`, value: i * 2 } : i + 0.5, 'teks panjang '.repeat(3)]);
    const grids = [];
    const bytes = [];
    for (const apiVersion of ['1.20', '1.8']) {
      const sim = createSimulatedExcel(simBook([simSheet('Data', rows as never)]), { apiVersion });
      grids.push(await port(sim).read('Data'));
      expect(grids[grids.length - 1]).toEqual(toGrid(sim.book, 'Data'));
      expect(sim.stats.syncs).toBe(1);
      bytes.push(sim.stats.responseBytes);
    }
    expect(grids[0].formulas.flat().filter((f) => f !== null)).toHaveLength(8);
    // Without the list every constant comes back twice (values and formulas).
    expect(bytes[0]).toBeLessThan(0.6 * bytes[1]);
  });

  it('reads formulas with the values when the list of formula cells is too large to come back', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => Array.from({ length: 4 }, (_, j) => ({ formula: `=ROW()*${j}+${'0'.repeat(20)}${i}`, value: i * j })));
    const sim = createSimulatedExcel(simBook([simSheet('Rumus', rows as never)]), { payloadLimit: 30_000 });
    const grid = await port(sim).read('Rumus');
    expect(grid).toEqual(toGrid(sim.book, 'Rumus'));
    expect(sim.stats.maxResponseBytes).toBeLessThanOrEqual(30_000);
    // The first try (values and the list of formula cells) was refused; the fallback was needed.
    expect(sim.stats.rejected).toBeGreaterThan(0);
  });

  it('reads literal text that starts with = as text, not as a formula', async () => {
    const sim = dumaiSim();
    const grid = await port(sim).read('Catatan');
    expect(grid.values[0][0]).toBe('=bukan rumus');
    expect(grid.formulas[0][0]).toBeNull();
  });

  it('names a missing sheet in the user language', async () => {
    const sim = dumaiSim();
    await expect(port(sim).read('Tidak Ada')).rejects.toMatchObject({ code: 'sheet-missing', message: expect.stringContaining('"Tidak Ada" tidak ada') });
  });
});

describe('OfficeWorkbookPort.apply and undo', () => {
  it('writes the recalculation, the Ringkasan sheet and its chart, and undo puts back every cell exactly', async () => {
    const sim = dumaiSim();
    const p = port(sim);
    const before = everything(sim);
    const plan = await recalcPlan(p);
    sim.stats.reset();
    const progress: [number, number][] = [];
    const token = await p.apply(plan, (d, t) => progress.push([d, t]));
    // Capaian of the first indicator (95,12 in the source, rounded for display only).
    const kinerja = snapshotSheet(sim.book, 'Kinerja');
    expect(kinerja.values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
    expect(kinerja.numberFormats[DUMAI_FIRST][7]).toBe('0.00');
    expect(kinerja.fills[DUMAI_FIRST][8]).toMatch(/^#[0-9A-F]{6}$/);
    const ringkasan = sim.book.sheets.find((s) => s.name === 'Ringkasan')!;
    expect(ringkasan.charts).toEqual([expect.objectContaining({ type: 'BarClustered', source: 'C6:E16', seriesBy: 'Columns', title: 'NPS per sasaran', anchor: 'H2' })]);
    expect(sim.book.activeSheet).toBe('Ringkasan');
    expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(token.ownedBefore).toEqual([{ sheet: 'Ringkasan', grid: null }]);

    await p.undo(token);
    expect(everything(sim)).toEqual(before);
  });

  it('clears an owned sheet that exists (charts included) and undo restores its earlier grid', async () => {
    const sim = dumaiSim();
    const p = port(sim);
    await p.apply(await recalcPlan(p));
    const before = everything(sim);
    const beforeGrid = toGrid(sim.book, 'Ringkasan');
    const token = await p.apply(await recalcPlan(p, { period: 'TW2' }));
    expect(sim.book.sheets.find((s) => s.name === 'Ringkasan')!.charts).toHaveLength(1);
    expect(token.ownedBefore[0].grid).toEqual(beforeGrid);
    await p.undo(token);
    // Values and formulas of the owned sheet come back; the chart is drawn anew by the next run.
    expect(toGrid(sim.book, 'Ringkasan')).toEqual(beforeGrid);
    expect(snapshotSheet(sim.book, 'Kinerja')).toEqual(before.find((s) => s.name === 'Kinerja')!.snap);
  });

  it('keeps a formula in the Capaian column unless overwriting was chosen', async () => {
    const kept = dumaiSim({}, true);
    const p1 = port(kept);
    await p1.apply(await recalcPlan(p1));
    expect(snapshotSheet(kept.book, 'Kinerja').formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');

    const replaced = dumaiSim({}, true);
    const p2 = port(replaced);
    const token = await p2.apply(await recalcPlan(p2, { overwriteFormulas: true }));
    const after = snapshotSheet(replaced.book, 'Kinerja');
    expect(after.formulas[DUMAI_FIRST][7]).toBeNull();
    expect(after.values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
    await p2.undo(token);
    expect(snapshotSheet(replaced.book, 'Kinerja').formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');
  });

  it('writes literal text that looks like a formula, a number or a logical value as text', async () => {
    const sim = dumaiSim();
    const texts = ['=SUM(A1)', '+62 812', '-', '@nama', "'kutip", '007', '1.500', 'TRUE', '41,21%', 'Baik'];
    const token = await port(sim).apply({ sheets: [{ sheet: 'Catatan', owned: false, blocks: [{ row: 5, col: 0, values: texts.map((t) => [t]) }] }] });
    const s = snapshotSheet(sim.book, 'Catatan', { row: 5, col: 0, rows: texts.length, cols: 1 });
    expect(s.values.map((r) => r[0])).toEqual(texts);
    expect(s.formulas.every((r) => r[0] === null)).toBe(true);
    await port(sim).undo(token);
    expect(snapshotSheet(sim.book, 'Catatan', { row: 5, col: 0, rows: texts.length, cols: 1 }).values.every((r) => r[0] === null)).toBe(true);
  });

  it('writes {formula} values as formulas and puts literal =text back as text on undo', async () => {
    const sim = dumaiSim();
    const p = port(sim);
    const before = everything(sim);
    const token = await p.apply({ sheets: [{ sheet: 'Catatan', owned: false, blocks: [{ row: 0, col: 0, values: [[{ formula: '="dihitung"' }, null]] }] }] });
    expect(snapshotSheet(sim.book, 'Catatan').formulas[0]).toEqual(['="dihitung"', null]);
    expect(snapshotSheet(sim.book, 'Catatan').values[0]).toEqual(['dihitung', null]);
    await p.undo(token);
    expect(everything(sim)).toEqual(before);
  });
});

describe('formats are sent once per rectangle, not once per cell', () => {
  const COLOURS = ['#00B050', '#92D050', '#FFC000', '#FF0000', null];
  /** 3,000 rows × 3 columns: numbers formatted 0.00, labels with a traffic-light fill, a bold flag every 10th row. */
  function formattedBlock(): WriteBlock {
    const values: PlannedValue[][] = [];
    for (let i = 0; i < 3000; i++) values.push([i / 7, ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', '-'][(i * 5 + (i >> 3)) % 5], i % 10 === 0 ? 'x' : '']);
    return {
      row: 1,
      col: 2,
      values,
      numberFormats: values.map(() => ['0.00', 'General', '@']),
      fills: values.map((_, i) => [null, COLOURS[(i * 5 + (i >> 3)) % 5], null]),
      bold: values.map((_, i) => [false, false, i % 10 === 0]),
    };
  }

  for (const apiVersion of ['1.20', '1.8']) {
    it(`sets every cell exactly and undo restores it (ExcelApi ${apiVersion}${apiVersion === '1.8' ? ': no RangeAreas, one range per rectangle' : ''})`, async () => {
      const old = Array.from({ length: 3200 }, (_, i) => [i, i % 3 ? { value: 'lama', fill: '#123456', bold: true, numberFormat: '0%' } : null, 'z']);
      const sim = createSimulatedExcel(simBook([simSheet('Data', old as never)]), { apiVersion });
      const before = everything(sim);
      const block = formattedBlock();
      const p = port(sim);
      sim.stats.reset();
      const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks: [block] }] });
      const after = snapshotSheet(sim.book, 'Data', { row: 1, col: 2, rows: 3000, cols: 3 });
      expect(after.numberFormats).toEqual(block.numberFormats);
      expect(after.fills).toEqual(block.fills);
      expect(after.bold).toEqual(block.bold);
      expect(sim.stats.rejected).toBe(0);
      // The values alone, as JSON, are the floor; formats per rectangle add a little to it.
      const floor = JSON.stringify(block.values.map((r) => r.map((v) => encodeValue(v)))).length;
      if (apiVersion === '1.20') expect(sim.stats.requestBytes).toBeLessThan(1.6 * floor);
      await p.undo(token);
      expect(everything(sim)).toEqual(before);
    });
  }
});

describe('blocks shaped any way the plan likes', () => {
  const COLOURS = ['#00B050', '#92D050', null];

  it('two blocks sharing one formats array each get their own rows', async () => {
    const numberFormats = Array.from({ length: 10 }, (_, i) => [i % 3 ? '0.00' : '0%']);
    const fills = Array.from({ length: 10 }, (_, i) => [COLOURS[i % 3]]);
    const bold = Array.from({ length: 10 }, (_, i) => [i % 4 === 0]);
    const values = Array.from({ length: 10 }, (_, i) => [i]);
    const sim = createSimulatedExcel(simBook([simSheet('Data', [['a']])]));
    const before = everything(sim);
    const p = port(sim);
    const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks: [{ row: 1, col: 0, values, numberFormats, fills, bold }, { row: 40, col: 3, values, numberFormats, fills, bold }] }] });
    for (const [row, col] of [[1, 0], [40, 3]]) {
      const got = snapshotSheet(sim.book, 'Data', { row, col, rows: 10, cols: 1 });
      expect(got.numberFormats).toEqual(numberFormats);
      expect(got.fills).toEqual(fills);
      expect(got.bold).toEqual(bold);
    }
    await p.undo(token);
    expect(everything(sim)).toEqual(before);
  });

  it('3,000 blocks split by blank rows, some filled: written in order and undone exactly', async () => {
    const blocks: WriteBlock[] = Array.from({ length: 3000 }, (_, i) =>
      i % 2 ? { row: i * 2, col: 7, values: [[i, 'Baik']] } : { row: i * 2, col: 7, values: [[i, 'Cukup']], fills: [[null, COLOURS[i % 3]]], bold: [[true, false]] },
    );
    const old = Array.from({ length: 6000 }, (_, i) => [i, null, null, null, null, null, null, i % 5 ? { value: 'lama', fill: '#123456' } : null]);
    const sim = createSimulatedExcel(simBook([simSheet('Data', old as never)]));
    const before = everything(sim);
    const p = port(sim, { maxRequestBytes: 20_000 });
    const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks }] });
    for (const b of [blocks[0], blocks[1], blocks[2998], blocks[2999]]) {
      const got = snapshotSheet(sim.book, 'Data', { row: b.row, col: 7, rows: 1, cols: 2 });
      expect(got.values).toEqual(b.values);
      if (b.fills) expect(got.fills).toEqual(b.fills);
    }
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(20_000);
    await p.undo(token);
    expect(everything(sim)).toEqual(before);
  });

  for (const apiVersion of ['1.20', '1.8']) {
    it(`no write sync sends more than maxRequestBytes, however a block's format rectangles are cut (ExcelApi ${apiVersion})`, async () => {
      // Long runs of one format crossing every chunk boundary, a column of per-cell formats, and short fills.
      const values: PlannedValue[][] = Array.from({ length: 4000 }, (_, i) => [i / 3, i % 2 ? 'Baik' : 'Cukup', 'x', 'y']);
      const block: WriteBlock = {
        row: 3,
        col: 1,
        values,
        numberFormats: values.map((_, i) => ['0.00', i % 2 ? '@' : 'General', i < 2000 ? '0%' : '0.0', '0.000']),
        fills: values.map((_, i) => [null, COLOURS[i % 3], i < 3000 ? '#FFC000' : null, '#FF0000']),
        bold: values.map((_, i) => [i % 7 === 0, false, true, i > 100]),
      };
      for (const maxRequestBytes of [25_000, 60_000, 200_000]) {
        const sim = createSimulatedExcel(simBook([simSheet('Data', [['a']])]), { apiVersion });
        sim.stats.reset();
        await port(sim, { maxRequestBytes }).apply({ sheets: [{ sheet: 'Data', owned: false, blocks: [block] }] });
        expect(sim.stats.rejected).toBe(0);
        expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(maxRequestBytes);
        const got = snapshotSheet(sim.book, 'Data', { row: 3, col: 1, rows: 4000, cols: 4 });
        expect(got.numberFormats).toEqual(block.numberFormats);
        expect(got.fills).toEqual(block.fills);
        expect(got.bold).toEqual(block.bold);
      }
    });
  }
});

describe('placeFormulas', () => {
  it('puts listed formulas in their rows and skips cells outside what was read', () => {
    const shared = Object.freeze([null, null, null]) as unknown as (string | null)[];
    const formulas = [shared, shared, shared];
    const areas = {
      items: [
        { rowIndex: 10, columnIndex: 4, formulas: [['=A1'], ['=A2']] },
        // Above, below, left and right of the three rows and columns read from E11.
        { rowIndex: 9, columnIndex: 4, formulas: [['=X']] },
        { rowIndex: 13, columnIndex: 4, formulas: [['=Y']] },
        { rowIndex: 12, columnIndex: 3, formulas: [['=Z', '=B3', 'teks', '=C3']] },
      ],
    };
    placeFormulas(areas as unknown as Excel.RangeCollection, formulas, 10, 4, 3);
    expect(formulas).toEqual([
      ['=A1', null, null],
      ['=A2', null, null],
      ['=B3', null, '=C3'],
    ]);
    // The shared row was copied before writing, never written into.
    expect(shared).toEqual([null, null, null]);
  });
});

describe('refusals change nothing', () => {
  it('a protected sheet gives a clear Indonesian message after one read-only sync', async () => {
    const sim = dumaiSim();
    const p = port(sim);
    const plan = await recalcPlan(p);
    sim.book.sheets[0].protected = true;
    const before = everything(sim);
    sim.stats.reset();
    await expect(p.apply(plan)).rejects.toMatchObject({ code: 'sheet-protected', message: expect.stringContaining('Lembar "Kinerja" diproteksi') });
    expect(everything(sim)).toEqual(before);
    expect(sim.stats.syncs).toBe(1);
  });

  it('speaks English when Office does', async () => {
    const sim = dumaiSim({ displayLanguage: 'en-US' });
    const p = port(sim);
    const plan = await recalcPlan(p);
    sim.book.sheets[0].protected = true;
    await expect(p.apply(plan)).rejects.toThrow('The sheet "Kinerja" is protected, so nothing was changed');
  });

  it('cell-edit mode gives a clear message', async () => {
    const sim = dumaiSim();
    const p = port(sim);
    const plan = await recalcPlan(p);
    sim.book.cellEditMode = true;
    const before = everything(sim);
    const error = await p.apply(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).message).toMatch(/Excel sedang menyunting sebuah sel.*Tidak ada yang diubah/);
    expect(everything(sim)).toEqual(before);
    await expect(p.read('Kinerja')).rejects.toMatchObject({ code: 'cell-edit-mode' });
  });
});

describe('an interrupted apply', () => {
  it('throws ApplyError at whichever sync fails, and its token restores the workbook exactly', async () => {
    // Small requests make many chunks, so every position of the failure is tried.
    const probe = dumaiSim();
    const plan = await recalcPlan(port(probe));
    probe.stats.reset();
    await port(probe, { maxRequestBytes: 4000 }).apply(plan);
    const syncs = probe.stats.syncs;
    expect(syncs).toBeGreaterThan(4);

    for (let k = 2; k <= syncs; k++) {
      const sim = dumaiSim();
      const p = port(sim, { maxRequestBytes: 4000 });
      const before = everything(sim);
      sim.stats.reset();
      sim.options.failOnSync = k;
      const error = await p.apply(plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApplyError);
      expect((error as ApplyError).message).toContain('Batalkan');
      sim.options.failOnSync = undefined;
      await p.undo((error as ApplyError).token as UndoToken);
      expect(everything(sim)).toEqual(before);
    }
  });

  it('a failed first sync is a refusal, not a torn write', async () => {
    const sim = dumaiSim();
    const p = port(sim);
    const plan = await recalcPlan(p);
    const before = everything(sim);
    sim.stats.reset();
    sim.options.failOnSync = 1;
    await expect(p.apply(plan)).rejects.toBeInstanceOf(ExcelAdapterError);
    expect(everything(sim)).toEqual(before);
  });

  it('recovers when a snapshot is too large to come back in one response', async () => {
    // Long old texts in the output columns: what is overwritten weighs far more than what is written.
    const sim = dumaiSim({ payloadLimit: 20_000 });
    const p = port(sim, { maxRequestBytes: 8_000 });
    const plan = await recalcPlan(p);
    const kinerja = sim.book.sheets[0];
    for (let r = DUMAI_FIRST; r < DUMAI_FIRST + 25; r++) for (const c of [7, 8, 10, 11]) kinerja.rows[r][c] = { value: `catatan lama ${'x'.repeat(600)}` };
    const before = everything(sim);
    sim.stats.reset();
    const token = await p.apply(plan);
    expect(sim.stats.rejected).toBeGreaterThan(0);
    expect(sim.stats.maxResponseBytes).toBeLessThanOrEqual(20_000);
    expect(snapshotSheet(sim.book, 'Kinerja').values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
    await p.undo(token);
    expect(everything(sim)).toEqual(before);
  });
});

describe("Excel's own knobs", () => {
  it('asks for one undo step (mergeUndoGroup) only where ExcelApi 1.20 is supported', async () => {
    for (const [apiVersion, merged] of [
      ['1.20', true],
      ['1.19', false],
    ] as const) {
      const sim = dumaiSim({ apiVersion });
      const p = port(sim);
      const plan = await recalcPlan(p);
      sim.stats.reset();
      const token = await p.apply(plan);
      await p.undo(token);
      expect(sim.stats.runOptions.map((o) => o.mergeUndoGroup === true)).toEqual([merged, merged]);
    }
  });

  it('reads the decimal separator from the workbook culture, falling back to a comma', async () => {
    const dot = createSimulatedExcel(simBook([simSheet('A')], { decimalSeparator: '.' }));
    expect(await port(dot).decimalSeparator()).toBe('.');
    const comma = createSimulatedExcel(simBook([simSheet('A')], { decimalSeparator: ',' }));
    expect(await port(comma).decimalSeparator()).toBe(',');
    const old = createSimulatedExcel(simBook([simSheet('A')], { decimalSeparator: '.' }), { apiVersion: '1.10' });
    expect(await port(old).decimalSeparator()).toBe(',');
    expect(old.stats.syncs).toBe(0);
  });

  it('select activates the sheet and selects the cell', async () => {
    const sim = dumaiSim();
    await port(sim).select('Kinerja', 'F12');
    expect(sim.book.activeSheet).toBe('Kinerja');
    expect(sim.book.selection).toEqual({ sheet: 'Kinerja', address: 'F12' });
  });

  it('lists the sheets', async () => {
    expect(await port(dumaiSim()).sheets()).toEqual(['Kinerja', 'Catatan']);
  });
});
