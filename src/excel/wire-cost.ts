/**
 * The byte-cost model of write requests: what each unit, row, format rectangle and read-ahead is
 * charged when the scheduler packs requests under the budget. Every constant and formula of the
 * model lives here, so that it can be refitted to measured request sizes in one place
 * (OFFICEJS-WIRE.md: the real client sends 3–6× these figures per statement).
 */
import type { WriteBlock } from '../workbook/types';
import { blockPlan, encodedRows } from './block-encoding';
import { memoText } from './cells';
import { ArrayCosts, FormatPlan, Rect, rectBytes } from './runs';

/** Bytes of wire overhead per range command, kept free in each chunk. */
export const UNIT_OVERHEAD = 600;

/**
 * Request bytes of reading one unit ahead of its write: the snapshot (values, formulas, number
 * formats, per-cell properties) one sync before, and the range-level fill and bold two before.
 */
export const READ_AHEAD_BYTES = 1_200;

/** Wire bytes of one command on its own range (object path and property), beyond its value. */
export const RECT_COMMAND_BYTES = 160;

/** What one cell of a per-cell number-format array weighs (`"0.00",`). */
const FORMAT_CELL_BYTES = 7;

/** Each rectangle's share of the command that carries its RangeAreas address piece. */
const AREA_SHARE_BYTES = Math.ceil(RECT_COMMAND_BYTES / 64);

/** Rows are charged as if numbered near the sheet's end, so an address is never longer than charged. */
const LAST_ROW_OFFSET = 1_000_000;

/** Number formats choose per-cell arrays over rectangles by these weights. */
const NUMBER_FORMAT_COSTS: ArrayCosts = { cellBytes: FORMAT_CELL_BYTES, commandBytes: RECT_COMMAND_BYTES };

/** The plan the writer sends a block's number formats by, and the model weighs. */
export function numberFormatPlan(block: WriteBlock, formats: readonly (readonly string[])[]): FormatPlan<string> {
  return blockPlan(block, formats, NUMBER_FORMAT_COSTS);
}

/**
 * Bytes each row of a block adds to a request, as JSON: its values, and the formats charged to
 * the row where each rectangle of equal format starts (as `queueWrites` sends them). `areas`:
 * the host has RangeAreas (ExcelApi 1.9), so a fill or bold costs an address, not a command.
 */
export function rowSizes(block: WriteBlock, areas = true): number[] {
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
      formats.forEach((row, i) => {
        sizes[i] += 2 + a.cols;
        for (let j = a.col - block.col; j < a.col - block.col + a.cols; j++) sizes[i] += jsonBytes(row[j]);
      });
    }
    for (const run of plan.runs) for (const r of run.rects) sizes[r.row - block.row] += RECT_COMMAND_BYTES + jsonBytes(run.value);
  }
  for (const grid of [block.fills, block.bold]) {
    if (!grid) continue;
    const plan = blockPlan<string | null | boolean>(block, grid);
    for (const run of plan.runs) for (const r of run.rects) sizes[r.row - block.row] += areas ? worstRectBytes(r) : RECT_COMMAND_BYTES;
  }
  return sizes;
}

/**
 * Bytes every slice of a block sends whatever its rows (`queueWrites`): each format's base
 * command, a command per per-cell array and per run of a RangeAreas, and the rectangles a
 * slice boundary cuts in two (at most one per column and format, as rectangles are disjoint).
 */
export function sliceOverhead(block: WriteBlock, areas = true): number {
  const cols = Math.max(block.values[0]?.length ?? 1, 1);
  let bytes = 0;
  if (block.numberFormats) {
    const plan = numberFormatPlan(block, block.numberFormats);
    const longest = Math.max(0, ...plan.runs.map((run) => jsonBytes(run.value)));
    bytes += (Number(plan.base !== undefined) + plan.arrays.length) * RECT_COMMAND_BYTES + (plan.base === undefined ? 0 : jsonBytes(plan.base));
    bytes += cols * (RECT_COMMAND_BYTES + longest);
  }
  for (const grid of [block.fills, block.bold]) {
    if (!grid) continue;
    const plan = blockPlan<string | null | boolean>(block, grid);
    bytes += (Number(plan.base !== undefined) + (areas ? plan.runs.length : 0)) * RECT_COMMAND_BYTES;
    bytes += cols * (areas ? worstRectBytes({ row: 0, col: block.col, rows: 2, cols }) : RECT_COMMAND_BYTES);
  }
  return bytes;
}

/**
 * A rectangle's bytes in a RangeAreas address, charged as if numbered near the sheet's end (so
 * never less than sent), with its share of the commands that carry the address pieces.
 */
function worstRectBytes(r: Rect): number {
  return rectBytes({ ...r, row: LAST_ROW_OFFSET }) + AREA_SHARE_BYTES;
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
