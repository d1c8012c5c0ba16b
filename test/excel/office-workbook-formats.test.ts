/**
 * SPEC §8 on the Office route (Microsoft's real client library over the wire host): OfficeWorkbookPort reads the number formats of the table's input
 * columns (and only those), with the value blocks once the header is known (a sheet read in
 * one block: in a sync after it), in blocks under the response limit, so a
 * percent-formatted target counts as the percentage it shows — exactly as the xlsx route does.
 */
import { check, recalculate } from '../../src/workbook';
import { OfficeWorkbookPort } from '../../src/excel';
import { XlsxWorkbook } from '../../src/xlsx';
import { simBook, simSheet, toGrid } from '../../excel-simulator';
import { closingClients } from '../support/real-client';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { PERCENT_CAPAIAN, percentWorkbook } from '../support/percent-book';
import { opts, plannedCells } from '../workbook/support';

/** Microsoft's real client library over the wire host, closed after each test. */
const client = closingClients();

describe('a percent-formatted target through the Office route', () => {
  it('reads the formats of the input columns and gives the xlsx route’s result: capaian 53,94, the same findings', async () => {
    const bytes = Buffer.from(await percentWorkbook().xlsx.writeBuffer());
    const sim = client(await simBookFromXlsx(bytes));
    const grid = await new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office }).read('Kinerja');
    expect(grid).toEqual(toGrid(sim.host.book, 'Kinerja'));
    // E Target, F Realisasi: the input columns; the percent format on E2 and E3 only.
    expect([...(grid.numberFormats?.keys() ?? [])]).toEqual([4, 5]);
    expect(grid.numberFormats?.get(4)).toEqual([null, '0.00%', '0.00%', null, null]);

    const office = recalculate(grid, opts());
    const cells = plannedCells(office.plan);
    expect(['G2', 'G3', 'G4'].map((a) => cells.get(`Kinerja!${a}`))).toEqual([PERCENT_CAPAIAN, PERCENT_CAPAIAN, PERCENT_CAPAIAN]);
    expect(['H2', 'H3', 'H4'].map((a) => cells.get(`Kinerja!${a}`))).toEqual(['Kurang', 'Kurang', 'Kurang']);

    const xlsx = check(await (await XlsxWorkbook.fromBuffer(bytes)).read('Kinerja'), opts());
    expect(office.findings.map((f) => f.code)).toEqual(['persen-campuran']);
    expect(office.findings).toEqual(xlsx.findings);
    expect(office.summary).toEqual(xlsx.summary);
  });

  it('asks for no format outside the input columns and the table’s rows', async () => {
    const rows = [
      [{ value: 'Laporan', numberFormat: '0%' }],
      ['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Catatan'],
      ['A', { value: 0.9, numberFormat: '0%' }, 90, { value: 1, numberFormat: '0.00%' }, { value: 0.5, numberFormat: '0%' }],
    ];
    const sim = client(simBook([simSheet('K', rows as never)]));
    const grid = await new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office }).read('K');
    expect(grid.numberFormats).toEqual(
      new Map([
        [1, [null, null, '0%']],
        [2, [null, null, null]],
      ]),
    );
    const other = client(simBook([simSheet('Catatan', [[{ value: 0.5, numberFormat: '0%' }, 'teks']] as never)]));
    const notes = await new OfficeWorkbookPort({ excel: other.Excel, office: other.Office }).read('Catatan');
    expect(notes.numberFormats).toBeUndefined();
    // No table, no input columns: no number format was asked for.
    expect(other.host.stats.requests.flatMap((r) => r.loads).filter((l) => l.includes('numberFormat'))).toEqual([]);
  });

  it('reads long format codes in blocks that keep every response under the limit', async () => {
    const accounting = '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-';
    const rows = [
      ['Indikator Kinerja', 'Target', 'Realisasi', 'Target Tahunan'],
      ...Array.from({ length: 2_000 }, (_, i) => [`Indikator ${i}`, { value: 0.5 + i / 10_000, numberFormat: i % 2 ? '0.00%' : accounting }, { value: 50, numberFormat: accounting }, { value: 1, numberFormat: '0%' }]),
    ];
    const limit = 40_000;
    const sim = client(simBook([simSheet('K', rows as never)]), { payloadLimit: limit });
    const grid = await new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office, maxResponseBytes: 30_000 }).read('K');
    expect(grid).toEqual(toGrid(sim.host.book, 'K'));
    expect(grid.numberFormats?.get(1)?.slice(1, 4)).toEqual([accounting, '0.00%', accounting]);
    expect(sim.host.stats.maxResponseBytes).toBeLessThanOrEqual(limit);
    // 2,000 rows of three long codes weigh about 190 kB: several blocks.
    expect(sim.host.stats.syncs).toBeGreaterThan(5);
    // The last block too: row 2,001 holds 0.6999 shown 69,99 %.
    const cells = plannedCells(recalculate(grid, opts()).plan);
    expect([cells.get('K!E3'), cells.get('K!E2001')]).toEqual([(50 / 50.01) * 100, (50 / 69.99) * 100]);
  });
});

