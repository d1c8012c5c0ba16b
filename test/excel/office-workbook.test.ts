/**
 * The Office.js WorkbookPort on Microsoft's real Excel client library and the wire host: read,
 * apply, undo, refusals, Excel's own knobs. Byte and sync figures are the real requests'; the
 * tests assert properties (no request over the budget, the cleanup included; the undo snapshot
 * of each chunk read before that chunk is written; undo exact after a failure at any request).
 */
import { ApplyError, PlannedValue, UndoToken, WriteBlock, WritePlan, recalculate } from '../../src/workbook';
import { ExcelAdapterError, OfficeWorkbookPort, encodeValue, placeFormulas } from '../../src/excel';
import { SimBook, simBook, simSheet, snapshotSheet, toGrid } from '../../excel-simulator';
import { LoadedClient } from '../../excel-simulator/load-client';
import { WireHostOptions } from '../../excel-simulator/wire-host';
import { overBudget, settle, sharedClient, writesWithoutSnapshot } from '../support/real-client';
import { DUMAI_FIRST, dumaiRows, opts } from '../workbook/support';

/** The default request budget of the adapter (4 MB). */
const FOUR_MB = 4 * 1024 * 1024;

/** The source's TW II table on sheet Kinerja (without printed results), plus a sheet of notes. */
function dumaiBook(capaianFormula = false): SimBook {
  const rows = dumaiRows(false).map((r) => [...r]) as unknown[][];
  if (capaianFormula) rows[DUMAI_FIRST][7] = { formula: '=G5/F5*100', value: 101.5 };
  // The cell holding literal text "=bukan rumus" was typed behind an apostrophe.
  return simBook([simSheet('Kinerja', rows as never), simSheet('Catatan', [['=bukan rumus', 'teks'], [1.5, true]])], { activeSheet: 'Catatan' });
}

/** One loaded client for the whole file; each test puts its own workbook behind it. */
const shared = sharedClient();
const dumai = (options: WireHostOptions = {}, capaianFormula = false) => shared.use(dumaiBook(capaianFormula), options);

function port(c: LoadedClient, extra = {}): OfficeWorkbookPort {
  return new OfficeWorkbookPort({ excel: c.Excel, office: c.Office, ...extra });
}

/** Everything of every sheet, for exact before/after comparisons. */
function everything(c: LoadedClient) {
  const book = c.host.book;
  return book.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(book, s.name), charts: s.charts.map((ch) => ({ ...ch })) }));
}

async function recalcPlan(p: OfficeWorkbookPort, over = {}): Promise<WritePlan> {
  const grid = await p.read('Kinerja');
  return recalculate(grid, opts({ decimalSeparator: await p.decimalSeparator(), ...over })).plan;
}

/** Requests the host refused or failed for a payload over its limit. */
const refused = (c: LoadedClient) => c.host.stats.requests.filter((r) => r.error === 'RequestPayloadSizeLimitExceeded' || r.error === 'ResponsePayloadSizeLimitExceeded').length;

