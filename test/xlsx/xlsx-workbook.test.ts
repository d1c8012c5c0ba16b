/**
 * The exceljs port: what `read` hands the engine, what `apply` writes (and only that), and
 * that `undo` puts the workbook back exactly — checked after a save and reload, as a user sees it.
 */
import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';
import { ApplyError } from '../../src/workbook/types';
import type { WritePlan } from '../../src/workbook/types';
import { XlsxWorkbook, fillColour } from '../../src/xlsx';
import { checksum, dumpWorkbook } from '../../scripts/workbook-dump';

/** A small workbook with every kind of cell the engine must read. */
function sample(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Kinerja');
  ws.getCell('B2').value = 'Indikator';
  ws.getCell('C2').value = 89.2;
  ws.getCell('D2').value = '89,20';
  ws.getCell('E2').value = new Date(Date.UTC(2024, 5, 30));
  ws.getCell('F2').value = { error: '#N/A' };
  ws.getCell('G2').value = { richText: [{ text: 'Sangat ' }, { text: 'Baik', font: { bold: true } }] };
  ws.getCell('H2').value = { formula: 'C2*2', result: 178.4 };
  ws.getCell('I2').value = { text: 'tautan', hyperlink: 'https://example.org' };
  ws.getCell('B3').value = 'Gabungan';
  ws.mergeCells('B3:B5');
  ws.getCell('C3').value = 1;
  ws.getCell('C4').value = 2;
  ws.getCell('C5').value = 3;
  // Two cells sharing one style object, as exceljs does for cells read with the same style id.
  const shared = { fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFFF00' } }, numFmt: '0.0' };
  ws.getCell('D3').style = shared;
  ws.getCell('D4').style = shared;
  ws.getCell('D3').value = 5;
  ws.getCell('D4').value = 6;
  ws.getColumn(4).width = 17;
  wb.addWorksheet('Lain').getCell('A1').value = 'tetap';
  return wb;
}

/** A shared-formula master cell value (exceljs reads them so; its typings omit the fields). */
function sharedMaster(formula: string, result: number, ref: string): CellValue {
  return { formula, result, shareType: 'shared', ref } as CellValue;
}

async function reload(port: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await port.toBuffer());
}

describe('XlsxWorkbook.read', () => {
  it('gives values as Excel shows them and formulas in en-US form', async () => {
    const port = await reload(new XlsxWorkbook(sample()));
    const g = await port.read('Kinerja');
    expect([g.top, g.left]).toEqual([1, 1]);
    const row = g.values[0];
    expect(row.slice(0, 4)).toEqual(['Indikator', 89.2, '89,20', new Date(Date.UTC(2024, 5, 30))]);
    expect(row[3]).toBeInstanceOf(Date);
    expect(row.slice(4, 8)).toEqual(['#N/A', 'Sangat Baik', 178.4, 'tautan']);
    expect(g.formulas[0][6]).toBe('=C2*2');
    expect(g.formulas[0][1]).toBeNull();
    // Merged B3:B5: the master shows the value, the cells it covers read blank.
    expect(g.values.slice(1).map((r) => r[0])).toEqual(['Gabungan', null, null]);
    expect(g.values.every((r) => r.length === g.values[0].length)).toBe(true);
  });

  it('reads the number formats of the table’s input columns over its rows, General as null (SPEC §8)', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('K');
    ws.addRow(['Laporan']);
    ws.addRow(['Indikator Kinerja', 'Target TW I', 'Target TW II', 'Realisasi TW II', 'Capaian TW II', 'Catatan']);
    ws.addRow(['A', 0.9, 0.9519, 51.35, 0.5, 0.1]);
    ws.addRow(['B', 90, 95, 0.5, 0.5, 0.1]);
    for (const a of ['B3', 'C3', 'E3', 'F3', 'A1']) ws.getCell(a).numFmt = '0.00%';
    ws.getCell('D4').numFmt = '#,##0.00" %"';
    const g = await (await reload(new XlsxWorkbook(wb))).read('K');
    expect(g.numberFormats).toEqual(
      new Map([
        [1, [null, null, '0.00%', null]],
        [2, [null, null, '0.00%', null]],
        [3, [null, null, null, '#,##0.00" %"']],
      ]),
    );
    // A sheet without a table has none.
    wb.addWorksheet('Catatan').getCell('A1').value = 0.5;
    expect((await new XlsxWorkbook(wb).read('Catatan')).numberFormats).toBeUndefined();
  });

  it('translates shared formulas to each cell', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = sharedMaster('A1*10', 10, 'B1:B2');
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
    const g = await (await reload(new XlsxWorkbook(wb))).read('S');
    expect(g.formulas.map((r) => r[1])).toEqual(['=A1*10', '=A2*10']);
    expect(g.values.map((r) => r[1])).toEqual([10, 20]);
  });

  it('lists sheets in tab order and reads an empty sheet as an empty grid', async () => {
    const wb = sample();
    wb.addWorksheet('Kosong');
    const port = new XlsxWorkbook(wb);
    expect(await port.sheets()).toEqual(['Kinerja', 'Lain', 'Kosong']);
    expect((await port.read('Kosong')).values).toEqual([]);
    await expect(port.read('Tidak Ada')).rejects.toThrow('Tidak Ada');
  });

  it('reports the decimal separator it is told, comma by default', async () => {
    expect(await new XlsxWorkbook(sample()).decimalSeparator()).toBe(',');
    expect(await new XlsxWorkbook(sample(), { decimalSeparator: '.' }).decimalSeparator()).toBe('.');
  });
});

