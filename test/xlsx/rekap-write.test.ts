/**
 * The rekap written into a new .xlsx through the exceljs port (issue 16): an empty workbook, the
 * plan's owned sheets applied, saved, and read back with exceljs as a user's Excel would open
 * it — sheet names, values, the profile's colours, number formats, widths and wrapping; the
 * chart exceljs cannot draw is reported in the token, never dropped silently.
 */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { BPOM_UPT_2024, kriteria, predikat } from '../../src/core';
import { NUMBER_FORMAT } from '../../src/workbook';
import { CHANGE_FORMAT, REKAP_HEADER_ROW, rekapPlan } from '../../src/rekap';
import { XlsxWorkbook, fillColour } from '../../src/xlsx';
import { rekapOf, trenOf, unitReport } from '../rekap/support/rekap-builder';

const LONG = 'Persentase obat dan makanan yang memenuhi syarat keamanan, manfaat dan mutu berdasarkan hasil pengujian laboratorium di wilayah kerja';

const quarters = (['TW1', 'TW2'] as const).map((periode, i) =>
  unitReport({
    unit: 'Loka POM di Kota Dumai',
    periode,
    npss: [97.5, 104.25][i],
    perspektif: [{ nama: 'Stakeholder', np: [97.5, 104.25][i] }],
    sasaran: [{ nama: 'Obat aman', nps: [97.5, 104.25][i] }],
    indikator: [{ nama: LONG, capaian: [97.5, 104.25][i] }, { nama: 'Jumlah sampel diuji', capaian: [null, 60][i] }],
  }),
);
// One unit's quarters, in the rekap's order for them: together, in time.
const rekap = rekapOf(quarters, trenOf(quarters));

async function written(lang: 'id' | 'en' = 'id'): Promise<{ wb: Workbook; token: Awaited<ReturnType<XlsxWorkbook['apply']>> }> {
  const port = XlsxWorkbook.empty({ lang });
  const token = await port.apply(rekapPlan(rekap, BPOM_UPT_2024, lang));
  const wb = new Workbook();
  await wb.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
  return { wb, token };
}

const cell = (ws: Worksheet, row: number, col: number) => ws.getCell(row + 1, col + 1);
const rowValues = (ws: Worksheet, row: number, cols: number) => Array.from({ length: cols }, (_, c) => cell(ws, row, c).value ?? null);
const H = REKAP_HEADER_ROW;

