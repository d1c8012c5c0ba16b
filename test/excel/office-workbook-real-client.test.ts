/**
 * The adapter's key flows (office-workbook.test.ts) through Microsoft's real Excel client
 * library and the wire host: read, apply a WritePlan, undo exactly; a host below the adapter's
 * ExcelApi minimum refused in the adapter's words; no request over the budget, the end-of-run
 * cleanup included; a failure after every write landed reported as success with a note.
 */
import path from 'path';
import { ApplyError, UndoToken, WriteBlock, WritePlan, recalculate } from '../../src/workbook';
import { AppliedToken, ExcelAdapterError, ExcelHost, OfficeWorkbookPort } from '../../src/excel';
import { SimBook, simBook, simSheet, snapshotSheet, toGrid } from '../../excel-simulator';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { ClientOptions, LoadedClient, loadExcelClient } from '../../excel-simulator/load-client';
import { DUMAI_FIRST, dumaiRows, opts } from '../workbook/support';

const loaded: LoadedClient[] = [];
afterEach(() => loaded.splice(0).forEach((c) => c.close()));

function real(book: SimBook, options: ClientOptions = {}): LoadedClient {
  const c = loadExcelClient(book, options);
  loaded.push(c);
  return c;
}

/** The source's TW II table on sheet Kinerja, plus a sheet of notes (as office-workbook.test.ts). */
function dumaiBook(capaianFormula = false): SimBook {
  const rows = dumaiRows(false).map((r) => [...r]) as unknown[][];
  if (capaianFormula) rows[DUMAI_FIRST][7] = { formula: '=G5/F5*100', value: 101.5 };
  return simBook([simSheet('Kinerja', rows as never), simSheet('Catatan', [['=bukan rumus', 'teks'], [1.5, true]])], { activeSheet: 'Catatan' });
}

function port(c: LoadedClient, extra = {}): OfficeWorkbookPort {
  return new OfficeWorkbookPort({ excel: c.Excel, office: c.Office, ...extra });
}

function everything(book: SimBook) {
  return book.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(book, s.name), charts: s.charts.map((c) => ({ ...c })) }));
}

async function recalcPlan(p: OfficeWorkbookPort, over = {}): Promise<WritePlan> {
  const grid = await p.read('Kinerja');
  return recalculate(grid, opts({ decimalSeparator: await p.decimalSeparator(), ...over })).plan;
}

