/**
 * Runs a schedule (`schedule.ts`) inside one `Excel.run`: per request, queue its writes, the
 * snapshot of the next chunk and the range-level formats of the one after, sync, and mark those
 * formats ready. The undo token grows before each write, so a failure at any sync still leaves a
 * token that restores every cell exactly. Holds the one recovery path of a write run: a response
 * over Excel's limit (a snapshot too big to come back) is met by sending the request again
 * without the snapshot and reading that in pieces.
 */
import type { Grid, UndoToken, WriteBlock } from '../workbook/types';
import { ExcelAdapterError, Say, errorCode, interrupted, refusal, responseTooLarge } from './errors';
import { queueFinish, queuePrepare } from './owned-sheet';
import type { ReadOptions } from './reader';
import type { OwnedJob, Schedule, Unit } from './schedule';
import { PendingSnapshot, UniformFormats, ownedSheetBefore, queueSnapshots, queueUniformFormats, resolveSnapshots } from './undo-snapshot';
import { SheetOf, queueWrites, sheetsOf } from './writer';

/** What a run needs besides the schedule. */
export interface ExecutorEnv {
  /** Messages in the user's language. */
  readonly say: Say;
  /** How owned sheets' earlier contents are read. */
  readonly read: ReadOptions;
  readonly progress?: (done: number, total: number) => void;
}

/**
 * What a run has done so far, for its caller: the token (complete once `landed`), and whether
 * every write sync has returned. `Excel.run` may still reject after that, when the request that
 * releases kept references fails on a host path where the client waits for it (through
 * `executeRichApiRequestAsync` it does not); the caller then reports success with a note.
 */
export interface RunState {
  token?: UndoToken;
  landed: boolean;
}

