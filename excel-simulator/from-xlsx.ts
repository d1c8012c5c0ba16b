/**
 * Node-only: builds a SimBook from an .xlsx file with exceljs (values, formulas with their
 * cached results, number formats, solid fills, bold, sheet protection). Kept apart from
 * index.ts so the browser bundle never pulls in exceljs or fs.
 */
import ExcelJS from 'exceljs';
import { SimBook, SimCell, SimSheet, simBook } from './model';

/** Excel's serial number of a date (1900 system), as `range.values` reports dates. */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}

function colorOf(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb && argb.length >= 6 ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function cellOf(cell: ExcelJS.Cell): SimCell | undefined {
  const out: SimCell = {};
  const v = cell.value as unknown;
  if (v === null || v === undefined) {
    // formats only
  } else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') {
    out.value = v;
  } else if (v instanceof Date) {
    out.value = serial(v);
  } else if (typeof v === 'object') {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; error?: string; text?: string };
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      const f = o.formula ?? cell.formula;
      out.formula = `=${f}`;
      const r = o.result as unknown;
      out.value = r instanceof Date ? serial(r) : r && typeof r === 'object' && 'error' in r ? String((r as { error: string }).error) : ((r as SimCell['value']) ?? null);
    } else if (o.richText) {
      out.value = o.richText.map((t) => t.text).join('');
    } else if (o.error) {
      out.value = o.error;
    } else if (o.text !== undefined) {
      out.value = o.text;
    }
  }
  if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
  const fill = colorOf(cell.fill);
  if (fill) out.fill = fill;
  if (cell.font?.bold) out.bold = true;
  return Object.keys(out).length ? out : undefined;
}

/** Reads an .xlsx file (path or bytes) into a SimBook. */
export async function simBookFromXlsx(source: string | Buffer | ArrayBuffer): Promise<SimBook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as ArrayBuffer);
  const sheets: SimSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: (SimCell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (SimCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Only the master of a merged area holds the value; the others read empty, as in Excel.
        if (cell.isMerged && cell.master !== cell) return;
        cells[colNumber - 1] = cellOf(cell);
      });
      rows[rowNumber - 1] = cells;
    });
    const widths: Record<number, number> = {};
    ws.columns?.forEach((c, i) => {
      if (c.width) widths[i] = Math.round((c.width * 7 + 5) * 0.75 * 100) / 100;
    });
    const protectedSheet = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    sheets.push({ name: ws.name, rows, protected: protectedSheet, charts: [], columnWidths: widths });
  });
  return simBook(sheets);
}
