/** Which periods a sheet's headers offer, on workbooks written by LibreOffice Calc and by exceljs. */
import path from 'path';
import { periodHasColumns, periodsOfSheet } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { CALC_FIXTURES, xlsxName } from '../../scripts/make-calc-fixtures';

const grid = async (file: string, sheet: string) => (await XlsxWorkbook.open(file)).read(sheet);
const dir = path.resolve(__dirname, '..', 'fixtures');

describe('periodsOfSheet', () => {
  it('the source report names one quarter: TW II, with the header cells that say so', async () => {
    const p = periodsOfSheet(await grid(path.join(dir, FIXTURES.report), 'Kinerja'));
    expect(p.table).toBe('kinerja');
    expect(p.named).toEqual(['TW2']);
    expect(p.implied).toBe('TW2');
    expect(p.columns.length).toBeGreaterThan(0);
    expect(p.columns.every((c) => c.period === 'TW2' && /^[A-Z]+\d+$/.test(c.cell))).toBe(true);
    expect(periodHasColumns(p, 'TW2')).toBe(true);
    expect(periodHasColumns(p, 'TW3')).toBe(false);
  });

  it('a merged two-row header over TW I–IV (Calc) offers four quarters and implies none', async () => {
    const file = path.join(dir, 'calc', xlsxName(CALC_FIXTURES.merged));
    const wb = await XlsxWorkbook.open(file);
    const p = periodsOfSheet(await wb.read((await wb.sheets())[0]));
    expect(p.named).toEqual(['TW1', 'TW2', 'TW3', 'TW4']);
    expect(p.implied).toBeNull();
  });

  it('a sheet without a table offers nothing', () => {
    const p = periodsOfSheet({ sheet: 'Catatan', top: 0, left: 0, values: [['catatan rapat'], ['tanpa tabel']], formulas: [[null], [null]] });
    expect(p).toEqual({ table: null, named: [], columns: [], plain: false, implied: null });
  });
});