const plan: WritePlan = {
  sheets: [
    {
      sheet: 'Kinerja',
      owned: false,
      blocks: [
        {
          row: 2,
          col: 3,
          values: [[103.52], ['=SUM(C3:C5)'], [{ formula: '=C4*2' }]],
          numberFormats: [['0.00'], ['@'], ['0.00']],
          fills: [['#00B050'], [null], ['#FF0000']],
          bold: [[true], [false], [true]],
        },
      ],
      columnWidths: { 3: 30 },
    },
    { sheet: 'Ringkasan', owned: true, blocks: [{ row: 0, col: 0, values: [['NPSS', 101.67], ['=cmd|x', 'teks']] }] },
  ],
};

describe('XlsxWorkbook.apply', () => {
  it('writes values, formats, fills and bold into the blocks only; text stays text', async () => {
    const port = await reload(new XlsxWorkbook(sample()));
    const before = dumpWorkbook(port.workbook, { cells: new Set(['Kinerja!D3', 'Kinerja!D4', 'Kinerja!D5']), widths: new Set(['Kinerja!3']) });
    const progress: [number, number][] = [];
    await port.apply(plan, (d, t) => progress.push([d, t]));
    expect(progress[progress.length - 1]).toEqual([7, 7]);
    const out = await reload(port);
    const ws = out.workbook.getWorksheet('Kinerja')!;
    expect(ws.getCell('D3').value).toBe(103.52);
    expect(ws.getCell('D3').numFmt).toBe('0.00');
    expect(ws.getCell('D3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(ws.getCell('D3').font?.bold).toBe(true);
    // A string that looks like a formula is written as text (DESIGN: user text never becomes a formula).
    expect(ws.getCell('D4').value).toBe('=SUM(C3:C5)');
    expect((await out.read('Kinerja')).formulas[2][2]).toBeNull();
    expect(fillColour(ws.getCell('D4').fill)).toBeNull();
    expect(ws.getCell('D5').formula).toBe('C4*2');
    expect(ws.getColumn(4).width).toBe(30);
    // Nothing else moved: every other cell, style, merge and width is as it was.
    const after = dumpWorkbook(out.workbook, { cells: new Set(['Kinerja!D3', 'Kinerja!D4', 'Kinerja!D5']), widths: new Set(['Kinerja!3']), sheets: new Set(['Ringkasan']) });
    expect(after).toEqual(before);
    const g = await out.read('Ringkasan');
    expect(g.values).toEqual([['NPSS', 101.67], ['=cmd|x', 'teks']]);
    expect(g.formulas.flat().every((f) => f === null)).toBe(true);
  });

  it('changes a copy of a shared style, never the style of a neighbour', async () => {
    const port = new XlsxWorkbook(sample());
    await port.apply({ sheets: [{ sheet: 'Kinerja', owned: false, blocks: [{ row: 2, col: 3, values: [[7]], fills: [['#FF0000']] }] }] });
    const ws = port.workbook.getWorksheet('Kinerja')!;
    expect(ws.getCell('D3').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    expect(ws.getCell('D4').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(ws.getCell('D3').numFmt).toBe('0.0');
  });

  it('clears an owned sheet that exists and keeps its place among the tabs', async () => {
    const wb = sample();
    const old = wb.addWorksheet('Ringkasan');
    old.getCell('Z9').value = 'lama';
    wb.addWorksheet('Akhir');
    const port = new XlsxWorkbook(wb);
    await port.apply(plan);
    const out = await reload(port);
    expect(await out.sheets()).toEqual(['Kinerja', 'Lain', 'Ringkasan', 'Akhir']);
    expect((await out.read('Ringkasan')).values).toEqual([['NPSS', 101.67], ['=cmd|x', 'teks']]);
  });

  it('refuses to write into the covered cells of a merge, and the token undoes the rest', async () => {
    const port = new XlsxWorkbook(sample());
    const sum = checksum(port.workbook);
    const bad: WritePlan = { sheets: [{ sheet: 'Kinerja', owned: false, blocks: [{ row: 2, col: 2, values: [[9]] }, { row: 3, col: 1, values: [['x']] }] }] };
    const err = await port.apply(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApplyError);
    expect((err as ApplyError).message).toContain('Kinerja!B4');
    expect(port.workbook.getWorksheet('Kinerja')!.getCell('C3').value).toBe(9);
    await port.undo((err as ApplyError).token);
    expect(checksum(port.workbook)).toBe(sum);
  });

  it('keeps shared formulas outside the blocks when their master cell is overwritten', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = sharedMaster('A1*10', 10, 'B1:B2');
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
    const port = await reload(new XlsxWorkbook(wb));
    const token = await port.apply({ sheets: [{ sheet: 'S', owned: false, blocks: [{ row: 0, col: 1, values: [[5]] }] }] });
    const g = await (await reload(port)).read('S');
    expect(g.formulas.map((r) => r[1])).toEqual([null, '=A2*10']);
    await port.undo(token);
    expect((await (await reload(port)).read('S')).formulas.map((r) => r[1])).toEqual(['=A1*10', '=A2*10']);
  });
});

describe('XlsxWorkbook.undo', () => {
  it('restores every cell, style, width and owned sheet exactly', async () => {
    for (const withOldSummary of [false, true]) {
      const wb = sample();
      if (withOldSummary) wb.addWorksheet('Ringkasan').getCell('B2').value = 'ringkasan lama';
      const port = await reload(new XlsxWorkbook(wb));
      const before = checksum(port.workbook);
      const token = await port.apply(plan);
      expect(checksum(port.workbook)).not.toBe(before);
      await port.undo(token);
      expect(checksum(port.workbook)).toBe(before);
      expect(checksum((await reload(port)).workbook)).toBe(checksum((await reload(await reload(new XlsxWorkbook(wb)))).workbook));
    }
  });

  it('restores values, formulas and formats from a token alone (another session)', async () => {
    const port = await reload(new XlsxWorkbook(sample()));
    const token = JSON.parse(JSON.stringify(await port.apply(plan)));
    const other = new XlsxWorkbook(port.workbook);
    await other.undo(token);
    const ws = other.workbook.getWorksheet('Kinerja')!;
    expect([ws.getCell('D3').value, ws.getCell('D4').value, ws.getCell('D5').value]).toEqual([5, 6, null]);
    expect(ws.getCell('D3').numFmt).toBe('0.0');
    expect(ws.getCell('D4').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(other.workbook.getWorksheet('Ringkasan')).toBeUndefined();
  });
});
