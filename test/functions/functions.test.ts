/**
 * Every custom function on scalars (1×1 ranges, as Excel passes them to matrix parameters),
 * ranges and spills, and each error with its exact message (SPEC §2–§8).
 */
import { DUMAI_TW2_2024 } from '../../src/core/sample/dumai-tw2-2024';
import { roundAsDisplayed } from '../../src/core/round';
import * as F from '../../src/functions/functions';
import { excelError, installCustomFunctions, setDisplayLanguage } from './support/custom-functions-stub';

installCustomFunctions();
afterEach(() => setDisplayLanguage(undefined));

const VALUE = '#VALUE!';
const NA = '#N/A';
/** A 1×1 range: how Excel passes one cell to a matrix parameter. */
const one = (v: unknown) => [[v]];
/** A one-column range. */
const col = (...vs: unknown[]) => vs.map((v) => [v]);
/** The single result of a 1×1 call. */
const only = (m: unknown) => (m as unknown[][])[0][0];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

describe('CAPAIAN', () => {
  it('maximize: realisasi / target × 100 at full precision (SPEC §2)', () => {
    expect(only(F.CAPAIAN(one(88.89), one(89.2)))).toBeCloseTo((88.89 / 89.2) * 100, 12);
    expect(only(F.CAPAIAN(one(88.89), one(89.2)))).toBeCloseTo(99.6524663677, 9);
  });

  it('reads Indonesian text numbers as core does ("89,20", "Rp…", "41,21%")', () => {
    expect(only(F.CAPAIAN(one('88,89'), one('89,20')))).toBeCloseTo(99.6524663677, 9);
    expect(only(F.CAPAIAN(one('Rp1.500.000,00'), one('Rp2.000.000')))).toBe(75);
    expect(only(F.CAPAIAN(one('41,21%'), one(' 50 ')))).toBeCloseTo(82.42, 10);
  });

  it('minimize: (2 − realisasi/target) × 100, PermenPAN-RB 8/2021 examples', () => {
    expect(only(F.CAPAIAN(one(6.5), one(7), one('minimal')))).toBeCloseTo(107.142857142857, 10);
    expect(only(F.CAPAIAN(one(9), one(8), one('Negatif')))).toBe(87.5);
  });

  it.each([
    ['maks', 80],
    ['MAKSIMAL', 80],
    ['positif', 80],
    ['+', 80],
    [1, 80],
    ['min', 120],
    ['Minimal', 120],
    ['-', 120],
    [-1, 120],
    ['negatif', 120],
  ])('polaritas %p', (word, expected) => {
    expect(only(F.CAPAIAN(one(8), one(10), one(word)))).toBeCloseTo(expected, 10);
  });

  it('a blank or omitted polaritas means maximize', () => {
    expect(only(F.CAPAIAN(one(8), one(10), one(null)))).toBe(80);
    expect(only(F.CAPAIAN(one(8), one(10), one('')))).toBe(80);
    expect(only(F.CAPAIAN(one(8), one(10)))).toBe(80);
  });

  it('stabilize: a target range in one cell ("7-8", "7 – 8")', () => {
    expect(only(F.CAPAIAN(one(7.5), one('7-8')))).toBe(100);
    expect(only(F.CAPAIAN(one(6), one('7 – 8')))).toBeCloseTo((6 / 7) * 100, 12);
    expect(only(F.CAPAIAN(one(9), one('7-8'), one('stabil')))).toBe(87.5);
    expect(only(F.CAPAIAN(one(7), one(7), one('rentang')))).toBe(100);
  });

  it('stabilize: a target range in two cells, also one range per row of a two-column target', () => {
    expect(F.CAPAIAN(one(7.5), [[7, 8]])).toEqual([[100]]);
    const out = F.CAPAIAN(col(6, 7.5, 9), [
      [7, 8],
      ['7', '8'],
      [7, 8],
    ]);
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo((6 / 7) * 100, 12);
    expect(out[1][0]).toBe(100);
    expect(out[2][0]).toBe(87.5);
  });

  it('a two-column target pairs up only when the other arguments are one column wide', () => {
    // realisasi two columns wide: the target is two targets per row, not a range.
    expect(F.CAPAIAN([[8, 9]], [[10, 10]])).toEqual([[80, 90]]);
  });

  it('a range with maximize or minimize named is a contradiction', () => {
    expect(only(F.CAPAIAN(one(7.5), one('7-8'), one('maksimal')))).toEqual(excelError(VALUE, 'Rentang target 7–8 hanya untuk polaritas stabil'));
    expect(F.CAPAIAN(one(7.5), [[7.5, 8.5]], one('min'))).toEqual([[excelError(VALUE, 'Rentang target 7,5–8,5 hanya untuk polaritas stabil')]]);
  });

  it('invalid ranges: reversed, negative, half filled', () => {
    expect(only(F.CAPAIAN(one(7), one('8-7')))).toEqual(excelError(VALUE, 'Rentang target 8–7 terbalik (batas bawah di atas batas atas)'));
    expect(only(F.CAPAIAN(one(7), [[-1, 8]]))).toEqual(excelError(VALUE, 'Rentang target -1–8 memuat angka negatif'));
    expect(only(F.CAPAIAN(one(7), [[7, null]]))).toEqual(
      excelError(VALUE, 'target: Rentang target 7– tidak lengkap: isi batas bawah dan batas atas'),
    );
  });

  it('not assessed (target blank, "-" or 0) is the text "-" (SPEC §2)', () => {
    expect(F.CAPAIAN(col(5, 5, 5, null), col(null, '-', 0, '–'))).toEqual([['-'], ['-'], ['-'], ['-']]);
  });

  it('realisasi missing while a target exists is #N/A with the reason, never 0', () => {
    expect(only(F.CAPAIAN(one(null), one(89.2)))).toEqual(excelError(NA, 'Realisasi belum diisi padahal target ada'));
    expect(only(F.CAPAIAN(one('-'), one(89.2)))).toEqual(excelError(NA, 'Realisasi belum diisi padahal target ada'));
    expect(only(F.CAPAIAN(one(0), one(89.2)))).toBe(0);
  });

  it('unreadable input is #VALUE! naming the parameter and the value', () => {
    expect(only(F.CAPAIAN(one('abc'), one(10)))).toEqual(excelError(VALUE, 'realisasi: Nilai "abc" tidak dapat dibaca sebagai angka'));
    expect(only(F.CAPAIAN(one(true), one(10)))).toEqual(excelError(VALUE, 'realisasi: Nilai logika TRUE bukan angka'));
    expect(only(F.CAPAIAN(one(5), one('1.2.3,4.5')))).toEqual(excelError(VALUE, 'target: Pemisah ribuan pada "1.2.3,4.5" tidak teratur'));
    expect(only(F.CAPAIAN(one(5), one('#N/A')))).toEqual(excelError(VALUE, 'target: Sel berisi galat Excel #N/A'));
    expect(only(F.CAPAIAN(one(5), one(10), one('naik')))).toEqual(
      excelError(VALUE, 'polaritas: Polaritas "naik" tidak dikenal (gunakan maksimal, minimal atau stabil)'),
    );
  });

  it('a negative target is #VALUE! with its reason', () => {
    expect(only(F.CAPAIAN(one(5), one(-2.5)))).toEqual(excelError(VALUE, 'Target -2,5 negatif; target harus 0 atau lebih'));
  });

  it('an Excel error arriving in a cell is passed on unchanged', () => {
    expect(only(F.CAPAIAN(one({ code: '#DIV/0!' }), one(10)))).toEqual(excelError('#DIV/0!'));
  });

  it('spills: ranges of one shape give results of that shape, errors stay in their cells', () => {
    const out = F.CAPAIAN(col(50, 'x', null, 30), col(100, 100, 100, null));
    expect(out).toEqual([[50], [excelError(VALUE, 'realisasi: Nilai "x" tidak dapat dibaca sebagai angka')], [excelError(NA, 'Realisasi belum diisi padahal target ada')], ['-']]);
    const grid = F.CAPAIAN(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [10, 10],
        [10, 20],
      ],
    );
    expect(grid).toEqual([
      [10, 20],
      [30, 20],
    ]);
  });

  it('a single cell broadcasts over a range (one target for every row, one polaritas for all)', () => {
    expect(F.CAPAIAN(col(5, 10, 20), one(10))).toEqual([[50], [100], [200]]);
    expect(F.CAPAIAN(col(5, 10), col(10, 10), one('min'))).toEqual([[150], [100]]);
    expect(F.CAPAIAN(col(5, 10), col(10, 10), col('min', 'max'))).toEqual([[150], [100]]);
  });

  it('mismatched shapes are #VALUE! for the whole call, naming both sizes', () => {
    expect(thrown(() => F.CAPAIAN(col(1, 2, 3), col(1, 2, 3, 4)))).toEqual(
      excelError(VALUE, 'Ukuran realisasi (3 baris × 1 kolom) tidak sama dengan ukuran target (4 baris × 1 kolom); gunakan rentang berukuran sama atau satu sel'),
    );
    expect(thrown(() => F.CAPAIAN(col(1, 2), col(1, 2), [['min', 'max']]))).toEqual(
      excelError(VALUE, 'Ukuran realisasi (2 baris × 1 kolom) tidak sama dengan ukuran polaritas (1 baris × 2 kolom); gunakan rentang berukuran sama atau satu sel'),
    );
  });

  it('speaks English when Office is in English', () => {
    setDisplayLanguage('en-US');
    expect(only(F.CAPAIAN(one('abc'), one(10)))).toEqual(excelError(VALUE, 'realisasi: The value "abc" cannot be read as a number'));
    expect(only(F.CAPAIAN(one(5), one(-2.5)))).toEqual(excelError(VALUE, 'The target -2.5 is negative; a target must be 0 or more'));
    expect(only(F.CAPAIAN(one(null), one(1)))).toEqual(excelError(NA, 'Realisasi is missing although a target exists'));
    setDisplayLanguage('en-GB');
    expect(thrown(() => F.CAPAIAN(col(1, 2), col(1, 2, 3)))).toEqual(
      excelError(VALUE, 'The size of realisasi (2 rows × 1 column) differs from the size of target (3 rows × 1 column); use ranges of the same size or a single cell'),
    );
    setDisplayLanguage('id-ID');
    expect(only(F.CAPAIAN(one('abc'), one(10)))).toEqual(excelError(VALUE, 'realisasi: Nilai "abc" tidak dapat dibaca sebagai angka'));
  });

  it('reproduces every printed capaian of the source report as one spilled call', () => {
    const rows = DUMAI_TW2_2024;
    const out = F.CAPAIAN(
      rows.map((r) => [r.realisasi]),
      rows.map((r) => [r.target ?? '-']),
      rows.map((r) => [r.polaritas]),
    );
    rows.forEach((r, i) => {
      const v = out[i][0];
      if (r.printedCapaian === null) expect(v).toBe('-');
      else expect(roundAsDisplayed(v as number, 2)).toBe(r.printedCapaian);
    });
  });
});

