/**
 * The pane's Rekap over the open workbook (issue 16, deliverable 3) on the Office port driving
 * Microsoft's real Excel client over the simulated host. The workbook holds the committed unit
 * fixtures' performance sheets, one sheet per unit; every figure written is checked against what
 * the CLI's reader and `consolidate` give on the original files, and each unit's NPSS against
 * `hitung`'s own run on its sheet. Undo puts every sheet back; a user's Rekap Unit is never touched.
 */
import path from 'path';
import { BPOM_UPT_2024 } from '../../src/core';
import { findingOfRekap, performanceSheets, readUnitReports, rekapWorkbook, runWorkbook } from '../../src/app';
import type { RekapWorkbookRequest } from '../../src/app';
import { OfficeWorkbookPort } from '../../src/excel';
import { REKAP_HEADER_ROW, consolidate, rekapPlan, unitPeriodLabel } from '../../src/rekap';
import type { UnitReport } from '../../src/rekap';
import type { WritePlan } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { SimBook, parseAddress, simBook, simSheet, snapshotSheet } from '../../excel-simulator';
import { closingClients, settle } from '../support/real-client';
import { UNIT_DIR, UNIT_FILES, kinerjaOf, unitBook, unitSheetOf } from '../support/unit-book';

const real = closingClients();
const H = REKAP_HEADER_ROW;
const PROFILE = BPOM_UPT_2024;
const WORKBOOK = 'Buku kerja ini';
const TRIWULAN = path.resolve(__dirname, '..', 'fixtures', 'laporan-triwulan-2024.xlsx');
const FILES = UNIT_FILES;
const sheetOf = unitSheetOf;

const request = (over: Partial<RekapWorkbookRequest> = {}): RekapWorkbookRequest => ({ workbook: WORKBOOK, sheets: null, period: null, profile: PROFILE, lang: 'id', ...over });

/** What the CLI's reader gives on the original files, as if each were one sheet of this workbook. */
async function unitsFromFiles(): Promise<UnitReport[]> {
  const units: UnitReport[] = [];
  for (const f of FILES) {
    const read = await readUnitReports(await XlsxWorkbook.open(path.join(UNIT_DIR, f)), { file: f, sheets: null, period: null, profile: PROFILE, lang: 'id', fallback: 'file' });
    const here = (cell: string) => cell.replace(/^Kinerja!/, `${sheetOf(f)}!`);
    units.push(...read.units.map((u) => ({ ...u, file: WORKBOOK, sheet: sheetOf(f), unitCell: u.unitCell === null ? null : here(u.unitCell), indikator: u.indikator.map((i) => ({ ...i, cell: here(i.cell) })) })));
  }
  return units;
}

/** The values a plan writes, sheet by sheet, as Excel reads them back (every value the rekap plans is a plain one). */
function plannedValues(plan: WritePlan): Record<string, unknown[][]> {
  return Object.fromEntries(plan.sheets.map((sp) => [sp.sheet, sp.blocks[0].values.map((r) => [...r])]));
}

function written(b: SimBook, names: readonly string[]): Record<string, unknown[][]> {
  return Object.fromEntries(names.map((n) => [n, snapshotSheet(b, n).values]));
}

/** Every sheet's values and formulas, and which sheets there are: what undo must restore. */
function everything(b: SimBook) {
  return { names: b.sheets.map((s) => s.name), active: b.activeSheet, sheets: b.sheets.map((s) => ({ name: s.name, snap: snapshotSheet(b, s.name), charts: s.charts.length })) };
}

