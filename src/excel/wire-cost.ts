/**
 * The byte-cost model of write requests: what each unit, row, format rectangle and read-ahead is
 * charged when the scheduler packs requests under the budget. Every constant and formula of the
 * model lives here. The constants are fitted to the requests Microsoft's Excel client library
 * (`@microsoft/office-js` 1.1.110) really sends for the statements the adapter queues, measured
 * through the wire host by `test/excel/wire-cost-fit.test.ts` (which fails if the model falls
 * below a real statement by more than 2 %, or above it by more than 30 %).
 *
 * What the client sends per statement: every proxy is an ObjectPath plus an Instantiate action
 * (ids included, so a statement weighs more as the ids of a long run grow: the constants are
 * measured with six-digit ids, which a run reaches after some 100,000 proxies and keeps below a
 * million); the adapter untracks every Range and RangeAreas before its sync, so none gets a
 * `_KeepReference` (and none a `_RemoveReference` in the end-of-run cleanup); one worksheet proxy
 * per sheet and request; a 2-D array of more than 1,500 cells is sent by the client in slices
 * of `floor(1500 / columns)` rows (`_ValidateArraySize`, then per slice two `GetRow` and a
 * `GetBoundingRect`).
 */
import type { WriteBlock } from '../workbook/types';
import { blockPlan, encodedRows } from './block-encoding';
import { memoText } from './cells';
import { ArrayCosts, FormatPlan, Rect, rectBytes } from './runs';

/**
 * A request's own frame: the JSON around its actions, the workbook and its worksheet collection,
 * and the first request's load of sheet names and protection (measured with a worksheet proxy:
 * `wire-cost-fit.test.ts`).
 */
export const REQUEST_BASE_BYTES = 450;

/** A worksheet proxy (`worksheets.getItem(name)`), once per sheet and request, beyond the name. */
export const SHEET_BYTES = 150;

/** A worksheet proxy with its name. */
export function sheetBytes(name: string): number {
  return SHEET_BYTES + textBytes(name);
}

/** A Range proxy (`getRangeByIndexes`, untracked): its ObjectPath and Instantiate actions (measured 281). */
export const RANGE_BYTES = 300;

/** A property set on a proxy (values, formulas, a number format), beyond its value (measured 99–111). */
export const SET_BYTES = 120;

/** A fill colour, a fill clear or bold on a proxy: the Format and Fill/Font paths and the set (measured 387–413). */
export const FORMAT_SET_BYTES = 430;

/** A RangeAreas proxy (`getRanges(address)`, untracked), beyond its address (measured ≈ 265). */
export const AREAS_BYTES = 300;

/** A fill or bold on a range or RangeAreas of its own (measured 677–694). */
export const FORMAT_COMMAND_BYTES = Math.max(RANGE_BYTES, AREAS_BYTES) + FORMAT_SET_BYTES;

/** A number format on a range of its own, beyond its value (measured 392 with a 12-byte value). */
export const RECT_COMMAND_BYTES = RANGE_BYTES + SET_BYTES;

/** The client sends a 2-D array of more than this many cells in row slices. */
export const CLIENT_SLICE_CELLS = 1_500;

/** One slice of such a write: its row paths, bounding rectangle and set (measured 818–824 with two-digit ids). */
export const SLICE_BYTES = 1_000;

/** Per unit written: its range and its values set (the scheduler adds its worksheet proxy, `sheetBytes`, as units may switch sheets). */
export const UNIT_OVERHEAD = RANGE_BYTES + SET_BYTES;

/** A unit's undo snapshot: its range and the load of values, formulas and number formats (measured 387–402). */
export const SNAPSHOT_BYTES = RANGE_BYTES + 150;

/** `getCellProperties` of fills and bold on the snapshot's range (measured 185). */
export const CELL_PROPERTIES_BYTES = 220;

/** The range-level fill and bold, read two syncs ahead: a range, its Format, Fill and Font loads (measured 947). */
export const UNIFORM_FORMATS_BYTES = 1_050;

/**
 * Request bytes of reading one formatted unit ahead of its write: the snapshot (values,
 * formulas, number formats, per-cell properties) one sync before, and the range-level fill and
 * bold two before. A unit without fills or bold reads only its snapshot (`snapshotBytes`, `uniformBytes`).
 */
export const READ_AHEAD_BYTES = SNAPSHOT_BYTES + CELL_PROPERTIES_BYTES + UNIFORM_FORMATS_BYTES;

/**
 * What the end-of-run cleanup request costs per reference kept (`_RemoveReference` with the
 * reference id; measured 140–144 with GUID-length ids), and its frame. The adapter untracks
 * every range before its sync, so it keeps none; the cleanup, if sent at all, is its frame.
 */
export const CLEANUP_BYTES_PER_KEPT_REFERENCE = 160;
/** The cleanup request's frame (measured 297 with one reference, 157 of it the frame). */
export const CLEANUP_BASE_BYTES = 200;
/** References a written unit leaves kept until the run ends: none, as the writer and the snapshot untrack their ranges. */
export const KEPT_REFERENCES_PER_UNIT = 0;

/** Request bytes of a unit's undo snapshot, read one sync before its write (per-cell fills and bold where it has them). */
export function snapshotBytes(block: WriteBlock): number {
  return block.fills || block.bold ? SNAPSHOT_BYTES + CELL_PROPERTIES_BYTES : SNAPSHOT_BYTES;
}

/** Request bytes of a unit's range-level fill and bold, read two syncs before its write. */
export function uniformBytes(block: WriteBlock): number {
  return block.fills || block.bold ? UNIFORM_FORMATS_BYTES : 0;
}

/** What one cell of a per-cell number-format array weighs (`"0.00",`). */
const FORMAT_CELL_BYTES = 7;

