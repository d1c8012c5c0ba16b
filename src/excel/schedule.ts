/**
 * The pure scheduler: a write plan (or an undo token) and a byte budget in, the list of requests
 * out — which units each sync writes, whose undo snapshot and range-level formats it reads
 * ahead, and what it is modelled to weigh (wire-cost.ts), the end-of-run cleanup included. Every
 * host at the ExcelApi minimum (host-capabilities.ts) takes the same requests. No Office calls:
 * the executor (`executor.ts`) runs what this decides.
 *
 * Request 0 is read-only (sheet names, protection, the snapshot of chunk 0, the range-level fill
 * and bold of chunk 1); request k + 1 writes chunk k and reads the snapshot of chunk k + 1 and the
 * fill and bold of chunk k + 2. A chunk's snapshot is therefore in hand before it is written.
 */
import type { ChartPlan, Grid, SheetPlan, UndoToken, ValidationPlan, WriteBlock, WritePlan } from '../workbook/types';
import { SheetRect, overlapAny } from './runs';
import { CLEANUP_BASE_BYTES, CLEANUP_BYTES_PER_KEPT_REFERENCE, KEPT_REFERENCES_PER_UNIT, READ_AHEAD_BYTES, REQUEST_BASE_BYTES, SLICE_BYTES, UNIT_OVERHEAD, rowSizes, sheetBytes, sliceOverhead, sliceShare, snapshotBytes, uniformBytes } from './wire-cost';

/** A row slice of one block: the unit of writing and of the undo snapshot. */
export interface Unit {
  readonly sheet: string;
  readonly block: WriteBlock;
  /** Rows [from, to) of the block. */
  readonly from: number;
  readonly to: number;
}

/** Work on one sheet the add-in owns (created or cleared, then written). */
export interface OwnedJob {
  readonly sheet: string;
  readonly units: Unit[];
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly chart?: ChartPlan;
  readonly validations?: readonly ValidationPlan[];
  readonly wrap?: SheetPlan['wrap'];
  readonly freeze?: SheetPlan['freeze'];
  readonly print?: SheetPlan['print'];
  /** Undo of a sheet the run created: delete it. */
  readonly deleteSheet?: boolean;
}

/** What one write sync carries. */
export interface Chunk {
  readonly units: Unit[];
  /** Owned sheets whose preparation (create/clear) happens in this chunk. */
  readonly prepare: OwnedJob[];
  readonly ownedUnits: Unit[];
  /** Owned sheets whose widths, chart and drop-downs are set in this chunk. */
  readonly finish: OwnedJob[];
  /** Modelled request bytes of its writes. */
  bytes: number;
  /** Request bytes of the reads its units cause in earlier syncs (undo snapshot, uniform formats). */
  reads: number;
  /** The part of `reads` that is the undo snapshot (one sync before); the rest is read two before. */
  snapshotReads: number;
}

/** Everything one `apply` or `undo` does, packed into chunks. */
export interface Job {
  readonly chunks: Chunk[];
  readonly owned: OwnedJob[];
  /** Widths and charts on sheets that are not owned: set in the last chunk. */
  readonly decorations: OwnedJob[];
  /** True for `apply`: earlier contents are read before they are overwritten. */
  readonly snapshot: boolean;
  readonly activate?: string;
}

/** One sync of the run. */
export interface ScheduledRequest {
  /** The chunk this request writes (index into `job.chunks`); none for the read-only request 0. */
  readonly write?: number;
  /** Units whose earlier contents this request reads: the next chunk's. */
  readonly snapshot: readonly Unit[];
  /** Units whose range-level fill and bold this request reads: the chunk after next's. */
  readonly readAhead: readonly Unit[];
  /** Modelled request bytes: the writes and the reads ahead. */
  readonly bytes: number;
}

/** The job and the requests that carry it, in order. */
export interface Schedule {
  readonly job: Job;
  readonly requests: readonly ScheduledRequest[];
  /**
   * Modelled bytes of the request the client sends when `Excel.run` ends: a `_RemoveReference`
   * per reference still kept. The writer untracks every range before its sync, so this is the
   * request's frame; within the budget, so the whole run is.
   */
  readonly cleanupBytes: number;
}

