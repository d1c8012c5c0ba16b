/**
 * The preview grid's text colour on a fill: black or white by WCAG contrast, so every colour the
 * rule profiles paint (kriteria, predikat, status) reads at AA (4.5:1) without changing the
 * report's colours.
 */
import { PROFILES } from '../../src/core';
import { AA_CONTRAST, BLACK, WHITE, contrastRatio, inkOn, relativeLuminance } from '../../src/core/ink';

describe('contrastRatio (WCAG 2 relative luminance)', () => {
  it('gives the formula\'s end points and known values', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
    // Pure red: white reaches only 3.99:1 (the axe finding), black 5.25:1.
    expect(contrastRatio('#FF0000', WHITE)).toBeCloseTo(3.998, 3);
    expect(contrastRatio('#FF0000', BLACK)).toBeCloseTo(5.252, 3);
  });
});

describe('inkOn', () => {
  it('writes black on the report\'s red, where white failed', () => {
    expect(inkOn('#FF0000')).toBe(BLACK);
    expect(inkOn('ff0000')).toBe(BLACK);
  });

  it('writes white on a dark fill and black on a light one', () => {
    expect(inkOn('#1F3864')).toBe(WHITE);
    expect(inkOn('#FFFF00')).toBe(BLACK);
  });

  it('reads at AA on every fill of every rule profile', () => {
    const fills = new Set<string>();
    for (const p of PROFILES) for (const table of [p.kriteria, p.predikat, p.status]) for (const band of table) fills.add(band.result.colour);
    expect(fills.size).toBeGreaterThanOrEqual(5);
    for (const fill of fills) expect([fill, contrastRatio(fill, inkOn(fill)) >= AA_CONTRAST]).toEqual([fill, true]);
  });

  it('falls back to black for a fill that is not #RRGGBB', () => {
    expect(inkOn('red')).toBe(BLACK);
  });
});
