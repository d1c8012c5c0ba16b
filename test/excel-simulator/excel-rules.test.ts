/**
 * Excel's rules as the wire host keeps them behind Microsoft's real client library, beyond
 * wire-host.test.ts: what Excel makes of written text, cell-edit mode, white fill against no
 * fill, null objects kept by the client, the request log's cell areas, selection events.
 * (What the client enforces by itself — PropertyNotLoaded, queued writes until sync — is the
 * client's own behaviour and no longer tested here: the old imitation of it is gone.)
 */
import { simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { LoadedClient } from '../../excel-simulator/load-client';
import { WireHostOptions } from '../../excel-simulator/wire-host';
import { settle, sharedClient } from '../support/real-client';

const shared = sharedClient();

function host(options: WireHostOptions = {}): Promise<LoadedClient> {
  return shared.use(simBook([simSheet('Kinerja', [['Nama', 'Nilai'], ['a', 1], ['b', { formula: '=B2*2', value: 2 }]])]), options);
}

describe('Excel rules of the wire host', () => {
  it('makes of written text what Excel makes of it', async () => {
    const c = await host();
    await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('D1:D8').values = [['=1+1'], ["'=teks"], ['12.5'], ['TRUE'], ['-x'], ['biasa'], [null], ['']];
      await ctx.sync();
    });
    const s = snapshotSheet(c.host.book, 'Kinerja', { row: 0, col: 3, rows: 8, cols: 1 });
    expect(s.formulas.map((r) => r[0])).toEqual(['=1+1', null, null, null, '=-x', null, null, null]);
    expect(s.values.map((r) => r[0])).toEqual(['#NAME?', '=teks', 12.5, true, '#NAME?', 'biasa', null, null]);
  });

  it('leaves a cell unchanged where the written array holds null, and empties it for ""', async () => {
    const c = await host();
    await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('A2:A3').values = [[null], ['']];
      await ctx.sync();
    });
    expect(c.host.book.sheets[0].rows[1][0]?.value).toBe('a');
    expect(c.host.book.sheets[0].rows[2][0]?.value ?? null).toBeNull();
  });

  it('fails every request while a cell is being edited, changing nothing', async () => {
    const c = await host();
    c.host.book.cellEditMode = true;
    await expect(
      c.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kinerja').getRange('A1').values = [['x']];
        ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(c.host.book.sheets[0].rows[0][0]?.value).toBe('Nama');
  });

  it('tells no fill from a white fill only through tintAndShade', async () => {
    const c = await host();
    const got = await c.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kinerja');
      ws.getRange('A1').format.fill.color = '#ffffff';
      const props = ws.getRange('A1:A2').getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      const whole = ws.getRange('A1:A2').format.fill.load('color');
      await ctx.sync();
      return { fills: props.value.map((r) => r[0].format?.fill), whole: whole.color };
    });
    expect(got.fills).toEqual([
      { color: '#FFFFFF', tintAndShade: 0 },
      { color: '#FFFFFF', tintAndShade: null },
    ]);
    expect(got.whole).toBe('#FFFFFF');
  });

  it('answers the client\'s _KeepReference on a null object without failing the request', async () => {
    const c = await host();
    const got = await c.Excel.run(async (ctx) => {
      // No constant-only sheet has formulas here: A1:A2 holds none, so the OrNullObject is null.
      const none = ctx.workbook.worksheets.getItem('Kinerja').getRange('A1:A2').getSpecialCellsOrNullObject('Formulas');
      const values = ctx.workbook.worksheets.getItem('Kinerja').getRange('A1').load('values');
      await ctx.sync();
      return { none: none.isNullObject, value: values.values[0][0] as unknown };
    });
    expect(got).toEqual({ none: true, value: 'Nama' });
    expect(c.host.stats.requests[0].error).toBeUndefined();
    expect(c.host.stats.requests[0].kinds._KeepReference).toBeGreaterThanOrEqual(2);
  });

  it('logs the cell areas each request read and wrote, by aspect', async () => {
    const c = await host();
    await c.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kinerja');
      ws.getRange('A1:B3').load('values,formulas');
      ws.getRange('B2:B3').format.fill.load('color');
      await ctx.sync();
      ws.getRange('B2:B3').values = [[5], [6]];
      ws.getRange('B2').format.fill.color = '#FF0000';
      ws.getRange('C1:C2').clear('All');
      await ctx.sync();
    });
    const [read, write] = c.host.stats.requests;
    expect(read.reads).toEqual([
      { sheet: 'Kinerja', row: 0, col: 0, rows: 3, cols: 2, aspects: ['contents'] },
      { sheet: 'Kinerja', row: 1, col: 1, rows: 2, cols: 1, aspects: ['fill'] },
    ]);
    expect(read.writes).toEqual([]);
    expect(write.writes).toEqual([
      { sheet: 'Kinerja', row: 1, col: 1, rows: 2, cols: 1, aspects: ['contents'] },
      { sheet: 'Kinerja', row: 1, col: 1, rows: 1, cols: 1, aspects: ['fill'] },
      { sheet: 'Kinerja', row: 0, col: 2, rows: 2, cols: 1, aspects: ['contents', 'numberFormat', 'fill', 'bold'] },
    ]);
  });

  it('raises documentSelectionChanged after a request selected a range', async () => {
    const c = await host();
    const seen: string[] = [];
    c.Office.context.document?.addHandlerAsync?.('documentSelectionChanged', () => seen.push(c.host.book.selection?.address ?? ''));
    await c.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kinerja').getRange('B2').select();
      await ctx.sync();
    });
    expect(seen).toEqual([]);
    await settle();
    expect(seen).toEqual(['B2']);
  });
});
