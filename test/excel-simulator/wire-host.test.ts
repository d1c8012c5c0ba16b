/** The wire host behind Microsoft's real Excel client library: Excel.run batches end to end. */
import { SimBook, simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { LoadedClient, loadExcelClient, ClientOptions } from '../../excel-simulator/load-client';

function book(): SimBook {
  return simBook([
    simSheet('Data', [
      ['Nama', 'Target', 'Realisasi'],
      ['A', 10, { formula: '=B2*2', value: 20 }],
      ['B', { numberFormat: '0.00%', value: 0.5 }, 7],
    ]),
    simSheet('Kunci', [['x']], { protected: true }),
  ]);
}

const loaded: LoadedClient[] = [];
afterEach(() => loaded.splice(0).forEach((c) => c.close()));

function client(options: ClientOptions = {}, b: SimBook = book()): LoadedClient {
  const c = loadExcelClient(b, options);
  loaded.push(c);
  return c;
}

/** Lets the fire-and-forget cleanup request of a finished Excel.run reach the host. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the wire host behind the real client', () => {
  it('answers loads of values, formulas and number formats', async () => {
    const c = client();
    const got = await c.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1:C3').load('values,formulas,numberFormat,address,rowCount,columnIndex');
      await ctx.sync();
      return { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, address: r.address, rowCount: r.rowCount, columnIndex: r.columnIndex };
    });
    expect(got.values).toEqual([
      ['Nama', 'Target', 'Realisasi'],
      ['A', 10, 20],
      ['B', 0.5, 7],
    ]);
    expect(got.formulas[1][2]).toBe('=B2*2');
    expect(got.formulas[1][1]).toBe(10);
    expect(got.numberFormat[2][1]).toBe('0.00%');
    expect(got.numberFormat[0][0]).toBe('General');
    expect(got).toMatchObject({ address: 'Data!A1:C3', rowCount: 3, columnIndex: 0 });
    // The request carried PascalCase nothing: the client asks in camelCase and reads PascalCase back.
    expect(c.host.stats.requests[0].loads).toEqual(['values,formulas,numberFormat,address,rowCount,columnIndex']);
  });

  it('writes values (text starting with "=" becomes a formula, as in Excel) and reads them back in a later sync', async () => {
    const c = client();
    const back = await c.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('E1:F2');
      r.values = [
        [1, '=7'],
        ['teks', true],
      ];
      await ctx.sync();
      // The same proxy in a second sync: the client names it by the _ReferenceId the host gave.
      r.load('values,formulas');
      await ctx.sync();
      return { values: r.values, formulas: r.formulas };
    });
    expect(back.values).toEqual([
      [1, 7],
      ['teks', true],
    ]);
    expect(back.formulas[0][1]).toBe('=7');
    expect(c.host.book.sheets[0].rows[0][5]).toEqual({ formula: '=7', value: 7 });
  });

  it('receives a write of more than 1,500 cells in the client\'s own slices and applies every row', async () => {
    const c = client();
    const rows = Array.from({ length: 1_000 }, (_, i) => [i, `baris ${i}`, i / 2]);
    await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(10, 0, rows.length, 3).values = rows;
      await ctx.sync();
    });
    const write = c.host.stats.requests[0];
    // Sliced by the client: the rows arrive as several Values sets on GetRow…GetBoundingRect ranges.
    expect(write.names).toEqual(expect.arrayContaining(['_ValidateArraySize', 'Values']));
    expect(write.kinds.SetProperty).toBeGreaterThan(1);
    expect(snapshotSheet(c.host.book, 'Data', { row: 10, col: 0, rows: rows.length, cols: 3 }).values).toEqual(rows);
  });

  it('records a data validation rule, its alert and prompt as the client sends them, wrap and row heights; clears a rule; refuses a protected sheet', async () => {
    const b = book();
    const c = client({}, b);
    await c.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      const dv = ws.getRange('B2:B9').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: 'Maksimal,Minimal' } };
      dv.errorAlert = { showAlert: true, style: 'Warning', title: 'Polaritas', message: 'Kata lain?' };
      dv.prompt = { showPrompt: true, title: 'Polaritas', message: 'Pilih' };
      ws.getRange('C1:C2').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      ws.getRange('A1:A3').format.wrapText = true;
      ws.getRangeByIndexes(1, 0, 2, 1).format.rowHeight = 45;
      await ctx.sync();
      ws.getRange('C1:C2').dataValidation.clear();
      await ctx.sync();
    });
    const data = b.sheets[0];
    expect(data.validations).toEqual([
      {
        address: 'B2:B9',
        rule: { list: { inCellDropDown: true, source: 'Maksimal,Minimal' } },
        errorAlert: { showAlert: true, style: 'Warning', title: 'Polaritas', message: 'Kata lain?' },
        prompt: { showPrompt: true, title: 'Polaritas', message: 'Pilih' },
      },
    ]);
    expect(data.rows.slice(0, 3).map((r) => r[0]?.wrap)).toEqual([true, true, true]);
    expect(data.rowHeights).toEqual({ 1: 45, 2: 45 });
    const refused = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kunci').getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'x' } };
      await ctx.sync();
    }).catch((e: { code?: string }) => e.code);
    expect(refused).toBe('AccessDenied');
    expect(b.sheets[1].validations).toBeUndefined();
  });

  it('sets a fill on RangeAreas from getRanges, and a whole-range bold, reading them back', async () => {
    const c = client();
    const got = await c.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRanges('A1:A2,C3').format.fill.color = '#ff0000';
      ws.getRange('A1:C1').format.font.bold = true;
      await ctx.sync();
      const fill = ws.getRange('A1:A2').format.fill.load('color,tintAndShade');
      const mixed = ws.getRange('A1:B1').format.fill.load('color');
      const props = ws.getRange('C3').getCellProperties({ format: { fill: { color: true }, font: { bold: true } } });
      await ctx.sync();
      return { fill: fill.color, tint: fill.tintAndShade, mixed: mixed.color, props: props.value };
    });
    expect(got).toEqual({ fill: '#FF0000', tint: 0, mixed: null, props: [[{ format: { fill: { color: '#FF0000' }, font: { bold: false } } }]] });
    expect(snapshotSheet(c.host.book, 'Data').bold[0]).toEqual([true, true, true]);
  });

  it('surfaces a failure of request k as the client\'s error, with the actions before it applied', async () => {
    const c = client({ failOnRequest: 2, failAfterActions: 0 });
    let caught: unknown;
    await c.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('A1').values = [['satu']];
      await ctx.sync();
      ws.getRange('A2').values = [['dua']];
      await ctx.sync();
    }).catch((e: unknown) => (caught = e));
    expect(caught).toBeInstanceOf(c.OfficeExtension.Error);
    expect((caught as OfficeExtension.Error).code).toBe('GeneralException');
    expect(c.host.book.sheets[0].rows[0][0]?.value).toBe('satu');
    expect(c.host.book.sheets[0].rows[1][0]?.value).toBe('A');
    // An error of Excel's own, with the statement the client prints from ActionIndex.
    const protectedWrite = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kunci').getRange('A1').values = [['y']];
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(protectedWrite).toMatchObject({ code: 'AccessDenied' });
    expect((protectedWrite as OfficeExtension.Error).debugInfo.errorLocation).toBe('Range.values');
  });

  it('sees the cleanup request after Excel.run, and it removes every kept reference', async () => {
    const c = client();
    await c.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      for (let i = 0; i < 20; i++) ws.getRangeByIndexes(i, 4, 1, 1).values = [[i]];
      ws.getRangeByIndexes(30, 4, 1, 1).untrack().values = [['tanpa referensi']];
      await ctx.sync();
    });
    // The client sends its cleanup as Excel.run ends, without waiting for the answer.
    await settle();
    const [write, cleanup] = c.host.stats.requests;
    expect(write.kinds._KeepReference).toBe(20);
    expect(cleanup.cleanup).toBe(true);
    expect(cleanup.kinds._RemoveReference).toBe(20);
    expect(c.host.stats.liveReferences).toBe(0);
    expect(c.host.stats.syncs).toBe(1);
    expect(c.host.stats.cleanupRequestBytes).toEqual([cleanup.requestBytes]);
  });

  it('fails the cleanup request on demand without failing Excel.run', async () => {
    const c = client({ failOnRequest: 2, failAfterActions: 0 });
    await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('E1').values = [[1]];
      await ctx.sync();
    });
    await settle();
    expect(c.host.stats.requests.map((r) => [r.cleanup, r.error])).toEqual([
      [false, undefined],
      [true, 'GeneralException'],
    ]);
    expect(c.host.stats.liveReferences).toBe(1);
  });

  it('rejects a call above the host\'s ExcelApi level in the client, before any request', async () => {
    const c = client({ apiVersion: '1.8' });
    const error = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: 'ApiNotFound' });
    expect(c.host.stats.requests).toHaveLength(0);
    expect(c.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(c.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });

  it('refuses a request or a response over the payload limit, and a read over the cell limit', async () => {
    const c = client({ payloadLimit: 20_000, cellLimit: 1_000 });
    const big = Array.from({ length: 200 }, (_, i) => [`baris nomor ${i} `.repeat(10)]);
    const request = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 5, big.length, 1).values = big;
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(request).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(c.host.book.sheets[0].rows[0][5]).toBeUndefined();
    // Written in small syncs, then read back at once: the response is what is too large.
    await c.Excel.run(async (ctx) => {
      for (let i = 0; i < big.length; i += 20) {
        ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(i, 5, 20, 1).values = big.slice(i, i + 20);
        await ctx.sync();
      }
    });
    const response = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 5, big.length, 1).load('values');
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(response).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const cells = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 1_001, 1).load('values');
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(cells).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const exact = c.host.stats.requests.find((r) => r.error === 'RequestPayloadSizeLimitExceeded');
    expect(exact?.requestBytes).toBeGreaterThan(20_000);
  });

  it('answers null objects, missing sheets, shape mismatches, used ranges, special cells, sheets and charts', async () => {
    const c = client();
    const got = await c.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/protection/protected');
      const none = ctx.workbook.worksheets.getItemOrNullObject('Tidak ada');
      const used = ctx.workbook.worksheets.getItem('Data').getUsedRange(true).load('address');
      const formulas = used.getSpecialCellsOrNullObject('Formulas').load('areas/items/address,areas/items/formulas');
      const nf = ctx.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
      await ctx.sync();
      const added = ctx.workbook.worksheets.add('Ringkasan');
      const chart = added.charts.add('BarClustered', added.getRange('A1:B2'), 'Columns');
      chart.title.text = 'Judul';
      chart.setPosition('D2');
      added.activate();
      ctx.application.calculate('Full');
      await ctx.sync();
      const charts = ctx.workbook.worksheets.getItem('Ringkasan').charts.load('items/name');
      await ctx.sync();
      return {
        sheets: sheets.items.map((s) => [s.name, s.protection.protected]),
        none: none.isNullObject,
        used: used.address,
        formulas: formulas.areas.items.map((a) => [a.address, a.formulas]),
        separator: nf.numberDecimalSeparator,
        charts: charts.items.map((ch) => ch.name),
      };
    });
    expect(got).toEqual({
      sheets: [
        ['Data', false],
        ['Kunci', true],
      ],
      none: true,
      used: 'Data!A1:C3',
      formulas: [['Data!C2', [['=B2*2']]]],
      separator: ',',
      charts: ['Chart 1'],
    });
    expect(c.host.book.sheets[2].charts[0]).toMatchObject({ type: 'BarClustered', source: 'A1:B2', title: 'Judul', anchor: 'D2' });
    expect(c.host.book).toMatchObject({ activeSheet: 'Ringkasan', calculations: 1 });
    const missing = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Tidak ada').load('name');
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(missing).toMatchObject({ code: 'ItemNotFound' });
    const shape = await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [[1, 2, 3]];
      await ctx.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(shape).toMatchObject({ code: 'InvalidArgument' });
  });

  it('counts request and response bytes exactly (UTF-8)', async () => {
    const c = client();
    const texts: string[] = [];
    const handle = c.host.handle.bind(c.host);
    jest.spyOn(c.host, 'handle').mockImplementation((message: unknown) => {
      texts.push((message as string[])[4]);
      return handle(message);
    });
    await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [['Capaian ≥ 100 %']];
      await ctx.sync();
    });
    await settle();
    // '≥' weighs 3 bytes in UTF-8: the count is of bytes, not characters.
    expect(c.host.stats.requests.map((r) => r.requestBytes)).toEqual(texts.map((t) => Buffer.byteLength(t, 'utf8')));
    expect(c.host.stats.requests[0].requestBytes).toBe(texts[0].length + 2);
  });
});
