/**
 * Every custom function on single cells, ranges and spills, and each error with its exact
 * message (SPEC §2–§8), called as Excel calls them (`support/excel-call.ts`): a cell or a range
 * per argument as a formula writes it, what the formula's cell shows back.
 */
import { DUMAI_TW2_2024 } from '../../src/core/sample/dumai-tw2-2024';
import { roundAsDisplayed } from '../../src/core/round';
import { excelError, installCustomFunctions, setDisplayLanguage } from './support/custom-functions-stub';
import { ExcelCall, OMITTED, sourceCaller } from './support/excel-call';

installCustomFunctions();
afterEach(() => setDisplayLanguage(undefined));

let call: ExcelCall;
beforeAll(async () => {
  call = await sourceCaller();
}, 300_000);

const VALUE = '#VALUE!';
const NA = '#N/A';
/** A one-column range. */
const col = (...vs: unknown[]) => vs.map((v) => [v]);
/** A spilled result as its rows. */
const rows = (v: unknown) => v as unknown[][];

describe('REALISASI (pembilang / penyebut, issue 15)', () => {
  // Balai POM Pangkalpinang, Laporan Kinerja Interim TW I 2021, Tabel 3.5: pembilang 23,
  // penyebut 36, realisasi printed 63,89, capaian 79,86 against target 80 (Cukup).
  it('reproduces Pangkalpinang TW I 2021: 23 / 36 → 63,89 → capaian 79,86 → Cukup', () => {
    const realisasi = call('REALISASI', 23, 36) as number;
    expect(realisasi).toBeCloseTo((23 / 36) * 100, 12);
    expect(roundAsDisplayed(realisasi, 2)).toBe(63.89);
    const c = call('CAPAIAN', realisasi, 80) as number;
    expect(roundAsDisplayed(c, 2)).toBe(79.86);
    expect(call('KRITERIA', c)).toBe('Cukup');
  });

  it('reads counts typed as Indonesian text and spills over ranges', () => {
    expect(roundAsDisplayed(call('REALISASI', '23', '36,0') as number, 2)).toBe(63.89);
    expect(rows(call('REALISASI', col(1, 3, 0), col(2, 4, 5)))).toEqual([[50], [75], [0]]);
  });

  it('penyebut 0 is not assessed ("-"), a blank count is #N/A, a negative count #VALUE! with its message', () => {
    expect(call('REALISASI', 0, 0)).toBe('-');
    expect(call('REALISASI', 5, 0)).toBe('-');
    expect((call('REALISASI', null, 36) as { code: string }).code).toBe(NA);
    const neg = call('REALISASI', -1, 36) as { code: string; message: string };
    expect(neg.code).toBe(VALUE);
    expect(neg.message).toContain('-1 / 36');
  });
});

