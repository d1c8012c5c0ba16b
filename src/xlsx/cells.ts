/**
 * Translating exceljs cell contents to and from the shared sheet model (src/workbook/types.ts).
 * Kept apart from the port so the fixture generator and the tests read cells the same way.
 */
import type { Cell, CellValue as XCellValue, Style } from 'exceljs';
import type { CellValue, PlannedValue } from '../workbook/types';

// exceljs' ValueType enum values (lib/doc/enums.js); imported as numbers so this module has
// no runtime dependency on how exceljs exports its enums.
const MERGE = 1;
const FORMULA = 6;

/** True for a cell covered by a merge but not its top-left (master) cell. */
export function isMergeSlave(cell: Cell): boolean {
  return (cell.type as number) === MERGE && cell.master !== cell;
}

/**
 * The value Excel shows in a cell, as the engine wants it: errors as their text (`#N/A`),
 * rich text flattened, hyperlinks as their text, formulas as their cached result, the cells
 * a merge covers (other than its master) blank, dates left as Date so the engine can flag them.
 */
export function shownValue(cell: Cell): CellValue {
  if (isMergeSlave(cell)) return null;
  return plainValue(cell.value);
}

/** The plain form of an exceljs value (see `shownValue`). */
export function plainValue(v: XCellValue | { error: string } | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if ('error' in v) return String(v.error);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: XCellValue }).result);
  if ('hyperlink' in v) return plainValue((v as { text?: XCellValue }).text);
  return null;
}

/** The formula of a cell in en-US form with its leading `=`, or null (shared formulas translated). */
export function formulaOf(cell: Cell): string | null {
  if (isMergeSlave(cell) || (cell.type as number) !== FORMULA) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/** The exceljs value for a planned value: text stays text, only `{formula}` becomes a formula. */
export function toExcelValue(v: PlannedValue): XCellValue {
  if (v === null || typeof v !== 'object') return v;
  return { formula: v.formula.replace(/^=/, '') };
}

/** A solid fill of #RRGGBB colour, as exceljs writes it. */
export function solidFill(hex: string): Style['fill'] {
  const argb = `FF${hex.replace(/^#/, '').toUpperCase()}`;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/** The #RRGGBB colour of a solid fill with an explicit ARGB colour, else null. */
export function fillColour(fill: Style['fill'] | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's serial number of a date (1900 system), for portable undo blocks. */
export function dateSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86_400_000;
}
