/**
 * The simulated host keeps Office's rules, so the adapter tests cannot pass on behaviour real
 * Excel would refuse: load/sync, queued writes, payload limits, what Excel makes of input.
 */
import { createSimulatedExcel, installSimulatedExcel, simBook, simSheet, snapshotSheet } from '../../excel-simulator';

function host(options = {}) {
  const book = simBook([simSheet('Kinerja', [['Nama', 'Nilai'], ['a', 1], ['b', { formula: '=B2*2', value: 2 }]])]);
  return createSimulatedExcel(book, options);
}

describe('simulated Excel host', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Kinerja').getRange('A1:B3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([['Nama', 'Nilai'], ['a', 1], ['b', 2]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reports formulas for formula cells and the constant for the others', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Kinerja').getRange('A1:B3').load('formulas');
      await ctx.sync();
      expect(range.formulas).toEqual([['Nama', 'Nilai'], ['a', 1], ['b', '=B2*2']]);
    });
  });

  it('keeps writes in a queue until sync, and counts the sync', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('A2').values = [['z']];
      expect(sim.book.sheets[0].rows[1][0]?.value).toBe('a');
      await ctx.sync();
      expect(sim.book.sheets[0].rows[1][0]?.value).toBe('z');
    });
    expect(sim.stats.syncs).toBe(1);
  });

  it('flushes what a batch queued without syncing, as Excel.run does', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('A2').values = [['z']];
    });
    expect(sim.book.sheets[0].rows[1][0]?.value).toBe('z');
    expect(sim.stats.syncs).toBe(1);
  });

  it('rejects a request above 5 MB with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const sim = host();
    const big = Array.from({ length: 100_000 }, (_, i) => [`teks panjang sekali nomor ${i} untuk mengisi muatan permintaan`, i]);
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kinerja').getRangeByIndexes(10, 0, big.length, 2).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(sim.book.sheets[0].rows.length).toBe(3);
  });

  it('rejects a response above the limit with ResponsePayloadSizeLimitExceeded', async () => {
    const sim = host({ payloadLimit: 200 });
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kinerja').getRange('A1:Z40').load('values,formulas');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('refuses to read more than five million cells at once', async () => {
    const sim = host();
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kinerja').getRangeByIndexes(0, 0, 1_000_000, 6).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('makes of written text what Excel makes of it', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('D1:D8').values = [['=1+1'], ["'=teks"], ['12.5'], ['TRUE'], ['-x'], ['biasa'], [null], ['']];
      await ctx.sync();
    });
    const s = snapshotSheet(sim.book, 'Kinerja', { row: 0, col: 3, rows: 8, cols: 1 });
    expect(s.formulas.map((r) => r[0])).toEqual(['=1+1', null, null, null, '=-x', null, null, null]);
    expect(s.values.map((r) => r[0])).toEqual(['#NAME?', '=teks', 12.5, true, '#NAME?', 'biasa', null, null]);
  });

  it('leaves a cell unchanged where the written array holds null', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('A2:A3').values = [[null], ['']];
      await ctx.sync();
    });
    expect(sim.book.sheets[0].rows[1][0]?.value).toBe('a');
    expect(sim.book.sheets[0].rows[2][0]?.value ?? null).toBeNull();
  });

  it('rejects an array whose shape differs from the range', async () => {
    const sim = host();
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kinerja').getRange('A1:B1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('does not let a protected sheet be written', async () => {
    const sim = host();
    sim.book.sheets[0].protected = true;
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kinerja').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sim.book.sheets[0].rows[0][0]?.value).toBe('Nama');
  });

  it('fails every sync while a cell is being edited', async () => {
    const sim = host();
    sim.book.cellEditMode = true;
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('fails the k-th sync part-way, leaving the actions before the failure applied', async () => {
    const sim = host({ failOnSync: 2, failAfterActions: 1 });
    await expect(
      sim.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Kinerja');
        ws.getRange('A1').values = [['satu']];
        await ctx.sync();
        ws.getRange('A2').values = [['dua']];
        ws.getRange('A3').values = [['tiga']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(snapshotSheet(sim.book, 'Kinerja', { row: 0, col: 0, rows: 3, cols: 1 }).values).toEqual([['satu'], ['dua'], ['b']]);
  });

  it('tells no fill from a white fill only through tintAndShade', async () => {
    const sim = host();
    await sim.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kinerja');
      ws.getRange('A1').format.fill.color = '#ffffff';
      const props = ws.getRange('A1:A2').getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      expect(() => props.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const whole = ws.getRange('A1:A2').format.fill.load('color');
      await ctx.sync();
      expect(props.value.map((r) => r[0].format?.fill)).toEqual([
        { color: '#FFFFFF', tintAndShade: 0 },
        { color: '#FFFFFF', tintAndShade: null },
      ]);
      expect(whole.color).toBe('#FFFFFF');
    });
  });

  it('answers requirement checks from its API version and installs the globals', async () => {
    const target: Record<string, unknown> = {};
    const sim = installSimulatedExcel(target, simBook([simSheet('A')]), { apiVersion: '1.12', displayLanguage: 'en-US' });
    expect(target.Excel).toBe(sim.Excel);
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.11')).toBe(true);
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(false);
    expect(sim.Office.context.displayLanguage).toBe('en-US');
    await expect(sim.Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
  });
});