/** Sends every request of the schedule in order; returns the token that undoes what was written. */
export async function execute(ctx: Excel.RequestContext, schedule: Schedule, env: ExecutorEnv, state: RunState = { landed: false }): Promise<UndoToken> {
  const { job, requests } = schedule;
  const token: { id: string; restore: { sheet: string; blocks: WriteBlock[] }[]; ownedBefore: { sheet: string; grid: Grid | null }[] } = {
    id: `sakip-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    restore: [],
    ownedBefore: [],
  };
  state.token = token;
  const sheetsInvolved = [...new Set([...job.chunks.flatMap((c) => c.units.map((u) => u.sheet)), ...job.owned.map((o) => o.sheet)])];
  // Range-level fill and bold, read two syncs ahead of a chunk's write: known when its
  // snapshot is read (one sync ahead), they spare the per-cell read of a uniform range.
  const uniform = new Map<Unit, UniformFormats>();
  // Request 0: read only. Names and protection decide whether to go on; nothing has changed yet.
  const books = ctx.workbook.worksheets;
  const first = requests[0];
  const pending = await send(ctx, uniform, {
    queue: () => books.load('items/name,items/protection/protected'),
    snapshot: first.snapshot,
    readAhead: first.readAhead,
    retry: true,
    fail: (error, again) => (again ? error : preflightError(ctx, env.say, error, sheetsInvolved)),
  });
  const existing = new Map(books.items.map((s) => [s.name.toLowerCase(), s]));
  for (const sheet of sheetsInvolved) {
    const ws = existing.get(sheet.toLowerCase());
    if (ws?.protection.protected) throw new ExcelAdapterError('sheet-protected', env.say('sheet-protected', { sheet: ws.name }));
    if (!ws && !job.owned.some((o) => o.sheet === sheet)) throw new ExcelAdapterError('sheet-missing', env.say('sheet-missing', { sheet }));
  }
  const ownedExists = new Map(job.owned.map((o) => [o.sheet, existing.has(o.sheet.toLowerCase())]));
  let snapshots = resolveSnapshots(pending);
  // Owned sheets' earlier contents, read before any write (in as many syncs as their size needs).
  const ownedBefore = new Map<OwnedJob, Grid>();
  for (const o of job.owned) {
    if (!job.snapshot || !ownedExists.get(o.sheet)) continue;
    try {
      ownedBefore.set(o, await ownedSheetBefore(ctx, o.sheet, env.read));
    } catch (error) {
      throw refusal(env.say, error, o.sheet);
    }
  }
  let ownedReads: { job: OwnedJob; charts?: Excel.ChartCollection }[] = [];
  const readOwned = () => job.owned.map((o) => ({ job: o, charts: ownedExists.get(o.sheet) ? ctx.workbook.worksheets.getItem(o.sheet).charts.load('items/name') : undefined }));

  for (const request of requests) {
    if (request.write === undefined) continue; // request 0, sent above
    const k = request.write;
    const chunk = job.chunks[k];
    const last = k === job.chunks.length - 1;
    // The token grows before the write, so a failure of this very sync can still be undone.
    for (const s of snapshots) token.restore.push({ sheet: s.sheet, blocks: [s.block] });
    for (const o of chunk.prepare) token.ownedBefore.push({ sheet: o.sheet, grid: ownedBefore.get(o) ?? null });
    const next = await send(ctx, uniform, {
      queue: (once, sheet) => {
        // Owned sheets' charts are listed in the first write sync (the schedule prepares them later).
        if (k === 0) ownedReads = readOwned();
        queueWrites(sheet, chunk.units);
        if (once) for (const o of chunk.prepare) queuePrepare(ctx, o, ownedExists.get(o.sheet) ?? false, ownedReads.find((r) => r.job === o)?.charts);
        queueWrites(sheet, chunk.ownedUnits);
        if (once) for (const o of chunk.finish) queueFinish(ctx, o);
        if (once && last) job.decorations.forEach((d) => queueFinish(ctx, d));
        if (once && last && job.activate) ctx.workbook.worksheets.getItem(job.activate).activate();
      },
      snapshot: request.snapshot,
      readAhead: request.readAhead,
      // Creating or clearing a sheet is not harmless twice: such a request is not sent again.
      retry: chunk.prepare.length === 0,
      fail: (error) => interrupted(env.say, error, token),
    });
    snapshots = resolveSnapshots(next);
    env.progress?.(k + 1, job.chunks.length);
  }
  state.landed = true;
  return token;
}

/** One request as the executor sends it. */
interface Step {
  /**
   * Queues the request's own part. `once` is false when the request is sent again after a
   * response over the limit: then only what is harmless to send twice (the same cell writes).
   * `sheet`: the request's worksheet proxies.
   */
  readonly queue: (once: boolean, sheet: SheetOf) => void;
  /** Units whose earlier contents this request reads. */
  readonly snapshot: readonly Unit[];
  /** Units whose range-level fill and bold this request reads. */
  readonly readAhead: readonly Unit[];
  /** May a response over the limit be recovered by sending the request again without its snapshot? */
  readonly retry: boolean;
  /** The error to throw for a failure; `again`: it came on the recovery path. */
  readonly fail: (error: unknown, again: boolean) => unknown;
}

/**
 * Queues a request's part, its snapshot and its read-ahead, syncs, and marks the read-ahead
 * ready. When the snapshot was too big to come back, sends the request again without it (the
 * same values, so harmless if they had landed) and reads the snapshot in pieces.
 */
async function send(ctx: Excel.RequestContext, uniform: Map<Unit, UniformFormats>, step: Step): Promise<PendingSnapshot[]> {
  let sheet = sheetsOf(ctx);
  step.queue(true, sheet);
  const pending = queueSnapshots(sheet, step.snapshot, uniform);
  let ahead = queueUniformFormats(sheet, step.readAhead, uniform);
  try {
    await ctx.sync();
  } catch (error) {
    if (!step.retry || !responseTooLarge(error)) throw await step.fail(error, false);
    try {
      sheet = sheetsOf(ctx);
      step.queue(false, sheet);
      // The snapshot's own range-level formats too, where not yet in hand (chunk 0's): its pieces then skip the per-cell read of a uniform range.
      const stale = step.snapshot.filter((u) => !uniform.get(u)?.ready);
      ahead = [...queueUniformFormats(sheet, stale, uniform), ...queueUniformFormats(sheet, step.readAhead, uniform)];
      await ctx.sync();
      ahead.forEach((u) => (u.ready = true));
      return await readSnapshotsSplit(ctx, step.snapshot, uniform);
    } catch (again) {
      throw await step.fail(again, true);
    }
  }
  ahead.forEach((u) => (u.ready = true));
  return pending;
}

/** Reads snapshots one unit per sync, halving a unit whose response is too large. */
async function readSnapshotsSplit(ctx: Excel.RequestContext, units: readonly Unit[], uniform: Map<Unit, UniformFormats>): Promise<PendingSnapshot[]> {
  const out: PendingSnapshot[] = [];
  const queue = [...units];
  while (queue.length) {
    const unit = queue.shift()!;
    const pending = queueSnapshots(sheetsOf(ctx), [unit], uniform);
    try {
      await ctx.sync();
      out.push(...pending);
    } catch (error) {
      if (!responseTooLarge(error) || unit.to - unit.from < 2) throw error;
      const mid = unit.from + Math.floor((unit.to - unit.from) / 2);
      const halves = [
        { ...unit, to: mid },
        { ...unit, from: mid },
      ];
      // The halves share the parent's uniform formats (a uniform range is uniform in part).
      const u = uniform.get(unit);
      if (u) halves.forEach((h) => uniform.set(h, u));
      queue.unshift(...halves);
    }
  }
  return out;
}

/** The message for a failure of the read-only first sync: nothing changed. */
async function preflightError(ctx: Excel.RequestContext, say: Say, error: unknown, sheets: readonly string[]): Promise<Error> {
  if (errorCode(error) === 'ItemNotFound') {
    try {
      const all = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const names = new Set(all.items.map((s) => s.name.toLowerCase()));
      const missing = sheets.find((s) => !names.has(s.toLowerCase()));
      if (missing) return refusal(say, error, missing);
    } catch {
      // fall through to the generic message
    }
  }
  return refusal(say, error);
}