describe('KRITERIA', () => {
  it.each([
    [103.52, 'Sangat Baik'],
    [120, 'Sangat Baik'],
    [120.01, 'Tidak Dapat Disimpulkan'],
    [100, 'Baik'],
    [99.995, 'Baik'], // shows 100,00 (SPEC §2)
    [99.99, 'Cukup'],
    [70, 'Cukup'],
    [69.99, 'Kurang'],
    ['103,52', 'Sangat Baik'],
  ])('%p → %s', (c, label) => {
    expect(F.KRITERIA(one(c))).toEqual([[label]]);
  });

  it('spills over a CAPAIAN spill, "-" and blanks stay "-"', () => {
    expect(F.KRITERIA(col(103.52, '-', null, 50))).toEqual([['Sangat Baik'], ['-'], ['-'], ['Kurang']]);
  });

  it('unreadable capaian is #VALUE!', () => {
    expect(F.KRITERIA(one('baik'))).toEqual([[excelError(VALUE, 'capaian: Nilai "baik" tidak dapat dibaca sebagai angka')]]);
  });
});

describe('NPS', () => {
  const SS2 = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];

  it('SS2: each capaian capped at 120, mean 104,15 (SPEC §4)', () => {
    expect(roundAsDisplayed(F.NPS(col(...SS2)) as number, 2)).toBe(104.15);
  });

  it('takes several ranges and single cells; blanks and "-" are left out', () => {
    const v = F.NPS(col(95.12, null, '-', 53.94), one(100), [[146.82, 128.44, '133,33']], one(186.64));
    expect(roundAsDisplayed(v as number, 2)).toBe(104.15);
  });

  it('caps below at 0', () => {
    expect(F.NPS(col(-10, 100))).toBe(50);
  });

  it('nothing assessed is "-"', () => {
    expect(F.NPS(col('-', null))).toBe('-');
    expect(F.NPS()).toBe('-');
  });

  it('an unreadable capaian is #VALUE! for the whole mean, naming it', () => {
    expect(F.NPS(col(100, 'n/a'))).toEqual(excelError(VALUE, 'capaian: Nilai "n/a" tidak dapat dibaca sebagai angka'));
  });

  it('an Excel error among the capaian is passed on', () => {
    expect(F.NPS(col(100, { code: '#N/A' }))).toEqual(excelError(NA));
  });
});

