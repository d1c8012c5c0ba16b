/**
 * What a write block sends, worked out once per block: its rows encoded as Excel must receive
 * them, and the format plans of its grids. The cost model (`wire-cost.ts`) weighs the very rows
 * and plans the writer (`writer.ts`) sends, so the two can never disagree.
 */
import type { PlannedValue, WriteBlock } from '../workbook/types';
import { encodeValue } from './cells';
import { ArrayCosts, FormatPlan, planFormat } from './runs';

/** Encoded rows by block: `rowSizes` (packing) weighs them and `queueWrites` sends slices of them. */
const ENCODED_ROWS = new WeakMap<object, (string | number | boolean)[][]>();

/**
 * The block's rows as Excel must receive them (`encodeValue`), encoded once. A row already in
 * that form is sent as it is (plan rows are read-only), and a row the plan shares (a label
 * repeated down the sheet) is encoded once and shared too.
 */
export function encodedRows(block: WriteBlock): (string | number | boolean)[][] {
  let out = ENCODED_ROWS.get(block.values);
  if (!out) {
    let last: readonly PlannedValue[] | undefined;
    let lastSent: (string | number | boolean)[] = [];
    out = block.values.map((row) => {
      if (row !== last) lastSent = sentAsIs(row) ? (row as (string | number | boolean)[]) : row.map(encodeValue);
      last = row;
      return lastSent;
    });
    ENCODED_ROWS.set(block.values, out);
  }
  return out;
}

/** True when every cell of a planned row is what Excel must receive already (see `encodeValue`). */
function sentAsIs(row: readonly PlannedValue[]): boolean {
  for (const v of row) {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
    } else if (typeof v === 'string') {
      if (v !== '' && encodeValue(v) !== v) return false;
    } else if (typeof v !== 'boolean') return false;
  }
  return true;
}

/**
 * Plans by block, then by grid: `rowSizes` (packing) and `queueWrites` (each slice) share one.
 * Keyed by the block, not the grid alone: a plan holds absolute rows, and two blocks may share
 * one formats array (a plan may reuse rows and arrays).
 */
const PLANS = new WeakMap<WriteBlock, Map<object, FormatPlan<unknown>>>();

/**
 * The format plan of one of a block's grids, rectangles in absolute rows and columns. The first
 * call for a grid fixes its plan, `costs` included: every caller of one grid passes the same
 * costs (number formats: `numberFormatPlan` in wire-cost.ts; fills and bold: none).
 */
export function blockPlan<T>(block: WriteBlock, grid: readonly (readonly T[])[], costs?: ArrayCosts): FormatPlan<T> {
  let byGrid = PLANS.get(block);
  if (!byGrid) PLANS.set(block, (byGrid = new Map()));
  let plan = byGrid.get(grid) as FormatPlan<T> | undefined;
  if (!plan) byGrid.set(grid, (plan = planFormat(grid, block.row, block.col, costs)));
  return plan;
}