describe('Rekap over the open workbook (Office port, real client)', () => {
  it('writes the rekap of the unit sheets, as consolidate gives it from the files, with the chart; each NPSS is hitung\'s; undo is exact', async () => {
    const b = await unitBook();
    const c = real(b);
    const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
    const before = everything(b);

    const { rekap, token, plan } = await rekapWorkbook(port, request());
    expect(token).not.toBeNull();
    expect(rekap.units.map((u) => u.sheet).sort()).toEqual(FILES.map(sheetOf).sort());
    expect(rekap.units.every((u) => u.unitFrom === 'judul')).toBe(true);

    // The same rekap the CLI consolidates from the four files.
    const expected = consolidate(await unitsFromFiles(), 'id');
    expect(rekap.units).toEqual(expected.units);
    expect(rekap.indikator).toEqual(expected.indikator);
    expect(rekap.sasaran).toEqual(expected.sasaran);
    const expectedPlan = rekapPlan(expected, PROFILE, 'id');
    expect(plan!.sheets.map((s) => s.sheet)).toEqual(['Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran']);
    expect(written(b, plan!.sheets.map((s) => s.sheet))).toEqual(plannedValues(expectedPlan));
    expect(b.activeSheet).toBe('Rekap Unit');

    // Each unit's NPSS on Rekap Unit is what hitung's own run gives on its sheet.
    const unitRows = snapshotSheet(b, 'Rekap Unit').values.slice(H + 1);
    expect(unitRows).toHaveLength(FILES.length);
    for (const u of rekap.units) {
      const run = await runWorkbook(port, { command: 'periksa', sheets: [u.sheet], period: 'TW2', profile: PROFILE, lang: 'id' });
      const npss = run.summary?.npss.status === 'ok' ? run.summary.npss.value : null;
      expect(npss).not.toBeNull();
      expect(unitRows.find((r) => r[1] === u.unit)?.[2]).toBe(npss);
    }

    // The chart Excel was asked for: NPSS by unit, over the Unit and NPSS columns.
    const charts = b.sheets.find((s) => s.name === 'Rekap Unit')!.charts;
    expect(charts).toEqual([expect.objectContaining({ type: 'BarClustered', title: 'NPSS per unit' })]);
    expect(snapshotSheet(b, 'Rekap Unit', parseAddress(charts[0].source)!).values).toEqual([['Unit', 'NPSS'], ...unitRows.map((r) => [r[1], r[2]])]);

    await port.undo(token!);
    expect(everything(b)).toEqual(before);
    await settle();
    expect(c.host.stats.liveReferences).toBe(0);
  });

  it('a second Rekap reads none of the first\'s sheets and gives the same rekap; Periksa then reports nothing on them', async () => {
    const b = await unitBook();
    const c = real(b);
    const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
    const first = await rekapWorkbook(port, request());
    const names = first.plan!.sheets.map((s) => s.sheet);
    const afterFirst = written(b, names);
    const second = await rekapWorkbook(port, request());
    expect(second.rekap).toEqual(first.rekap);
    expect(second.plan!.sheets.map((s) => s.sheet)).toEqual(names);
    expect(written(b, names)).toEqual(afterFirst);
    expect(b.sheets.map((s) => s.name)).toEqual(['Catatan', ...FILES.map(sheetOf), ...names]);

    const run = await runWorkbook(port, { command: 'periksa', sheets: null, period: null, profile: PROFILE, lang: 'id' });
    expect(run.sheets.map((o) => o.sheet)).toEqual(FILES.map(sheetOf));
    expect(run.findings.filter((f) => names.includes(f.sheet))).toEqual([]);
    // Even asked for by name, our sheet is no table with missing columns: only "no table here".
    const asked = await runWorkbook(port, { command: 'periksa', sheets: ['Rekap Indikator'], period: 'TW2', profile: PROFILE, lang: 'id' });
    expect(asked.sheets[0].kind).toBeNull();
  });

  it('a user\'s own Rekap Unit sheet keeps its content; ours is Rekap Unit (2), and undo leaves theirs as it was', async () => {
    const theirs = simSheet('Rekap Unit', [['Rekap Unit: daftar hadir rapat'], ['Nama', 'Unit'], ['Ani', 'Loka POM di Kota Dumai']]);
    const b = await unitBook([theirs]);
    const c = real(b);
    const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
    const mine = snapshotSheet(b, 'Rekap Unit');
    const before = everything(b);
    const { token, plan, rekap } = await rekapWorkbook(port, request());
    expect(plan!.sheets.map((s) => s.sheet)).toEqual(['Rekap Unit (2)', 'Rekap Indikator', 'Rekap Sasaran']);
    expect(snapshotSheet(b, 'Rekap Unit')).toEqual(mine);
    expect(b.sheets.find((s) => s.name === 'Rekap Unit')!.charts).toEqual([]);
    expect(snapshotSheet(b, 'Rekap Unit (2)').values[H + 1][1]).toBe(rekap.units[0].unit);
    // Their sheet holds no performance table: read, and no unit of the rekap.
    expect(rekap.units).toHaveLength(FILES.length);
    await port.undo(token!);
    expect(everything(b)).toEqual(before);
  });

  it('one unit\'s TW I–IV sheet without a title: four reports named by the sheet, a Tren, and the chart\'s bars told apart by period', async () => {
    const b = simBook([await kinerjaOf(TRIWULAN, 'Loka Dumai')]);
    const c = real(b);
    const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office, lang: 'en' });
    const { rekap, plan } = await rekapWorkbook(port, request({ lang: 'en' }));
    expect(rekap.units.map((u) => [u.unit, u.unitFrom, u.periode].join(' ')).sort()).toEqual(['TW1', 'TW2', 'TW3', 'TW4'].map((p) => `Loka Dumai lembar ${p}`));
    expect(plan!.sheets.map((s) => s.sheet)).toEqual(['Unit Summary', 'Indicator Summary', 'Sasaran Summary', 'Trend']);
    const labels = snapshotSheet(b, 'Unit Summary').values.slice(H + 1).map((r) => r[1]);
    expect(labels).toEqual(rekap.units.map((u) => `Loka Dumai (${unitPeriodLabel(u, 'en')})`));
    expect(new Set(labels).size).toBe(4);
    expect(b.sheets.find((s) => s.name === 'Unit Summary')!.charts).toHaveLength(1);
    // NPSS by quarter as hitung gives it on the sheet.
    for (const u of rekap.units) {
      const run = await runWorkbook(port, { command: 'periksa', sheets: ['Loka Dumai'], period: u.periode, profile: PROFILE, lang: 'en' });
      expect(u.npss).toBe(run.summary?.npss.status === 'ok' ? run.summary.npss.value : null);
    }
  });

  it('nothing written when no sheet holds a unit report, and a finding says why', async () => {
    const b = simBook([simSheet('Catatan', [['Rapat pimpinan']])]);
    const c = real(b);
    const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
    const before = everything(b);
    const { rekap, token, plan } = await rekapWorkbook(port, request());
    expect([token, plan]).toEqual([null, null]);
    expect(everything(b)).toEqual(before);
    expect(rekap.findings[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'rekap-tidak-ditulis' }));
    expect(rekap.findings[0].message).toContain('Catatan');
  });
});

