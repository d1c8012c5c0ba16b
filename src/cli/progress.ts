/**
 * The progress line of `sakip` on stderr (issue 14: a 50,000-row file ran 10 s with no sign of
 * life). On a terminal one line is rewritten in place (`\r`), at most every 100 ms for counts; in
 * a log (stderr not a terminal) plain lines appear only once a file has taken a second (the
 * stage running at that mark, then one per stage, a count at most every 5 s), so short runs
 * print nothing. A batch of periksa/hitung names each file as it starts; a rekap names each file
 * as it has been read (several are read at once). `--diam` silences all of it. stdout never carries progress.
 */
import type { Lang } from '../core';
import { say } from '../app';
import type { AppTextKey, RunStep } from '../app';

/** What progress needs of the terminal: whether stderr is one, its width, and a clock in ms. */
export interface ProgressIo {
  readonly tty: boolean;
  /** Columns of the terminal, so the rewritten line never wraps; unknown: not cut. */
  readonly columns?: number;
  now(): number;
  /**
   * Calls `fn` after `ms` (a timer that does not keep the process alive), so a log hears of a
   * stage that is still running at the one-second mark (opening a big file sends no event for
   * seconds); returns a cancel. Absent: lines appear only at the next event.
   */
  schedule?(fn: () => void, ms: number): () => void;
}

/** A log shows progress only after a file has run this long. */
export const PLAIN_DELAY_MS = 1000;
/** A log repeats a count (cells written) at most this often. */
export const PLAIN_INTERVAL_MS = 5000;
/** A terminal redraws a count at most this often. */
export const TTY_INTERVAL_MS = 100;

const STEP_KEY: Readonly<Record<RunStep['step'], AppTextKey>> = { read: 'stageRead', check: 'stageCheck', write: 'stageWrite' };

/** Progress of one `sakip` run over its files. */
export class Progress {
  private prefix = '';
  private started = 0;
  /** The stage last shown (a stage's first event is always shown, repeats are throttled). */
  private stage = '';
  private last = Number.NEGATIVE_INFINITY;
  /** A rewritten line is on the terminal and must be cleared before other output. */
  private onScreen = false;
  /** A log's stage not shown yet (too early), and the timer that shows it at the one-second mark. */
  private pending: { readonly stage: string; readonly text: string } | null = null;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly stderr: (text: string) => void,
    /** null: no clock and no terminal (in-process callers): only a batch's file lines. */
    private readonly io: ProgressIo | null,
    private readonly lang: Lang,
    private readonly quiet: boolean,
  ) {}

  /** A file starts: in a log a batch names it on its own line; a terminal shows it in the line's prefix. */
  file(index: number, count: number, file: string): void {
    this.clear();
    this.stopTimer();
    this.started = this.io?.now() ?? 0;
    this.stage = '';
    this.last = Number.NEGATIVE_INFINITY;
    const batch = count > 1 ? say(this.lang, 'progressFile', { index, count, file }) : '';
    this.prefix = `${batch || file}: `;
    if (!this.quiet && batch !== '' && !this.io?.tty) this.stderr(`${batch}\n`);
  }

  /**
   * A rekap's file is read (files finish in any order, several at a time): a terminal rewrites
   * one line `[12/304] file`; a log prints that line for every file as it is read, from the first
   * (no one-second wait: these lines are what a long rekap is watched by, and each file is short).
   */
  fileRead(done: number, count: number, file: string): void {
    if (this.quiet || this.io === null) return;
    this.prefix = '';
    const text = say(this.lang, 'progressFile', { index: done, count, file });
    if (this.io.tty) this.show(`read:${done}`, text);
    else this.stderr(`${text}\n`);
  }

  /** The file is being opened (read and unpacked by exceljs: the longest wait of a big file). */
  opening(): void {
    this.show('open', say(this.lang, 'stageOpen'));
  }

  /** A step of the workflow (RunRequest.onStep). */
  step(s: RunStep): void {
    this.show(`${s.step}:${s.sheet}`, say(this.lang, STEP_KEY[s.step], { sheet: s.sheet, index: s.index, count: s.count }));
  }

  /** Cells written of a sheet's plan (RunRequest.onWrite). */
  writing(sheet: string, done: number, total: number): void {
    this.show(`write:${sheet}`, say(this.lang, 'stageWriteCount', { sheet, done, total }), true);
  }

  /** The result file is being written. */
  saving(output: string): void {
    this.show('save', say(this.lang, 'stageSave', { output }));
  }

  /** Takes the rewritten line off the terminal (and stops a pending log line), before anything else is printed. */
  clear(): void {
    this.stopTimer();
    if (!this.onScreen) return;
    this.stderr('\r\x1b[K');
    this.onScreen = false;
  }

  private show(stage: string, text: string, count = false): void {
    if (this.quiet || this.io === null) return;
    const now = this.io.now();
    const same = stage === this.stage;
    if (this.io.tty) {
      if (same && (!count || now - this.last < TTY_INTERVAL_MS)) return;
      const line = `${this.prefix}${text}`;
      const width = this.io.columns;
      this.stderr(`\r${width !== undefined && width > 1 && line.length >= width ? `${line.slice(0, width - 2)}…` : line}\x1b[K`);
      this.onScreen = true;
    } else {
      if (now - this.started < PLAIN_DELAY_MS) {
        this.later(stage, text, PLAIN_DELAY_MS - (now - this.started));
        return;
      }
      if (same && (!count || now - this.last < PLAIN_INTERVAL_MS)) return;
      this.stopTimer();
      this.stderr(`${this.prefix}${text}\n`);
    }
    this.stage = stage;
    this.last = now;
  }

  /** Remembers a log's stage that came too early, to print it at the one-second mark if it is still running. */
  private later(stage: string, text: string, ms: number): void {
    this.pending = { stage, text };
    if (this.cancel !== null || this.io?.schedule === undefined) return;
    this.cancel = this.io.schedule(() => {
      this.cancel = null;
      const p = this.pending;
      this.pending = null;
      if (p === null || p.stage === this.stage) return;
      this.stderr(`${this.prefix}${p.text}\n`);
      this.stage = p.stage;
      this.last = this.io?.now() ?? 0;
    }, ms);
  }

  private stopTimer(): void {
    this.cancel?.();
    this.cancel = null;
    this.pending = null;
  }
}
