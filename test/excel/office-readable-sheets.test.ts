/**
 * The sheets the add-in lays out, as Excel receives them through Microsoft's real client
 * library: what the simulated host recorded (column widths in points, wrapped cells, row
 * heights, data validation) is measured, not what the plan meant. No label of Ringkasan or of
 * an appended column is cut off; the template's drop-down lists are set and never block.
 */
import path from 'path';
import { BPOM_UPT_2024, DUMAI_TW2_2024 } from '../../src/core';
import { NUMBER_FORMAT, detectLayout, recalculate, templatePlan } from '../../src/workbook';
import type { KinerjaLayout, WritePlan } from '../../src/workbook';
import { OfficeWorkbookPort } from '../../src/excel';
import { SimBook, SimSheet, simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { LoadedClient } from '../../excel-simulator/load-client';
import { ShownCell, charsFromPoints, cutOff } from '../support/column-fit';
import { closingClients, settle } from '../support/real-client';
import { dumaiRows } from '../workbook/support';

const real = closingClients();
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'laporan-tw2-2024.xlsx');
/** Excel's default column width in points (8.43 characters). */
const DEFAULT_POINTS = 48;

const port = (c: LoadedClient) => new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
const sheetOf = (book: SimBook, name: string): SimSheet => book.sheets.find((s) => s.name === name)!;

/** A simulated sheet's cells as shown. */
function shownCells(s: SimSheet): ShownCell[][] {
  return s.rows.map((r) => (r ?? []).map((c) => (c ? { value: c.value, bold: c.bold, numFmt: c.numberFormat } : undefined)) as ShownCell[]);
}

/** Cells of a simulated sheet cut off at the widths and row heights the client set. */
function cutInSheet(s: SimSheet, only?: ReadonlySet<number>): string[] {
  const wraps = (col: number) => s.rows.some((r) => r?.[col]?.wrap === true);
  const wrapping = { wraps, heightOf: (row: number) => s.rowHeights?.[row] ?? 15 };
  return cutOff(shownCells(s), (col) => charsFromPoints(s.columnWidths[col] ?? DEFAULT_POINTS), 0, 0, only, wrapping);
}

async function recalcPlan(p: OfficeWorkbookPort, sheet = 'Kinerja'): Promise<WritePlan> {
  const grid = await p.read(sheet);
  return recalculate(grid, { period: 'TW2', profile: BPOM_UPT_2024, lang: 'id', decimalSeparator: await p.decimalSeparator() }).plan;
}

describe('Ringkasan and appended columns on the real client: nothing is cut off', () => {
  it('the report fixture: every label of Ringkasan fits the width the client set, and so do the appended columns', async () => {
    const book = await simBookFromXlsx(FIXTURE);
    const p = port(real(book));
    const layout = detectLayout(await p.read('Kinerja'), 'TW2') as KinerjaLayout;
    const appended = new Set(layout.appended.map((a) => a.col));
    expect(appended.size).toBeGreaterThan(0);
    await p.apply(await recalcPlan(p));
    const ringkasan = sheetOf(book, 'Ringkasan');
    // Widths were set in points on every column the sheet uses.
    expect(Object.keys(ringkasan.columnWidths).map(Number)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cutInSheet(ringkasan)).toEqual([]);
    // The measure can fail: at Excel's default widths labels and names would be cut.
    expect(cutOff(shownCells(ringkasan), () => charsFromPoints(DEFAULT_POINTS)).length).toBeGreaterThan(10);
    // Appended columns sit beside the user's columns: each of their cells has a neighbour.
    const kinerja = sheetOf(book, 'Kinerja');
    const last = Math.max(...appended);
    const dense = shownCells(kinerja).map((r) => [...Array.from({ length: last + 1 }, (_, j) => r[j]), { value: 'x' }]);
    expect(cutOff(dense, (col) => charsFromPoints(kinerja.columnWidths[col] ?? DEFAULT_POINTS), 0, 0, appended)).toEqual([]);
  });

  it('NPS, NP and NPSS arrive in one number format', async () => {
    const book = await simBookFromXlsx(FIXTURE);
    const p = port(real(book));
    await p.apply(await recalcPlan(p));
    const rows = snapshotSheet(book, 'Ringkasan');
    const formats = new Set<string>();
    let numbers = 0;
    rows.values.forEach((r, i) => {
      // Column D holds NPS, NP and NPSS (E holds the 100 line, also 0.00).
      if (typeof r[3] === 'number') {
        numbers++;
        formats.add(rows.numberFormats[i][3]);
      }
    });
    expect(numbers).toBe(6 + 3 + 2);
    expect([...formats]).toEqual([NUMBER_FORMAT]);
  });

  it('a sasaran name longer than the widest column wraps in a row high enough', async () => {
    const rows = dumaiRows(false).map((r) => [...r]);
    rows[4][2] = `${DUMAI_TW2_2024[0].sasaran} `.repeat(3).trim();
    const book = simBook([simSheet('Kinerja', rows as never)]);
    const p = port(real(book));
    await p.apply(await recalcPlan(p));
    const ringkasan = sheetOf(book, 'Ringkasan');
    expect(Object.values(ringkasan.rowHeights ?? {}).some((h) => h >= 30)).toBe(true);
    expect(cutInSheet(ringkasan)).toEqual([]);
  });
});

describe('the template on the real client', () => {
  it.each([
    ['id', 'Templat SAKIP', ['Maksimal', 'Minimal'], ['Polaritas', 'Perspektif']],
    ['en', 'SAKIP Template', ['Maximize', 'Minimize'], ['Polarity', 'Perspective']],
  ] as const)('(%s) sets a Polaritas and a Perspektif drop-down that warn, never block; widths fit; Batalkan removes it', async (lang, name, words, titles) => {
    const book = simBook([simSheet('Kinerja', dumaiRows(false) as never)]);
    const c = real(book);
    const p = port(c);
    const before = JSON.stringify(book.sheets);
    const token = await p.apply(templatePlan(lang, name));
    const sheet = sheetOf(book, name);
    expect(sheet.validations).toEqual([
      {
        address: 'E4:E203',
        rule: { list: { inCellDropDown: true, source: words.join(',') } },
        errorAlert: expect.objectContaining({ showAlert: true, style: 'Warning', title: titles[0] }),
        prompt: expect.objectContaining({ showPrompt: true, title: titles[0] }),
      },
      {
        address: 'B4:B203',
        rule: { list: { inCellDropDown: true, source: 'Stakeholder,Internal Process,Learning & Growth' } },
        errorAlert: expect.objectContaining({ showAlert: true, style: 'Warning', title: titles[1] }),
        prompt: expect.objectContaining({ showPrompt: true, title: titles[1] }),
      },
    ]);
    expect(cutInSheet(sheet)).toEqual([]);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/Dumai/);
    await p.undo(token);
    expect(book.sheets.map((s) => s.name)).toEqual(['Kinerja']);
    expect(JSON.stringify(book.sheets)).toBe(before);
    await settle();
    expect(c.host.stats.liveReferences).toBe(0);
  });
});