describe('the rekap in a new .xlsx (exceljs)', () => {
  it('holds exactly the rekap sheets, in order, Rekap Unit first', async () => {
    const { wb } = await written();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran', 'Tren']);
  });

  it('Rekap Unit: the rows in the rekap\'s order with predikat colours, two-decimal figures and text names', async () => {
    const ws = (await written()).wb.getWorksheet('Rekap Unit')!;
    expect(cell(ws, 0, 0).value).toBe('Rekap Unit: 2 laporan dari 1 unit, TW I 2024, TW II 2024');
    expect(rowValues(ws, H, 11)).toEqual(['No', 'Unit', 'NPSS', 'Predikat', 'Periode', 'NP Stakeholder', 'Indikator dinilai', 'Jumlah indikator', 'Kesalahan', 'Peringatan', 'Berkas']);
    expect(cell(ws, H, 1).font?.bold).toBe(true);
    expect(rowValues(ws, H + 1, 6)).toEqual([1, 'Loka POM di Kota Dumai (TW I 2024)', 97.5, 'Baik', 'TW I 2024', 97.5]);
    expect(rowValues(ws, H + 2, 6)).toEqual([2, 'Loka POM di Kota Dumai (TW II 2024)', 104.25, 'Istimewa', 'TW II 2024', 104.25]);
    expect(fillColour(cell(ws, H + 1, 3).fill)).toBe(predikat(97.5, BPOM_UPT_2024).colour);
    expect(fillColour(cell(ws, H + 2, 3).fill)).toBe(predikat(104.25, BPOM_UPT_2024).colour);
    expect(fillColour(cell(ws, H + 1, 5).fill)).toBe(predikat(97.5, BPOM_UPT_2024).colour);
    expect(cell(ws, H + 1, 2).numFmt).toBe(NUMBER_FORMAT);
    expect(cell(ws, H + 1, 1).numFmt).toBe('@');
    // Widths follow the texts: the Unit column fits the unit's name.
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('Loka POM di Kota Dumai'.length);
  });

  it('Rekap Indikator: capaian with kriteria colours, - not assessed, the long name wrapped in a taller row', async () => {
    const ws = (await written()).wb.getWorksheet('Rekap Indikator')!;
    expect(rowValues(ws, H, 5)).toEqual(['Perspektif', 'Sasaran', 'Indikator', 'Loka POM di Kota Dumai (TW I 2024)', 'Loka POM di Kota Dumai (TW II 2024)']);
    expect(rowValues(ws, H + 1, 5)).toEqual(['Stakeholder', 'Terwujudnya obat dan makanan yang aman', LONG, 97.5, 104.25]);
    expect(rowValues(ws, H + 2, 5).slice(2)).toEqual(['Jumlah sampel diuji', '-', 60]);
    expect(fillColour(cell(ws, H + 1, 4).fill)).toBe(kriteria(104.25, BPOM_UPT_2024).colour);
    expect(fillColour(cell(ws, H + 2, 4).fill)).toBe(kriteria(60, BPOM_UPT_2024).colour);
    expect(fillColour(cell(ws, H + 2, 3).fill)).toBeNull();
    expect(ws.getColumn(3).alignment?.wrapText).toBe(true);
    expect(ws.getRow(H + 2).height).toBeGreaterThan(15);
    expect(ws.getColumn(3).width).toBeLessThanOrEqual(60);
  });

  it('Rekap Sasaran: NPS with predikat colours', async () => {
    const ws = (await written()).wb.getWorksheet('Rekap Sasaran')!;
    expect(rowValues(ws, H + 1, 4)).toEqual(['Stakeholder', 'Obat aman', 97.5, 104.25]);
    expect(fillColour(cell(ws, H + 1, 3).fill)).toBe(predikat(104.25, BPOM_UPT_2024).colour);
  });

  it('Tren: values by period and the signed change, in English too', async () => {
    const ws = (await written('en')).wb.getWorksheet('Trend')!;
    expect(rowValues(ws, H, 4)).toEqual(['Indicator', 'TW I 2024', 'TW II 2024', 'Δ TW II 2024 vs TW I 2024']);
    expect(rowValues(ws, H + 1, 4)).toEqual(['NPSS', 97.5, 104.25, 6.75]);
    expect(rowValues(ws, H + 3, 4)).toEqual(['Jumlah sampel diuji', '-', 60, '-']);
    expect(cell(ws, H + 1, 3).numFmt).toBe(CHANGE_FORMAT);
  });

  it('freezes the panes below the header (and right of the names in the matrices) and prints landscape, one page wide', async () => {
    const { wb } = await written();
    const frozen = wb.worksheets.map((ws) => [ws.name, ws.views[0]?.state, (ws.views[0] as { xSplit?: number }).xSplit, (ws.views[0] as { ySplit?: number }).ySplit, (ws.views[0] as { topLeftCell?: string }).topLeftCell]);
    expect(frozen).toEqual([
      ['Rekap Unit', 'frozen', 2, H + 1, `C${H + 2}`],
      ['Rekap Indikator', 'frozen', 3, H + 1, `D${H + 2}`],
      ['Rekap Sasaran', 'frozen', 2, H + 1, `C${H + 2}`],
      ['Tren', 'frozen', 1, H + 1, `B${H + 2}`],
    ]);
    for (const ws of wb.worksheets) {
      const { orientation, fitToPage, fitToWidth, fitToHeight } = ws.pageSetup;
      expect([ws.name, orientation, fitToPage, fitToWidth, fitToHeight]).toEqual([ws.name, 'landscape', true, 1, 0]);
    }
  });

  it('says in the token that the NPSS chart was not drawn (exceljs draws no chart), and nothing else', async () => {
    const { token } = await written();
    expect(token.notWritten).toEqual([{ sheet: 'Rekap Unit', kind: 'chart', title: 'NPSS per unit' }]);
  });

  it('a plan without a chart leaves notWritten out', async () => {
    const port = XlsxWorkbook.empty();
    const plan = rekapPlan(rekap, BPOM_UPT_2024, 'id');
    const token = await port.apply({ sheets: plan.sheets.map(({ chart: _chart, ...rest }) => rest) });
    expect(token.notWritten).toBeUndefined();
  });

  it('refuses to save an empty workbook (a rekap of no unit plans no sheet), in words', async () => {
    const port = XlsxWorkbook.empty({ lang: 'en' });
    await port.apply(rekapPlan(rekapOf([]), BPOM_UPT_2024, 'en'));
    await expect(port.toBuffer()).rejects.toThrow('the workbook has no sheet yet; nothing was saved');
  });

  it('undo of the apply leaves the new workbook empty again', async () => {
    const port = XlsxWorkbook.empty();
    const token = await port.apply(rekapPlan(rekap, BPOM_UPT_2024, 'id'));
    await port.undo(token);
    expect(await port.sheets()).toEqual([]);
  });
});