describe('NPSS', () => {
  it('mean of the assessed NP, uncapped: the source report gives 101,67 (SPEC §4)', () => {
    expect(roundAsDisplayed(F.NPSS(one(99.94), one(105.06), one(100)) as number, 2)).toBe(101.67);
    expect(F.NPSS(col(150, 50))).toBe(100);
  });

  it('NP of a perspective: mean of its sasaran NPS, "-" left out', () => {
    expect(roundAsDisplayed(F.NPSS(col(104.15, 102.34, 113.74, 100, '-')) as number, 2)).toBe(105.06);
  });

  it('nothing assessed is "-"; unreadable is #VALUE!', () => {
    expect(F.NPSS(col('-'))).toBe('-');
    expect(F.NPSS(col('x'))).toEqual(excelError(VALUE, 'np: Nilai "x" tidak dapat dibaca sebagai angka'));
  });
});

describe('PREDIKAT', () => {
  it('grades NPS / NP / NPSS (SPEC §5), spilled', () => {
    expect(F.PREDIKAT(col(101.67, 100, 90, 89.99, 70, 69.99, 50, 49.99, '-'))).toEqual(
      [['Istimewa'], ['Baik'], ['Baik'], ['Butuh Perbaikan'], ['Butuh Perbaikan'], ['Kurang'], ['Kurang'], ['Sangat Kurang'], ['-']],
    );
  });

  it('unreadable is #VALUE!', () => {
    expect(F.PREDIKAT(one(false))).toEqual([[excelError(VALUE, 'nilai: Nilai logika FALSE bukan angka')]]);
  });
});