describe('CAPAIAN', () => {
  it('maximize: realisasi / target × 100 at full precision (SPEC §2)', () => {
    expect(call('CAPAIAN', 88.89, 89.2)).toBeCloseTo((88.89 / 89.2) * 100, 12);
    expect(call('CAPAIAN', 88.89, 89.2)).toBeCloseTo(99.6524663677, 9);
  });

  it('reads Indonesian text numbers as core does ("89,20", "Rp…", "41,21%")', () => {
    expect(call('CAPAIAN', '88,89', '89,20')).toBeCloseTo(99.6524663677, 9);
    expect(call('CAPAIAN', 'Rp1.500.000,00', 'Rp2.000.000')).toBe(75);
    expect(call('CAPAIAN', '41,21%', ' 50 ')).toBeCloseTo(82.42, 10);
  });

  it('minimize: (2 − realisasi/target) × 100, PermenPAN-RB 8/2021 examples', () => {
    expect(call('CAPAIAN', 6.5, 7, 'minimal')).toBeCloseTo(107.142857142857, 10);
    expect(call('CAPAIAN', 9, 8, 'Negatif')).toBe(87.5);
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
    expect(call('CAPAIAN', 8, 10, word)).toBeCloseTo(expected, 10);
  });

  it('a blank or omitted polaritas means maximize', () => {
    expect(call('CAPAIAN', 8, 10, null)).toBe(80);
    expect(call('CAPAIAN', 8, 10, '')).toBe(80);
    expect(call('CAPAIAN', 8, 10)).toBe(80);
    expect(call('CAPAIAN', 8, 10, OMITTED)).toBe(80);
    expect(call('CAPAIAN', col(8, 8), col(10, 10))).toEqual([[80], [80]]);
  });

  it('stabilize: a target range in one cell ("7-8", "7 – 8")', () => {
    expect(call('CAPAIAN', 7.5, '7-8')).toBe(100);
    expect(call('CAPAIAN', 6, '7 – 8')).toBeCloseTo((6 / 7) * 100, 12);
    expect(call('CAPAIAN', 9, '7-8', 'stabil')).toBe(87.5);
    expect(call('CAPAIAN', 7, 7, 'rentang')).toBe(100);
  });

  it('stabilize: a target range in two cells, also one range per row of a two-column target', () => {
    expect(call('CAPAIAN', 7.5, [[7, 8]])).toBe(100);
    const out = rows(call('CAPAIAN', col(6, 7.5, 9), [
      [7, 8],
      ['7', '8'],
      [7, 8],
    ]));
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo((6 / 7) * 100, 12);
    expect(out[1][0]).toBe(100);
    expect(out[2][0]).toBe(87.5);
  });

  it('a two-column target pairs up only when the other arguments are one column wide', () => {
    // realisasi two columns wide: the target is two targets per row, not a range.
    expect(call('CAPAIAN', [[8, 9]], [[10, 10]])).toEqual([[80, 90]]);
  });

  it('a range with maximize or minimize named is a contradiction', () => {
    expect(call('CAPAIAN', 7.5, '7-8', 'maksimal')).toEqual(excelError(VALUE, 'Rentang target 7–8 hanya untuk polaritas stabil'));
    expect(call('CAPAIAN', 7.5, [[7.5, 8.5]], 'min')).toEqual(excelError(VALUE, 'Rentang target 7,5–8,5 hanya untuk polaritas stabil'));
  });

  it('invalid ranges: reversed, negative, half filled', () => {
    expect(call('CAPAIAN', 7, '8-7')).toEqual(excelError(VALUE, 'Rentang target 8–7 terbalik (batas bawah di atas batas atas)'));
    expect(call('CAPAIAN', 7, [[-1, 8]])).toEqual(excelError(VALUE, 'Rentang target -1–8 memuat angka negatif'));
    expect(call('CAPAIAN', 7, [[7, null]])).toEqual(
      excelError(VALUE, 'target: Rentang target 7– tidak lengkap: isi batas bawah dan batas atas'),
    );
  });

  it('not assessed (target blank, "-" or 0) is the text "-" (SPEC §2)', () => {
    expect(call('CAPAIAN', col(5, 5, 5, null), col(null, '-', 0, '–'))).toEqual([['-'], ['-'], ['-'], ['-']]);
  });

  it('realisasi missing while a target exists is #N/A with the reason, never 0', () => {
    expect(call('CAPAIAN', null, 89.2)).toEqual(excelError(NA, 'Realisasi belum diisi padahal target ada'));
    expect(call('CAPAIAN', '-', 89.2)).toEqual(excelError(NA, 'Realisasi belum diisi padahal target ada'));
    expect(call('CAPAIAN', 0, 89.2)).toBe(0);
  });

  it('unreadable input is #VALUE! naming the parameter and the value', () => {
    expect(call('CAPAIAN', 'abc', 10)).toEqual(excelError(VALUE, 'realisasi: Nilai "abc" tidak dapat dibaca sebagai angka'));
    expect(call('CAPAIAN', true, 10)).toEqual(excelError(VALUE, 'realisasi: Nilai logika TRUE bukan angka'));
    expect(call('CAPAIAN', 5, '1.2.3,4.5')).toEqual(excelError(VALUE, 'target: Pemisah ribuan pada "1.2.3,4.5" tidak teratur'));
    expect(call('CAPAIAN', 5, '#N/A')).toEqual(excelError(VALUE, 'target: Sel berisi galat Excel #N/A'));
    expect(call('CAPAIAN', 5, 10, 'naik')).toEqual(
      excelError(VALUE, 'polaritas: Polaritas "naik" tidak dikenal (gunakan maksimal, minimal atau stabil)'),
    );
  });

  it('a negative target is #VALUE! with its reason', () => {
    expect(call('CAPAIAN', 5, -2.5)).toEqual(excelError(VALUE, 'Target -2,5 negatif; target harus 0 atau lebih'));
  });

  it('an Excel error arriving in a cell is passed on unchanged', () => {
    // As the runtime delivers an error cell: an Error-like object carrying Excel's code.
    expect(call('CAPAIAN', excelError('#DIV/0!'), 10)).toEqual(excelError('#DIV/0!'));
    expect(call('CAPAIAN', col(50, excelError('#N/A')), col(100, 100))).toEqual([[50], [excelError(NA)]]);
    expect(call('CAPAIAN', 5, 10, excelError('#NUM!'))).toEqual(excelError('#NUM!'));
  });

  it('a blank cell is blank whether Excel sends null or ""', () => {
    expect(call('CAPAIAN', '', 89.2)).toEqual(excelError(NA, 'Realisasi belum diisi padahal target ada'));
    expect(call('CAPAIAN', col(5, 5, ''), col('', null, 10), col(null, '', ''))).toEqual(call('CAPAIAN', col(5, 5, null), col(null, null, 10), col(null, null, null)));
    expect(call('CAPAIAN', col(5, 5, ''), col('', null, 10))).toEqual([['-'], ['-'], [excelError(NA, 'Realisasi belum diisi padahal target ada')]]);
  });

  it('spills: ranges of one shape give results of that shape, errors stay in their cells', () => {
    const out = call('CAPAIAN', col(50, 'x', null, 30), col(100, 100, 100, null));
    expect(out).toEqual([[50], [excelError(VALUE, 'realisasi: Nilai "x" tidak dapat dibaca sebagai angka')], [excelError(NA, 'Realisasi belum diisi padahal target ada')], ['-']]);
    const grid = call('CAPAIAN', 
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
    expect(call('CAPAIAN', col(5, 10, 20), 10)).toEqual([[50], [100], [200]]);
    expect(call('CAPAIAN', col(5, 10), col(10, 10), 'min')).toEqual([[150], [100]]);
    expect(call('CAPAIAN', col(5, 10), col(10, 10), col('min', 'max'))).toEqual([[150], [100]]);
  });

  it('mismatched shapes are #VALUE! for the whole call, naming both sizes', () => {
    expect(call('CAPAIAN', col(1, 2, 3), col(1, 2, 3, 4))).toEqual(
      excelError(VALUE, 'Ukuran realisasi (3 baris × 1 kolom) tidak sama dengan ukuran target (4 baris × 1 kolom); gunakan rentang berukuran sama atau satu sel'),
    );
    expect(call('CAPAIAN', col(1, 2), col(1, 2), [['min', 'max']])).toEqual(
      excelError(VALUE, 'Ukuran realisasi (2 baris × 1 kolom) tidak sama dengan ukuran polaritas (1 baris × 2 kolom); gunakan rentang berukuran sama atau satu sel'),
    );
  });

  it('speaks English when Office is in English', () => {
    setDisplayLanguage('en-US');
    expect(call('CAPAIAN', 'abc', 10)).toEqual(excelError(VALUE, 'realisasi: The value "abc" cannot be read as a number'));
    expect(call('CAPAIAN', 5, -2.5)).toEqual(excelError(VALUE, 'The target -2.5 is negative; a target must be 0 or more'));
    expect(call('CAPAIAN', null, 1)).toEqual(excelError(NA, 'Realisasi is missing although a target exists'));
    setDisplayLanguage('en-GB');
    expect(call('CAPAIAN', col(1, 2), col(1, 2, 3))).toEqual(
      excelError(VALUE, 'The size of realisasi (2 rows × 1 column) differs from the size of target (3 rows × 1 column); use ranges of the same size or a single cell'),
    );
    setDisplayLanguage('id-ID');
    expect(call('CAPAIAN', 'abc', 10)).toEqual(excelError(VALUE, 'realisasi: Nilai "abc" tidak dapat dibaca sebagai angka'));
  });

  it('reproduces every printed capaian of the source report as one spilled call', () => {
    const report = DUMAI_TW2_2024;
    const out = rows(
      call(
        'CAPAIAN',
        report.map((r) => [r.realisasi]),
        report.map((r) => [r.target ?? '-']),
        report.map((r) => [r.polaritas]),
      ),
    );
    report.forEach((r, i) => {
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
    expect(call('KRITERIA', c)).toBe(label);
  });

  it('spills over a CAPAIAN spill, "-" and blanks stay "-"', () => {
    expect(call('KRITERIA', col(103.52, '-', null, 50))).toEqual([['Sangat Baik'], ['-'], ['-'], ['Kurang']]);
  });

  it('unreadable capaian is #VALUE!', () => {
    expect(call('KRITERIA', 'baik')).toEqual(excelError(VALUE, 'capaian: Nilai "baik" tidak dapat dibaca sebagai angka'));
  });
});

describe('NPS', () => {
  const SS2 = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];

  it('SS2: each capaian capped at 120, mean 104,15 (SPEC §4)', () => {
    expect(roundAsDisplayed(call('NPS', col(...SS2)) as number, 2)).toBe(104.15);
  });

  it('takes several ranges and single cells; blanks and "-" are left out', () => {
    const v = call('NPS', col(95.12, null, '-', 53.94), 100, [[146.82, 128.44, '133,33']], 186.64);
    expect(roundAsDisplayed(v as number, 2)).toBe(104.15);
  });

  it('caps below at 0', () => {
    expect(call('NPS', col(-10, 100))).toBe(50);
  });

  it('nothing assessed is "-"', () => {
    expect(call('NPS', col('-', null, ''))).toBe('-');
    // A repeating parameter counts as optional: =SAKIP.NPS() gets an empty array.
    expect(call('NPS')).toBe('-');
  });

  it('blank cells are left out whether Excel sends null or ""', () => {
    expect(roundAsDisplayed(call('NPS', col(95.12, '', 53.94, null, 100, 146.82, 128.44, 133.33, 186.64)) as number, 2)).toBe(104.15);
  });

  it('an unreadable capaian is #VALUE! for the whole mean, naming it', () => {
    expect(call('NPS', col(100, 'n/a'))).toEqual(excelError(VALUE, 'capaian: Nilai "n/a" tidak dapat dibaca sebagai angka'));
  });

  it('an Excel error among the capaian is passed on', () => {
    expect(call('NPS', col(100, excelError('#N/A')))).toEqual(excelError(NA));
    expect(call('NPS', col(100), excelError('#DIV/0!'))).toEqual(excelError('#DIV/0!'));
  });
});

describe('NPSS', () => {
  it('mean of the assessed NP, uncapped: the source report gives 101,67 (SPEC §4)', () => {
    expect(roundAsDisplayed(call('NPSS', 99.94, 105.06, 100) as number, 2)).toBe(101.67);
    expect(call('NPSS', col(150, 50))).toBe(100);
  });

  it('NP of a perspective: mean of its sasaran NPS, "-" left out', () => {
    expect(roundAsDisplayed(call('NPSS', col(104.15, 102.34, 113.74, 100, '-')) as number, 2)).toBe(105.06);
  });

  it('nothing assessed is "-"; unreadable is #VALUE!', () => {
    expect(call('NPSS', col('-'))).toBe('-');
    expect(call('NPSS', col('x'))).toEqual(excelError(VALUE, 'np: Nilai "x" tidak dapat dibaca sebagai angka'));
  });
});

describe('PREDIKAT', () => {
  it('grades NPS / NP / NPSS (SPEC §5), spilled', () => {
    expect(call('PREDIKAT', col(101.67, 100, 90, 89.99, 70, 69.99, 50, 49.99, '-'))).toEqual(
      [['Istimewa'], ['Baik'], ['Baik'], ['Butuh Perbaikan'], ['Butuh Perbaikan'], ['Kurang'], ['Kurang'], ['Sangat Kurang'], ['-']],
    );
  });

  it('unreadable is #VALUE!', () => {
    expect(call('PREDIKAT', false)).toEqual(excelError(VALUE, 'nilai: Nilai logika FALSE bukan angka'));
  });
});

describe('STATUS', () => {
  it('status against the annual target (SPEC §6)', () => {
    expect(call('STATUS', col(100.01, 100, 95.12, 70, 55.36, null))).toEqual([['Melampaui'], ['Tercapai'], ['Akan Tercapai'], ['Akan Tercapai'], ['Perlu Upaya Keras'], ['-']]);
  });

  it('unreadable is #VALUE!', () => {
    expect(call('STATUS', '?')).toEqual(excelError(VALUE, 'capaian_tahunan: Nilai "?" tidak dapat dibaca sebagai angka'));
  });
});

describe('EFISIENSI.IE', () => {
  it('IE = output / input; input 0 is "-"; output 0 is 0 (SPEC §7)', () => {
    expect(call('EFISIENSI.IE', col(222, 0, 50, null), col(100, 50, 0, 100))).toEqual([[2.22], [0], ['-'], ['-']]);
  });

  it('negative output or input is #VALUE!', () => {
    expect(call('EFISIENSI.IE', col(-1, 5), col(50, -1))).toEqual([[excelError(VALUE, 'Capaian output negatif')], [excelError(VALUE, 'Anggaran atau capaian input negatif')]]);
  });

  it('mismatched shapes are #VALUE! for the whole call', () => {
    expect(call('EFISIENSI.IE', col(1, 2), [[1, 2]])).toEqual(
      excelError(VALUE, 'Ukuran capaian_output (2 baris × 1 kolom) tidak sama dengan ukuran capaian_input (1 baris × 2 kolom); gunakan rentang berukuran sama atau satu sel'),
    );
  });
});

describe('EFISIENSI.TE', () => {
  it('TE = (IE − SE) / SE with SE 1 by default: 2,22 / 1 → 1,22', () => {
    expect(call('EFISIENSI.TE', 2.22, 1)).toBeCloseTo(1.22, 12);
    expect(call('EFISIENSI.TE', 222, 100)).toBeCloseTo(1.22, 12);
  });

  it('an omitted or blank SE is the profile\'s SE (1)', () => {
    expect(call('EFISIENSI.TE', 2.22, 1, OMITTED)).toBeCloseTo(1.22, 12);
    expect(call('EFISIENSI.TE', 2.22, 1, null)).toBeCloseTo(1.22, 12);
    expect(call('EFISIENSI.TE', 2.22, 1, '')).toBeCloseTo(1.22, 12);
    expect(call('EFISIENSI.TE', col(2.22, 3), col(1, 1))).toEqual([[expect.closeTo(1.22, 12)], [2]]);
  });

  it('a given SE is used; SE ≤ 0 is #VALUE!', () => {
    expect(call('EFISIENSI.TE', 2.22, 1, 2)).toBeCloseTo(0.11, 12);
    expect(call('EFISIENSI.TE', 2.22, 1, 0)).toEqual(excelError(VALUE, 'Standar efisiensi (SE) harus lebih dari 0'));
    expect(call('EFISIENSI.TE', 2.22, 1, 'x')).toEqual(excelError(VALUE, 'se: Nilai "x" tidak dapat dibaca sebagai angka'));
  });

  it('input 0 is "-"; output 0 is −1', () => {
    expect(call('EFISIENSI.TE', col(5, 0), col(0, 80))).toEqual([['-'], [-1]]);
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
    expect(call('EFISIENSI.CAPAIAN', te)).toBe(capaianTe);
    expect(call('EFISIENSI.KATEGORI', te)).toBe(kategori);
  });

  it('spill over an EFISIENSI.TE spill, "-" stays "-"', () => {
    const te = call('EFISIENSI.TE', col(2.22, 5, 1.2), col(1, 0, 1));
    expect(call('EFISIENSI.CAPAIAN', te)).toEqual([[84], ['-'], [100]]);
    expect(call('EFISIENSI.KATEGORI', te)).toEqual([['Tidak Efisien'], ['-'], ['Efisien']]);
  });

  it('unreadable TE is #VALUE!', () => {
    expect(call('EFISIENSI.KATEGORI', 'tinggi')).toEqual(excelError(VALUE, 'te: Nilai "tinggi" tidak dapat dibaca sebagai angka'));
  });
});

describe('repeating parameters: one array of the repeated arguments', () => {
  const SS2 = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];
  const shown = (v: unknown) => roundAsDisplayed(v as number, 2);

  // A JavaScript rest parameter would take Excel's one array as one range whose cells are
  // ranges, and every NPS would be #VALUE!: these calls fail against that signature.
  it('NPS over one range, several ranges, and single cells gives SS2\'s 104,15', () => {
    expect(shown(call('NPS', col(...SS2)))).toBe(104.15);
    expect(shown(call('NPS', col(...SS2.slice(0, 3)), col(...SS2.slice(3))))).toBe(104.15);
    expect(shown(call('NPS', ...SS2))).toBe(104.15);
  });

  it('NPSS over single cells and over one range gives the report\'s 101,67', () => {
    expect(shown(call('NPSS', 99.94, 105.06, 100))).toBe(101.67);
    expect(shown(call('NPSS', col(99.94, 105.06, 100)))).toBe(101.67);
    expect(shown(call('NPSS', col(99.94, 105.06), 100))).toBe(101.67);
  });

  it('an NPS result used as an NPSS argument', () => {
    const nps = call('NPS', col(...SS2));
    expect(call('NPSS', nps, col(100))).toBeCloseTo(((SS2.map((c) => Math.min(c, 120)).reduce((a, b) => a + b, 0) / SS2.length) + 100) / 2, 10);
  });
});
