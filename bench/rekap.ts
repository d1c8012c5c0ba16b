/**
 * The `rekap` case of `npm run bench` (issue 16): 76 units × TW I–IV of 2024 generated as unit
 * workbooks (scripts/make-rekap-fixtures.ts) into a temp folder, then the whole `sakip rekap`
 * command over them (read, consolidate, write rekap.xlsx and rekap.html). Each run is its own
 * `node` child (this file with `--child`) so its peak RSS (process.resourceUsage().maxRSS: the
 * workers are threads of that process, so it counts them) is the rekap's alone, not the other
 * cases'. Two runs: the command as users run it (`auto`: worker threads from 100 files on 4 or more cores, when
 * built) and the files only read in-process by the pool, for comparison; the in-process child
 * also times one file. Measured, never asserted.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BPOM_UPT_2024 } from '../src/core';
import { main } from '../src/cli/main';
import { useWorkers } from '../src/cli/rekap';
import { WORKER_FILE, defaultPoolSize, readFiles } from '../src/cli/rekap-pool';
import { READ_UNITS_TASK, ReadUnitsOptions, readUnitsTask } from '../src/cli/rekap-task';
import { writeUnitWorkbooks } from '../scripts/make-rekap-fixtures';
import type { Target } from './targets';

/** How the files were read: the pool's own choice (`auto`: workers when built) or in-process. */
export type RekapMode = 'auto' | 'in-process';

/** One reading of every file. */
export interface RekapFigures {
  readonly case: 'rekap';
  readonly files: number;
  /** Wall time of the one call below (`consolidate`), ms. */
  readonly ms: number;
  /** CPU (user + system) of the child over the reading, workers included, ms: the wall time's floor on a machine others share. */
  readonly cpuMs: number;
  /** Peak resident set of the child process that read them, MB. */
  readonly peakRssMb: number;
  readonly mode: 'workers' | 'in-process';
  readonly size: number;
  /** Files whose reading failed (0 expected). */
  readonly failed: number;
  /** In-process only: one unit workbook opened and checked, median of 20 warm runs, ms. */
  readonly oneFileMs?: number;
}
/** A reading that could not run. */
export interface RekapFailure {
  readonly case: 'rekap';
  readonly files: number;
  readonly mode: RekapMode;
  readonly error: string;
}

/** The issue's targets for 300 files. */
const TARGET_MS = 30_000;
const TARGET_RSS_MB = 500;

const OPTIONS: ReadUnitsOptions = { period: null, profile: BPOM_UPT_2024, lang: 'id' };

/**
 * What the case times. `auto`: `sakip rekap FILES -o rekap.xlsx --html rekap.html --diam` in
 * this process, as a user runs it; `in-process`: the files only read by the pool, one process.
 */
async function consolidate(files: readonly string[], mode: RekapMode): Promise<{ readonly mode: 'workers' | 'in-process'; readonly size: number; readonly failed: number }> {
  if (mode === 'in-process') {
    const run = await readFiles(files, { task: READ_UNITS_TASK, options: OPTIONS, mode });
    return { mode: run.mode, size: run.size, failed: run.results.filter((r) => !r.ok).length };
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bench-rekap-out-'));
  let stderr = '';
  try {
    const code = await main(['rekap', ...files, '-o', path.join(out, 'rekap.xlsx'), '--html', path.join(out, 'rekap.html'), '--diam'], { stdout: () => undefined, stderr: (t) => (stderr += t) });
    if (code > 1) throw new Error(`sakip rekap exited ${code}: ${stderr.slice(0, 300)}`);
    const failed = (stderr.match(/^sakip: .*\.xlsx: /gm) ?? []).length;
    // As src/cli/rekap.ts decides (useWorkers), when the compiled worker is there.
    const workers = useWorkers(files.length) && fs.existsSync(WORKER_FILE);
    return { mode: workers ? 'workers' : 'in-process', size: defaultPoolSize(), failed };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** Median of `runs` warm timings of one file opened and checked. */
async function oneFileMs(file: string, runs = 20): Promise<number> {
  await readUnitsTask(file, OPTIONS);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await readUnitsTask(file, OPTIONS);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(runs / 2)] * 10) / 10;
}

/** The child: reads the folder's files and prints one JSON line of figures. */
async function child(dir: string, mode: RekapMode): Promise<void> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const run = await consolidate(files, mode);
  const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const one = mode === 'in-process' ? { oneFileMs: await oneFileMs(files[0]) } : {};
  const figures: RekapFigures = { case: 'rekap', files: files.length, ms, cpuMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...run, ...one };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Writes the 76 × 4 unit workbooks into a new temp folder; returns it (the caller removes it). */
export async function generateUnits(): Promise<{ readonly dir: string; readonly files: number; readonly ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bench-rekap-'));
  const t = Date.now();
  const files = await writeUnitWorkbooks(dir, { units: 76, quarters: [1, 2, 3, 4] });
  return { dir, files: files.length, ms: Date.now() - t };
}

/** Reads the folder's workbooks in a child process and returns its figures. */
export function rekapCase(dir: string, files: number, mode: RekapMode): Promise<RekapFigures | RekapFailure> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--expose-gc', __filename, '--child', dir, mode], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return resolve({ case: 'rekap', files, mode, error: `${error.message}${stderr ? `\n${stderr}` : ''}` });
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as RekapFigures);
      } catch {
        resolve({ case: 'rekap', files, mode, error: `no figures in the child's output: ${stdout.slice(0, 200)}` });
      }
    });
  });
}

/** The issue's targets, judged on the pool's own reading (workers). */
export function rekapTargets(own: RekapFigures | RekapFailure): Target[] {
  if ('error' in own) {
    const why = own.error.split('\n')[0];
    return [
      { target: 'rekap 300 files: ms ≤ 30,000', measured: `not run (${why})`, met: false },
      { target: 'rekap 300 files: peakRssMb ≤ 500', measured: `not run (${why})`, met: false },
    ];
  }
  return [
    { target: 'rekap 300 files: ms ≤ 30,000', measured: `${own.ms.toLocaleString('en-US')} ms for ${own.files} files (${own.mode}, ${own.size} at once)`, met: own.ms <= TARGET_MS },
    { target: 'rekap 300 files: peakRssMb ≤ 500', measured: `${own.peakRssMb} MB`, met: own.peakRssMb <= TARGET_RSS_MB },
  ];
}

if (require.main === module && process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4] === 'in-process' ? 'in-process' : 'auto').catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
