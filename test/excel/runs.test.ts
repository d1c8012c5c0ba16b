/** Cells grouped by format into rectangles, and the addresses getRanges receives. */
import { addressPieces, rectA1, runsOf } from '../../src/excel/runs';

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
