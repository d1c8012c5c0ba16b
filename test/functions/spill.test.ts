/**
 * A spill is its cells: one call over ranges gives, cell for cell, what one call per cell
 * gives, whatever the cells hold (text numbers, dashes, blanks, Excel errors, ranges,
 * polarities, non-finite numbers). The interpreter reads a broadcast cell once and plain
 * numbers without core's parsers, so these properties guard that both stay invisible.
 */
import fc from 'fast-check';
import { excelError, installCustomFunctions, setDisplayLanguage } from './support/custom-functions-stub';
import { ExcelCall, sourceCaller } from './support/excel-call';

installCustomFunctions();
afterEach(() => setDisplayLanguage(undefined));

let call: ExcelCall;
beforeAll(async () => {
  call = await sourceCaller();
}, 300_000);

/** What a call shows as rows of cells: a one-cell result shows as its value. */
const asRows = (shown: unknown): unknown[][] => (Array.isArray(shown) ? (shown as unknown[][]) : [[shown]]);

/**
 * What a cell of a report may hold, as Excel passes it to a matrix parameter (blank as null or
 * "", an error cell as an Error-like object), and values Excel never sends (undefined, NaN,
 * ±Infinity, a Date) that must still read as a problem rather than a crash.
 */
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
  excelError('#DIV/0!'),
  excelError('#REF!'),
];
const POLARITAS_VALUES: readonly unknown[] = [null, '', 'max', 'minimal', 'Negatif', 'stabil', 'rentang', '+', '-', 1, -1, 0, 2, 'naik', Number.NaN, true, excelError('#N/A')];

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
        const spill = asRows(call('CAPAIAN', column(rows.map((r) => r[0])), column(rows.map((r) => r[1])), column(rows.map((r) => r[2]))));
        expect(spill).toEqual(rows.map(([r, t, p]) => [call('CAPAIAN', r, t, p)]));
      }),
      { numRuns: 300 },
    );
  });

  it('CAPAIAN with a two-column target range equals CAPAIAN cell by cell', () => {
    const row = fc.tuple(cell, cell, cell, polaritas);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), lang, (rows, tag) => {
        setDisplayLanguage(tag);
        const spill = asRows(call('CAPAIAN', column(rows.map((r) => r[0])), rows.map((r) => [r[1], r[2]]), column(rows.map((r) => r[3]))));
        expect(spill).toEqual(rows.map(([r, lo, hi, p]) => [call('CAPAIAN', r, [[lo, hi]], p)]));
      }),
      { numRuns: 300 },
    );
  });

  it('a blank cell reads the same whether Excel sends it as null or ""', () => {
    const row = fc.tuple(cell, cell, polaritas);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const blanksAs = (blank: unknown) => rows.map((r) => r.map((v) => (v === null ? blank : v)));
        const columns = (rs: unknown[][]) => [0, 1, 2].map((i) => column(rs.map((r) => r[i])));
        const [withNull, withEmpty] = [columns(blanksAs(null)), columns(blanksAs(''))];
        expect(call('CAPAIAN', ...withEmpty)).toEqual(call('CAPAIAN', ...withNull));
        expect(call('NPS', withEmpty[0], withEmpty[1])).toEqual(call('NPS', withNull[0], withNull[1]));
      }),
      { numRuns: 200 },
    );
  });

  it('a broadcast cell gives what the same value repeated in every row gives', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), cell, polaritas, (realisasi, target, p) => {
        const repeated = (v: unknown) => column(realisasi.map(() => v));
        expect(call('CAPAIAN', column(realisasi), target, p)).toEqual(call('CAPAIAN', column(realisasi), repeated(target), repeated(p)));
        expect(call('CAPAIAN', column(realisasi), [[target, target]])).toEqual(call('CAPAIAN', column(realisasi), realisasi.map(() => [target, target])));
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
        const byCell = (id: string, ms: unknown[][][], ...rest: unknown[]) =>
          ms[0].map((row, r) => row.map((_, c) => call(id, ...ms.map((m) => m[r][c]), ...rest)));
        for (const id of ['KRITERIA', 'PREDIKAT', 'STATUS', 'EFISIENSI.CAPAIAN', 'EFISIENSI.KATEGORI']) {
          expect(asRows(call(id, left))).toEqual(byCell(id, [left]));
        }
        expect(asRows(call('EFISIENSI.IE', left, right))).toEqual(byCell('EFISIENSI.IE', [left, right]));
        expect(asRows(call('EFISIENSI.TE', left, right, 1.5))).toEqual(byCell('EFISIENSI.TE', [left, right], 1.5));
        expect(asRows(call('EFISIENSI.TE', left, right))).toEqual(byCell('EFISIENSI.TE', [left, right]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('numbers are read as core reads them', () => {
  it('a finite number is itself, at full precision', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (r, t) => {
        expect(call('CAPAIAN', r, t)).toEqual((r / t) * 100);
        expect(call('CAPAIAN', [[r], [r]], t)).toEqual([[(r / t) * 100], [(r / t) * 100]]);
      }),
    );
  });

  it('NaN and ±Infinity are #VALUE! naming the parameter, in a spill as in a single cell', () => {
    const notFinite = (param: string, text: string) => excelError('#VALUE!', `${param}: Nilai ${text} bukan angka terhingga`);
    expect(call('CAPAIAN', [[Number.NaN], [5]], [[10], [Number.POSITIVE_INFINITY]])).toEqual([[notFinite('realisasi', 'NaN')], [notFinite('target', 'Infinity')]]);
    expect(call('CAPAIAN', 5, [[Number.NEGATIVE_INFINITY, 8]])).toEqual(notFinite('target', '-Infinity'));
    expect(call('KRITERIA', [[Number.NaN, 103.52]])).toEqual([[notFinite('capaian', 'NaN'), 'Sangat Baik']]);
    expect(call('NPS', [[100], [Number.POSITIVE_INFINITY]])).toEqual(notFinite('capaian', 'Infinity'));
  });

  it('a number as polaritas is read as its word (1 maximize, -1 minimize, 0 stabilize), never as a number', () => {
    expect(call('CAPAIAN', column([8, 8, 8, 8]), column([10, 10, 7, 10]), column([1, -1, 0, 2]))).toEqual([
      [80],
      [120],
      // Stabilize on the range [7, 7]: above it, (2 − 8/7) × 100; maximize would give 114,3.
      [(2 - 8 / 7) * 100],
      [excelError('#VALUE!', 'polaritas: Polaritas "2" tidak dikenal (gunakan maksimal, minimal atau stabil)')],
    ]);
  });
});