/** Lets the end-of-run cleanup request reach the host. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('OfficeWorkbookPort on the real client: read', () => {
  for (const apiVersion of ['1.20', '1.9']) {
    it(`reads a sheet with a formula exactly (ExcelApi ${apiVersion})`, async () => {
      const book = dumaiBook(true);
      const grid = await port(real(book, { apiVersion })).read('Kinerja');
      expect(grid).toEqual(toGrid(book, 'Kinerja'));
      expect(grid.formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');
    });
  }

  it('refuses a host below ExcelApi 1.9 in its own words, before any request (ExcelApi 1.8)', async () => {
    const book = dumaiBook(true);
    const c = real(book, { apiVersion: '1.8' });
    const p = port(c, { lang: 'en' });
    for (const call of [() => p.read('Kinerja'), () => p.sheets(), () => p.select('Kinerja', 'A1')]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelAdapterError);
      expect(error).toMatchObject({ code: 'excel-too-old', message: expect.stringContaining('Excel API 1.9') });
    }
    expect(await p.decimalSeparator()).toBe(',');
    expect(c.host.stats.requests).toHaveLength(0);
  });

  it('reads a fixture workbook exactly, and lists its sheets', async () => {
    const book = await simBookFromXlsx(path.join(__dirname, '..', 'fixtures', 'laporan-tw2-2024.xlsx'));
    const p = port(real(book));
    const names = await p.sheets();
    expect(names).toEqual(book.sheets.map((s) => s.name));
    for (const name of names) expect(await p.read(name)).toEqual(toGrid(book, name));
  });

  it('reads in small blocks, a blank sheet as empty, and names a missing sheet', async () => {
    const book = dumaiBook();
    book.sheets.push(simSheet('Kosong'));
    const p = port(real(book), { readBlockRows: 4 });
    expect(await p.read('Kinerja')).toEqual(toGrid(book, 'Kinerja'));
    expect(await p.read('Kosong')).toEqual({ sheet: 'Kosong', top: 0, left: 0, values: [], formulas: [] });
    await expect(p.read('Tidak Ada')).rejects.toMatchObject({ code: 'sheet-missing' });
  });
});

describe('OfficeWorkbookPort on the real client: apply and undo', () => {
  for (const apiVersion of ['1.20', '1.9']) {
    it(`writes the recalculation, the Ringkasan sheet and its chart, and undo puts back every cell exactly (ExcelApi ${apiVersion})`, async () => {
      const book = dumaiBook();
      const c = real(book, { apiVersion });
      const p = port(c);
      const before = everything(book);
      const token = await p.apply(await recalcPlan(p));
      const kinerja = snapshotSheet(book, 'Kinerja');
      expect(kinerja.values[DUMAI_FIRST][7]).toBeCloseTo(99.652466367713, 10);
      expect(kinerja.numberFormats[DUMAI_FIRST][7]).toBe('0.00');
      expect(kinerja.fills[DUMAI_FIRST][8]).toMatch(/^#[0-9A-F]{6}$/);
      expect(book.sheets.find((s) => s.name === 'Ringkasan')!.charts).toEqual([expect.objectContaining({ type: 'BarClustered', title: 'NPS per sasaran', anchor: 'H2' })]);
      await p.undo(token);
      expect(everything(book)).toEqual(before);
      await settle();
      expect(c.host.stats.liveReferences).toBe(0);
    });
  }

  it('on ExcelApi 1.8 apply is refused in the adapter\'s words before any request, nothing changed', async () => {
    const plan = await recalcPlan(port(real(dumaiBook())));
    const book = dumaiBook();
    const c = real(book, { apiVersion: '1.8' });
    const before = everything(book);
    const error = await port(c).apply(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code: 'excel-too-old', message: expect.stringContaining('Excel API 1.9') });
    expect(c.host.stats.requests).toHaveLength(0);
    expect(everything(book)).toEqual(before);
  });

  it('clears an owned sheet that exists (charts included) and undo restores its earlier grid', async () => {
    const book = dumaiBook();
    const p = port(real(book));
    await p.apply(await recalcPlan(p));
    const before = everything(book);
    const beforeGrid = toGrid(book, 'Ringkasan');
    const token = await p.apply(await recalcPlan(p, { period: 'TW2' }));
    expect(book.sheets.find((s) => s.name === 'Ringkasan')!.charts).toHaveLength(1);
    expect(token.ownedBefore[0].grid).toEqual(beforeGrid);
    await p.undo(token);
    expect(toGrid(book, 'Ringkasan')).toEqual(beforeGrid);
    expect(snapshotSheet(book, 'Kinerja')).toEqual(before.find((s) => s.name === 'Kinerja')!.snap);
  });

  it('keeps a formula in the Capaian column, and writes literal text that looks like a formula as text', async () => {
    const book = dumaiBook(true);
    const p = port(real(book));
    await p.apply(await recalcPlan(p));
    expect(snapshotSheet(book, 'Kinerja').formulas[DUMAI_FIRST][7]).toBe('=G5/F5*100');
    const texts = ['=SUM(A1)', '+62 812', '-', '@nama', "'kutip", '007', '1.500', 'TRUE', '41,21%', 'Baik'];
    const token = await p.apply({ sheets: [{ sheet: 'Catatan', owned: false, blocks: [{ row: 5, col: 0, values: texts.map((t) => [t]) }] }] });
    const s = snapshotSheet(book, 'Catatan', { row: 5, col: 0, rows: texts.length, cols: 1 });
    expect(s.values.map((r) => r[0])).toEqual(texts);
    expect(s.formulas.every((r) => r[0] === null)).toBe(true);
    await p.undo(token);
    expect(snapshotSheet(book, 'Catatan', { row: 5, col: 0, rows: texts.length, cols: 1 }).values.every((r) => r[0] === null)).toBe(true);
  });

  it('refuses a protected sheet and cell-edit mode, changing nothing', async () => {
    const book = dumaiBook();
    const p = port(real(book));
    const plan = await recalcPlan(p);
    book.sheets[0].protected = true;
    const before = everything(book);
    await expect(p.apply(plan)).rejects.toMatchObject({ code: 'sheet-protected' });
    book.sheets[0].protected = false;
    book.cellEditMode = true;
    const error = await p.apply(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).code).toBe('cell-edit-mode');
    book.cellEditMode = false;
    expect(everything(book)).toEqual(before);
  });
});

describe('OfficeWorkbookPort on the real client: an interrupted apply', () => {
  /** Requests of an uninterrupted apply at a 4 kB budget, the cleanup included. */
  async function requestCount(plan: WritePlan): Promise<{ all: number; cleanup: number[] }> {
    const c = real(dumaiBook());
    c.host.reset();
    await port(c, { maxRequestBytes: 4000 }).apply(plan);
    await settle();
    const r = c.host.stats.requests;
    return { all: r.length, cleanup: r.filter((x) => x.cleanup).map((x) => x.index) };
  }

  it('throws ApplyError at whichever sync of its own fails, and the token restores the workbook exactly', async () => {
    const plan = await recalcPlan(port(real(dumaiBook())));
    const { all, cleanup } = await requestCount(plan);
    expect(all).toBeGreaterThan(4);
    for (let k = 2; k <= all; k++) {
      if (cleanup.includes(k)) continue;
      const book = dumaiBook();
      const c = real(book, { failOnRequest: k });
      const before = everything(book);
      const error = await port(c, { maxRequestBytes: 4000 })
        .apply(plan)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApplyError);
      c.host.options.failOnRequest = undefined;
      await port(c, { maxRequestBytes: 4000 }).undo((error as ApplyError).token as UndoToken);
      expect(everything(book)).toEqual(before);
    }
  });

  it('leaves no reference kept: the client sends no end-of-run cleanup request at all', async () => {
    const plan = await recalcPlan(port(real(dumaiBook())));
    const { cleanup } = await requestCount(plan);
    expect(cleanup).toEqual([]);
  });

  it('a failure after every write landed (a cleanup the client waits for) is success with a note; undo is exact', async () => {
    const plan = await recalcPlan(port(real(dumaiBook())));
    const book = dumaiBook();
    const c = real(book);
    // A host path where Excel.run waits for its closing request and that request fails: the
    // batch resolved (every write synced), then the run rejects.
    const excel: ExcelHost = {
      run: (...args: unknown[]) =>
        (c.Excel.run as (...a: unknown[]) => Promise<unknown>)(...args).then(() => {
          throw Object.assign(new Error('The cleanup request failed.'), { code: 'GeneralException' });
        }),
    } as ExcelHost;
    const before = everything(book);
    const p = new OfficeWorkbookPort({ excel, office: c.Office, maxRequestBytes: 4000, lang: 'en' });
    const token: AppliedToken = await p.apply(plan);
    expect(token.note).toMatch(/Every change was written.*GeneralException/);
    // The workbook holds every write: the same as an apply on a host without the failure.
    const twin = dumaiBook();
    await port(real(twin), { maxRequestBytes: 4000 }).apply(plan);
    expect(snapshotSheet(book, 'Kinerja')).toEqual(snapshotSheet(twin, 'Kinerja'));
    expect(toGrid(book, 'Ringkasan')).toEqual(toGrid(twin, 'Ringkasan'));
    // Undo goes through the same host path (its run rejects too, after its writes landed).
    await p.undo(token);
    expect(everything(book)).toEqual(before);
  });

  it('a failure before the last write landed is still an ApplyError (the note is only for a run that finished)', async () => {
    const plan = await recalcPlan(port(real(dumaiBook())));
    const { all } = await requestCount(plan);
    const book = dumaiBook();
    const c = real(book, { failOnRequest: all });
    const before = everything(book);
    const error = await port(c, { maxRequestBytes: 4000 })
      .apply(plan)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyError);
    c.host.options.failOnRequest = undefined;
    await port(c, { maxRequestBytes: 4000 }).undo((error as ApplyError).token);
    expect(everything(book)).toEqual(before);
  });
});

