/**
 * The built-in profiles against the rows their sources print (issue 15): each profile's
 * printed table, the edges it had to decide, and the report values only it explains.
 */
import {
  BPOM_ENAM_TINGKAT,
  BPOM_UPT_2024,
  PEMDA_SAMPANG_2019,
  PERMENPAN_RB_SKP_2022,
  PROFILES,
  RuleProfile,
  capaian,
  checkProfile,
  kriteria,
  nilaiCapaian,
  profileById,
} from '../../src/core';

const grade = (c: number, p: RuleProfile): string => kriteria(c, p).label;
const value = (c: ReturnType<typeof capaian>): number => {
  if (c.status !== 'ok') throw new Error(`no value: ${JSON.stringify(c)}`);
  return c.value;
};

describe('the built-ins', () => {
  it('are sound, each with a source, the default first and Dumai 2024', () => {
    expect(PROFILES.map((p) => p.id)).toEqual(['bpom-upt-2024', 'bpom-enam-tingkat', 'permenpan-rb-skp-2022', 'pemda-sampang-2019']);
    expect(profileById(undefined)).toBe(BPOM_UPT_2024);
    expect(BPOM_UPT_2024.source).toMatch(/Dumai TW II 2024/);
    for (const p of PROFILES) {
      expect(checkProfile(p)).toEqual([]);
      expect(p.source).toBeTruthy();
    }
  });
});

describe('BPOM six levels (LAKIN Loka POM Tulang Bawang 2021)', () => {
  // "> 120 % TDD; 110 % s/d 120 % Sangat Baik; > 90 s/d 110 % Baik; 70 % s/d < 90 % Cukup; < 70 % s/d 50 % Kurang; < 50 % Sangat Kurang"
  it.each([
    [150, 'Tidak Dapat Disimpulkan'],
    [120.01, 'Tidak Dapat Disimpulkan'],
    [120, 'Sangat Baik'],
    [110.01, 'Sangat Baik'],
    [100, 'Baik'],
    [70, 'Cukup'],
    [89.99, 'Cukup'],
    [69.99, 'Kurang'],
    [50, 'Kurang'],
    [49.99, 'Sangat Kurang'],
  ])('the printed row holding %p: %s', (c, label) => {
    expect(grade(c, BPOM_ENAM_TINGKAT)).toBe(label);
  });

  it('decides the edges the print leaves open: 110 (claimed twice) and 90 (claimed by no row) are Baik', () => {
    expect(grade(110, BPOM_ENAM_TINGKAT)).toBe('Baik');
    expect(grade(90, BPOM_ENAM_TINGKAT)).toBe('Baik');
    expect(BPOM_ENAM_TINGKAT.source).toMatch(/90 dan 110 = Baik/);
  });

  it.each([
    ['BBPOM Medan 2021', 92.99, 'Cukup'],
    ['BBPOM Medan 2021', 91.44, 'Cukup'],
    ['BBPOM Banda Aceh 2020', 109.37, 'Sangat Baik'],
  ])('%s prints %p as Baik: only the six levels explain it (the default says %s)', (_unit, c, byDefault) => {
    expect(grade(c, BPOM_ENAM_TINGKAT)).toBe('Baik');
    expect(grade(c, BPOM_UPT_2024)).toBe(byDefault);
  });
});

describe('Pemda: LKjIP Inspektorat Kab. Sampang 2019', () => {
  // "91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang"
  it.each([
    [91, 100, 'Sangat Baik'],
    [76, 90, 'Baik'],
    [66, 75, 'Cukup'],
    [51, 65, 'Kurang'],
    [0, 50, 'Sangat Kurang'],
  ])('the printed row %p–%p is %s at both ends', (low, high, label) => {
    expect(grade(low, PEMDA_SAMPANG_2019)).toBe(label);
    expect(grade(high, PEMDA_SAMPANG_2019)).toBe(label);
  });

  it('decides between the printed integers (up to the next row’s start) and above 100', () => {
    expect([90.5, 90.99, 75.5, 65.5, 50.5].map((c) => grade(c, PEMDA_SAMPANG_2019))).toEqual(['Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang']);
    expect(grade(135, PEMDA_SAMPANG_2019)).toBe('Sangat Baik');
    // The same values under the BPOM default grade otherwise: the bands are the profile's.
    expect(grade(91, BPOM_UPT_2024)).toBe('Cukup');
  });
});