/** The requests of an `apply`: every block of the plan, its earlier contents read one sync ahead. */
export function scheduleApply(plan: WritePlan, maxRequestBytes: number): Schedule {
  const owned: OwnedJob[] = [];
  const units: Unit[] = [];
  const decorations: OwnedJob[] = [];
  let activate: string | undefined;
  for (const sp of plan.sheets) {
    if (sp.activate) activate = sp.sheet;
    if (sp.owned) {
      owned.push({ sheet: sp.sheet, units: sp.blocks.map((block) => ({ sheet: sp.sheet, block, from: 0, to: block.values.length })), columnWidths: sp.columnWidths, chart: sp.chart, validations: sp.validations, wrap: sp.wrap, freeze: sp.freeze, print: sp.print });
    } else {
      units.push(...sp.blocks.map((block) => ({ sheet: sp.sheet, block, from: 0, to: block.values.length })));
      // Widths, a chart and drop-downs on a user's sheet are laid out at the end; they are not part of the undo token.
      if (sp.columnWidths || sp.chart || sp.validations || sp.wrap) decorations.push({ sheet: sp.sheet, units: [], columnWidths: sp.columnWidths, chart: sp.chart, validations: sp.validations, wrap: sp.wrap });
    }
  }
  return requestsOf({ chunks: pack(plainFirst(units), owned, true, maxRequestBytes), owned, decorations, snapshot: true, activate });
}

/** The requests of an `undo`: the token's blocks written back, nothing read ahead. */
export function scheduleUndo(token: UndoToken, maxRequestBytes: number): Schedule {
  const units: Unit[] = [];
  // Put back in reverse order of writing, so overlapping blocks end with the earliest contents.
  for (const entry of [...token.restore].reverse()) {
    for (const block of [...entry.blocks].reverse()) units.push({ sheet: entry.sheet, block, from: 0, to: block.values.length });
  }
  const owned: OwnedJob[] = token.ownedBefore.map(({ sheet, grid }) =>
    grid === null ? { sheet, units: [], deleteSheet: true } : { sheet, units: grid.values.length ? [{ sheet, block: gridBlock(grid), from: 0, to: grid.values.length }] : [] },
  );
  return requestsOf({ chunks: pack(units, owned, false, maxRequestBytes), owned, decorations: [], snapshot: false });
}

/** The cells a unit writes. */
export function unitRect(u: Unit): SheetRect {
  return { sheet: u.sheet, row: u.block.row + u.from, col: u.block.col, rows: u.to - u.from, cols: Math.max(u.block.values[0]?.length ?? 1, 1) };
}

/** Request 0 reads only; request k + 1 writes chunk k and reads ahead for chunks k + 1 and k + 2. */
function requestsOf(job: Job): Schedule {
  const { chunks } = job;
  const unitsOf = (k: number) => (job.snapshot ? (chunks[k]?.units ?? []) : []);
  // A request reads the snapshot of the next chunk and the range-level formats of the one after.
  const snapOf = (k: number) => chunks[k]?.snapshotReads ?? 0;
  const aheadOf = (k: number) => (chunks[k] ? chunks[k].reads - chunks[k].snapshotReads : 0);
  const requests: ScheduledRequest[] = [{ snapshot: unitsOf(0), readAhead: unitsOf(1), bytes: REQUEST_BASE_BYTES + snapOf(0) + aheadOf(1) }];
  chunks.forEach((chunk, k) => requests.push({ write: k, snapshot: unitsOf(k + 1), readAhead: unitsOf(k + 2), bytes: REQUEST_BASE_BYTES + chunk.bytes + snapOf(k + 1) + aheadOf(k + 2) }));
  const units = chunks.reduce((n, c) => n + c.units.length + c.ownedUnits.length, 0);
  return { job, requests, cleanupBytes: CLEANUP_BASE_BYTES + units * KEPT_REFERENCES_PER_UNIT * CLEANUP_BYTES_PER_KEPT_REFERENCE };
}

/**
 * Splits the work into chunks whose syncs send at most maxRequestBytes; owned sheets start
 * after the first chunk. Sync k writes chunk k and reads ahead for chunks k+1 (snapshot) and
 * k+2 (uniform formats), so each chunk's reads are capped at a share of the budget and its
 * writes get the rest less two such shares. The share follows the units per chunk to expect:
 * a few large blocks leave almost the whole budget to writes, thousands of small ones (blocks
 * split by blank rows) get up to a quarter of it for their reads. A single row that weighs more
 * than a chunk may is not refused: it goes alone in a chunk of its own (and the host may refuse it).
 */