describe('OfficeWorkbookPort.read', () => {
  it('returns the used range values and formulas exactly, no read block over readBlockRows', async () => {
    const c = await dumai({}, true);
    const grid = await port(c, { readBlockRows: 4 }).read('Kinerja');
    expect(grid).toEqual(toGrid(c.host.book, 'Kinerja'));
    expect(grid.formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');
    // Every cell read (values and formulas, then the input columns' number formats, SPEC §8) came in blocks of at most 4 rows.
    const reads = c.host.stats.requests.flatMap((r) => r.reads);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((r) => r.rows > 4)).toEqual([]);
    expect(c.host.stats.requests.every((r) => r.writes.length === 0)).toBe(true);
  });

  it('reads a small sheet in at most two round trips (values, then the input columns\' formats), a blank sheet as empty, and a table that starts below the first block', async () => {
    const small = await dumai();
    expect(await port(small).read('Kinerja')).toEqual(toGrid(small.host.book, 'Kinerja'));
    expect(small.host.stats.syncs).toBeLessThanOrEqual(2);
    const blank = await shared.use(simBook([simSheet('Kosong')]));
    expect(await port(blank).read('Kosong')).toEqual({ sheet: 'Kosong', top: 0, left: 0, values: [], formulas: [] });
    expect(blank.host.stats.syncs).toBeLessThanOrEqual(1);
    const low = await shared.use(simBook([simSheet('Bawah', [...Array.from({ length: 10 }, () => []), ...Array.from({ length: 7 }, (_, i) => [null, `baris ${i}`, i])])]));
    const grid = await port(low, { readBlockRows: 4 }).read('Bawah');
    expect(grid).toEqual(toGrid(low.host.book, 'Bawah'));
    expect(grid.top).toBe(10);
  });

  it('reads values only, and the formulas of formula cells alone (listed by ExcelApi 1.9, the minimum): not every constant twice', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Indikator ${i}`, i, i % 50 === 0 ? { formula: `=B${i + 1}*2`, value: i * 2 } : i + 0.5, 'teks panjang '.repeat(3)]);
    for (const apiVersion of ['1.20', '1.9']) {
      const c = await shared.use(simBook([simSheet('Data', rows as never)]), { apiVersion });
      const grid = await port(c).read('Data');
      expect(grid).toEqual(toGrid(c.host.book, 'Data'));
      expect(grid.formulas.flat().filter((f) => f !== null)).toHaveLength(8);
      expect(c.host.stats.syncs).toBeLessThanOrEqual(1);
      // Values and formulas of every cell would send each constant twice: the real response stays
      // well under twice the values' own JSON.
      expect(c.host.stats.responseBytes).toBeLessThan(1.5 * JSON.stringify(grid.values).length);
    }
  });

  it('reads formulas with the values when the list of formula cells is too large to come back', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => Array.from({ length: 4 }, (_, j) => ({ formula: `=ROW()*${j}+${'0'.repeat(20)}${i}`, value: i * j })));
    const c = await shared.use(simBook([simSheet('Rumus', rows as never)]), { payloadLimit: 30_000 });
    const grid = await port(c).read('Rumus');
    expect(grid).toEqual(toGrid(c.host.book, 'Rumus'));
    expect(c.host.stats.maxResponseBytes).toBeLessThanOrEqual(30_000);
    // The first try (values and the list of formula cells) was refused; the fallback was needed.
    expect(refused(c)).toBeGreaterThan(0);
  });

  it('reads literal text that starts with = as text, not as a formula', async () => {
    const grid = await port(await dumai()).read('Catatan');
    expect(grid.values[0][0]).toBe('=bukan rumus');
    expect(grid.formulas[0][0]).toBeNull();
  });

  it('names a missing sheet in the user language', async () => {
    await expect(port(await dumai()).read('Tidak Ada')).rejects.toMatchObject({ code: 'sheet-missing', message: expect.stringContaining('"Tidak Ada" tidak ada') });
  });
});

describe('OfficeWorkbookPort.apply and undo', () => {
  for (const apiVersion of ['1.20']) {
    it(`writes the recalculation, the Ringkasan sheet and its chart, and undo puts back every cell exactly (ExcelApi ${apiVersion})`, async () => {
      const c = await dumai({ apiVersion });
      const p = port(c);
      const before = everything(c);
      const plan = await recalcPlan(p);
      c.host.reset();
      const progress: [number, number][] = [];
      const token = await p.apply(plan, (d, t) => progress.push([d, t]));
      // Capaian of the first indicator (95,12 in the source, rounded for display only).
      const kinerja = snapshotSheet(c.host.book, 'Kinerja');
      expect(kinerja.values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
      expect(kinerja.numberFormats[DUMAI_FIRST][7]).toBe('0.00');
      expect(kinerja.fills[DUMAI_FIRST][8]).toMatch(/^#[0-9A-F]{6}$/);
      const ringkasan = c.host.book.sheets.find((s) => s.name === 'Ringkasan')!;
      expect(ringkasan.charts).toEqual([expect.objectContaining({ type: 'BarClustered', source: 'C6:E16', seriesBy: 'Columns', title: 'NPS per sasaran', anchor: 'H2' })]);
      expect(c.host.book.activeSheet).toBe('Ringkasan');
      expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
      expect(token.ownedBefore).toEqual([{ sheet: 'Ringkasan', grid: null }]);
      await settle();
      expect(overBudget(c.host.stats.requests, FOUR_MB)).toEqual([]);
      expect(writesWithoutSnapshot(c.host.stats.requests, ['Ringkasan'])).toEqual([]);

      await p.undo(token);
      expect(everything(c)).toEqual(before);
    });
  }

  it('clears an owned sheet that exists (charts included) and undo restores its earlier grid', async () => {
    const c = await dumai();
    const p = port(c);
    await p.apply(await recalcPlan(p));
    const before = everything(c);
    const beforeGrid = toGrid(c.host.book, 'Ringkasan');
    const token = await p.apply(await recalcPlan(p, { period: 'TW2' }));
    expect(c.host.book.sheets.find((s) => s.name === 'Ringkasan')!.charts).toHaveLength(1);
    expect(token.ownedBefore[0].grid).toEqual(beforeGrid);
    await p.undo(token);
    // Values and formulas of the owned sheet come back; the chart is drawn anew by the next run.
    expect(toGrid(c.host.book, 'Ringkasan')).toEqual(beforeGrid);
    expect(snapshotSheet(c.host.book, 'Kinerja')).toEqual(before.find((s) => s.name === 'Kinerja')!.snap);
  });

  it('keeps a formula in the Capaian column unless overwriting was chosen', async () => {
    const kept = await dumai({}, true);
    const p1 = port(kept);
    await p1.apply(await recalcPlan(p1));
    expect(snapshotSheet(kept.host.book, 'Kinerja').formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');

    const replaced = await dumai({}, true);
    const p2 = port(replaced);
    const token = await p2.apply(await recalcPlan(p2, { overwriteFormulas: true }));
    const after = snapshotSheet(replaced.host.book, 'Kinerja');
    expect(after.formulas[DUMAI_FIRST][7]).toBeNull();
    expect(after.values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
    await p2.undo(token);
    expect(snapshotSheet(replaced.host.book, 'Kinerja').formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');
  });

  it('writes literal text that looks like a formula, a number or a logical value as text', async () => {
    const c = await dumai();
    const texts = ['=SUM(A1)', '+62 812', '-', '@nama', "'kutip", '007', '1.500', 'TRUE', '41,21%', 'Baik'];
    const token = await port(c).apply({ sheets: [{ sheet: 'Catatan', owned: false, blocks: [{ row: 5, col: 0, values: texts.map((t) => [t]) }] }] });
    const s = snapshotSheet(c.host.book, 'Catatan', { row: 5, col: 0, rows: texts.length, cols: 1 });
    expect(s.values.map((r) => r[0])).toEqual(texts);
    expect(s.formulas.every((r) => r[0] === null)).toBe(true);
    await port(c).undo(token);
    expect(snapshotSheet(c.host.book, 'Catatan', { row: 5, col: 0, rows: texts.length, cols: 1 }).values.every((r) => r[0] === null)).toBe(true);
  });

  it('writes {formula} values as formulas and puts literal =text back as text on undo', async () => {
    const c = await dumai();
    const p = port(c);
    const before = everything(c);
    const token = await p.apply({ sheets: [{ sheet: 'Catatan', owned: false, blocks: [{ row: 0, col: 0, values: [[{ formula: '="dihitung"' }, null]] }] }] });
    expect(snapshotSheet(c.host.book, 'Catatan').formulas[0]).toEqual(['="dihitung"', null]);
    expect(snapshotSheet(c.host.book, 'Catatan').values[0]).toEqual(['dihitung', null]);
    await p.undo(token);
    expect(everything(c)).toEqual(before);
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

  for (const apiVersion of ['1.20', '1.9']) {
    it(`sets every cell exactly and undo restores it (ExcelApi ${apiVersion})`, async () => {
      const old = Array.from({ length: 3200 }, (_, i) => [i, i % 3 ? { value: 'lama', fill: '#123456', bold: true, numberFormat: '0%' } : null, 'z']);
      const c = await shared.use(simBook([simSheet('Data', old as never)]), { apiVersion });
      const before = everything(c);
      const block = formattedBlock();
      const p = port(c);
      const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks: [block] }] });
      const after = snapshotSheet(c.host.book, 'Data', { row: 1, col: 2, rows: 3000, cols: 3 });
      expect(after.numberFormats).toEqual(block.numberFormats);
      expect(after.fills).toEqual(block.fills);
      expect(after.bold).toEqual(block.bold);
      expect(refused(c)).toBe(0);
      await settle();
      expect(writesWithoutSnapshot(c.host.stats.requests)).toEqual([]);
      // The values alone, as JSON, are the floor; formats per rectangle add a little to it (the real requests' bytes, the cleanup included).
      const floor = JSON.stringify(block.values.map((r) => r.map((v) => encodeValue(v)))).length;
      if (apiVersion === '1.20') expect(c.host.stats.requestBytes).toBeLessThan(1.6 * floor);
      await p.undo(token);
      expect(everything(c)).toEqual(before);
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
    const c = await shared.use(simBook([simSheet('Data', [['a']])]));
    const before = everything(c);
    const p = port(c);
    const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks: [{ row: 1, col: 0, values, numberFormats, fills, bold }, { row: 40, col: 3, values, numberFormats, fills, bold }] }] });
    for (const [row, col] of [[1, 0], [40, 3]]) {
      const got = snapshotSheet(c.host.book, 'Data', { row, col, rows: 10, cols: 1 });
      expect(got.numberFormats).toEqual(numberFormats);
      expect(got.fills).toEqual(fills);
      expect(got.bold).toEqual(bold);
    }
    expect(writesWithoutSnapshot(c.host.stats.requests)).toEqual([]);
    await p.undo(token);
    expect(everything(c)).toEqual(before);
  });

  it('3,000 blocks split by blank rows, some filled: written in order, no request over a 20 kB budget (the cleanup included), and undone exactly', async () => {
    const blocks: WriteBlock[] = Array.from({ length: 3000 }, (_, i) =>
      i % 2 ? { row: i * 2, col: 7, values: [[i, 'Baik']] } : { row: i * 2, col: 7, values: [[i, 'Cukup']], fills: [[null, COLOURS[i % 3]]], bold: [[true, false]] },
    );
    const old = Array.from({ length: 6000 }, (_, i) => [i, null, null, null, null, null, null, i % 5 ? { value: 'lama', fill: '#123456' } : null]);
    const c = await shared.use(simBook([simSheet('Data', old as never)]));
    const before = everything(c);
    const p = port(c, { maxRequestBytes: 20_000 });
    const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks }] });
    for (const b of [blocks[0], blocks[1], blocks[2998], blocks[2999]]) {
      const got = snapshotSheet(c.host.book, 'Data', { row: b.row, col: 7, rows: 1, cols: 2 });
      expect(got.values).toEqual(b.values);
      if (b.fills) expect(got.fills).toEqual(b.fills);
    }
    await settle();
    const requests = c.host.stats.requests;
    expect(writesWithoutSnapshot(requests)).toEqual([]);
    expect(overBudget(requests, 20_000)).toEqual([]);
    await p.undo(token);
    expect(everything(c)).toEqual(before);
  });

  for (const apiVersion of ['1.20', '1.9']) {
    it(`no request sends more than maxRequestBytes, the cleanup included, however a block's format rectangles are cut (ExcelApi ${apiVersion})`, async () => {
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
      const over: string[] = [];
      for (const maxRequestBytes of [25_000, 60_000, 200_000]) {
        const c = await shared.use(simBook([simSheet('Data', [['a']])]), { apiVersion });
        await port(c, { maxRequestBytes }).apply({ sheets: [{ sheet: 'Data', owned: false, blocks: [block] }] });
        await settle();
        expect(refused(c)).toBe(0);
        expect(writesWithoutSnapshot(c.host.stats.requests)).toEqual([]);
        over.push(...overBudget(c.host.stats.requests, maxRequestBytes).slice(0, 3));
        const got = snapshotSheet(c.host.book, 'Data', { row: 3, col: 1, rows: 4000, cols: 4 });
        expect(got.numberFormats).toEqual(block.numberFormats);
        expect(got.fills).toEqual(block.fills);
        expect(got.bold).toEqual(block.bold);
      }
      expect(over).toEqual([]);
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
  it('a protected sheet gives a clear Indonesian message, and no request writes anything', async () => {
    const c = await dumai();
    const p = port(c);
    const plan = await recalcPlan(p);
    c.host.book.sheets[0].protected = true;
    const before = everything(c);
    c.host.reset();
    await expect(p.apply(plan)).rejects.toMatchObject({ code: 'sheet-protected', message: expect.stringContaining('Lembar "Kinerja" diproteksi') });
    expect(everything(c)).toEqual(before);
    await settle();
    expect(c.host.stats.requests.flatMap((r) => r.writes)).toEqual([]);
  });

  it('speaks English when Office does', async () => {
    const book = dumaiBook();
    const c = await shared.use(book);
    const p = new OfficeWorkbookPort({ excel: c.Excel, office: { context: { ...c.Office.context, displayLanguage: 'en-US' } } });
    const plan = await recalcPlan(p);
    c.host.book.sheets[0].protected = true;
    await expect(p.apply(plan)).rejects.toThrow('The sheet "Kinerja" is protected, so nothing was changed');
  });

  it('cell-edit mode gives a clear message', async () => {
    const c = await dumai();
    const p = port(c);
    const plan = await recalcPlan(p);
    c.host.book.cellEditMode = true;
    const before = everything(c);
    const error = await p.apply(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).message).toMatch(/Excel sedang menyunting sebuah sel.*Tidak ada yang diubah/);
    expect(everything(c)).toEqual(before);
    await expect(p.read('Kinerja')).rejects.toMatchObject({ code: 'cell-edit-mode' });
  });
});

