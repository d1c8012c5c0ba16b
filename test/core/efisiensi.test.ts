import { BPOM_UPT_2024 as P, DUMAI_EFISIENSI_TW2_2024, capaianInput, efisiensi, gradeEfisiensi, indeksEfisiensi, tingkatEfisiensi } from '../../src/core';

describe('efficiency table boundaries (SPEC §7, read on TE rounded to 2 dp)', () => {
  it.each([
    [-0.006, null, 'Tidak Efisien'],
    [-0.004, 100, 'Efisien'],
    [0, 100, 'Efisien'],
    [0.2049, 100, 'Efisien'],
    [0.2051, 95, 'Efisien'],
    [0.4, 95, 'Efisien'],
    [0.41, 92, 'Efisien'],
    [0.6, 92, 'Efisien'],
    [0.61, 90, 'Efisien'],
    [0.8, 90, 'Efisien'],
    [0.81, 88, 'Efisien'],
    [1.0, 88, 'Efisien'],
    [1.004, 88, 'Efisien'],
    [1.005, 86, 'Tidak Efisien'],
    [1.2, 86, 'Tidak Efisien'],
    [1.21, 84, 'Tidak Efisien'],
    [1.4, 84, 'Tidak Efisien'],
    [1.41, 80, 'Tidak Efisien'],
    [1.6, 80, 'Tidak Efisien'],
    [1.61, 78, 'Tidak Efisien'],
    [1.8, 78, 'Tidak Efisien'],
    [1.81, 75, 'Tidak Efisien'],
    [2.97, 75, 'Tidak Efisien'],
  ])('TE %p → capaian %p, %s', (te, capaianTe, kategori) => {
    expect(gradeEfisiensi(te, P)).toEqual({ capaian: capaianTe, kategori });
  });
});

describe('IE, TE and their undefined cases', () => {
  it('IE = output / input, TE = (IE − SE) / SE', () => {
    const r = efisiensi(222, 100, P);
    expect(r.ie).toEqual({ status: 'ok', value: 2.22 });
    expect(r.te.status === 'ok' && r.te.value).toBeCloseTo(1.22, 12);
    expect(r.grade).toEqual({ capaian: 84, kategori: 'Tidak Efisien' });
  });
  it('input 0 → IE and TE undefined with the reason', () => {
    expect(efisiensi(50, 0, P)).toEqual({ ie: { status: 'not-assessed', reason: 'input-zero' }, te: { status: 'not-assessed', reason: 'input-zero' }, grade: null });
  });
  it('output 0 with input > 0 → IE 0, TE −1, Tidak Efisien', () => {
    const r = efisiensi(0, 40, P);
    expect(r.ie).toEqual({ status: 'ok', value: 0 });
    expect(r.te).toEqual({ status: 'ok', value: -1 });
    expect(r.grade).toEqual({ capaian: null, kategori: 'Tidak Efisien' });
  });
  it('SE is the profile value unless given', () => {
    expect(tingkatEfisiensi(1.5, 1)).toEqual({ status: 'ok', value: 0.5 });
    const r = efisiensi(150, 100, P, 1.25);
    expect(r.te.status === 'ok' && r.te.value).toBeCloseTo(0.2, 12);
    expect(tingkatEfisiensi(1, 0)).toEqual({ status: 'invalid', reason: 'se-not-positive' });
  });
  it('rejects negative inputs', () => {
    expect(indeksEfisiensi(10, -1)).toEqual({ status: 'invalid', reason: 'negative-input' });
    expect(indeksEfisiensi(-10, 1)).toEqual({ status: 'invalid', reason: 'negative-output' });
    expect(capaianInput(-1, 10)).toEqual({ status: 'invalid', reason: 'negative-input' });
  });
  it('capaian input = realisasi / rencana anggaran × 100 (the source: SS1 65,70 %)', () => {
    const r = capaianInput(143091251, 217784400);
    expect(r.status === 'ok' && r.value).toBeCloseTo(65.7031, 3);
    expect(capaianInput(10, 0)).toEqual({ status: 'not-assessed', reason: 'plan-zero' });
  });
});

describe('the source efficiency table (SPEC §7 and §11)', () => {
  // IE as printed; output 0 rows print IE `-` and TE −1.
  const grade = (ie: number | null) => efisiensi(ie === null ? 0 : ie * 100, 100, P);
  it.each(DUMAI_EFISIENSI_TW2_2024.map((r) => [r.kegiatan, r]))('%s: TE matches the print', (_name, r) => {
    const got = grade(r.ie);
    expect(got.te.status === 'ok' && got.te.value).toBeCloseTo(r.printedTe, 10);
  });
  it('recomputes the rows the report got right', () => {
    expect(grade(1.11).grade).toEqual({ capaian: 100, kategori: 'Efisien' });
    expect(grade(2.22).grade).toEqual({ capaian: 84, kategori: 'Tidak Efisien' });
    expect(grade(1.0).grade).toEqual({ capaian: 100, kategori: 'Efisien' });
    expect(grade(1.37).grade).toEqual({ capaian: 95, kategori: 'Efisien' });
    expect(grade(1.72).grade).toEqual({ capaian: 90, kategori: 'Efisien' });
    expect(grade(2.21).grade).toEqual({ capaian: 84, kategori: 'Tidak Efisien' });
    expect(grade(1.33).grade).toEqual({ capaian: 95, kategori: 'Efisien' });
    expect(grade(null).grade).toEqual({ capaian: null, kategori: 'Tidak Efisien' });
  });
  it('does not copy the slips of SPEC §11', () => {
    expect(grade(3.97).grade).toEqual({ capaian: 75, kategori: 'Tidak Efisien' }); // printed 88 % Efisien
    expect(grade(1.49).grade).toEqual({ capaian: 92, kategori: 'Efisien' }); // printed 100 %
    expect(grade(0.98).grade).toEqual({ capaian: null, kategori: 'Tidak Efisien' }); // printed Efisien
    expect(grade(2.03).grade).toEqual({ capaian: 86, kategori: 'Tidak Efisien' }); // printed Efisien
    expect(grade(1.2).grade).toEqual({ capaian: 100, kategori: 'Efisien' }); // printed 95 %
  });
  it('lists exactly the rows whose printed grade differs from the rule', () => {
    const differing = DUMAI_EFISIENSI_TW2_2024.filter((r) => {
      const g = grade(r.ie).grade;
      return g?.capaian !== r.printedCapaianTe || g?.kategori !== r.printedKategori;
    }).map((r) => r.ie);
    expect(differing).toEqual([1.2, 3.97, 0.98, 2.03, 1.49]);
  });
});
