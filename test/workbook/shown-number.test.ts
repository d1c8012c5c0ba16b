/** SPEC §8: a percent-formatted number cell is the percentage it shows. The rule itself. */
import fc from 'fast-check';
import { isPercentFormat, percentShown } from '../../src/workbook';

describe('isPercentFormat', () => {
  it.each([
    ['0.00%', true],
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%', true],
    ['[$-421]0,00%', true],
    ['[Red]0.00%', true],
    ['0.00%;[Red]-0.00%', true],
    ['0.00 %', true],
    ['#,##0.00" %"', false],
    ['0.00"%"', false],
    ['0.00\\%', false],
    ['0.00_%', false],
    ['0.00*%', false],
    ['0.00;-0.00%', false],
    ['[$%-409]0.00', false],
    ['General', false],
    ['0.00', false],
    ['#,##0', false],
    ['@', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (code, expected) => {
    expect(isPercentFormat(code)).toBe(expected);
  });
});

describe('percentShown', () => {
  it('reads the fraction as the percentage the user sees, without binary noise', () => {
    expect(0.5135 * 100).not.toBe(51.35); // 51.349999999999994: why the cleaning exists
    expect(percentShown(0.9519)).toBe(95.19);
    expect(percentShown(0.5135)).toBe(51.35);
    expect(percentShown(0.07)).toBe(7);
    expect(percentShown(1.0352)).toBe(103.52);
    expect(percentShown(-0.2051)).toBe(-20.51);
    expect(percentShown(0.29)).toBe(29);
    expect(Object.is(percentShown(-0), 0)).toBe(true);
    expect(percentShown(1)).toBe(100);
  });

  it('equals ×100 read to 15 significant digits, as Excel shows a number', () => {
    const typed = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 })).map(([n, d]) => n / 10 ** d);
    const any = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
    fc.assert(
      fc.property(fc.oneof(typed, any), (v) => Object.is(percentShown(v), Number((v * 100).toPrecision(15)))),
      { numRuns: 20_000 },
    );
  });
});