describe('an interrupted apply', () => {
  it('at whichever request fails (a cleanup, were there one, included): ApplyError (or, for a cleanup, success), and the token restores the workbook exactly', async () => {
    // Small requests make many chunks, so every position of the failure is tried.
    const probe = await dumai();
    const plan = await recalcPlan(port(probe));
    probe.host.reset();
    await port(probe, { maxRequestBytes: 4000 }).apply(plan);
    await settle();
    const requests = probe.host.stats.requests.length;
    const cleanups = probe.host.stats.requests.filter((r) => r.cleanup).map((r) => r.index);
    expect(requests).toBeGreaterThan(4);
    // The adapter untracks every range it makes: the client keeps no reference, so no cleanup
    // request follows the run (a kept reference would add one, not waited for, per Excel.run).
    expect(cleanups).toEqual([]);

    for (let k = 2; k <= requests; k++) {
      const c = await dumai({ failOnRequest: k });
      const p = port(c, { maxRequestBytes: 4000 });
      const before = everything(c);
      const outcome = await p.apply(plan).catch((e: unknown) => e);
      let token: UndoToken;
      if (cleanups.includes(k)) {
        // The client sends its cleanup without waiting for it: every write landed, apply succeeds.
        expect(outcome).not.toBeInstanceOf(Error);
        token = outcome as UndoToken;
        await settle();
        expect(c.host.stats.requests.find((r) => r.cleanup)?.error).toBe('GeneralException');
      } else {
        expect({ k, error: outcome }).toEqual({ k, error: expect.any(ApplyError) });
        // What happened, with Excel's reason once; the pane adds what to do (Batalkan).
        expect((outcome as ApplyError).message).toMatch(/^Excel menghentikan penulisan \(GeneralException: Simulated failure of request \d+ /);
        token = (outcome as ApplyError).token as UndoToken;
      }
      c.host.options.failOnRequest = undefined;
      await p.undo(token);
      expect({ k, sheets: everything(c) }).toEqual({ k, sheets: before });
    }
  });

  it('a failed first request is a refusal, not a torn write', async () => {
    const c = await dumai();
    const p = port(c);
    const plan = await recalcPlan(p);
    const before = everything(c);
    await settle();
    c.host.reset();
    c.host.options.failOnRequest = 1;
    await expect(p.apply(plan)).rejects.toBeInstanceOf(ExcelAdapterError);
    expect(everything(c)).toEqual(before);
  });

  it('recovers when a snapshot is too large to come back in one response', async () => {
    // Long old texts in the output columns: what is overwritten weighs far more than what is written.
    const c = await dumai({ payloadLimit: 20_000 });
    const p = port(c, { maxRequestBytes: 8_000 });
    const plan = await recalcPlan(p);
    const kinerja = c.host.book.sheets[0];
    for (let r = DUMAI_FIRST; r < DUMAI_FIRST + 25; r++) for (const col of [7, 8, 10, 11]) kinerja.rows[r][col] = { value: `catatan lama ${'x'.repeat(600)}` };
    const before = everything(c);
    c.host.reset();
    const token = await p.apply(plan);
    expect(refused(c)).toBeGreaterThan(0);
    expect(c.host.stats.maxResponseBytes).toBeLessThanOrEqual(20_000);
    expect(snapshotSheet(c.host.book, 'Kinerja').values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
    await settle();
    expect(writesWithoutSnapshot(c.host.stats.requests, ['Ringkasan'])).toEqual([]);
    await p.undo(token);
    expect(everything(c)).toEqual(before);
  });
});

describe("Excel's own knobs", () => {
  it('asks for one undo step (mergeUndoGroup) only where ExcelApi 1.20 is supported; the client may ignore it, and the add-in\'s own undo works either way', async () => {
    for (const [apiVersion, merged] of [
      ['1.20', true],
      ['1.19', false],
    ] as const) {
      const c = await dumai({ apiVersion });
      const p = port(c);
      const plan = await recalcPlan(p);
      const before = everything(c);
      const run = jest.spyOn(c.Excel, 'run');
      try {
        const token = await p.apply(plan);
        await p.undo(token);
        const asked = run.mock.calls.map((args) => typeof args[0] === 'object' && (args[0] as { mergeUndoGroup?: boolean }).mergeUndoGroup === true);
        expect(asked).toEqual([merged, merged]);
      } finally {
        run.mockRestore();
      }
      expect(everything(c)).toEqual(before);
    }
  });

  it('reads the decimal separator from the workbook culture, falling back to a comma without asking an older host', async () => {
    const dot = await shared.use(simBook([simSheet('A')], { decimalSeparator: '.' }));
    expect(await port(dot).decimalSeparator()).toBe('.');
    const comma = await shared.use(simBook([simSheet('A')], { decimalSeparator: ',' }));
    expect(await port(comma).decimalSeparator()).toBe(',');
    const old = await shared.use(simBook([simSheet('A')], { decimalSeparator: '.' }), { apiVersion: '1.10' });
    expect(await port(old).decimalSeparator()).toBe(',');
    expect(old.host.stats.requests).toEqual([]);
  });

  it('select activates the sheet and selects the cell', async () => {
    const c = await dumai();
    await port(c).select('Kinerja', 'F12');
    expect(c.host.book.activeSheet).toBe('Kinerja');
    expect(c.host.book.selection).toEqual({ sheet: 'Kinerja', address: 'F12' });
  });

  it('lists the sheets', async () => {
    expect(await port(await dumai()).sheets()).toEqual(['Kinerja', 'Catatan']);
  });
});
