/**
 * The undo snapshot codec: queues the loads of what a unit will overwrite (values, formulas,
 * number formats, fills, bold) and turns the response into the block that writes it back. Fills
 * and bold are read per cell only where the range-level read two syncs ahead found them mixed.
 */
import type { Grid, PlannedValue, WriteBlock } from '../workbook/types';
import { plannedOf } from './cells';
import { ReadOptions, readSheet } from './reader';
import type { Unit } from './schedule';
import { SheetOf, unitRange } from './writer';

/** A unit's range-level fill and bold, loaded ahead of its snapshot. */
export interface UniformFormats {
  readonly fill?: Excel.RangeFill;
  readonly font?: Excel.RangeFont;
  /** True once the sync that loads them has returned. */
  ready: boolean;
}

/** The loads of one unit's snapshot, queued; `resolveSnapshots` reads them once synced. */
export interface PendingSnapshot {
  readonly unit: Unit;
  readonly range: Excel.Range;
  readonly props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  /** The whole unit's fill when uniform (null = no fill). */
  readonly fillUniform?: string | null;
  readonly boldUniform?: boolean;
}

/** Queues the range-level fill and bold of each formatted unit into `uniform`; returns the entries queued. */
export function queueUniformFormats(sheet: SheetOf, units: readonly Unit[], uniform: Map<Unit, UniformFormats>): UniformFormats[] {
  const queued: UniformFormats[] = [];
  for (const unit of units) {
    if (!unit.block.fills && !unit.block.bold) continue;
    const range = unitRange(sheet, unit);
    const u: UniformFormats = {
      fill: unit.block.fills ? range.format.fill.load('color,tintAndShade') : undefined,
      font: unit.block.bold ? range.format.font.load('bold') : undefined,
      ready: false,
    };
    // What was loaded stays readable after the sync; the range is never used again (no kept reference).
    range.untrack();
    uniform.set(unit, u);
    queued.push(u);
  }
  return queued;
}

/** Queues the reads of what `units` will overwrite. */
export function queueSnapshots(sheet: SheetOf, units: readonly Unit[], uniform: ReadonlyMap<Unit, UniformFormats>): PendingSnapshot[] {
  return units.map((unit) => {
    const range = unitRange(sheet, unit);
    range.load(unit.block.numberFormats ? 'values,formulas,numberFormat' : 'values,formulas');
    // Until the range-level formats are back (first sync), every cell's fill and bold is read.
    const u = uniform.get(unit);
    const fillUniform = u?.ready && u.fill ? uniformFill(u.fill) : undefined;
    const boldUniform = u?.ready && u.font ? (u.font.bold ?? undefined) : undefined;
    const wantFill = !!unit.block.fills && fillUniform === undefined;
    const wantBold = !!unit.block.bold && boldUniform === undefined;
    const props =
      wantFill || wantBold
        ? range.getCellProperties({ format: { ...(wantFill ? { fill: { color: true, tintAndShade: true } } : {}), ...(wantBold ? { font: { bold: true } } : {}) } })
        : undefined;
    // Loaded values stay readable after the sync; the range itself is not used again.
    range.untrack();
    return { unit, range, props, fillUniform, boldUniform };
  });
}

/** The snapshots that came back, as blocks that write the earlier contents back. */
export function resolveSnapshots(pending: readonly PendingSnapshot[]): { sheet: string; block: WriteBlock }[] {
  return pending.map(({ unit, range, props, fillUniform, boldUniform }) => {
    const values = range.values;
    const formulas = range.formulas;
    const cells = props?.value;
    const n = unit.to - unit.from;
    const width = values[0]?.length ?? 0;
    // The response's arrays are ours once the sync is back: converted in place, not copied.
    for (let i = 0; i < values.length; i++) for (let j = 0; j < width; j++) values[i][j] = plannedOf(values[i][j], formulas[i][j]);
    const block: { row: number; col: number; values: PlannedValue[][]; numberFormats?: string[][]; fills?: (string | null)[][]; bold?: boolean[][] } = {
      row: unit.block.row + unit.from,
      col: unit.block.col,
      values: values as PlannedValue[][],
    };
    if (unit.block.numberFormats) {
      const formats = range.numberFormat;
      for (const row of formats) for (let j = 0; j < row.length; j++) if (typeof row[j] !== 'string') row[j] = String(row[j]);
      block.numberFormats = formats as string[][];
    }
    if (unit.block.fills) {
      // A uniform fill shares one row: the token is read-only.
      const shared = fillUniform !== undefined ? new Array<string | null>(width).fill(fillUniform) : undefined;
      block.fills = values.map((row, i) =>
        shared ??
        row.map((_, j) => {
          const fill = cells?.[i][j].format?.fill;
          return fill?.tintAndShade === null || fill?.tintAndShade === undefined || !fill.color ? null : fill.color.toUpperCase();
        }),
      );
    }
    if (unit.block.bold) {
      const shared = boldUniform !== undefined ? new Array<boolean>(width).fill(boldUniform) : undefined;
      block.bold = values.map((row, i) => shared ?? row.map((_, j) => cells?.[i][j].format?.font?.bold ?? false));
    }
    if (values.length !== n) throw new Error(`Snapshot of ${unit.sheet} has ${values.length} rows, expected ${n}`);
    return { sheet: unit.sheet, block };
  });
}

/**
 * An owned sheet's earlier contents, for undo: read like any sheet, in blocks sized to the
 * response limit (a Ringkasan of 40,000 rows does not fit in one response), before any write.
 */
export async function ownedSheetBefore(ctx: Excel.RequestContext, sheet: string, options: ReadOptions): Promise<Grid> {
  return { ...(await readSheet(ctx, sheet, options)), sheet };
}

/** A uniform fill from range-level properties: colour, null for no fill, undefined when mixed. */
function uniformFill(fill: Excel.RangeFill): string | null | undefined {
  // Excel reports #FFFFFF for both "no fill" and white; tintAndShade is null only for no fill.
  if (fill.color === null || fill.color === undefined) return undefined;
  return fill.tintAndShade === null || fill.tintAndShade === undefined ? null : fill.color.toUpperCase();
}
