/** Cells grouped by format into rectangles, and the addresses getRanges receives. */
import fc from 'fast-check';
import { SheetRect, addressPieces, overlapAny, rectA1, runsOf } from '../../src/excel/runs';

const addresses = (grid: (string | null | undefined)[][], row0 = 0, col0 = 0) =>
  Object.fromEntries(runsOf(grid, row0, col0).map((run) => [String(run.value), run.rects.map(rectA1)]));

describe('runsOf', () => {
  it('finds vertical runs per column and widens equal runs to the right', () => {
    expect(addresses([['a', 'a'], ['b', 'a']], 4, 2)).toEqual({ a: ['C5', 'D5:D6'], b: ['C6'] });
    expect(addresses([['x', 'x', 'y'], ['x', 'x', 'y'], ['x', 'x', 'y']])).toEqual({ x: ['A1:B3'], y: ['C1:C3'] });
  });

  it('keeps null (no fill) as a value of its own and leaves undefined cells out', () => {
    expect(addresses([['#00B050'], [null], [null], [undefined], ['#00B050']], 9, 7)).toEqual({ '#00B050': ['H10', 'H14'], null: ['H11:H12'] });
  });

  it('covers every defined cell exactly once with its own value', () => {
    const grid = Array.from({ length: 40 }, (_, i) => Array.from({ length: 5 }, (_, j) => ['r', 'g', null, undefined][(i * 7 + j * 3 + (i % 3)) % 4]));
    const seen = grid.map((row) => row.map(() => 0));
    for (const run of runsOf(grid, 100, 10)) {
      for (const r of run.rects) {
        for (let i = r.row; i < r.row + r.rows; i++) {
          for (let j = r.col; j < r.col + r.cols; j++) {
            expect(grid[i - 100][j - 10]).toBe(run.value);
            seen[i - 100][j - 10] += 1;
          }
        }
      }
    }
    expect(seen).toEqual(grid.map((row) => row.map((v) => (v === undefined ? 0 : 1))));
  });
});

describe('addressPieces', () => {
  it('joins addresses with commas, no piece longer than asked', () => {
    const rects = Array.from({ length: 50 }, (_, i) => ({ row: i * 2, col: 8, rows: 1, cols: 1 }));
    const pieces = addressPieces(rects, 40);
    expect(pieces.every((p) => p.length <= 40)).toBe(true);
    expect(pieces.join(',').split(',')).toEqual(rects.map(rectA1));
    expect(addressPieces([{ row: 4, col: 7, rows: 3, cols: 1 }, { row: 9, col: 7, rows: 1, cols: 1 }], 100)).toEqual(['H5:H7,H10']);
  });
});

describe('overlapAny', () => {
  const at = (sheet: string, row: number, col: number, rows = 1, cols = 1): SheetRect => ({ sheet, row, col, rows, cols });

  it('finds a shared cell, on the same sheet only (names compared without case)', () => {
    expect(overlapAny([at('Kinerja', 4, 7, 3, 2), at('kinerja', 6, 8)])).toBe(true);
    expect(overlapAny([at('Kinerja', 4, 7, 3, 2), at('Lain', 6, 8)])).toBe(false);
    // Touching edges share no cell.
    expect(overlapAny([at('K', 4, 7, 3, 2), at('K', 7, 7), at('K', 4, 9, 3, 1)])).toBe(false);
    // An empty rectangle covers nothing.
    expect(overlapAny([at('K', 4, 7, 0, 2), at('K', 4, 7)])).toBe(false);
  });

  it('finds an overlap far apart in the list, after thousands of disjoint blocks', () => {
    const blocks = Array.from({ length: 30_000 }, (_, i) => at('Kinerja', i * 2, 7, 1, 5));
    expect(overlapAny(blocks)).toBe(false);
    expect(overlapAny([...blocks, at('Kinerja', 59_990, 11)])).toBe(true);
    expect(overlapAny([at('Kinerja', 0, 0, 100_000, 1), ...blocks.slice(1)])).toBe(false);
  });

  it('agrees with comparing every pair', () => {
    const rect = fc.record({ sheet: fc.constantFrom('A', 'a', 'B'), row: fc.nat(20), col: fc.nat(6), rows: fc.nat(4), cols: fc.nat(3) });
    const pairs = (all: SheetRect[]) => {
      const rects = all.filter((r) => r.rows > 0 && r.cols > 0);
      return rects.some((x, i) =>
        rects.some(
          (y, j) => j > i && x.sheet.toLowerCase() === y.sheet.toLowerCase() && x.row < y.row + y.rows && y.row < x.row + x.rows && x.col < y.col + y.cols && y.col < x.col + x.cols,
        ),
      );
    };
    fc.assert(fc.property(fc.array(rect, { maxLength: 12 }), (rects) => overlapAny(rects) === pairs(rects)), { numRuns: 2000 });
  });
});
