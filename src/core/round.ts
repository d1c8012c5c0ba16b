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
  const sign = value < 0 ? -1 : 1;
  const shown = Math.abs(value).toPrecision(15);
  const shifted = Number(shiftExponent(shown, decimals));
  // Above ~1e306 the shift overflows; such a double has no fractional digits to round anyway.
  if (!Number.isFinite(shifted)) return value;
  // Math.round rounds .5 up; on the absolute value that is "away from zero".
  const rounded = Number(shiftExponent(String(Math.round(shifted)), -decimals));
  return sign * rounded === 0 ? 0 : sign * rounded;
}

/** Multiplies a decimal string by 10^n without binary arithmetic ("1.005", 2 → "1.005e2"). */
function shiftExponent(decimal: string, n: number): string {
  const [mantissa, exponent] = decimal.toLowerCase().split('e');
  return `${mantissa}e${Number(exponent ?? 0) + n}`;
}
