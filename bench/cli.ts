/**
 * `npm run bench:cli`: the built `sakip` (lib/, `npm run build:cli` first) on a big .xlsx: wall
 * time of `periksa` and `hitung`, lines printed on stdout and stderr, and when the first stderr
 * line (the progress) appeared. Runs the command as a user does, in a child process with pipes
 * (stderr not a TTY). Two files: the clean table, and a noisy one where every third indicator
 * has no target but a printed Capaian (an info finding each) and every 500th a wrong printed
 * Kriteria (a warning). Measured, never asserted. Flag: `--rows N` (default 50,000).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { CellValue } from '../src/workbook';
import { FIRST_DATA_ROW, kinerjaRows } from './sheet';

/** The repository root (this file runs from lib/bench/bench/). */
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Figures {
  readonly command: string;
  readonly exit: number | null;
  readonly seconds: number;
  readonly stdoutLines: number;
  readonly stderrLines: number;
  /** Seconds until the first byte on stderr (the first sign of life), null when none. */
  readonly firstStderr: number | null;
  readonly lastStdout: string;
}

/** Runs `node bin/sakip.js argv…` and counts what it printed. */
function run(argv: readonly string[]): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'sakip.js'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let firstStderr: number | null = null;
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => {
      if (firstStderr === null) firstStderr = seconds();
      err += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (exit) => {
      const lines = (t: string) => t.split(/\r|\n/).filter((l) => l.trim() !== '').length;
      const outLines = out.trim().split('\n');
      resolve({ command: argv[0], exit, seconds: seconds(), stdoutLines: lines(out), stderrLines: lines(err), firstStderr, lastStdout: outLines[outLines.length - 1] ?? '' });
    });
  });
}

/** The bench table with findings: an info every third row, a warning every 500th. */
function noisyRows(rows: number): CellValue[][] {
  const all = kinerjaRows(rows);
  return all.map((r, i) => {
    if (i < FIRST_DATA_ROW) return r;
    const row = [...r];
    const n = i - FIRST_DATA_ROW;
    if (n % 3 === 0) {
      row[5] = '-'; // no target: Capaian cannot be computed…
      row[7] = 50; // …but the sheet prints one
    } else if (n % 500 === 1) row[8] = 'Kurang'; // a Kriteria the rule does not give
    return row;
  });
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--rows');
  const rows = at > 0 ? Number(process.argv[at + 1]) : 50_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bench-cli-'));
  try {
    for (const [name, make] of [['clean', kinerjaRows], ['noisy', noisyRows]] as const) {
      const file = path.join(dir, `kinerja-${name}-${rows}.xlsx`);
      const wb = new Workbook();
      wb.addWorksheet('Kinerja').addRows(make(rows));
      await wb.xlsx.writeFile(file);
      process.stderr.write(`${name}, ${rows} rows: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB\n`);
      for (const argv of [['periksa', file, '--periode', 'TW2'], ['hitung', file, '--periode', 'TW2']]) {
        const f = await run(argv);
        process.stdout.write(`${JSON.stringify({ file: name, rows, ...f, seconds: Math.round(f.seconds * 10) / 10, firstStderr: f.firstStderr === null ? null : Math.round(f.firstStderr * 10) / 10 })}\n`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
