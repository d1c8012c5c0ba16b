/**
 * The shared workflow on both ports the front ends use: the exceljs port of the CLI, and the
 * Office port driving Microsoft's real Excel client over the simulated host (the pane's route).
 * Every workbook comes from a committed fixture file, loaded into each port.
 */
import path from 'path';
import { PROFILES } from '../../src/core';
import { makeTemplate, offeredSheets, runWorkbook, summaryLine } from '../../src/app';
import type { RunRequest, WorkbookRun } from '../../src/app';
import { OfficeWorkbookPort } from '../../src/excel';
import type { WorkbookPort } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { simBookFromXlsx } from '../../excel-simulator/from-xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { closingClients } from '../support/real-client';

const FIXTURE_DIR = path.resolve(__dirname, '..', 'fixtures');
const fixture = (name: string) => path.join(FIXTURE_DIR, name);

const load = closingClients();

/** The two ports, each opened on a fixture file. */
const PORTS: readonly [string, (file: string) => Promise<WorkbookPort>][] = [
  ['xlsx (CLI)', (file) => XlsxWorkbook.open(file)],
  ['Office (pane, real client)', async (file) => {
    const c = load(await simBookFromXlsx(file));
    return new OfficeWorkbookPort({ excel: c.Excel, office: c.Office });
  }],
];

const request = (over: Partial<RunRequest> = {}): RunRequest => ({ command: 'periksa', sheets: null, period: null, profile: PROFILES[0], lang: 'id', ...over });

const npss = (run: WorkbookRun): number | null => (run.summary?.npss.status === 'ok' ? run.summary.npss.value : null);

