/**
 * One worker thread of the rekap pool (./rekap-pool.ts): loads the task named in its setup once,
 * then reads one file per message and answers with that file's result, a failure included.
 * Runs only compiled (lib/src/cli/rekap-worker.js); the pool starts it.
 */
import { parentPort, workerData } from 'worker_threads';
import { FileTask, WorkerAnswer, WorkerJob, WorkerSetup, loadTask, settle, taskError } from './rekap-pool';

const setup = workerData as WorkerSetup<unknown>;
// Loaded once per worker; a task that cannot be loaded fails each file it is given, with the reason.
const loading: Promise<FileTask<unknown, unknown>> = loadTask(setup.task);
loading.catch(() => undefined);

parentPort?.on('message', (job: WorkerJob) => {
  void (async () => {
    let answer: WorkerAnswer<unknown>;
    try {
      answer = { index: job.index, result: await settle(await loading, job.file, setup.options) };
    } catch (error) {
      answer = { index: job.index, result: { file: job.file, ok: false, error: taskError(error) } };
    }
    try {
      parentPort?.postMessage(answer);
    } catch (error) {
      // A result that cannot be copied across threads (a function in it) is the task's fault: say so for this file.
      parentPort?.postMessage({ index: job.index, result: { file: job.file, ok: false, error: taskError(error) } });
    }
  })();
});
