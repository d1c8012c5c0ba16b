/**
 * Reading workbooks into unit reports for a rekap (issue 16) on both ports the front ends use:
 * the exceljs port of the CLI, and the Office port driving Microsoft's real Excel client over the
 * simulated host. Every number is checked against what `hitung` itself computes on the same file.
 */
import fs from 'fs';
import path from 'path';
import { PROFILES } from '../../src/core';
import { readUnitReports, runWorkbook } from '../../src/app';
import type { RunRequest, UnitReportRequest, WorkbookRun } from '../../src/app';
import { OfficeWorkbookPort } from '../../src/excel';
import { detectLayout, templatePlan } from '../../src/workbook';
import type { Period, WorkbookPort } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { closingClients } from '../support/real-client';
import { plannedCells } from '../workbook/support';

const fixture = (name: string) => path.resolve(__dirname, '..', 'fixtures', name);

const load = closingClients();

/** The two ports, each opened on a fixture file. */
const PORTS: readonly [string, (file: string) => Promise<WorkbookPort>][] = [
  ['xlsx (CLI)', (file) => XlsxWorkbook.open(file)],
  [
    'Office (pane, real client)',
    async (file) => {
      const c = load(await simBookFromXlsx(file));
      return new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
    },
  ],
];

/** A port that refuses to write: reading unit reports must never write. */
function readOnly(port: WorkbookPort): WorkbookPort {
  const refuse = (): never => {
    throw new Error('readUnitReports wrote to the workbook');
  };
  return { sheets: () => port.sheets(), read: (s) => port.read(s), decimalSeparator: () => port.decimalSeparator(), select: (s, a) => port.select(s, a), apply: refuse, undo: refuse };
}

const PROFILE = PROFILES[0];
const request = (file: string, over: Partial<UnitReportRequest> = {}): UnitReportRequest => ({ file, sheets: null, period: null, profile: PROFILE, lang: 'id', fallback: 'file', ...over });
const runRequest = (over: Partial<RunRequest> = {}): RunRequest => ({ command: 'periksa', sheets: null, period: null, profile: PROFILE, lang: 'id', ...over });
const npss = (run: WorkbookRun): number | null => (run.summary?.npss.status === 'ok' ? run.summary.npss.value : null);