describe('the input columns’ formats ride along with the value blocks', () => {
  /** Requests that loaded number formats alone: a sync of formats of their own. */
  const formatOnly = (c: ReturnType<typeof client>) => c.host.stats.requests.filter((r) => !r.cleanup && r.loads.length > 0 && r.loads.every((l) => l === 'numberFormat'));
  const accounting = '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-';
  const body = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      `Indikator ${i}`,
      { value: 0.5 + i / 100_000, numberFormat: i % 3 ? '0.00%' : accounting },
      { value: 50, numberFormat: i % 7 ? accounting : 'General' },
      'catatan',
      { value: 1, numberFormat: '0%' },
    ]);

  it('a sheet read in several blocks gets the formats of one read in one block, with no sync of formats of its own', async () => {
    const rows = [['Indikator Kinerja', 'Target', 'Realisasi', 'Keterangan', 'Target Tahunan'], ...body(12_000)];
    const one = client(simBook([simSheet('K', rows as never)]));
    const whole = await new OfficeWorkbookPort({ excel: one.Excel, office: one.Office, readBlockRows: 20_000 }).read('K');
    expect(whole).toEqual(toGrid(one.host.book, 'K'));
    expect(one.host.stats.syncs).toBe(2);
    expect([...(whole.numberFormats?.keys() ?? [])]).toEqual([1, 2, 4]);

    const many = client(simBook([simSheet('K', rows as never)]));
    const blocks = await new OfficeWorkbookPort({ excel: many.Excel, office: many.Office, maxResponseBytes: 60_000 }).read('K');
    expect(blocks).toEqual(whole);
    // Several value blocks, each sync loading values; the formats came with them, none alone.
    const syncs = many.host.stats.requests.filter((r) => !r.cleanup);
    expect(syncs.length).toBeGreaterThan(5);
    expect(syncs.every((r) => r.loads.some((l) => l.includes('values')))).toBe(true);
    expect(formatOnly(many)).toEqual([]);
    // Every row of the input columns asked for once, and only those columns.
    const formatReads = syncs.flatMap((r) => r.reads).filter((a) => a.aspects.includes('numberFormat'));
    expect(new Set(formatReads.flatMap((a) => Array.from({ length: a.cols }, (_, j) => a.col + j)))).toEqual(new Set([1, 2, 4]));
    expect(formatReads.filter((a) => a.col === 1).reduce((n, a) => n + a.rows, 0)).toBe(12_000);
    // A sheet read in one block: its formats in one sync of their own.
    expect(formatOnly(one)).toHaveLength(1);
  });

  it('a table whose header is below the first block still gets its formats, in blocks no larger than asked', async () => {
    const rows = [['Laporan Kinerja TW II'], ...Array.from({ length: 23 }, () => []), ['Indikator Kinerja', 'Target', 'Realisasi', 'Keterangan', 'Target Tahunan'], ...body(40)];
    const one = client(simBook([simSheet('K', rows as never)]));
    const whole = await new OfficeWorkbookPort({ excel: one.Excel, office: one.Office }).read('K');
    expect(whole.numberFormats?.get(1)?.slice(25, 28)).toEqual([accounting, '0.00%', '0.00%']);

    const small = client(simBook([simSheet('K', rows as never)]));
    const grid = await new OfficeWorkbookPort({ excel: small.Excel, office: small.Office, readBlockRows: 4 }).read('K');
    expect(grid).toEqual(whole);
    expect(grid).toEqual(toGrid(small.host.book, 'K'));
    expect(small.host.stats.requests.flatMap((r) => r.reads).filter((r) => r.rows > 4)).toEqual([]);
    expect(formatOnly(small)).toEqual([]);
  });
});