describe('what the pane lists before a Rekap and links after it', () => {
  it('the sheets Rekap reads: the unit sheets, neither the notes nor our own Rekap sheets', async () => {
    const b = await unitBook();
    const c = real(b);
    const port = new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
    const units = FILES.map(sheetOf);
    expect(await performanceSheets(port, 'id')).toEqual(units);
    await rekapWorkbook(port, request());
    expect(await performanceSheets(port, 'id')).toEqual(units);
  });

  it('a finding on a cell of a sheet whose name needs quotes links to that sheet and cell', () => {
    expect(findingOfRekap({ file: WORKBOOK, cell: "'Loka Dumai''s TW'!D12", severity: 'warning', code: 'indikator-mirip', message: 'm' })).toEqual({ sheet: "Loka Dumai's TW", cell: 'D12', severity: 'warning', code: 'indikator-mirip', message: 'm' });
    expect(findingOfRekap({ file: WORKBOOK, cell: 'batam!D6', severity: 'info', code: 'x', message: 'm', advice: 'a' })).toEqual({ sheet: 'batam', cell: 'D6', severity: 'info', code: 'x', message: 'm', advice: 'a' });
    expect(findingOfRekap({ file: null, cell: null, severity: 'error', code: 'x', message: 'm' })).toEqual({ sheet: '', cell: null, severity: 'error', code: 'x', message: 'm' });
  });
});
