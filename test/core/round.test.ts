import { roundAsDisplayed } from '../../src/core';

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
});