describe('OfficeWorkbookPort on the real client: request budgets', () => {
  const COLOURS = ['#00B050', '#92D050', '#FFC000', '#FF0000', null];
  const blocks: WriteBlock[] = Array.from({ length: 3000 }, (_, i) =>
    i % 2 ? { row: i * 2, col: 7, values: [[i, 'Baik']] } : { row: i * 2, col: 7, values: [[i, 'Cukup']], fills: [[null, COLOURS[i % 3]]], bold: [[true, false]] },
  );
  const oldRows = () => Array.from({ length: 6000 }, (_, i) => [i, null, null, null, null, null, null, i % 5 ? { value: 'lama', fill: '#123456' } : null]);

  it('3,000 blocks split by blank rows: written and undone exactly on the real client', async () => {
    const book = simBook([simSheet('Data', oldRows() as never)]);
    const before = everything(book);
    const c = real(book);
    const p = port(c);
    const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks }] });
    for (const b of [blocks[0], blocks[1], blocks[2998], blocks[2999]]) {
      expect(snapshotSheet(book, 'Data', { row: b.row, col: 7, rows: 1, cols: 2 }).values).toEqual(b.values);
    }
    await p.undo(token);
    expect(everything(book)).toEqual(before);
  });

  /** A 10,000-row table written whole: values, number formats, fills in runs, bold here and there. */
  const FILLS = ['#00B050', '#92D050', '#FFC000', '#FF0000'];
  const tall: WriteBlock = {
    row: 4,
    col: 7,
    values: Array.from({ length: 10_000 }, (_, i) => [i * 1.5, i % 7 ? 'Baik' : 'Sangat Baik', `S-${i}`]),
    numberFormats: Array.from({ length: 10_000 }, (_, i) => ['0.00', '@', i % 3 ? 'General' : '@']),
    fills: Array.from({ length: 10_000 }, (_, i) => [null, FILLS[Math.floor(i / 5) % 4], null]),
    bold: Array.from({ length: 10_000 }, (_, i) => [i % 11 === 0, false, false]),
  };
  const tallOld = () => Array.from({ length: 10_010 }, (_, i) => [i, null, null, null, null, null, null, i % 3 ? { value: 'lama', fill: '#123456', bold: i % 2 === 0 } : 7, null, i % 5 ? 'x' : null]);

  const cases = [
    { name: '3,000 one-row blocks', blocks, old: oldRows },
    { name: 'a 10,000-row sheet', blocks: [tall], old: tallOld },
  ];
  for (const apiVersion of ['1.9', '1.20']) {
    for (const budget of [25_000, 4 * 1024 * 1024]) {
      for (const { name, blocks: written, old } of cases) {
        it(`${name}, ExcelApi ${apiVersion}, ${budget.toLocaleString('en')}-byte budget: no request over it, the cleanup included; undo exact`, async () => {
          const book = simBook([simSheet('Data', old() as never)]);
          const before = everything(book);
          const c = real(book, { apiVersion });
          const p = port(c, { maxRequestBytes: budget });
          const token = await p.apply({ sheets: [{ sheet: 'Data', owned: false, blocks: written }] });
          await settle();
          const applied = c.host.stats;
          const last = written[written.length - 1];
          expect(snapshotSheet(book, 'Data', { row: last.row, col: last.col, rows: last.values.length, cols: last.values[0].length }).values).toEqual(last.values);
          c.host.reset();
          await p.undo(token);
          await settle();
          const undone = c.host.stats;
          expect(everything(book)).toEqual(before);
          for (const stats of [applied, undone]) {
            const over = stats.requests.filter((r) => r.requestBytes > budget).map((r) => ({ index: r.index, bytes: r.requestBytes, cleanup: r.cleanup }));
            expect(over).toEqual([]);
            expect(stats.requests.filter((r) => r.cleanup).length).toBe(0);
          }
          expect(c.host.stats.liveReferences).toBe(0);
        }, 120_000);
      }
    }
  }
});

