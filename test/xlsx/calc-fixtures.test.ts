/**
 * The LibreOffice-made fixtures in test/fixtures/calc (scripts/make-calc-fixtures.ts). CI has
 * no LibreOffice, so this cannot regenerate the .xlsx; instead it checks that the committed
 * sources are exactly what the script types, and that each committed .xlsx has what the
 * script meant Calc to write: numbers stored as numbers with the typed values, percent number
 * formats, merges. A hand edit or an import with the wrong locale (`89,20` kept as text, or
 * read as 8920) fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import {
  ABBREV_EFISIENSI_HEADERS,
  ABBREV_KINERJA_HEADERS,
  ABBREV_TRW_HEADERS,
  CALC_FIXTURES,
  CSV_HEADERS,
  CSV_ROWS,
  PERCENT_NUMBER_REALISASI,
  PERCENT_TEXT_REALISASI,
  QUARTER_LABELS,
  SS1_ROWS,
  SS2_ROWS,
  SS4_ROWS,
  abbrevEfisiensiRows,
  asTypedPercent,
  calcSources,
  xlsxName,
} from '../../scripts/make-calc-fixtures';
import { QUARTERLY_2024 } from '../../scripts/fixture-data';

const CALC_DIR = path.resolve(__dirname, '..', 'fixtures', 'calc');

async function sheetOf(source: string, name?: string): Promise<Worksheet> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(CALC_DIR, xlsxName(source)));
  const ws = name === undefined ? wb.worksheets[0] : wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${source}`);
  return ws;
}

const valueAt = (ws: Worksheet, address: string) => ws.getCell(address).value;
const rowValues = (ws: Worksheet, row: number, cols: number) => Array.from({ length: cols }, (_, c) => ws.getCell(row, c + 1).value);

describe('committed Calc sources', () => {
  it.each(calcSources().map((s) => [s.source, s] as const))('%s is what the script types, and has its .xlsx beside it', (_name, s) => {
    expect(fs.readFileSync(path.join(CALC_DIR, s.source), 'utf8')).toBe(s.text);
    expect(fs.existsSync(path.join(CALC_DIR, xlsxName(s.source)))).toBe(true);
  });

  it('types the id-ID CSV with `;`, decimal commas and thousands dots', () => {
    const text = calcSources().find((s) => s.source === CALC_FIXTURES.idCsv)?.text ?? '';
    expect(text.split('\r\n')[1]).toMatch(/;89,20;88,89;99,65$/);
    expect(text).toContain(';1.250;1.384;110,72');
    expect(text).toContain(';100;95,12;95,12');
  });

  it('types the en-US CSV with `,`, decimal points and quoted thousands', () => {
    const text = calcSources().find((s) => s.source === CALC_FIXTURES.enCsv)?.text ?? '';
    expect(text.split('\r\n')[1]).toMatch(/,89\.20,88\.89,99\.65$/);
    expect(text).toContain(',"1,250","1,384",110.72');
  });
});

describe.each([
  ['id-ID', CALC_FIXTURES.idCsv],
  ['en-US', CALC_FIXTURES.enCsv],
])('%s CSV imported by Calc', (locale, source) => {
  it('stores every typed target, realisasi and capaian as the number typed', async () => {
    const ws = await sheetOf(source);
    expect(rowValues(ws, 1, CSV_HEADERS.length)).toEqual([...CSV_HEADERS]);
    CSV_ROWS.forEach((r, i) => {
      // Columns E, F, G: `89,20` → 89.2, `1.250` → 1250 (not 1.25, not text).
      expect(rowValues(ws, i + 2, 7).slice(4)).toEqual([r.target, r.realisasi, r.capaian]);
      expect(valueAt(ws, `A${i + 2}`)).toBe(i + 1);
    });
  });

  it(locale === 'id-ID' ? 'keeps the blank Perspektif/Sasaran cells of rows under a group' : 'repeats Perspektif and Sasaran on every row', async () => {
    const ws = await sheetOf(source);
    const named = CSV_ROWS.map((_r, i) => valueAt(ws, `C${i + 2}`) !== null);
    expect(named).toEqual(CSV_ROWS.map((r, i) => locale === 'en-US' || i === 0 || CSV_ROWS[i - 1].sasaran !== r.sasaran));
  });
});

describe('percent-formatted FODS converted by Calc', () => {
  it('stores each target as the fraction typed (95,19% → 0.9519) with a percent format', async () => {
    const ws = await sheetOf(CALC_FIXTURES.percent);
    SS2_ROWS.forEach((r, i) => {
      const cell = ws.getCell(`E${i + 2}`);
      expect(cell.value).toBe(asTypedPercent(r.target));
      // Calc writes its locale before the code: `[$-421]0.00%` (0x421 = id-ID).
      expect(cell.numFmt).toMatch(/0\.00%$/);
    });
  });

  it('keeps the realisasi as typed: a percentage, plain numbers, and the text `51,35%`', async () => {
    const ws = await sheetOf(CALC_FIXTURES.percent);
    SS2_ROWS.forEach((r, i) => {
      const cell = ws.getCell(`F${i + 2}`);
      if ((PERCENT_TEXT_REALISASI as readonly number[]).includes(i)) {
        expect(cell.value).toBe(`${r.realisasi.toFixed(2).replace('.', ',')}%`);
      } else if (i === PERCENT_NUMBER_REALISASI) {
        expect(cell.value).toBe(asTypedPercent(r.realisasi));
        expect(cell.numFmt).toMatch(/%$/);
      } else {
        expect(cell.value).toBe(r.realisasi);
        expect(cell.numFmt ?? '').not.toContain('%');
      }
    });
  });
});

describe('merged two-row header FODS converted by Calc', () => {
  it('keeps the merges: title, Target and Realisasi across TW I–IV, headers two rows high, Perspektif and Sasaran down their rows', async () => {
    const ws = await sheetOf(CALC_FIXTURES.merged);
    const merges = new Set((ws.model as unknown as { merges: string[] }).merges);
    for (const m of ['A1:N1', 'F3:I3', 'J3:M3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'N3:N4', 'B5:B6', 'C5:C6', 'B7:B9', 'C7:C8']) expect(merges).toContain(m);
    expect(merges.size).toBe(13);
    expect(rowValues(ws, 4, 14).slice(5, 13)).toEqual([...QUARTER_LABELS, ...QUARTER_LABELS]);
  });

  it('stores every quarter target and realisasi as a number (`-` where none)', async () => {
    const ws = await sheetOf(CALC_FIXTURES.merged);
    QUARTERLY_2024.forEach((r, i) => {
      const cells = rowValues(ws, 5 + i, 13).slice(5);
      expect(cells).toEqual([...r.target, ...r.realisasi].map((v) => v ?? '-'));
    });
  });
});

describe('report-wording FODS converted by Calc', () => {
  it('has the headers of real reports on its three sheets', async () => {
    expect(rowValues(await sheetOf(CALC_FIXTURES.abbrev, 'Kinerja'), 1, ABBREV_KINERJA_HEADERS.length)).toEqual([...ABBREV_KINERJA_HEADERS]);
    expect(rowValues(await sheetOf(CALC_FIXTURES.abbrev, 'IKU Trw II'), 1, ABBREV_TRW_HEADERS.length)).toEqual([...ABBREV_TRW_HEADERS]);
    expect(rowValues(await sheetOf(CALC_FIXTURES.abbrev, 'Efisiensi'), 1, ABBREV_EFISIENSI_HEADERS.length)).toEqual([...ABBREV_EFISIENSI_HEADERS]);
  });

  it('stores targets, realisasi and rupiah as numbers, rupiah with a thousands format', async () => {
    const kinerja = await sheetOf(CALC_FIXTURES.abbrev, 'Kinerja');
    [...SS1_ROWS, ...SS2_ROWS].forEach((r, i) => expect(rowValues(kinerja, i + 2, 8).slice(4)).toEqual([r.targetTahunan, r.target, r.realisasi, r.capaian]));
    const trw = await sheetOf(CALC_FIXTURES.abbrev, 'IKU Trw II');
    SS4_ROWS.forEach((r, i) => expect(rowValues(trw, i + 2, 6).slice(3)).toEqual([r.target, r.realisasi, r.capaian]));
    const efisiensi = await sheetOf(CALC_FIXTURES.abbrev, 'Efisiensi');
    abbrevEfisiensiRows().forEach((e, i) => {
      expect(rowValues(efisiensi, i + 2, 6).slice(1)).toEqual([e.kegiatan, e.output, e.pagu, e.penyerapan, e.serapan]);
      expect(efisiensi.getCell(`D${i + 2}`).numFmt).toMatch(/#,##0$/);
    });
  });
});