describe('STATUS', () => {
  it('status against the annual target (SPEC §6)', () => {
    expect(F.STATUS(col(100.01, 100, 95.12, 70, 55.36, null))).toEqual([['Melampaui'], ['Tercapai'], ['Akan Tercapai'], ['Akan Tercapai'], ['Perlu Upaya Keras'], ['-']]);
  });

  it('unreadable is #VALUE!', () => {
    expect(F.STATUS(one('?'))).toEqual([[excelError(VALUE, 'capaian_tahunan: Nilai "?" tidak dapat dibaca sebagai angka')]]);
  });
});

describe('EFISIENSI.IE', () => {
  it('IE = output / input; input 0 is "-"; output 0 is 0 (SPEC §7)', () => {
    expect(F.EFISIENSI_IE(col(222, 0, 50, null), col(100, 50, 0, 100))).toEqual([[2.22], [0], ['-'], ['-']]);
  });

  it('negative output or input is #VALUE!', () => {
    expect(F.EFISIENSI_IE(col(-1, 5), col(50, -1))).toEqual([[excelError(VALUE, 'Capaian output negatif')], [excelError(VALUE, 'Anggaran atau capaian input negatif')]]);
  });

  it('mismatched shapes throw', () => {
    expect(thrown(() => F.EFISIENSI_IE(col(1, 2), [[1, 2]]))).toEqual(
      excelError(VALUE, 'Ukuran capaian_output (2 baris × 1 kolom) tidak sama dengan ukuran capaian_input (1 baris × 2 kolom); gunakan rentang berukuran sama atau satu sel'),
    );
  });
});

