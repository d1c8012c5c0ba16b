/**
 * Rounding as Excel displays a number: read the double to 15 significant digits, then round
 * half away from zero. SPEC §2: a cell that shows 100,00 must count as 100,00, so 99.995
 * (binary 99.99499999…) rounds to 100 here although `Math.round(x * 100) / 100` gives 99.99.
 *
 * @example roundAsDisplayed(99.995, 2) // 100
 * @example roundAsDisplayed(-0.205, 2) // -0.21
 */
export function roundAsDisplayed(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const fast = plainRound(value, decimals);
  if (fast !== undefined) return fast;
  const sign = value < 0 ? -1 : 1;
  const shown = Math.abs(value).toPrecision(15);
  const shifted = Number(shiftExponent(shown, decimals));
  // Above ~1e306 the shift overflows; such a double has no fractional digits to round anyway.
  if (!Number.isFinite(shifted)) return value;
  // Math.round rounds .5 up; on the absolute value that is "away from zero".
  const rounded = Number(shiftExponent(String(Math.round(shifted)), -decimals));
  return sign * rounded === 0 ? 0 : sign * rounded;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
// Below 1e8 (scaled) the 15-digit reading moves the scaled value by under 5.3e-7 (5e-15
// relative, plus one rounding of the product): only a value within that of a half-way point
// can round differently from plain binary rounding. Such values take the decimal-string path.
const PLAIN_LIMIT = 1e8;
const HALF_MARGIN = 1e-6;

/**
 * The display rounding without strings where it provably gives the same number; undefined
 * near a half-way point or out of range. Large sheets round hundreds of thousands of values.
 * k / 10^d of exact integers is the double nearest k·10^-d, as parsing `ke-d` gives.
 */
function plainRound(value: number, decimals: number): number | undefined {
  const scale = POW10[decimals];
  if (scale === undefined) return undefined;
  const y = Math.abs(value) * scale;
  if (!(y < PLAIN_LIMIT)) return undefined;
  const frac = y - Math.floor(y);
  if (Math.abs(frac - 0.5) <= HALF_MARGIN) return undefined;
  const r = Math.round(y) / scale;
  return value < 0 && r !== 0 ? -r : r;
}

/** Multiplies a decimal string by 10^n without binary arithmetic ("1.005", 2 → "1.005e2"). */
function shiftExponent(decimal: string, n: number): string {
  const [mantissa, exponent] = decimal.toLowerCase().split('e');
  return `${mantissa}e${Number(exponent ?? 0) + n}`;
}
