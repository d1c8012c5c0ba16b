/**
 * The rekap's parallel reader (src/cli/rekap-pool.ts): in-process here under ts-jest (workers
 * cannot load TypeScript), and in worker threads by compiling the CLI into a temp folder and
 * running the built pool in a separate `node`: same results, input order, one failure per file.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BPOM_UPT_2024 } from '../../src/core';
import { FileResult, WORKER_FILE, readFiles } from '../../src/cli/rekap-pool';
import { READ_UNITS_TASK, ReadUnitsOptions } from '../../src/cli/rekap-task';
import type { UnitReportsRead } from '../../src/app';
import { activity } from './pool-task';

const ROOT = path.resolve(__dirname, '..', '..');
const REKAP = path.join(ROOT, 'test', 'fixtures', 'rekap');
const POOL_TASK = { module: path.join(__dirname, 'pool-task'), export: 'waitTask' };
const OPTIONS: ReadUnitsOptions = { period: null, profile: BPOM_UPT_2024, lang: 'id' };

/** Dumai's four quarters, a unit's TW II, a text file and a file that is not there. */
function inputs(dir: string): string[] {
  const text = path.join(dir, 'catatan.xlsx');
  fs.writeFileSync(text, 'bukan buku kerja\n');
  const quarters = fs.readdirSync(path.join(REKAP, 'triwulan-2024')).map((f) => path.join(REKAP, 'triwulan-2024', f));
  return [...quarters, text, path.join(REKAP, 'unit-tw2-2024', 'balai-pom-di-batam-tw2-2024.xlsx'), path.join(dir, 'tidak-ada.xlsx')];
}

describe('the rekap pool in-process (the TypeScript sources have no compiled worker)', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pool-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => Object.assign(activity, { now: 0, most: 0 }));

  it('reads every workbook, in input order, each failure as its own file’s result, telling progress per file', async () => {
    expect(fs.existsSync(WORKER_FILE)).toBe(false);
    const files = inputs(dir);
    const told: [string, number, number][] = [];
    const run = await readFiles<ReadUnitsOptions, UnitReportsRead>(files, { task: READ_UNITS_TASK, options: OPTIONS, size: 2, onDone: (r, done, total) => told.push([r.file, done, total]) });
    expect(run.mode).toBe('in-process');
    expect(run.results.map((r) => r.file)).toEqual(files);
    expect(told.map(([, done, total]) => [done, total])).toEqual(files.map((_f, i) => [i + 1, files.length]));
    expect(told.map(([f]) => f).sort()).toEqual([...files].sort());
    const ok = run.results.filter((r): r is Extract<FileResult<UnitReportsRead>, { ok: true }> => r.ok);
    expect(ok.map((r) => r.value.units.map((u) => u.periode))).toEqual([['TW1'], ['TW2'], ['TW3'], ['TW4'], ['TW2']]);
    expect(ok.map((r) => r.value.units[0].sheet)).toEqual(ok.map(() => 'Kinerja'));
    expect(ok[1].value.units[0].npss).toBeCloseTo(101.67, 2);
    expect(ok[4].value.units[0].counts.indicators).toBe(24); // Batam leaves one indicator out
    const failed = run.results.filter((r) => !r.ok);
    expect(failed.map((r) => [path.basename(r.file), !r.ok && r.error.name, !r.ok && (r.error.fields.verdict as { kind: string }).kind])).toEqual([
      ['catatan.xlsx', 'WorkbookFileError', 'text'],
      ['tidak-ada.xlsx', 'WorkbookFileError', 'missing'],
    ]);
  });

  it('keeps at most `size` files in hand, returns input order whatever order they finish in, and goes on past a failure', async () => {
    const files = ['a-40', 'b-5', 'fail-10', 'c-30', 'd-0', 'e-20', 'f-5'];
    const finished: string[] = [];
    const run = await readFiles(files, { task: POOL_TASK, options: { tag: 'x' }, size: 3, onDone: (r) => finished.push(r.file) });
    expect(activity.most).toBe(3);
    expect(finished).not.toEqual(files);
    expect(run.results.map((r) => r.file)).toEqual(files);
    expect(run.results.map((r) => (r.ok ? r.value : r.error))).toEqual(
      files.map((f) => (f.startsWith('fail') ? { name: 'RangeError', message: `cannot read ${f}`, fields: {} } : { file: f, tag: 'x' })),
    );
  });

  it('runs one file at a time with size 1, and no more lanes than files', async () => {
    const one = await readFiles(['a-5', 'b-0', 'c-5'], { task: POOL_TASK, options: { tag: 'y' }, size: 1 });
    expect(activity.most).toBe(1);
    expect(one.size).toBe(1);
    expect((await readFiles(['a-0', 'b-0'], { task: POOL_TASK, options: { tag: 'y' }, size: 4 })).size).toBe(2);
    expect((await readFiles([], { task: POOL_TASK, options: { tag: 'y' } })).results).toEqual([]);
  });

  it('fails every file with the reason when the named task does not exist, instead of losing the batch', async () => {
    const run = await readFiles(['a-0', 'b-0'], { task: { module: POOL_TASK.module, export: 'noSuchTask' }, options: {} });
    expect(run.results.map((r) => (r.ok ? null : r.error.message))).toEqual([`${POOL_TASK.module} has no function export noSuchTask`, `${POOL_TASK.module} has no function export noSuchTask`]);
  });

  it('refuses workers outright when there is no compiled worker, saying how to build it', async () => {
    await expect(readFiles(['a-0'], { task: POOL_TASK, options: {}, mode: 'workers' })).rejects.toThrow(/npm run build:cli/);
  });
});

