/** The generated report fixture loads into the wire host and reads back through the port on the real client library unchanged. */
import path from 'path';
import { OfficeWorkbookPort } from '../../src/excel';
import { recalculate } from '../../src/workbook';
import { toGrid } from '../../excel-simulator';
import { closingClients } from '../support/real-client';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { opts } from '../workbook/support';

const client = closingClients();

it('reads laporan-tw2-2024.xlsx as the fixture holds it, and recalculates to NPSS 101,67', async () => {
  const book = await simBookFromXlsx(path.join(__dirname, '../fixtures/laporan-tw2-2024.xlsx'));
  const sim = client(book);
  const port = new OfficeWorkbookPort({ excel: sim.Excel, office: sim.Office });
  expect(await port.sheets()).toEqual(['Sampul', 'Kinerja']);
  const sheet = 'Kinerja';
  const grid = await port.read(sheet);
  expect(grid).toEqual(toGrid(book, sheet));
  const { summary } = recalculate(grid, opts());
  expect(summary?.npss).toMatchObject({ status: 'ok' });
  expect(summary?.npss.status === 'ok' && Math.round(summary.npss.value * 100) / 100).toBe(101.67);
});