describe.each(PORTS)('unit reports on the %s port', (_name, open) => {
  it('the source report is one unit, TW II 2024, named by its title, with the NPSS hitung computes', async () => {
    const { units, findings } = await readUnitReports(readOnly(await open(fixture(FIXTURES.report))), request(FIXTURES.report));
    const run = await runWorkbook(await open(fixture(FIXTURES.report)), runRequest());
    expect(units).toHaveLength(1);
    const u = units[0];
    expect({ unit: u.unit, unitFrom: u.unitFrom, unitCell: u.unitCell, periode: u.periode, tahun: u.tahun, sheet: u.sheet, file: u.file }).toEqual({
      unit: 'Loka POM di Kota Dumai',
      unitFrom: 'judul',
      unitCell: 'Kinerja!A2',
      periode: 'TW2',
      tahun: 2024,
      sheet: 'Kinerja',
      file: FIXTURES.report,
    });
    expect(u.npss).not.toBeNull();
    expect(u.npss).toBe(npss(run));
    expect(u.predikat).toEqual(run.summary?.predikat);
    expect(u.perspektif.map((p) => [p.nama, p.np])).toEqual(run.summary?.perspektif.map((p) => [p.nama, p.np.status === 'ok' ? p.np.value : null]));
    expect(u.sasaran.map((s) => [s.nama, s.nps])).toEqual(run.summary?.sasaran.map((s) => [s.nama, s.nps.status === 'ok' ? s.nps.value : null]));
    const sheet = run.sheets.find((s) => s.sheet === 'Kinerja')!;
    expect(u.counts).toEqual({
      indicators: sheet.rows,
      assessed: u.indikator.filter((i) => i.capaian !== null).length,
      errors: sheet.findings.filter((f) => f.severity === 'error').length,
      warnings: sheet.findings.filter((f) => f.severity === 'warning').length,
      infos: sheet.findings.filter((f) => f.severity === 'info').length,
    });
    expect(u.counts.assessed).toBeGreaterThan(0);
    expect(u.counts.assessed).toBeLessThan(u.counts.indicators);
    // Named by its title: nothing to say about the unit or the year. The sheet's own warning is
    // carried with its cell (the message no longer opens with it); its info findings are only counted.
    expect(findings).toEqual([{ file: FIXTURES.report, cell: 'Kinerja!H9', severity: 'warning', code: 'audit-kriteria', message: expect.stringMatching(/^Kriteria tertulis "Baik", seharusnya "Sangat Baik"\. Capaian 103,52 .* Ganti isinya dengan "Sangat Baik"/) }]);
    expect(findings).toHaveLength(u.counts.errors + u.counts.warnings);
    expect(u.counts.infos).toBeGreaterThan(0);
  });

  it('each indicator outcome is what hitung writes in its row\'s Capaian and Kriteria cells', async () => {
    for (const [file, period] of [[FIXTURES.report, 'TW2'], [FIXTURES.quarterly, 'TW4']] as const) {
      const { units } = await readUnitReports(await open(fixture(file)), request(file, { period }));
      const port = await open(fixture(file));
      const layout = detectLayout(await port.read('Kinerja'), period, 'id');
      if (layout?.kind !== 'kinerja') throw new Error(`${file}: no kinerja table`);
      const run = await runWorkbook(port, runRequest({ command: 'hitung', sheets: ['Kinerja'], period }));
      const written = run.sheets[0].write;
      if (written?.state !== 'written') throw new Error(`${file} not written`);
      const cells = plannedCells(written.plan);
      const at = (row: number, col: number | undefined) => cells.get(`Kinerja!${String.fromCharCode(65 + (col as number))}${row}`);
      const indikator = units[0].indikator;
      expect(indikator.length).toBe(run.sheets[0].rows);
      for (const i of indikator) {
        const row = Number(/\d+$/.exec(i.cell)![0]);
        expect({ cell: i.cell, capaian: at(row, layout.columns.capaian), kriteria: at(row, layout.columns.kriteria) }).toEqual({ cell: i.cell, capaian: i.capaian ?? '-', kriteria: i.kriteria?.label ?? '-' });
        expect(i.cell).toBe(`Kinerja!D${row}`);
        expect(i.nama).not.toBe('');
      }
    }
  });

  it('a TW I–IV sheet gives four reports, each with the NPSS hitung computes for that period', async () => {
    const { units, findings } = await readUnitReports(readOnly(await open(fixture(FIXTURES.quarterly))), request(FIXTURES.quarterly));
    expect(units.map((u) => u.periode)).toEqual(['TW1', 'TW2', 'TW3', 'TW4']);
    for (const u of units) {
      const run = await runWorkbook(await open(fixture(FIXTURES.quarterly)), runRequest({ period: u.periode as Period }));
      expect({ periode: u.periode, npss: u.npss }).toEqual({ periode: u.periode, npss: npss(run) });
      expect(u.npss).not.toBeNull();
      // No title, no cover: the file name, said once; the year from the file name.
      expect({ unit: u.unit, unitFrom: u.unitFrom, unitCell: u.unitCell, tahun: u.tahun }).toEqual({ unit: 'laporan-triwulan-2024', unitFrom: 'berkas', unitCell: null, tahun: 2024 });
    }
    // The quarters differ: TW I has a "-" target, so fewer indicators are assessed than in TW II.
    expect(new Set(units.map((u) => u.npss)).size).toBe(4);
    expect(units[0].counts.assessed).toBeLessThan(units[1].counts.assessed);
    // The file name standing in for the unit is said once per file by the consolidation (unit-dari-berkas), not per sheet here.
    expect(findings).toEqual([]);
  });

  it('the sheet name names the unit when asked (the pane\'s sheet-per-unit rekap), a chosen period gives one report', async () => {
    const { units, findings } = await readUnitReports(await open(fixture(FIXTURES.quarterly)), request(FIXTURES.quarterly, { fallback: 'sheet', period: 'TW3', lang: 'en' }));
    expect(units.map((u) => [u.unit, u.unitFrom, u.periode])).toEqual([['Kinerja', 'lembar', 'TW3']]);
    expect(findings).toEqual([]);
  });

  it('a chosen period the sheet has no columns for: no report, a finding naming the periods it has', async () => {
    const { units, findings } = await readUnitReports(await open(fixture(FIXTURES.report)), request(FIXTURES.report, { period: 'TW3' }));
    expect(units).toEqual([]);
    expect(findings.map((f) => [f.code, f.severity, f.file])).toEqual([['rekap-periode-tidak-ada', 'error', FIXTURES.report]]);
    expect(findings[0].message).toMatch(/^Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II\./);
    // A rekap is better served by every sheet's own quarters than by another single period.
    expect(findings[0].message).toContain('"Semua triwulan yang ada di judul kolom (tren satu unit)"');
    expect(findings[0].message).toContain('sakip rekap tanpa --periode');
    const en = await readUnitReports(await open(fixture(FIXTURES.report)), request(FIXTURES.report, { period: 'TW3', lang: 'en' }));
    expect(en.findings[0].message).toContain('"Every quarter the column headers name (one unit\'s trend)"');
    expect(en.findings[0].message).toContain('sakip rekap without --periode');
  });

  it('the cover sheet names the unit when the title above the table does not', async () => {
    const port = await open(fixture(FIXTURES.report));
    // The title row cleared through the port, as a user would: the Sampul sheet still names the unit.
    await port.apply({ sheets: [{ sheet: 'Kinerja', owned: false, blocks: [{ row: 1, col: 0, values: [[null]] }] }] });
    const { units, findings } = await readUnitReports(readOnly(port), request(FIXTURES.report));
    expect(units.map((u) => [u.unit, u.unitFrom, u.unitCell])).toEqual([['Loka POM di Kota Dumai', 'sampul', 'Sampul!A2']]);
    // Only the sheet's own warning: nothing about the unit's name.
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['audit-kriteria', 'Kinerja!H9']]);
  });

  it('a Realisasi typed as words: the unit is still read, and the error names the cell and value in the rekap findings', async () => {
    const port = await open(fixture(FIXTURES.report));
    const before = await readUnitReports(await open(fixture(FIXTURES.report)), request(FIXTURES.report));
    const layout = detectLayout(await port.read('Kinerja'), 'TW2', 'id');
    if (layout?.kind !== 'kinerja') throw new Error('no kinerja table');
    // The first assessed indicator's Realisasi, typed in words as a user might.
    const first = before.units[0].indikator.find((i) => i.capaian !== null)!;
    const row = Number(/\d+$/.exec(first.cell)![0]);
    const col = layout.columns.realisasi as number;
    await port.apply({ sheets: [{ sheet: 'Kinerja', owned: false, blocks: [{ row: row - 1, col, values: [['sembilan puluh']] }] }] });
    const { units, findings } = await readUnitReports(readOnly(port), request(FIXTURES.report));
    const cell = `Kinerja!${String.fromCharCode(65 + col)}${row}`;
    expect(units).toHaveLength(1);
    // The NPSS now rests on one indicator less: the finding says why.
    expect(units[0].npss).not.toBe(before.units[0].npss);
    expect(units[0].counts.assessed).toBe(before.units[0].counts.assessed - 1);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.file, f.cell])).toEqual([[FIXTURES.report, cell]]);
    expect(errors[0].message).toContain('sembilan puluh');
    expect(errors[0].message.startsWith(cell)).toBe(false);
    expect(units[0].counts.errors).toBe(1);
  });

  it('a TW I–IV sheet with the template\'s example row left in: still a unit, the example\'s warning said once, not once per quarter', async () => {
    const port = await open(fixture(FIXTURES.quarterly));
    const before = await readUnitReports(await open(fixture(FIXTURES.quarterly)), request(FIXTURES.quarterly));
    const first = before.units[0].indikator[0];
    const row = Number(/\d+$/.exec(first.cell)![0]);
    const col = first.cell.replace(/^.*!/, '').charCodeAt(0) - 65;
    await port.apply({ sheets: [{ sheet: 'Kinerja', owned: false, blocks: [{ row: row - 1, col, values: [[`Contoh: ${first.nama}`]] }] }] });
    const { units, findings } = await readUnitReports(readOnly(port), request(FIXTURES.quarterly));
    expect(units.map((u) => u.periode)).toEqual(['TW1', 'TW2', 'TW3', 'TW4']);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['baris-contoh', 'warning', first.cell]]);
    expect(findings[0].message).toContain(`Contoh: ${first.nama}`);
    for (const u of units) expect(u.counts.warnings).toBe(1);
  });

  it('a sheet holding only the template\'s example row (Buat templat, never filled) is no unit: a warning says to fill it in or leave it out', async () => {
    const port = await open(fixture(FIXTURES.report));
    await port.apply(templatePlan('id', 'Templat'));
    // With the pane's period, and with none (the template's plain Target names no quarter: not "choose a period" either).
    for (const period of ['TW2', null] as const) {
      const { units, findings } = await readUnitReports(readOnly(port), request(FIXTURES.report, { fallback: 'sheet', period }));
      expect(units.map((u) => u.sheet)).toEqual(['Kinerja']);
      const onTemplate = findings.filter((f) => f.message.includes('Templat'));
      expect(onTemplate.map((f) => [f.code, f.severity, f.cell])).toEqual([['rekap-hanya-contoh', 'warning', null]]);
      expect(onTemplate[0].message).toMatch(/^Lembar Templat hanya memuat baris contoh dari Templat SAKIP .*Isi baris indikatornya .*atau keluarkan lembar ini dari rekap\.$/);
    }
  });

  it('a plain Target column names no period: no report, and no guess, until the period is chosen', async () => {
    const { units, findings } = await readUnitReports(await open(fixture(FIXTURES.canonical)), request(FIXTURES.canonical));
    expect(units).toEqual([]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['rekap-periode-belum-dipilih', 'error']]);
    expect(findings[0].message).toContain('--periode TW1|TW2|TW3|TW4|TAHUNAN');
  });

  it('a file without a performance table is an error saying what to do; its efficiency sheet is not a unit', async () => {
    const { units, findings } = await readUnitReports(await open(fixture(FIXTURES.efisiensi)), request(FIXTURES.efisiensi));
    expect(units).toEqual([]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['rekap-tanpa-kinerja', 'error'],
      ['rekap-efisiensi-bukan-unit', 'info'],
    ]);
    expect(findings[0].message).toContain(FIXTURES.efisiensi);
    expect(findings[0].message).toContain('sakip periksa');
  });
});

