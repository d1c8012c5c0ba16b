import fc from 'fast-check';
import { roundAsDisplayed } from '../../src/core';
import { Grid, a1, cellRef, columnLetter, formulaAt, gridFromRows, parseA1, rangeA1, sheetRef } from '../../src/workbook';
import { displayRound } from '../../src/workbook/values';

describe('A1 helpers', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
  it('addresses cells and ranges from 0-based indices', () => {
    expect(a1(11, 5)).toBe('F12');
    expect(rangeA1(4, 5, 29, 5)).toBe('F5:F30');
    expect(rangeA1(4, 5, 4, 5)).toBe('F5');
  });
  it('parses what it writes, with $ and lower case', () => {
    expect(parseA1('F12')).toEqual({ row: 11, col: 5 });
    expect(parseA1('$xfd$1048576')).toEqual({ row: 1048575, col: 16383 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    }));
  });
  it('rejects what is not a cell address', () => {
    expect(() => parseA1('F0')).toThrow(RangeError);
    expect(() => parseA1('12F')).toThrow(RangeError);
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });
  it('quotes sheet names that need it', () => {
    expect(sheetRef('Kinerja')).toBe('Kinerja');
    expect(sheetRef('Data Kinerja')).toBe("'Data Kinerja'");
    expect(sheetRef("Bu'di")).toBe("'Bu''di'");
    expect(cellRef('Kinerja TW2', 11, 5)).toBe("'Kinerja TW2'!F12");
  });
});

describe('gridFromRows', () => {
  it('pads ragged rows to a rectangle and keeps only real formulas', () => {
    const g = gridFromRows('S', [[1], [1, 2, 3], []], [[null, '=A1'], [], [null, null, 'x']], 4, 2);
    expect(g).toEqual({
      sheet: 'S',
      top: 4,
      left: 2,
      values: [[1, null, null], [1, 2, 3], [null, null, null]],
      formulas: [[null, '=A1', null], [null, null, null], [null, null, null]],
    });
  });
});

describe('formulaAt', () => {
  it('counts only text starting with = (Office.js gives constants in formulas too)', () => {
    const g = { sheet: 'S', top: 0, left: 0, values: [[1, 'a', 2]], formulas: [[1, 'a', '=A1']] } as unknown as Grid;
    expect([formulaAt(g, 0, 0), formulaAt(g, 0, 1), formulaAt(g, 0, 2), formulaAt(g, 5, 5)]).toEqual([null, null, '=A1', null]);
  });
});

describe('displayRound (the fast path of roundAsDisplayed)', () => {
  it('agrees with core on every double, half-way points included', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
      expect(displayRound(x, 2)).toBe(roundAsDisplayed(x, 2));
    }), { numRuns: 4000 });
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (k) => {
      const x = (k + 0.5) / 100; // a half-way point in decimal: 99.995 and its kind
      expect(displayRound(x, 2)).toBe(roundAsDisplayed(x, 2));
    }), { numRuns: 4000 });
  });
});
