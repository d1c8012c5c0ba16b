/**
 * A number cell is the number it shows (SPEC §8): one whose format is a percentage holds the
 * fraction (Excel stores `95,19%` as 0.9519), and reads as the percentage, 95.19, exactly like
 * the text `95,19%`. The one rule both routes (exceljs, Office.js) feed through `Grid.numberFormats`.
 */

// Whether a format code is a percentage, by code: a column repeats one or two codes.
const PERCENT_CODES = new Map<string, boolean>();
const PERCENT_CODES_MAX = 256;

/**
 * True when an Excel format code is a percentage: a `%` in its first section (the one for
 * positive numbers) outside quoted text (`"%"`), escapes (`\%`), the `_` / `*` spacing
 * characters' argument and `[...]` locale, colour and condition parts. `#,##0.00" %"` only
 * prints a percent sign: Excel does not multiply by 100 there, so it is not a percentage.
 *
 * @example isPercentFormat('0.00%') // true
 * @example isPercentFormat('#,##0.00" %"') // false
 */
export function isPercentFormat(code: string | null | undefined): boolean {
  if (code === null || code === undefined || code === '' || code === 'General') return false;
  let known = PERCENT_CODES.get(code);
  if (known === undefined) {
    known = scanPercent(code);
    if (PERCENT_CODES.size < PERCENT_CODES_MAX) PERCENT_CODES.set(code, known);
  }
  return known;
}

function scanPercent(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ';') return false; // end of the first section
    if (ch === '%') return true;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++; // the next character is literal (or a width / fill character), never a format symbol
    }
  }
  return false;
}

/** Exact powers of ten 10^0 … 10^22 (every one is a double without rounding). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const SIG_LOW = 1e14;
const SIG_HIGH = 1e15;
// The scaled value carries at most 0.0625 of binary error below 1e15: away from a half-way point
// by more than this, plain rounding is the decimal rounding.
const HALF_MARGIN = 0.07;

/**
 * A percent-formatted number as the percentage shown: value × 100, cleaned of the binary noise
 * of the multiplication by reading it to 15 significant digits as Excel does (0.9519 × 100 is
 * 95.19000000000001 in binary arithmetic; Excel shows, and the user reads, 95,19). Equal to
 * `Number((value * 100).toPrecision(15))`, by arithmetic instead of a string where it provably
 * agrees: a sheet may hold 100,000 such cells.
 */
export function percentShown(value: number): number {
  const y = value * 100;
  if (y === 0) return 0; // -0 too: Excel shows no negative zero
  if (!Number.isFinite(y)) return y;
  const a = Math.abs(y);
  let k = 14 - Math.floor(Math.log10(a));
  if (k >= 1 && k <= 21) {
    let scaled = a * POW10[k];
    // log10 may miss by one next to a power of ten: 15 digits before the point, no more.
    if (scaled >= SIG_HIGH) scaled = a * POW10[--k];
    else if (scaled < SIG_LOW) scaled = a * POW10[++k];
    const frac = scaled - Math.floor(scaled);
    if (scaled < SIG_HIGH && Math.abs(frac - 0.5) > HALF_MARGIN) {
      const r = Math.round(scaled) / POW10[k];
      return y < 0 ? -r : r;
    }
  }
  return Number(y.toPrecision(15));
}

