/**
 * Queues the writes of units: values (or formulas), then number formats, fills and bold, each
 * sent once per rectangle of equal value (`runs.ts`) rather than once per cell.
 */
import { hasFormula } from './cells';
import { blockPlan, encodedRows } from './block-encoding';
import { Rect, addressPieces, clipPlan } from './runs';
import { Unit, unitRect } from './schedule';
import { numberFormatPlan } from './wire-cost';

/** Longest address string given to one `worksheet.getRanges` call. */
const MAX_AREAS_ADDRESS = 2_048;

/** The range a unit writes (and whose earlier contents its snapshot reads). */
export function unitRange(ctx: Excel.RequestContext, unit: Unit): Excel.Range {
  const r = unitRect(unit);
  return ctx.workbook.worksheets.getItem(unit.sheet).getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** Queues each unit's cells and formats. `areas`: the host has RangeAreas (ExcelApi 1.9). */
export function queueWrites(ctx: Excel.RequestContext, units: readonly Unit[], areas: boolean): void {
  for (const unit of units) {
    const { block, from, to } = unit;
    const range = unitRange(ctx, unit);
    const rows = block.values.slice(from, to);
    const encoded = encodedRows(block).slice(from, to);
    if (hasFormula(rows)) range.formulas = encoded;
    else range.values = encoded;
    const ws = ctx.workbook.worksheets.getItem(unit.sheet);
    const row0 = block.row + from;
    const whole: Rect = { row: row0, col: block.col, rows: to - from, cols: rows[0]?.length ?? 1 };
    // Number formats after values, so that Excel's own formatting on entry cannot override them.
    if (block.numberFormats) {
      const formats = block.numberFormats;
      const plan = clipPlan(numberFormatPlan(block, formats), row0, block.row + to);
      // A single value applies to every cell of the range (Range.numberFormat docs); RangeAreas has no numberFormat.
      const setFormat = (target: Excel.Range, value: string) => ((target as { numberFormat: unknown }).numberFormat = value);
      if (plan.base !== undefined) setFormat(range, plan.base);
      for (const a of plan.arrays) {
        const cut = formats.slice(from, to).map((r) => r.slice(a.col - block.col, a.col - block.col + a.cols));
        ws.getRangeByIndexes(row0, a.col, to - from, a.cols).numberFormat = cut;
      }
      for (const run of plan.runs) for (const r of run.rects) setFormat(rectRange(ws, r, whole, range), run.value);
    }
    if (block.fills) {
      const setFill = (target: { format: Excel.RangeFormat }, value: string | null) => (value === null ? target.format.fill.clear() : (target.format.fill.color = value));
      const plan = clipPlan(blockPlan(block, block.fills), row0, block.row + to);
      if (plan.base !== undefined) setFill(range, plan.base);
      for (const run of plan.runs) for (const target of formatTargets(ws, run.rects, whole, range, areas)) setFill(target, run.value);
    }
    if (block.bold) {
      const plan = clipPlan(blockPlan(block, block.bold), row0, block.row + to);
      if (plan.base !== undefined) range.format.font.bold = plan.base;
      for (const run of plan.runs) for (const target of formatTargets(ws, run.rects, whole, range, areas)) target.format.font.bold = run.value;
    }
  }
}

/** The unit's range itself when `r` covers it, else a range for `r`. */
function rectRange(ws: Excel.Worksheet, r: Rect, whole: Rect, range: Excel.Range): Excel.Range {
  const same = r.row === whole.row && r.col === whole.col && r.rows === whole.rows && r.cols === whole.cols;
  return same ? range : ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** What one format is set on: the unit's range, or RangeAreas of the rectangles (one range each on hosts before 1.9). */
function formatTargets(ws: Excel.Worksheet, rects: readonly Rect[], whole: Rect, range: Excel.Range, areas: boolean): { format: Excel.RangeFormat }[] {
  if (rects.length === 1 || !areas) return rects.map((r) => rectRange(ws, r, whole, range));
  return addressPieces(rects, MAX_AREAS_ADDRESS).map((address) => ws.getRanges(address));
}
