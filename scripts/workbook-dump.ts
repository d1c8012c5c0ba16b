/**
 * A canonical dump of an exceljs workbook (every cell's value, formula and style, merges,
 * column widths, sheet order) and its checksum: what "nothing else changed" is measured by.
 */
import { createHash } from 'crypto';
import type { Workbook, Worksheet } from 'exceljs';

/** Cells to leave out of a dump, as `Sheet!A1` keys, or whole sheets by name. */
export interface DumpExclusions {
  readonly cells?: ReadonlySet<string>;
  readonly sheets?: ReadonlySet<string>;
  /** Column widths to leave out, as `Sheet!col` (0-based). */
  readonly widths?: ReadonlySet<string>;
}

function canonical(v: unknown): unknown {
  if (v instanceof Date) return { date: v.toISOString() };
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  return v;
}

function isEmptyStyle(style: unknown): boolean {
  return !style || Object.values(style as Record<string, unknown>).every((x) => x === undefined);
}

/** One sheet's cells as sorted `A1 → {value, style, merged}` entries. */
export function dumpSheet(ws: Worksheet, exclude: DumpExclusions = {}): unknown {
  const cells: [string, unknown][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const key = `${ws.name}!${cell.address}`;
      if (exclude.cells?.has(key)) return;
      const merged = cell.isMerged ? cell.master.address : null;
      const value = merged && merged !== cell.address ? null : cell.value;
      if ((value === null || value === undefined) && isEmptyStyle(cell.style) && !merged) return;
      cells.push([cell.address, canonical({ value, style: cell.style, merged })]);
    });
  });
  cells.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const widths: [number, number][] = [];
  const columnCount = ws.columnCount;
  for (let c = 1; c <= columnCount; c++) {
    const width = ws.getColumn(c).width;
    // A column that only came into being without a width is no change a user can see.
    if (width === undefined || exclude.widths?.has(`${ws.name}!${c - 1}`)) continue;
    widths.push([c - 1, width]);
  }
  // exceljs keeps merges in a private map; its model lists them.
  const merges = [...(ws.model as unknown as { merges: string[] }).merges].sort();
  return { name: ws.name, cells, merges, widths, views: canonical(ws.views) };
}

/** Every sheet in tab order. */
export function dumpWorkbook(wb: Workbook, exclude: DumpExclusions = {}): unknown[] {
  return wb.worksheets.filter((ws) => !exclude.sheets?.has(ws.name)).map((ws) => dumpSheet(ws, exclude));
}

/** SHA-256 of the canonical dump. */
export function checksum(wb: Workbook, exclude: DumpExclusions = {}): string {
  return createHash('sha256').update(JSON.stringify(dumpWorkbook(wb, exclude))).digest('hex');
}
