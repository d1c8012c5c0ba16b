/**
 * Signs of life and readable output on big runs (issue 14): the progress line on stderr (in
 * place on a terminal, plain lines in a log once a file has taken a second, nothing with
 * --diam), stdout untouched by it; info findings grouped past 20 of a kind in the text, every
 * error and warning printed, every finding kept in --json. Time comes from a clock the test
 * steps by hand, so nothing here depends on how fast the machine is.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import type { ProgressIo } from '../../src/cli/progress';
import { FIXTURES } from '../../scripts/make-fixtures';
import { Run, copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A clock that moves `step` ms each time it is read. */
function clock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

/** Runs `sakip` with a terminal (or not) and a clock. */
async function sakipWith(progress: ProgressIo, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), progress });
  return { code, stdout, stderr };
}

describe('progress on stderr', () => {
  it('in a log: nothing while a file takes under a second', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const quiet = await sakipWith({ tty: false, now: () => 0 }, 'hitung', input, '--periode', 'TW2');
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe((await sakip('hitung', input, '--periode', 'TW2')).stdout);
  });

  it('in a log: a plain line per stage once a file has taken a second; stdout as without progress', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakipWith({ tty: false, now: clock(600) }, 'hitung', input, '--periode', 'TW2');
    expect(run.code).toBe(0);
    const output = path.join(dir, 'laporan-tw2-2024-hasil.xlsx');
    // The clock reads 600 ms at the start and moves 600 ms a stage: "opening" came too soon.
    expect(run.stderr.split('\n')).toEqual([
      `${input}: membaca lembar Sampul (1/2)…`,
      `${input}: memeriksa lembar Sampul (1/2)…`,
      `${input}: membaca lembar Kinerja (2/2)…`,
      `${input}: memeriksa lembar Kinerja (2/2)…`,
      `${input}: menulis hasil ke lembar Kinerja…`,
      `${input}: menyimpan ${output}…`,
      '',
    ]);
    expect(run.stderr).not.toMatch(/\r/);
    fs.rmSync(output);
    expect(run.stdout).toBe((await sakip('hitung', input, '--periode', 'TW2')).stdout);
  });

  it('in a log: the stage still running at the one-second mark is printed by the timer (opening a big file sends no event)', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    let timers = 0;
    // The clock stands still; the timer fires as soon as the run next waits, as it would a second into a long open.
    const run = await sakipWith({ tty: false, now: () => 0, schedule: (fn) => (timers++, queueMicrotask(fn), () => undefined) }, 'periksa', input);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${input}: membuka berkas…`);
    expect(new Set(lines).size).toBe(lines.length);
    for (const l of lines) expect(l).toMatch(/: (membuka berkas|membaca lembar \w+ \(\d\/2\)|memeriksa lembar \w+ \(\d\/2\))…$/);
    expect(timers).toBeGreaterThan(0);
  });

  it('on a terminal: one line rewritten in place from the start, cleared before the report', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakipWith({ tty: true, now: () => 0 }, 'periksa', input, '--lang', 'en');
    const updates = run.stderr.split('\r').filter((u) => u !== '');
    expect(updates).toEqual([
      `${input}: opening the file…\x1b[K`,
      `${input}: reading sheet Sampul (1/2)…\x1b[K`,
      `${input}: checking sheet Sampul (1/2)…\x1b[K`,
      `${input}: reading sheet Kinerja (2/2)…\x1b[K`,
      `${input}: checking sheet Kinerja (2/2)…\x1b[K`,
      '\x1b[K', // cleared
    ]);
    expect(run.stderr).not.toMatch(/\n/);
    expect(run.stdout).toMatch(/^Checked: 2 sheets/m);
  });

  it('on a terminal: a batch shows [i/n] in the line, and a line never wraps past the width', async () => {
    const a = copyFixture(FIXTURES.report, dir);
    const b = copyFixture(FIXTURES.efisiensi, dir);
    const run = await sakipWith({ tty: true, columns: 40, now: () => 0 }, 'periksa', a, b);
    const updates = run.stderr.split('\r').filter((u) => u !== '' && u !== '\x1b[K');
    expect(updates.length).toBeGreaterThan(4);
    for (const u of updates) expect(u.replace('\x1b[K', '').length).toBeLessThan(40);
    expect(updates[0].startsWith('[1/2] ')).toBe(true);
    expect(updates[updates.length - 1].startsWith('[2/2] ')).toBe(true);
  });

  it('--diam, -q and --quiet silence it, the batch file lines too', async () => {
    const a = copyFixture(FIXTURES.report, dir);
    const b = copyFixture(FIXTURES.efisiensi, dir);
    for (const flag of ['--diam', '-q', '--quiet']) {
      for (const tty of [true, false]) {
        const run = await sakipWith({ tty, now: clock(2000) }, 'periksa', a, b, flag);
        expect([run.code, run.stderr]).toEqual([0, '']);
      }
    }
  });
});

/** A table with `infos` rows the rule cannot compute but that print a Capaian (an info each), and `warnings` wrong Kriteria. */
async function noisy(infos: number, warnings: number): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Kinerja');
  ws.addRow(['Perspektif', 'Sasaran', 'Indikator Kinerja', 'Target TW II', 'Realisasi TW II', '% Capaian', 'Kriteria']);
  for (let i = 1; i <= infos; i++) ws.addRow(['Stakeholder', 'SS1', `IK tanpa target ${i}`, '-', 80, 50, null]);
  for (let i = 1; i <= warnings; i++) ws.addRow(['Stakeholder', 'SS1', `IK ${i}`, 80, 88, null, 'Kurang']);
  const file = path.join(dir, 'ramai.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('huge outputs', () => {
  it('prints 20 info findings of a kind, then one line counting the rest; every warning; --json keeps them all', async () => {
    const file = await noisy(1045, 25);
    const run = await sakip('periksa', file);
    const lines = run.stdout.trim().split('\n');
    const infoLines = lines.filter((l) => / info: /.test(l));
    expect(infoLines).toHaveLength(20);
    expect(infoLines[0]).toMatch(/^Kinerja!F2 info: /);
    expect(lines).toContain('… dan 1.025 temuan info lain sejenis (lihat --json)');
    // The count line follows the 20th of its kind.
    expect(lines.indexOf('… dan 1.025 temuan info lain sejenis (lihat --json)')).toBe(lines.indexOf(infoLines[19]) + 1);
    expect(lines.filter((l) => / peringatan: /.test(l))).toHaveLength(25);
    expect(lines[lines.length - 1]).toBe('Diperiksa: 1 lembar (1 berisi tabel), 1.070 indikator; 0 kesalahan, 25 peringatan, 1.045 informasi');
    const [report] = jsonLines((await sakip('periksa', file, '--json')).stdout);
    const findings = report.findings as { severity: string }[];
    expect(findings.filter((f) => f.severity === 'info')).toHaveLength(1045);
    expect((await sakip('periksa', file, '--lang', 'en')).stdout).toMatch(/^… and 1,025 more info findings of this kind \(see --json\)$/m);
  });

  it('never groups errors', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Kinerja');
    ws.addRow(['Indikator Kinerja', 'Target TW II', 'Realisasi TW II']);
    for (let i = 1; i <= 30; i++) ws.addRow([`IK ${i}`, 'delapan puluh', 80]);
    const file = path.join(dir, 'salah.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await sakip('periksa', file);
    expect(run.stdout.split('\n').filter((l) => / kesalahan: /.test(l))).toHaveLength(30);
    expect(run.stdout).not.toMatch(/lain sejenis/);
  });
});