describe('the rekap pool in worker threads (the CLI compiled into a temp folder, run by node)', () => {
  let out: string;
  let dir: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pool-build-'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pool-files-'));
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json'), '--outDir', out], { cwd: ROOT });
    // The compiled files find exceljs where lib/ would: in the project's node_modules.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
    // A task that kills its own worker on one file and throws on another.
    fs.writeFileSync(
      path.join(out, 'crash-task.js'),
      "exports.crashTask = async (file) => { if (file === 'crash') process.exit(3); if (file === 'throw') throw new TypeError('bad ' + file); return { file, thread: require('worker_threads').threadId }; };\n",
    );
  }, 120_000);
  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the built pool in a fresh node over `files` with `task`, returning what it printed. */
  function runBuilt(files: readonly string[], task: string): { mode: string; size: number; results: FileResult<unknown>[]; told: number[] } {
    const script = `
      const { readFiles } = require(${JSON.stringify(path.join(out, 'src', 'cli', 'rekap-pool.js'))});
      const { READ_UNITS_TASK } = require(${JSON.stringify(path.join(out, 'src', 'cli', 'rekap-task.js'))});
      const { BPOM_UPT_2024 } = require(${JSON.stringify(path.join(out, 'src', 'core'))});
      const task = ${task};
      const told = [];
      readFiles(${JSON.stringify(files)}, { task, options: { period: null, profile: BPOM_UPT_2024, lang: 'id' }, size: 2, onDone: (r, done) => told.push(done) })
        .then((run) => process.stdout.write(JSON.stringify({ ...run, told })));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as ReturnType<typeof runBuilt>;
  }

  it('reads the same results as in-process, in input order, from two workers', async () => {
    const files = inputs(dir);
    const built = runBuilt(files, 'READ_UNITS_TASK');
    expect(built.mode).toBe('workers');
    expect(built.size).toBe(2);
    expect(built.told).toEqual(files.map((_f, i) => i + 1));
    const here = await readFiles(files, { task: READ_UNITS_TASK, options: OPTIONS, size: 2 });
    expect(built.results).toEqual(JSON.parse(JSON.stringify(here.results)));
  }, 120_000);

  it('turns a worker that dies into that file’s error, starts another, and reads the rest', () => {
    const files = ['a', 'crash', 'b', 'throw', 'c', 'd'];
    const built = runBuilt(files, `{ module: ${JSON.stringify(path.join(out, 'crash-task'))}, export: 'crashTask' }`);
    expect(built.mode).toBe('workers');
    expect(built.results.map((r) => r.file)).toEqual(files);
    expect(built.results.map((r) => (r.ok ? 'ok' : `${r.error.name}: ${r.error.message}`))).toEqual([
      'ok',
      'WorkerExit: the worker reading this file stopped (exit code 3)',
      'ok',
      'TypeError: bad throw',
      'ok',
      'ok',
    ]);
    // Work ran off the main thread (threadId 0).
    const threads = new Set(built.results.flatMap((r) => (r.ok ? [(r.value as { thread: number }).thread] : [])));
    expect(threads.size).toBeGreaterThan(0);
    expect(threads.has(0)).toBe(false);
  }, 60_000);
});
