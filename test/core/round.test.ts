import fc from 'fast-check';
import { roundAsDisplayed } from '../../src/core';

/** The definition, by decimal strings only: 15 significant digits, then half away from zero. */
function byStrings(value: number, decimals: number): number {
  const shift = (d: string, n: number): string => {
    const [m, e] = d.toLowerCase().split('e');
    return `${m}e${Number(e ?? 0) + n}`;
  };
  const shifted = Number(shift(Math.abs(value).toPrecision(15), decimals));
  if (!Number.isFinite(shifted)) return value;
  const r = (value < 0 ? -1 : 1) * Number(shift(String(Math.round(shifted)), -decimals));
  return r === 0 ? 0 : r;
}


describe('roundAsDisplayed', () => {
  it.each([
    [99.995, 100],
    [99.994, 99.99],
    [69.994, 69.99],
    [120.004, 120],
    [120.006, 120.01],
    [1.005, 1.01],
    [0.2049, 0.2],
    [0.2051, 0.21],
    [-0.205, -0.21],
    [-0.004, 0],
    [103.5197, 103.52],
    [1e-9, 0],
    [123456789.125, 123456789.13],
  ])('%p shows as %p', (x, expected) => {
    expect(roundAsDisplayed(x, 2)).toBe(expected);
  });

  it('differs from the naive roundings SPEC §2 warns of', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(Math.round(0.285 * 100) / 100).toBe(0.28);
    expect(roundAsDisplayed(99.995)).toBe(100);
    expect(roundAsDisplayed(1.005)).toBe(1.01);
    expect(roundAsDisplayed(0.285)).toBe(0.29);
  });

  it('rounds to other decimal counts', () => {
    expect(roundAsDisplayed(2.5, 0)).toBe(3);
    expect(roundAsDisplayed(-2.5, 0)).toBe(-3);
    expect(roundAsDisplayed(1.23456, 3)).toBe(1.235);
  });

  it('keeps numbers too large to shift (found by fuzzing)', () => {
    expect(roundAsDisplayed(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(roundAsDisplayed(-1.8e307)).toBe(-1.8e307);
  });

  it('leaves non-finite values alone', () => {
    expect(roundAsDisplayed(Infinity)).toBe(Infinity);
    expect(Number.isNaN(roundAsDisplayed(NaN))).toBe(true);
  });

  // The plain binary rounding it takes away from half-way points must agree with the definition.
  it('agrees with the decimal-string definition everywhere, half-way points included', () => {
    const decimals = fc.integer({ min: 0, max: 6 });
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    const moderate = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    // k / 10^d ± 5·10^-(d+1) nudged by a few ulps: the values where the two roundings could part.
    const nearHalf = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), decimals, fc.integer({ min: -4, max: 4 })).map(([k, d, ulps]) => {
      let x = (k + 0.5) / 10 ** d;
      for (let i = 0; i < Math.abs(ulps); i++) x = ulps > 0 ? x + Math.abs(x) * Number.EPSILON : x - Math.abs(x) * Number.EPSILON;
      return [x, d] as const;
    });
    // Half-way points moved by up to 1e-13 relative: where the 15-digit reading still says half.
    const nearHalfDigits = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), decimals, fc.double({ min: -1e-13, max: 1e-13, noNaN: true })).map(
      ([k, d, rel]) => [((k + 0.5) / 10 ** d) * (1 + rel), d] as const,
    );
    const value = fc.oneof(fc.tuple(anyDouble, decimals), fc.tuple(moderate, decimals), nearHalf, nearHalfDigits);
    fc.assert(
      fc.property(value, ([x, d]) => Object.is(roundAsDisplayed(x, d), byStrings(x, d))),
      { numRuns: 20000 },
    );
    for (const x of [99.995, 1.005, 0.285, -0.205, 2.675, 1234567.125, 9999999.995, 123456789.0049996, 0.5, -2.5, 1e-300, -0.0049999999]) {
      for (let d = 0; d <= 6; d++) expect(roundAsDisplayed(x, d)).toBe(byStrings(x, d));
    }
  });
});