describe('PermenPAN-RB 8/2021 individual performance (SKP)', () => {
  const P = PERMENPAN_RB_SKP_2022;
  const ranged = (realisasi: number, polaritas: 'maximize' | 'minimize' | 'stabilize', rangeRule = P.rangeRule) =>
    value(capaian({ realisasi, target: { bawah: 80, atas: 90 }, polaritas, rangeRule }));

  it('kondisi khusus (lower is better) is (1 + (1 − R/T)) × 100 %', () => {
    expect(value(capaian({ realisasi: 6.5, target: 7, polaritas: 'minimize', rangeRule: P.rangeRule }))).toBeCloseTo((1 + (1 - 6.5 / 7)) * 100, 10);
  });

  it('a range target: the upper bound above it, the lower bound below it, 100 inside', () => {
    expect(ranged(95, 'maximize')).toBeCloseTo((95 / 90) * 100, 10);
    expect(ranged(70, 'maximize')).toBeCloseTo((70 / 80) * 100, 10);
    expect(ranged(85, 'maximize')).toBe(100);
    expect(ranged(95, 'minimize')).toBeCloseTo((1 + (1 - 95 / 90)) * 100, 10);
    expect(ranged(70, 'minimize')).toBeCloseTo((1 + (1 - 70 / 80)) * 100, 10);
  });

  it('differs from the BPOM stabilize rule above the range, where stabilize counts a miss', () => {
    expect(BPOM_UPT_2024.rangeRule).toBe('stabil');
    expect(ranged(95, 'maximize', 'stabil')).toBeCloseTo((2 - 95 / 90) * 100, 10);
    // A stabilize indicator is scored the stabilize way under either rule.
    expect(ranged(95, 'stabilize')).toBeCloseTo(ranged(95, 'maximize', 'stabil'), 10);
  });

  it('reproduces the worked SKP of the Lampiran (p. 243): 100 % Baik 109, 98 % Cukup 88', () => {
    expect(nilaiCapaian(100, P)).toEqual({ label: 'Baik', nilai: 109 });
    expect(nilaiCapaian(98, P)?.label).toBe('Cukup');
    expect(nilaiCapaian(98, P)?.nilai).toBeCloseTo(88, 10);
  });

  it('follows the printed formulas of p. 93 at the printed edges', () => {
    // Cukup = 70 + (89 − 70)/(99 − 80) × (C − 80); Kurang = 50 + (69 − 50)/(79 − 60) × (C − 60); Sangat Kurang = C/59 × 49.
    const cases: ReadonlyArray<readonly [number, string, number]> = [
      [80, 'Cukup', 70],
      [99, 'Cukup', 89],
      [60, 'Kurang', 50],
      [79, 'Kurang', 69],
      [0, 'Sangat Kurang', 0],
      [59, 'Sangat Kurang', 49],
      [30, 'Sangat Kurang', (30 / 59) * 49],
      [101, 'Sangat Baik', 110],
      [110, 'Sangat Baik', 120],
      [105, 'Sangat Baik', 110 + (10 / 9) * 4],
    ];
    for (const [c, label, n] of cases) {
      const got = nilaiCapaian(c, P);
      expect([c, got?.label]).toEqual([c, label]);
      expect(got?.nilai).toBeCloseTo(n, 10);
    }
    // "Apabila capaian IKI lebih besar dari 110%, maka nilai Capaian IKI dikonversi menjadi 120."
    expect(nilaiCapaian(110.01, P)).toEqual({ label: 'Sangat Baik', nilai: 120 });
    expect(nilaiCapaian(250, P)?.nilai).toBe(120);
  });

  it('decides the capaian between the printed whole percents, and below 0', () => {
    expect(nilaiCapaian(99.5, P)?.nilai).toBeCloseTo(89.5, 10);
    expect(nilaiCapaian(79.99, P)?.label).toBe('Kurang');
    expect(nilaiCapaian(59.5, P)?.nilai).toBeCloseTo((59.5 / 59) * 49, 10);
    // Above 100 never scores below Baik's 109.
    expect(nilaiCapaian(100.01, P)).toEqual({ label: 'Sangat Baik', nilai: 110 });
    expect(nilaiCapaian(100.99, P)).toEqual({ label: 'Sangat Baik', nilai: 110 });
    expect(nilaiCapaian(-20, P)).toEqual({ label: 'Sangat Kurang', nilai: 0 });
    // Decided on the value as displayed, as every grade is.
    expect(nilaiCapaian(79.996, P)).toEqual({ label: 'Cukup', nilai: 70 });
    expect(nilaiCapaian(90, P)?.nilai).toBeCloseTo(80, 10);
  });

  it('never scores a higher capaian lower', () => {
    let last = -Infinity;
    for (let c = -10; c <= 130; c += 0.01) {
      const n = nilaiCapaian(c, P)?.nilai ?? NaN;
      expect(n).toBeGreaterThanOrEqual(last - 1e-9);
      last = n;
    }
  });

  it('is the only built-in with a conversion', () => {
    expect(PROFILES.filter((p) => nilaiCapaian(100, p) !== null).map((p) => p.id)).toEqual([P.id]);
  });
});