it('both ports give the same unit reports for each fixture', async () => {
  // The canonical table's plain Target names no quarter: read for a chosen period.
  for (const [file, period] of [[FIXTURES.report, null], [FIXTURES.quarterly, null], [FIXTURES.canonical, 'TW2']] as const) {
    const [a, b] = await Promise.all(PORTS.map(async ([, open]) => readUnitReports(await open(fixture(file)), request(file, { period }))));
    expect(b).toEqual(a);
    expect(a.units.length).toBeGreaterThan(0);
  }
});

it('each generated unit workbook (scripts/make-rekap-fixtures.ts) is its own unit, with the NPSS its own hitung computes', async () => {
  const dirs = ['unit-tw2-2024', 'triwulan-2024'];
  const units: [string, string, string | null][] = [];
  for (const dir of dirs) {
    for (const name of fs.readdirSync(fixture(path.join('rekap', dir))).sort()) {
      const file = fixture(path.join('rekap', dir, name));
      const read = await readUnitReports(readOnly(await XlsxWorkbook.open(file)), request(name));
      const run = await runWorkbook(await XlsxWorkbook.open(file), runRequest());
      expect(read.findings).toEqual([]);
      expect(read.units.map((u) => [u.periode, u.tahun, u.npss])).toEqual([[run.sheets.find((s) => s.kind === 'kinerja')!.period.period, 2024, npss(run)]]);
      units.push([name, read.units[0].unit, read.units[0].unitCell]);
    }
  }
  // Named by the title above each table, as the file names spell the unit.
  for (const [name, unit, cell] of units) {
    expect(name.startsWith(unit.toLowerCase().replace(/ /g, '-'))).toBe(true);
    expect(cell).toBe('Kinerja!A2');
  }
  expect(new Set(units.map(([, unit]) => unit)).size).toBe(5);
});

describe('a sheet that cannot be computed', () => {
  it('names the cell once: the finding carries it, the engine\'s reason follows without repeating it', async () => {
    const file = fixture(path.join('hostile', 'tanpa-kolom-target.xlsx'));
    const { units, findings } = await readUnitReports(readOnly(await XlsxWorkbook.open(file)), request('tanpa-kolom-target.xlsx'));
    expect(units).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'rekap-tidak-terhitung', cell: 'Kinerja!A1', severity: 'error' });
    expect(findings[0].message).toMatch(/^Lembar Kinerja \(Tahunan\) tidak dapat dihitung, jadi tidak direkap: kolom Target Tahunan untuk periode Tahunan tidak ditemukan/);
    expect(findings[0].message.split('Kinerja!A1')).toHaveLength(1);
  });
});