describe('OfficeWorkbookPort on the real client: an undo that stops part way', () => {
  it('is not an ApplyError (its run recorded nothing to undo), and the same token then puts back every cell exactly', async () => {
    const book = dumaiBook();
    // A pre-existing summary and a small budget, so the undo takes several requests.
    book.sheets.push(simSheet('Ringkasan', [['Ringkasan Kinerja — lama'], ['x', 1]]));
    const before = everything(book);
    const c = real(book, { apiVersion: '1.20' });
    const p = port(c, { maxRequestBytes: 20_000 });
    const token = await p.apply(await recalcPlan(p));
    await settle();
    const afterApply = c.host.stats.requests.length;
    await p.undo(token);
    await settle();
    const undoRequests = c.host.stats.requests.length - afterApply;
    expect(undoRequests).toBeGreaterThan(2);

    let stopped = 0;
    for (let k = 2; k <= undoRequests; k++) {
      const d = real(dumaiBook(), { apiVersion: '1.20' });
      d.host.book.sheets.push(simSheet('Ringkasan', [['Ringkasan Kinerja — lama'], ['x', 1]]));
      const q = port(d, { maxRequestBytes: 20_000 });
      const t = await q.apply(await recalcPlan(q));
      await settle();
      d.host.options.failOnRequest = d.host.stats.requests.length + k;
      const outcome = await q.undo(t).then(
        () => 'finished',
        (e: unknown) => e,
      );
      d.host.options.failOnRequest = undefined;
      if (outcome !== 'finished') {
        stopped++;
        expect({ k, outcome }).toEqual({ k, outcome: expect.any(ExcelAdapterError) });
        expect({ k, isApplyError: outcome instanceof ApplyError }).toEqual({ k, isApplyError: false });
        expect((outcome as ExcelAdapterError).code).toBe('undo-interrupted');
      }
      await q.undo(t);
      await settle();
      expect({ k, book: everything(d.host.book) }).toEqual({ k, book: before });
    }
    expect(stopped).toBeGreaterThan(0);
  });
});