function pack(units: Unit[], owned: OwnedJob[], snapshot: boolean, maxRequestBytes: number): Chunk[] {
  const budget = Math.max(maxRequestBytes - REQUEST_BASE_BYTES - 4 * UNIT_OVERHEAD, 1024);
  const sized = new Map<WriteBlock, number[]>();
  // Each row's JSON and formats (rowSizes), and its share of the client's slicing of the values array.
  const sizesOf = (block: WriteBlock) => {
    let sizes = sized.get(block);
    if (!sizes) {
      const share = sliceShare(block.values.length, block.values[0]?.length ?? 1);
      sized.set(block, (sizes = share ? rowSizes(block).map((n) => n + share) : rowSizes(block)));
    }
    return sizes;
  };
  let writes = 0;
  let reads = 0;
  for (const u of units) {
    for (let r = u.from; r < u.to; r++) writes += sizesOf(u.block)[r];
    reads += snapshotBytes(u.block) + uniformBytes(u.block);
  }
  const perChunk = reads / Math.max(1, Math.ceil(writes / budget));
  const readShare = snapshot ? Math.min(budget / 4, Math.max(4 * READ_AHEAD_BYTES, 2 * perChunk)) : 0;
  const writeBudget = Math.max(budget - 2 * readShare, 1024);
  const chunks: Chunk[] = [newChunk()];
  // The first chunk's snapshot is read before the range-level formats are known, so it reads
  // every cell's fill: a smaller first chunk keeps that response well under the limit.
  let limitOf = (c: Chunk) => (snapshot && c === chunks[0] ? writeBudget / 2 : writeBudget);
  const place = (list: Unit[], into: (c: Chunk) => Unit[], withReads: boolean) => {
    const empty = (c: Chunk) => c.bytes === 0 && c.reads === 0;
    const close = (chunk: Chunk, unit: Unit, from: number, to: number, bytes: number, read: number) => {
      into(chunk).push({ ...unit, from, to });
      chunk.bytes += bytes;
      chunk.reads += read;
      if (read) chunk.snapshotReads += snapshotBytes(unit.block);
    };
    for (const unit of list) {
      const sizes = sizesOf(unit.block);
      const read = withReads ? snapshotBytes(unit.block) + uniformBytes(unit.block) : 0;
      // A piece of a block whose array the client slices may cost one slice more than its rows' shares.
      const fresh = UNIT_OVERHEAD + sheetBytes(unit.sheet) + sliceOverhead(unit.block) + (sliceShare(unit.block.values.length, unit.block.values[0]?.length ?? 1) ? SLICE_BYTES : 0);
      let from = unit.from;
      let bytes = fresh;
      const current = chunks[chunks.length - 1];
      if (!empty(current) && (current.reads + read > readShare || current.bytes + fresh + (sizes[from] ?? 0) > limitOf(current))) chunks.push(newChunk());
      for (let r = unit.from; r < unit.to; r++) {
        const chunk = chunks[chunks.length - 1];
        if (r > from && chunk.bytes + bytes + sizes[r] > limitOf(chunk)) {
          close(chunk, unit, from, r, bytes, read);
          chunks.push(newChunk());
          from = r;
          bytes = fresh;
        }
        bytes += sizes[r];
      }
      close(chunks[chunks.length - 1], unit, from, unit.to, bytes, read);
    }
  };
  place(units, (c) => c.units, readShare > 0);
  if (owned.length) {
    // Owned sheets' charts are listed in the first write sync, so their changes come later; from
    // here on no sync reads ahead (owned sheets are cleared, not snapshotted): the whole budget.
    if (chunks.length === 1) chunks.push(newChunk());
    limitOf = () => budget;
    for (const job of owned) {
      chunks[chunks.length - 1].prepare.push(job);
      chunks[chunks.length - 1].bytes += UNIT_OVERHEAD;
      // Owned sheets are cleared, not snapshotted cell by cell: nothing is read ahead for them.
      if (!job.deleteSheet) place(job.units, (c) => c.ownedUnits, false);
      chunks[chunks.length - 1].finish.push(job);
    }
  }
  return chunks;
}

/**
 * Units without fills or bold first, when no two units overlap (then order cannot change the
 * result): the first chunk's undo snapshot is read before range-level formats are known, so a
 * fill there costs a per-cell read; values and number formats do not.
 */
function plainFirst(units: Unit[]): Unit[] {
  return overlapAny(units.map(unitRect)) ? units : [...units.filter((u) => !formatted(u)), ...units.filter(formatted)];
}

const formatted = (u: Unit) => !!(u.block.fills || u.block.bold);

/** An owned sheet's earlier contents as the block that writes them back (formulas as formulas). */
function gridBlock(grid: Grid): WriteBlock {
  return { row: grid.top, col: grid.left, values: grid.values.map((row, i) => row.map((v, j) => (grid.formulas[i]?.[j] ? { formula: grid.formulas[i][j]! } : v instanceof Date ? v.toISOString() : v))) };
}

function newChunk(): Chunk {
  return { units: [], prepare: [], ownedUnits: [], finish: [], bytes: 0, reads: 0, snapshotReads: 0 };
}
