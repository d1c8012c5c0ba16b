/**
 * How cell contents cross the Office.js boundary: what to send so Excel stores exactly the
 * planned value, and how to read back values and formulas into the shared model.
 */
import type { CellValue, PlannedValue } from '../workbook/types';

/**
 * True when Excel would not keep `text` verbatim if written to `range.values`: a leading `=`,
 * `+`, `-` or `@` makes a formula (Range.values docs), a leading apostrophe is eaten, and text
 * with a digit or TRUE/FALSE may be turned into a number, date or logical value by the
 * workbook's culture. Such text is sent behind an apostrophe (Excel's quote prefix), which keeps
 * the rest as text without changing the cell's number format.
 */
export function needsQuotePrefix(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** The value to send to `range.values`/`range.formulas` for a planned value. */
export function encodeValue(value: PlannedValue): string | number | boolean {
  if (value === null) return ''; // '' empties the cell; null would leave it unchanged
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write the non-finite number ${value} to Excel`);
    return value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return encodeText(value);
  return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
}

/**
 * `compute` remembered for short texts: output columns repeat a few labels (Sangat Baik,
 * Tercapai, -) down 100,000 rows, so each is worked out once. Bounded: cleared when full.
 * @example const weigh = memoText((t) => t.length); weigh('Baik') // 4, then from the memo
 */
export function memoText<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const out = compute(text);
    if (text.length <= MEMO_TEXT_LENGTH) {
      if (known.size >= MEMO_SIZE) known.clear();
      known.set(text, out);
    }
    return out;
  };
}

const MEMO_TEXT_LENGTH = 64;
const MEMO_SIZE = 4096;

const encodeText = memoText((text) => (text !== '' && needsQuotePrefix(text) ? `'${text}` : text));

/** True when the planned values hold a formula (then the block goes to `range.formulas`). */
export function hasFormula(rows: readonly (readonly PlannedValue[])[]): boolean {
  return rows.some((row) => row.some((v) => v !== null && typeof v === 'object'));
}

/**
 * A cell's formula from what Excel reports: `range.formulas` gives the formula text for a
 * formula cell and the constant otherwise, so text that starts with `=` and equals the value
 * is literal text (typed behind an apostrophe), not a formula.
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula.length < 2) return null;
  return typeof value === 'string' && value === formula ? null : formula;
}

/** A value as Excel reports it, in the shared model: '' (empty) becomes null. */
export function cellValueOf(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** What a snapshot of one cell becomes when written back: its formula, or its constant. */
export function plannedOf(value: unknown, formula: unknown): PlannedValue {
  const f = formulaOf(formula, value);
  if (f !== null) return { formula: f };
  const v = cellValueOf(value);
  return v instanceof Date ? v.toISOString() : v;
}