describe.each(PORTS)('the workflow on the %s port', (_name, open) => {
  it('reads the period from the headers and says which columns decided it (the source report: TW II)', async () => {
    const run = await runWorkbook(await open(fixture(FIXTURES.report)), request());
    const kinerja = run.sheets.find((s) => s.kind === 'kinerja')!;
    expect(kinerja.period.period).toBe('TW2');
    expect(kinerja.period.source).toBe('headers');
    expect(kinerja.period.note).toMatch(/^Periode TW II dibaca dari judul kolom \([A-Z]+\d+ "[^"]*(Triwulan II|TW II)[^"]*"/);
    expect(npss(run)).toBeCloseTo(101.67, 2);
    expect(run.summary?.predikat?.label).toBe('Istimewa');
    expect(run.written).toBe(false);
    expect(summaryLine(run.counts, 'id')).toMatch(/^Diperiksa: \d+ lembar \(\d+ berisi tabel\), \d+ indikator; 0 kesalahan/);
  });

  it('asks for the period, never guesses, when the headers name four quarters; computes the one chosen', async () => {
    const open4 = () => open(fixture(FIXTURES.quarterly));
    const unchosen = await runWorkbook(await open4(), request({ command: 'hitung' }));
    const needed = unchosen.findings.find((f) => f.code === 'periode-belum-dipilih');
    expect(needed?.severity).toBe('error');
    expect(needed?.message).toContain('TW I, TW II, TW III dan TW IV');
    expect(unchosen.written).toBe(false);
    expect(unchosen.sheets[0].write).toEqual({ state: 'not-computed' });
    // Its rows are still counted: the table has indicators, only the period is open.
    expect(unchosen.counts.indicators).toBeGreaterThan(0);

    const chosen = await runWorkbook(await open4(), request({ command: 'hitung', period: 'TW3' }));
    expect(chosen.written).toBe(true);
    expect(chosen.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(chosen.sheets[0].period.source).toBe('chosen');
  });

  it('a chosen period the sheet has no columns for names the periods it has, and writes nothing', async () => {
    const run = await runWorkbook(await open(fixture(FIXTURES.report)), request({ command: 'hitung', period: 'TW3' }));
    const missing = run.findings.filter((f) => f.code === 'kolom-tidak-ditemukan');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0].message).toMatch(/[^.]\. Lembar Kinerja tidak memiliki kolom TW III; yang ada hanya kolom TW II\.$/);
    // Said once, not on every missing column.
    expect(missing.slice(1).every((f) => !f.message.includes('yang ada hanya kolom'))).toBe(true);
    expect(run.written).toBe(false);
  });

  it('after hitung, an audit finding on a cell the write replaced says it was replaced (info), not "replace it"', async () => {
    const checked = await runWorkbook(await open(fixture(FIXTURES.report)), request({ period: 'TW2' }));
    const audits = checked.findings.filter((f) => f.code.startsWith('audit-'));
    expect(audits.length).toBeGreaterThan(0);
    const run = await runWorkbook(await open(fixture(FIXTURES.report)), request({ command: 'hitung', period: 'TW2' }));
    const replaced = run.findings.filter((f) => f.code === 'audit-diganti');
    expect(replaced.map((f) => f.cell).sort()).toEqual(audits.map((f) => f.cell).sort());
    expect(run.corrected).toBe(audits.length);
    for (const f of replaced) {
      expect(f.severity).toBe('info');
      expect(f.message).toMatch(/ seharusnya .*; sudah diganti dengan hasil hitung\. Tidak perlu tindakan\.$/);
      expect(f.message).not.toMatch(/Ganti isinya/);
    }
    expect(run.findings.some((f) => f.code.startsWith('audit-') && f.code !== 'audit-diganti')).toBe(false);
  });

  it('a table with only its header writes nothing: an empty Ringkasan is not a result', async () => {
    const port = await open(path.join(FIXTURE_DIR, 'hostile', 'hanya-judul-kolom.xlsx'));
    const before = await port.sheets();
    const run = await runWorkbook(port, request({ command: 'hitung', period: 'TW2' }));
    expect(run.written).toBe(false);
    expect(run.sheets[0].write).toEqual({ state: 'not-computed' });
    expect(await port.sheets()).toEqual(before);
  });

  it('hitung writes, keeps its Ringkasan out of the offered sheets, and puts everything back on undo', async () => {
    const port = await open(fixture(FIXTURES.report));
    const before = await offeredSheets(port);
    const run = await runWorkbook(port, request({ command: 'hitung', sheets: ['Kinerja'], period: 'TW2' }));
    expect(run.written).toBe(true);
    const written = run.sheets[0].write;
    if (written?.state !== 'written') throw new Error('not written');
    expect(await port.sheets()).toContain('Ringkasan');
    expect(await offeredSheets(port)).toEqual(before);
    const capaianBefore = (await port.read('Kinerja')).values;
    await port.undo(written.token);
    expect(await port.sheets()).not.toContain('Ringkasan');
    // The undo restores what was there before: the output cells are as the fixture has them.
    const fresh = await (await open(fixture(FIXTURES.report))).read('Kinerja');
    expect((await port.read('Kinerja')).values).toEqual(fresh.values);
    expect(capaianBefore).not.toEqual(fresh.values);
  });

  it('a Ringkasan sheet of the user is offered and never cleared: the summary takes another name', async () => {
    const port = await open(fixture(FIXTURES.report));
    // The user's own sheet called Ringkasan, made through the port like any write.
    await port.apply({ sheets: [{ sheet: 'Ringkasan', owned: true, blocks: [{ row: 0, col: 0, values: [['Catatan pimpinan', 'jangan dihapus']] }] }] });
    expect(await offeredSheets(port)).toContain('Ringkasan');
    const run = await runWorkbook(port, request({ command: 'hitung', sheets: ['Kinerja'], period: 'TW2' }));
    expect(run.written).toBe(true);
    expect((await port.read('Ringkasan')).values[0].slice(0, 2)).toEqual(['Catatan pimpinan', 'jangan dihapus']);
    expect((await port.sheets()).some((s) => s !== 'Ringkasan' && s.startsWith('Ringkasan'))).toBe(true);
  });

  it('an empty sheet called Ringkasan (it may hold only a chart) is the user\'s too: offered, left empty, the summary on Ringkasan Kinerja', async () => {
    const port = await open(fixture(FIXTURES.report));
    await port.apply({ sheets: [{ sheet: 'Ringkasan', owned: true, blocks: [] }] });
    expect((await port.read('Ringkasan')).values).toEqual([]);
    expect(await offeredSheets(port)).toContain('Ringkasan');
    const run = await runWorkbook(port, request({ command: 'hitung', sheets: ['Kinerja'], period: 'TW2' }));
    expect(run.written).toBe(true);
    expect((await port.read('Ringkasan')).values).toEqual([]);
    expect((await port.read('Ringkasan Kinerja')).values[0][0]).toMatch(/^Ringkasan Kinerja — /);
  });

  it('makes the template on a free sheet name, and the template is a table the engine reads', async () => {
    const port = await open(fixture(FIXTURES.report));
    const first = await makeTemplate(port, 'id');
    const second = await makeTemplate(port, 'id');
    expect(first.sheet).toBe('Templat SAKIP');
    expect(second.sheet).toBe('Templat SAKIP (2)');
    const run = await runWorkbook(port, request({ sheets: [first.sheet], period: 'TW2' }));
    expect(run.sheets[0].kind).toBe('kinerja');
    await port.undo(second.token);
    expect(await port.sheets()).not.toContain('Templat SAKIP (2)');
  });
});

it('both ports give the same findings, counts and NPSS for each fixture', async () => {
  for (const file of [FIXTURES.report, FIXTURES.canonical, FIXTURES.quarterly, FIXTURES.efisiensi, FIXTURES.formula]) {
    const [a, b] = await Promise.all(PORTS.map(async ([, open]) => runWorkbook(await open(fixture(file)), request())));
    expect({ file, findings: b.findings, counts: b.counts, npss: npss(b) }).toEqual({ file, findings: a.findings, counts: a.counts, npss: npss(a) });
  }
});
