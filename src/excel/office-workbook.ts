/**
 * The WorkbookPort over Office.js: the only code that touches `Excel.*` (DESIGN.md "Excel facts").
 * A thin class: it reads through `reader.ts`, and writes by scheduling the work (`schedule.ts`,
 * pure) and running the schedule (`executor.ts`) inside one `Excel.run`. Every `context.sync()` is
 * a round trip, so reads go in row blocks sized to the response limit, and writes in chunks whose
 * syncs send at most `maxRequestBytes`, each chunk's undo snapshot read before it is written.
 */
import { DecimalSeparator, Lang, formatMessage, langOf } from '../core';
import { ApplyError, Grid, UndoToken, WorkbookPort, WritePlan } from '../workbook/types';
import { ExcelAdapterError, Say, errorCode, reasonOf, refusal } from './errors';
import { RunState, execute } from './executor';
import { EXCEL_API_MINIMUM, HostCapabilities, capabilitiesOf } from './host-capabilities';
import { EXCEL_MESSAGES } from './messages';
import { ReadOptions, readSheet } from './reader';
import { Schedule, scheduleApply, scheduleUndo } from './schedule';

/** The `Excel` namespace as far as the adapter needs it (the real one, or the simulated host's). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The `Office` object as far as the adapter needs it. */
export interface OfficeHost {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** Options of the adapter; tests inject the simulated host here. */
export interface OfficeWorkbookOptions {
  /** Default: the global `Excel`. */
  readonly excel?: ExcelHost;
  /** Default: the global `Office`. */
  readonly office?: OfficeHost;
  /** Rows per read block; default adapts to the response size, starting at 5,000. */
  readonly readBlockRows?: number;
  /** Bytes one write request may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly maxRequestBytes?: number;
  /** Bytes one read response should stay under (default 4 MB). */
  readonly maxResponseBytes?: number;
  /** Language of messages; default from Office's display language. */
  readonly lang?: Lang;
}

/**
 * The token of an apply. `note`, in the user's language, when Excel reported a failure after every
 * write had landed (the run's closing request): the apply succeeded and the token still undoes it.
 */
export type AppliedToken = UndoToken;

/** 4 MB: the default request budget, leaving room under the 5 MB limit. */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The WorkbookPort on a live Excel (or the simulated host). */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;

  constructor(private readonly options: OfficeWorkbookOptions = {}) {
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  }

  private get excel(): ExcelHost {
    return this.options.excel ?? (globalThis as unknown as { Excel: ExcelHost }).Excel;
  }

  private get office(): OfficeHost | undefined {
    return this.options.office ?? (globalThis as unknown as { Office?: OfficeHost }).Office;
  }

  private get lang(): Lang {
    return this.options.lang ?? langOf(this.office?.context.displayLanguage);
  }

  /** What the host can do above the minimum, or undefined below it; asked afresh for each call. */
  private capabilities(): HostCapabilities | undefined {
    return capabilitiesOf((version) => {
      try {
        return this.office?.context.requirements.isSetSupported('ExcelApi', version) ?? false;
      } catch {
        return false;
      }
    });
  }

  /** The host's capabilities; a host below ExcelApi 1.9 is refused in the adapter's words, before any request. */
  private host(): HostCapabilities {
    const host = this.capabilities();
    if (!host) throw new ExcelAdapterError('excel-too-old', this.say('excel-too-old', { version: EXCEL_API_MINIMUM }));
    return host;
  }

  private readonly say: Say = (code, params = {}) => formatMessage(EXCEL_MESSAGES[code], this.lang, params);

  private readOptions(): ReadOptions {
    return { fixedBlockRows: this.options.readBlockRows, maxResponseBytes: this.maxResponseBytes };
  }

  /** Excel.run on a host at the minimum (else refused), as one undo step where the host can (ExcelApi 1.20). */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>, oneUndoStep = false): Promise<T> {
    const host = this.host();
    return oneUndoStep && host.mergeUndoGroup ? this.excel.run({ mergeUndoGroup: true }, batch) : this.excel.run(batch);
  }

  async sheets(): Promise<string[]> {
    try {
      return await this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      });
    } catch (error) {
      throw refusal(this.say, error);
    }
  }

  async read(sheet: string): Promise<Grid> {
    const options = this.readOptions();
    try {
      return await this.run(async (ctx) => readSheet(ctx, sheet, { ...options, inputFormats: true }));
    } catch (error) {
      throw refusal(this.say, error, sheet);
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    try {
      await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        const range = ws.getRange(address);
        range.select();
        range.untrack();
        await ctx.sync();
      });
    } catch (error) {
      throw refusal(this.say, error, sheet);
    }
  }

  async decimalSeparator(): Promise<DecimalSeparator> {
    // cultureInfo arrived with ExcelApi 1.11; Indonesian workbooks use a comma, so older hosts get ','.
    if (!this.capabilities()?.cultureInfo) return ',';
    try {
      return await this.run(async (ctx) => {
        const nf = ctx.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
        await ctx.sync();
        return nf.numberDecimalSeparator === '.' ? '.' : ',';
      });
    } catch {
      return ',';
    }
  }

  async apply(plan: WritePlan, progress?: (done: number, total: number) => void): Promise<AppliedToken> {
    return this.runSchedule(() => scheduleApply(plan, this.maxRequestBytes), progress);
  }

  /**
   * Puts back what `token` recorded. An undo that stops part way is not an ApplyError: its own
   * run recorded nothing to undo, and the caller must keep `token` (writing the earlier contents
   * back again is harmless, so the same token finishes the job).
   */
  async undo(token: UndoToken): Promise<void> {
    try {
      await this.runSchedule(() => scheduleUndo(token, this.maxRequestBytes));
    } catch (error) {
      if (!(error instanceof ApplyError)) throw error;
      const cause = error.cause ?? error;
      throw new ExcelAdapterError('undo-interrupted', this.say('undo-interrupted', { reason: reasonOf(cause) }), cause);
    }
  }

  /**
   * Runs a schedule in one Excel.run. When the run rejects after every write sync returned (the
   * request that releases kept references, on a host path where the client waits for it), the
   * writes are in the workbook: the token is returned with a note rather than thrown away.
   */
  private async runSchedule(schedule: () => Schedule, progress?: (done: number, total: number) => void): Promise<AppliedToken> {
    this.host();
    const planned = schedule();
    const state: RunState = { landed: false };
    try {
      return await this.run((ctx) => execute(ctx, planned, { say: this.say, read: this.readOptions(), progress }, state), true);
    } catch (error) {
      if (!state.landed || !state.token) throw error;
      const code = errorCode(error);
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return { ...state.token, note: this.say('apply-landed-note', { reason }) };
    }
  }
}