describe('EFISIENSI.TE', () => {
  it('TE = (IE − SE) / SE with SE 1 by default: 2,22 / 1 → 1,22', () => {
    expect(only(F.EFISIENSI_TE(one(2.22), one(1)))).toBeCloseTo(1.22, 12);
    expect(only(F.EFISIENSI_TE(one(222), one(100)))).toBeCloseTo(1.22, 12);
  });

  it('a given SE is used; SE ≤ 0 is #VALUE!', () => {
    expect(only(F.EFISIENSI_TE(one(2.22), one(1), one(2)))).toBeCloseTo(0.11, 12);
    expect(only(F.EFISIENSI_TE(one(2.22), one(1), one(0)))).toEqual(excelError(VALUE, 'Standar efisiensi (SE) harus lebih dari 0'));
    expect(only(F.EFISIENSI_TE(one(2.22), one(1), one('x')))).toEqual(excelError(VALUE, 'se: Nilai "x" tidak dapat dibaca sebagai angka'));
  });

  it('input 0 is "-"; output 0 is −1', () => {
    expect(F.EFISIENSI_TE(col(5, 0), col(0, 80))).toEqual([['-'], [-1]]);
  });
});

describe('EFISIENSI.CAPAIAN and EFISIENSI.KATEGORI', () => {
  it.each([
    [1.22, 84, 'Tidak Efisien'],
    [0.2049, 100, 'Efisien'],
    [0.2051, 95, 'Efisien'],
    [0.49, 92, 'Efisien'],
    [1.03, 86, 'Tidak Efisien'],
    [2.97, 75, 'Tidak Efisien'],
    [0, 100, 'Efisien'],
    [-0.02, '-', 'Tidak Efisien'],
    [-1, '-', 'Tidak Efisien'],
  ])('TE %p → %p, %s (SPEC §7, not the source slips of §11)', (te, capaianTe, kategori) => {
    expect(F.EFISIENSI_CAPAIAN(one(te))).toEqual([[capaianTe]]);
    expect(F.EFISIENSI_KATEGORI(one(te))).toEqual([[kategori]]);
  });

  it('spill over an EFISIENSI.TE spill, "-" stays "-"', () => {
    const te = F.EFISIENSI_TE(col(2.22, 5, 1.2), col(1, 0, 1));
    expect(F.EFISIENSI_CAPAIAN(te)).toEqual([[84], ['-'], [100]]);
    expect(F.EFISIENSI_KATEGORI(te)).toEqual([['Tidak Efisien'], ['-'], ['Efisien']]);
  });

  it('unreadable TE is #VALUE!', () => {
    expect(F.EFISIENSI_KATEGORI(one('tinggi'))).toEqual([[excelError(VALUE, 'te: Nilai "tinggi" tidak dapat dibaca sebagai angka')]]);
  });
});

describe('what Excel may pass', () => {
  it('a bare value or a 1-D array is read like a range (defensive: Excel sends 2-D)', () => {
    expect(F.KRITERIA(100 as unknown as unknown[][])).toEqual([['Baik']]);
    expect(F.KRITERIA([100, 50] as unknown as unknown[][])).toEqual([['Baik', 'Kurang']]);
    expect(F.KRITERIA([] as unknown as unknown[][])).toEqual([['-']]);
  });
});
