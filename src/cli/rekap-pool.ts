/**
 * Reads many files in parallel for `sakip rekap`, one task per file, in worker threads: at most
 * `size` workers (default min(cpus, 4)), each holding one file at a time, so at most `size`
 * workbooks are open at once and only the task's small result crosses back. Results come back in
 * the input order whatever order the files finish in; a file whose task throws, or whose worker
 * dies, becomes that file's error result and the others go on.
 *
 * The task is named by module path and export (`TaskRef`), because a worker loads it by itself.
 * Workers need the compiled JavaScript (lib/, `npm run build:cli`); where the worker file is
 * absent (ts-jest runs the TypeScript sources) the same interface runs in-process, `size` tasks
 * at a time on promises.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';

/** A task that reads one file: `(file, options) => Promise<Result>`; the result must be plain data (it is copied across threads). */
export type FileTask<O, R> = (file: string, options: O) => Promise<R>;

/** Where a task lives: a module a worker can `require` (absolute path, extension left to the loader) and its export. */
export interface TaskRef {
  readonly module: string;
  readonly export: string;
}

/** Why a file's task failed: the error's name and message, and its own plain fields (a WorkbookFileError's `verdict`). */
export interface TaskError {
  readonly name: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** What became of one file. */
export type FileResult<R> = { readonly file: string; readonly ok: true; readonly value: R } | { readonly file: string; readonly ok: false; readonly error: TaskError };

/** How to run the pool. */
export interface PoolOptions<O, R> {
  readonly task: TaskRef;
  /** Given to every task call; plain data (copied to each worker once). */
  readonly options: O;
  /** Files at once (workers, or promises in-process); default min(cpus, 4). */
  readonly size?: number;
  /** `auto` (default): workers when the compiled worker file exists, more than one file and size > 1; else in-process. */
  readonly mode?: 'auto' | 'workers' | 'in-process';
  /** Told as each file finishes (in the order they finish): its result, files done so far, the total. */
  readonly onDone?: (result: FileResult<R>, done: number, total: number) => void;
}

/** The results in input order, and how they were read. */
export interface PoolRun<R> {
  readonly results: FileResult<R>[];
  readonly mode: 'workers' | 'in-process';
  readonly size: number;
}

/** A job sent to a worker, and its answer. */
export interface WorkerJob {
  readonly index: number;
  readonly file: string;
}
export interface WorkerAnswer<R> {
  readonly index: number;
  readonly result: FileResult<R>;
}
/** What a worker is started with. */
export interface WorkerSetup<O> {
  readonly task: TaskRef;
  readonly options: O;
}

/** The compiled worker beside this module (absent when this file runs as TypeScript). */
export const WORKER_FILE = path.join(__dirname, 'rekap-worker.js');

/** min(cpus, 4): beyond four, reading zips and parsing XML gains little and memory grows. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

/** The error's name, message and own plain fields (those that survive a copy across threads). */
export function taskError(error: unknown): TaskError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(error)) {
    if (k === 'cause' || k === 'stack' || k === 'name' || k === 'message') continue;
    try {
      fields[k] = structuredClone(v);
    } catch {
      // A field that cannot cross (a function, a handle) is left out; name and message still say what failed.
    }
  }
  return { name: error.name, message: error.message, fields };
}

/** Loads the task a TaskRef names; a missing export is the caller's mistake, said plainly. */
export async function loadTask<O, R>(ref: TaskRef): Promise<FileTask<O, R>> {
  const mod = (await import(ref.module)) as Record<string, unknown>;
  const fn = mod[ref.export];
  if (typeof fn !== 'function') throw new Error(`${ref.module} has no function export ${ref.export}`);
  return fn as FileTask<O, R>;
}

/** Runs the task on one file, its failure as the file's result. */
export async function settle<O, R>(task: FileTask<O, R>, file: string, options: O): Promise<FileResult<R>> {
  try {
    return { file, ok: true, value: await task(file, options) };
  } catch (error) {
    return { file, ok: false, error: taskError(error) };
  }
}

/** Reads `files` with the task, `size` at a time; results in input order. */
export async function readFiles<O, R>(files: readonly string[], pool: PoolOptions<O, R>): Promise<PoolRun<R>> {
  const size = Math.max(1, Math.min(pool.size ?? defaultPoolSize(), Math.max(files.length, 1)));
  const mode = pool.mode ?? 'auto';
  const workers = mode === 'workers' || (mode === 'auto' && size > 1 && fs.existsSync(WORKER_FILE));
  if (mode === 'workers' && !fs.existsSync(WORKER_FILE)) throw new Error(`no compiled worker at ${WORKER_FILE} (npm run build:cli)`);
  const results: FileResult<R>[] = new Array<FileResult<R>>(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult<R>) => {
    results[index] = result;
    pool.onDone?.(result, ++done, files.length);
  };
  if (workers) await inWorkers(files, pool, size, finish);
  else await inProcess(files, pool, size, finish);
  return { results, mode: workers ? 'workers' : 'in-process', size };
}

async function inProcess<O, R>(files: readonly string[], pool: PoolOptions<O, R>, size: number, finish: (i: number, r: FileResult<R>) => void): Promise<void> {
  let task: FileTask<O, R>;
  try {
    task = await loadTask<O, R>(pool.task);
  } catch (error) {
    // No task, no file read: each file says why rather than the batch vanishing.
    files.forEach((file, i) => finish(i, { file, ok: false, error: taskError(error) }));
    return;
  }
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      finish(i, await settle(task, files[i], pool.options));
    }
  };
  await Promise.all(Array.from({ length: size }, lane));
}

function inWorkers<O, R>(files: readonly string[], pool: PoolOptions<O, R>, size: number, finish: (i: number, r: FileResult<R>) => void): Promise<void> {
  return new Promise((resolve) => {
    const setup: WorkerSetup<O> = { task: pool.task, options: pool.options };
    let next = 0;
    let settled = 0;
    let running = 0;
    const start = () => {
      const worker = new Worker(WORKER_FILE, { workerData: setup });
      running++;
      let current: WorkerJob | null = null;
      const feed = () => {
        if (next >= files.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = { index: next, file: files[next++] };
        worker.postMessage(current);
      };
      worker.on('message', (answer: WorkerAnswer<R>) => {
        finish(answer.index, answer.result);
        settled++;
        feed();
      });
      // A worker that dies (out of memory, an uncaught error) fails only the file it held; a new one takes its place.
      const lost = (error: TaskError) => {
        if (current !== null) {
          finish(current.index, { file: current.file, ok: false, error });
          settled++;
          current = null;
          if (next < files.length) start();
        }
      };
      worker.on('error', (error) => lost(taskError(error)));
      worker.on('exit', (code) => {
        lost({ name: 'WorkerExit', message: `the worker reading this file stopped (exit code ${code})`, fields: { code } });
        running--;
        if (running === 0 && settled === files.length) resolve();
      });
      feed();
    };
    if (files.length === 0) return resolve();
    for (let i = 0; i < size; i++) start();
  });
}
