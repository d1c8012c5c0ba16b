/**
 * A spill is its cells: one call over ranges gives, cell for cell, what one call per cell
 * gives, whatever the cells hold (text numbers, dashes, blanks, Excel errors, ranges,
 * polarities, non-finite numbers). The interpreter reads a broadcast cell once and plain
 * numbers without core's parsers, so these properties guard that both stay invisible.
 */
import fc from 'fast-check';
import * as F from '../../src/functions/functions';
import { excelError, installCustomFunctions, setDisplayLanguage } from './support/custom-functions-stub';

installCustomFunctions();
afterEach(() => setDisplayLanguage(undefined));

/** What a cell of a report may hold, as Excel passes it to a matrix parameter. */
const CELL_VALUES: readonly unknown[] = [
  null,
  undefined,
  '',
  '  ',
  0,
  -0,
  7,
  8,
  89.2,
  -2.5,
  1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '89,20',
  '1.500',
  'Rp2.000.000',
  '41,21%',
  '-',
  '–',
  '7-8',
  '8-7',
  '7 s.d. 8',
  'abc',
  '#N/A',
  '1.2.3,4.5',
  true,
  new Date(Date.UTC(2024, 5, 30)),
  { code: '#DIV/0!' },
  { code: '#REF!' },
];
const POLARITAS_VALUES: readonly unknown[] = [null, '', 'max', 'minimal', 'Negatif', 'stabil', 'rentang', '+', '-', 1, -1, 0, 2, 'naik', Number.NaN, true, { code: '#N/A' }];

const cell = fc.constantFrom(...CELL_VALUES);
const polaritas = fc.constantFrom(...POLARITAS_VALUES);
const lang = fc.constantFrom('id-ID', 'en-US');

const column = (vs: readonly unknown[]) => vs.map((v) => [v]);

describe('a spill is its cells', () => {
  it('CAPAIAN over three columns equals CAPAIAN cell by cell', () => {
    const row = fc.tuple(cell, cell, polaritas);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), lang, (rows, tag) => {
        setDisplayLanguage(tag);
        const spill = F.CAPAIAN(column(rows.map((r) => r[0])), column(rows.map((r) => r[1])), column(rows.map((r) => r[2])));
        expect(spill).toEqual(rows.map(([r, t, p]) => F.CAPAIAN([[r]], [[t]], [[p]])[0]));
      }),
      { numRuns: 300 },
    );
  });

  it('CAPAIAN with a two-column target range equals CAPAIAN cell by cell', () => {
    const row = fc.tuple(cell, cell, cell, polaritas);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), lang, (rows, tag) => {
        setDisplayLanguage(tag);
        const spill = F.CAPAIAN(
          column(rows.map((r) => r[0])),
          rows.map((r) => [r[1], r[2]]),
          column(rows.map((r) => r[3])),
        );
        expect(spill).toEqual(rows.map(([r, lo, hi, p]) => F.CAPAIAN([[r]], [[lo, hi]], [[p]])[0]));
      }),
      { numRuns: 300 },
    );
  });

  it('a broadcast cell gives what the same value repeated in every row gives', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), cell, polaritas, (realisasi, target, p) => {
        const repeated = (v: unknown) => column(realisasi.map(() => v));
        expect(F.CAPAIAN(column(realisasi), [[target]], [[p]])).toEqual(F.CAPAIAN(column(realisasi), repeated(target), repeated(p)));
        expect(F.CAPAIAN(column(realisasi), [[target, target]])).toEqual(F.CAPAIAN(column(realisasi), realisasi.map(() => [target, target])));
      }),
      { numRuns: 300 },
    );
  });

  it('a two-dimensional spill of the other functions equals them cell by cell', () => {
    const grid = fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        const n = Math.min(a.length, b.length);
        const left = a.slice(0, n);
        const right = b.slice(0, n);
        const byCell = (f: (...args: unknown[][][]) => unknown[][], ...ms: unknown[][][]) =>
          ms[0].map((row, r) => row.map((_, c) => f(...ms.map((m) => [[m[r][c]]]))[0][0]));
        for (const f of [F.KRITERIA, F.PREDIKAT, F.STATUS, F.EFISIENSI_CAPAIAN, F.EFISIENSI_KATEGORI]) {
          expect(f(left)).toEqual(byCell(f, left));
        }
        expect(F.EFISIENSI_IE(left, right)).toEqual(byCell(F.EFISIENSI_IE, left, right));
        expect(F.EFISIENSI_TE(left, right, [[1.5]])).toEqual(byCell((o, i) => F.EFISIENSI_TE(o, i, [[1.5]]), left, right));
      }),
      { numRuns: 200 },
    );
  });
});

describe('numbers are read as core reads them', () => {
  it('a finite number is itself, at full precision', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (r, t) => {
        expect(F.CAPAIAN([[r]], [[t]])).toEqual([[(r / t) * 100]]);
        expect(F.CAPAIAN([[r], [r]], [[t]])).toEqual([[(r / t) * 100], [(r / t) * 100]]);
      }),
    );
  });

  it('NaN and ±Infinity are #VALUE! naming the parameter, in a spill as in a single cell', () => {
    const notFinite = (param: string, text: string) => excelError('#VALUE!', `${param}: Nilai ${text} bukan angka terhingga`);
    expect(F.CAPAIAN([[Number.NaN], [5]], [[10], [Number.POSITIVE_INFINITY]])).toEqual([[notFinite('realisasi', 'NaN')], [notFinite('target', 'Infinity')]]);
    expect(F.CAPAIAN([[5]], [[Number.NEGATIVE_INFINITY, 8]])).toEqual([[notFinite('target', '-Infinity')]]);
    expect(F.KRITERIA([[Number.NaN, 103.52]])).toEqual([[notFinite('capaian', 'NaN'), 'Sangat Baik']]);
    expect(F.NPS([[100], [Number.POSITIVE_INFINITY]])).toEqual(notFinite('capaian', 'Infinity'));
  });

  it('a number as polaritas is read as its word (1 maximize, -1 minimize, 0 stabilize), never as a number', () => {
    expect(F.CAPAIAN(column([8, 8, 8, 8]), column([10, 10, 7, 10]), column([1, -1, 0, 2]))).toEqual([
      [80],
      [120],
      // Stabilize on the range [7, 7]: above it, (2 − 8/7) × 100; maximize would give 114,3.
      [(2 - 8 / 7) * 100],
      [excelError('#VALUE!', 'polaritas: Polaritas "2" tidak dikenal (gunakan maksimal, minimal atau stabil)')],
    ]);
  });
});