/** Rows are charged as if numbered near the sheet's end, so an address is never longer than charged. */
const LAST_ROW_OFFSET = 1_000_000;

/**
 * Bytes per row of the client's slicing of a 2-D array `cols` wide, when the array may pass
 * 1,500 cells (`rows × cols`); a unit of it is charged one more slice in its fixed cost.
 */
export function sliceShare(rows: number, cols: number): number {
  if (rows * cols <= CLIENT_SLICE_CELLS) return 0;
  return SLICE_BYTES / Math.max(1, Math.floor(CLIENT_SLICE_CELLS / Math.max(cols, 1)));
}

/** Number formats choose per-cell arrays over rectangles by these weights. */
const NUMBER_FORMAT_COSTS: ArrayCosts = { cellBytes: FORMAT_CELL_BYTES, commandBytes: RECT_COMMAND_BYTES };

/** The plan the writer sends a block's number formats by, and the model weighs. */
export function numberFormatPlan(block: WriteBlock, formats: readonly (readonly string[])[]): FormatPlan<string> {
  return blockPlan(block, formats, NUMBER_FORMAT_COSTS);
}

/** Longest address string given to one `worksheet.getRanges` call (the writer cuts pieces at it). */
export const MAX_AREAS_ADDRESS = 2_048;

/** The longest A1 rectangle (`XFD1048576:XFD1048576`) and its comma: a full piece holds at least the rest. */
const LONGEST_RECT = 22;

/**
 * Bytes each row of a block adds to a request, as JSON: its values, and the formats charged to
 * the row where each rectangle of equal format starts (as `queueWrites` sends them): a number
 * format rectangle costs a range and a set, a fill or bold rectangle its address in a RangeAreas.
 * The client's slicing of arrays over 1,500 cells is charged by the scheduler (`sliceShare`).
 */
export function rowSizes(block: WriteBlock): number[] {
  let previous: readonly (string | number | boolean)[] | undefined;
  let previousBytes = 0;
  const sizes = encodedRows(block).map((row) => {
    // Rows shared down the sheet (a label, '-') are weighed once.
    if (row === previous) return previousBytes;
    let bytes = 2 + row.length; // [ ], the commas between cells and the one after the row
    for (const v of row) bytes += jsonBytes(v);
    previous = row;
    previousBytes = bytes;
    return bytes;
  });
  const formats = block.numberFormats;
  if (formats) {
    const plan = numberFormatPlan(block, formats);
    for (const a of plan.arrays) {
      const slices = sliceShare(formats.length, a.cols);
      formats.forEach((row, i) => {
        sizes[i] += 2 + a.cols + slices;
        for (let j = a.col - block.col; j < a.col - block.col + a.cols; j++) sizes[i] += jsonBytes(row[j]);
      });
    }
    for (const run of plan.runs) for (const r of run.rects) sizes[r.row - block.row] += RECT_COMMAND_BYTES + jsonBytes(run.value);
  }
  for (const grid of [block.fills, block.bold]) {
    if (!grid) continue;
    const plan = blockPlan<string | null | boolean>(block, grid);
    for (const run of plan.runs) for (const r of run.rects) sizes[r.row - block.row] += worstRectBytes(r);
  }
  return sizes;
}

/**
 * Bytes every slice of a block sends whatever its rows (`queueWrites`): each format's base
 * command, a command per per-cell array (and one client slice more) and per run (a run's first
 * RangeAreas piece, or its range when it has one rectangle), and the rectangles a slice boundary
 * cuts in two (at most one per column and format, as rectangles are disjoint).
 */
export function sliceOverhead(block: WriteBlock): number {
  const cols = Math.max(block.values[0]?.length ?? 1, 1);
  let bytes = 0;
  if (block.numberFormats) {
    const plan = numberFormatPlan(block, block.numberFormats);
    const longest = Math.max(0, ...plan.runs.map((run) => jsonBytes(run.value)));
    if (plan.base !== undefined) bytes += SET_BYTES + jsonBytes(plan.base);
    for (const a of plan.arrays) bytes += RECT_COMMAND_BYTES + (sliceShare(block.numberFormats.length, a.cols) > 0 ? SLICE_BYTES : 0);
    bytes += cols * (RECT_COMMAND_BYTES + longest);
  }
  for (const grid of [block.fills, block.bold]) {
    if (!grid) continue;
    const plan = blockPlan<string | null | boolean>(block, grid);
    if (plan.base !== undefined) bytes += FORMAT_SET_BYTES;
    bytes += plan.runs.length * FORMAT_COMMAND_BYTES;
    bytes += cols * worstRectBytes({ row: 0, col: block.col, rows: 2, cols });
  }
  return bytes;
}

/**
 * A rectangle's bytes in a RangeAreas address, charged as if numbered near the sheet's end (so
 * never less than sent), with its share of the commands that carry the address pieces (a piece
 * past the run's first holds at least `MAX_AREAS_ADDRESS − LONGEST_RECT` characters).
 */
function worstRectBytes(r: Rect): number {
  const bytes = rectBytes({ ...r, row: LAST_ROW_OFFSET });
  return bytes + Math.ceil((FORMAT_COMMAND_BYTES * bytes) / (MAX_AREAS_ADDRESS - LONGEST_RECT));
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what it weighs on the wire. */
function jsonBytes(v: string | number | boolean): number {
  if (typeof v === 'number') return String(v).length;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return textBytes(v);
}

// Printable ASCII without quote or backslash weighs its length plus the two quotes.
const textBytes = memoText((v) => (/^[ !#-[\]-~]*$/.test(v) ? v.length + 2 : utf8.encode(JSON.stringify(v)).byteLength));
