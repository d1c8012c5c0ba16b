/**
 * Queues the writes of units: values (or formulas), then number formats, fills and bold, each
 * sent once per rectangle of equal value (`runs.ts`) rather than once per cell. Every Range and
 * RangeAreas is untracked before its sync: the client then sends no `_KeepReference` for it,
 * and the end-of-run cleanup no `_RemoveReference` (wire-cost.ts). None is used after its sync.
 */
import { hasFormula } from './cells';
import { blockPlan, encodedRows } from './block-encoding';
import { Rect, addressPieces, clipPlan } from './runs';
import { Unit, unitRect } from './schedule';
import { MAX_AREAS_ADDRESS, numberFormatPlan } from './wire-cost';

/** Worksheet proxies of one request, by name: one ObjectPath per sheet, not one per statement. */
export type SheetOf = (sheet: string) => Excel.Worksheet;

/** A fresh cache of worksheet proxies, for the statements of one request. */
export function sheetsOf(ctx: Excel.RequestContext): SheetOf {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
    return ws;
  };
}

/** The range a unit writes (and whose earlier contents its snapshot reads). The caller untracks it once queued. */
export function unitRange(sheet: SheetOf, unit: Unit): Excel.Range {
  const r = unitRect(unit);
  return sheet(unit.sheet).getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** Queues each unit's cells and formats. */
export function queueWrites(sheet: SheetOf, units: readonly Unit[]): void {
  for (const unit of units) {
    const { block, from, to } = unit;
    const range = unitRange(sheet, unit);
    const made: { untrack(): unknown }[] = [range];
    const rows = block.values.slice(from, to);
    const encoded = encodedRows(block).slice(from, to);
    if (hasFormula(rows)) range.formulas = encoded;
    else range.values = encoded;
    const ws = sheet(unit.sheet);
    const row0 = block.row + from;
    const whole: Rect = { row: row0, col: block.col, rows: to - from, cols: rows[0]?.length ?? 1 };
    const rectRange = (r: Rect): Excel.Range => {
      if (r.row === whole.row && r.col === whole.col && r.rows === whole.rows && r.cols === whole.cols) return range;
      const own = ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
      made.push(own);
      return own;
    };
    // One range for a single rectangle, else RangeAreas of address pieces.
    const formatTargets = (rects: readonly Rect[]): { format: Excel.RangeFormat }[] => {
      if (rects.length === 1) return [rectRange(rects[0])];
      return addressPieces(rects, MAX_AREAS_ADDRESS).map((address) => {
        const areas = ws.getRanges(address);
        made.push(areas);
        return areas;
      });
    };
    // Number formats after values, so that Excel's own formatting on entry cannot override them.
    if (block.numberFormats) {
      const formats = block.numberFormats;
      const plan = clipPlan(numberFormatPlan(block, formats), row0, block.row + to);
      // A single value applies to every cell of the range (Range.numberFormat docs); RangeAreas has no numberFormat.
      const setFormat = (target: Excel.Range, value: string) => ((target as { numberFormat: unknown }).numberFormat = value);
      if (plan.base !== undefined) setFormat(range, plan.base);
      for (const a of plan.arrays) {
        const cut = formats.slice(from, to).map((r) => r.slice(a.col - block.col, a.col - block.col + a.cols));
        rectRange({ row: row0, col: a.col, rows: to - from, cols: a.cols }).numberFormat = cut;
      }
      for (const run of plan.runs) for (const r of run.rects) setFormat(rectRange(r), run.value);
    }
    if (block.fills) {
      const setFill = (target: { format: Excel.RangeFormat }, value: string | null) => (value === null ? target.format.fill.clear() : (target.format.fill.color = value));
      const plan = clipPlan(blockPlan(block, block.fills), row0, block.row + to);
      if (plan.base !== undefined) setFill(range, plan.base);
      for (const run of plan.runs) for (const target of formatTargets(run.rects)) setFill(target, run.value);
    }
    if (block.bold) {
      const plan = clipPlan(blockPlan(block, block.bold), row0, block.row + to);
      if (plan.base !== undefined) range.format.font.bold = plan.base;
      for (const run of plan.runs) for (const target of formatTargets(run.rects)) target.format.font.bold = run.value;
    }
    for (const proxy of made) proxy.untrack();
  }
}
