/**
 * The file `sakip hitung` saves, read back with exceljs: the Ringkasan sheet and the appended
 * columns are readable (no label cut off at the widths in the file), NPS / NP / NPSS share one
 * number format; and the template written through the same adapter carries its drop-down lists.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { NUMBER_FORMAT, detectLayout, templatePlan } from '../../src/workbook';
import type { KinerjaLayout } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { ShownCell, cutOff } from '../support/column-fit';
import { copyFixture, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's cells as shown (values, bold, number formats), rows and columns 0-based. */
function shownCells(ws: ExcelJS.Worksheet): ShownCell[][] {
  const rows: ShownCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: ShownCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      const value = v === null || v === undefined ? null : typeof v === 'object' ? (v instanceof Date ? String(v) : cell.text) : v;
      out[c - 1] = { value, bold: cell.font?.bold === true, numFmt: cell.numFmt };
    });
    rows[r - 1] = Array.from({ length: out.length }, (_, j) => out[j] ?? { value: null });
  });
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}

function cutInSheet(ws: ExcelJS.Worksheet, only?: ReadonlySet<number>, cells = shownCells(ws)): string[] {
  const wrapping = { wraps: (col: number) => ws.getColumn(col + 1).alignment?.wrapText === true, heightOf: (row: number) => ws.getRow(row + 1).height ?? 15 };
  return cutOff(cells, (col) => ws.getColumn(col + 1).width ?? DEFAULT_WIDTH, 0, 0, only, wrapping);
}

describe('sakip hitung: the saved Ringkasan and appended columns are readable', () => {
  it('no label is cut off at the widths in the file; NPS, NP and NPSS share one number format', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakip('hitung', input, '--periode', 'TW2');
    expect(run.stderr).toBe('');
    const output = path.join(dir, 'laporan-tw2-2024-hasil.xlsx');
    const wb = await readBack(output);
    const ringkasan = wb.getWorksheet('Ringkasan')!;
    const cells = shownCells(ringkasan);
    expect(cells.length).toBeGreaterThan(15);
    expect(cutInSheet(ringkasan)).toEqual([]);
    // The measure can fail: at Excel's default widths names and labels would be cut.
    expect(cutOff(cells, () => DEFAULT_WIDTH).length).toBeGreaterThan(10);
    // NPS (sasaran rows), NP (perspective rows) and NPSS (twice) are all in column D, all 0.00.
    const numbers = cells.filter((r) => typeof r[3]?.value === 'number').map((r) => r[3].numFmt);
    expect(numbers).toHaveLength(6 + 3 + 2);
    expect(new Set(numbers)).toEqual(new Set([NUMBER_FORMAT]));

    // The column the report lacks (annual capaian) was appended: its header and values fit.
    const before = detectLayout(await (await XlsxWorkbook.open(input)).read('Kinerja'), 'TW2') as KinerjaLayout;
    const appended = new Set(before.appended.map((a) => a.col));
    expect(appended.size).toBeGreaterThan(0);
    const kinerja = wb.getWorksheet('Kinerja')!;
    const last = Math.max(...appended);
    // A neighbour right of the last appended column: the user may fill it.
    const dense = shownCells(kinerja).map((r) => [...Array.from({ length: last + 1 }, (_, j) => r[j]), { value: 'x' }]);
    expect(cutInSheet(kinerja, appended, dense)).toEqual([]);
  });
});

describe('the template through the xlsx adapter', () => {
  it.each([
    ['id', ['Maksimal', 'Minimal']],
    ['en', ['Maximize', 'Minimize']],
  ] as const)('(%s) writes drop-down lists that warn, never stop; its widths fit; undo removes the sheet', async (lang, words) => {
    const file = copyFixture(FIXTURES.report, dir);
    const port = await XlsxWorkbook.open(file);
    const token = await port.apply(templatePlan(lang, 'Templat SAKIP'));
    const saved = path.join(dir, 'templat.xlsx');
    await port.save(saved);
    const ws = (await readBack(saved)).getWorksheet('Templat SAKIP')!;
    // exceljs reads a range's rule back onto each of its cells.
    const at = (address: string) => ws.getCell(address).dataValidation;
    for (const [address, title, list] of [
      ['E4', 'Polaritas', words],
      ['E203', 'Polaritas', words],
      ['B4', 'Perspektif', ['Stakeholder', 'Internal Process', 'Learning & Growth']],
    ] as const) {
      const expectedTitle = lang === 'en' ? { Polaritas: 'Polarity', Perspektif: 'Perspective' }[title] : title;
      expect(at(address)).toMatchObject({ type: 'list', formulae: [`"${list.join(',')}"`], showErrorMessage: true, errorStyle: 'warning', errorTitle: expectedTitle, promptTitle: expectedTitle });
      // Excel refuses a file whose titles pass 32 characters or messages 255.
      expect(at(address).errorTitle!.length).toBeLessThanOrEqual(32);
      expect(Math.max(at(address).error!.length, at(address).prompt!.length)).toBeLessThanOrEqual(255);
    }
    expect(at('E204')).toBeUndefined();
    expect(at('F4')).toBeUndefined();
    expect(cutInSheet(ws)).toEqual([]);
    await port.undo(token);
    expect(await port.sheets()).not.toContain('Templat SAKIP');
  });
});
