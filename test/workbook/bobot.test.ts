/**
 * Weights in the sheet (issue 15): a Bobot column, or weights by indicator type, under a
 * profile that asks for them; under the default profile (plain mean, SPEC §4) a Bobot column
 * is not used, and an info finding says so.
 */
import { BPOM_UPT_2024, RuleProfile } from '../../src/core';
import { CellValue, check, gridFromRows, recalculate } from '../../src/workbook';
import { opts } from './support';

const KOLOM: RuleProfile = { ...BPOM_UPT_2024, id: 'bobot-kolom', name: 'Contoh berbobot', bobot: { mode: 'kolom' } };
const JENIS: RuleProfile = { ...BPOM_UPT_2024, id: 'bobot-jenis', name: 'Contoh per jenis', bobot: { mode: 'jenis', jenis: { IKU: 2, 'IK Kegiatan': 1 } } };

const npsOf = (r: ReturnType<typeof recalculate>) => r.summary!.sasaran.map((s) => [s.nama, s.nps.status === 'ok' ? s.nps.value : null]);
const grid = (rows: CellValue[][], header: CellValue[] = ['Perspektif', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Bobot (%)']) => gridFromRows('Kinerja', [header, ...rows]);

// Capaian 90 and 60 (realisasi / target × 100).
const TWO: CellValue[][] = [
  ['Stakeholder', 'SS1', 'IK A', 100, 90, 2],
  [null, null, 'IK B', 100, 60, 1],
];

describe('NPS by weights', () => {
  it('a sasaran with weights 2:1 gets the weighted NPS (2 × 90 + 60) / 3 = 80, not the mean 75', () => {
    const r = recalculate(grid(TWO), opts({ profile: KOLOM }));
    expect(npsOf(r)).toEqual([['SS1', 80]]);
    expect(r.findings.filter((f) => f.code.startsWith('bobot'))).toEqual([]);
  });

  it('a missing weight is a warning naming the indicator and the weight assumed (the sasaran\'s mean weight)', () => {
    const rows: CellValue[][] = [...TWO, [null, null, 'IK C', 100, 120, null]];
    const r = recalculate(grid(rows), opts({ profile: KOLOM }));
    const f = r.findings.filter((x) => x.code === 'bobot-kosong');
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['F4', 'warning']]);
    expect(f[0].message).toContain('bobot indikator "IK C" kosong; dianggap 1,50');
    expect(f[0].message).toContain('rata-rata bobot indikator lain pada sasaran "SS1"');
    // (2 × 90 + 1 × 60 + 1,5 × 120) / 4,5
    expect(npsOf(r)).toEqual([['SS1', (2 * 90 + 60 + 1.5 * 120) / 4.5]]);
    const en = check(grid(rows), opts({ profile: KOLOM, lang: 'en' }));
    expect(en.findings.find((x) => x.code === 'bobot-kosong')?.message).toContain('the weight of "IK C" is empty; 1.50 is assumed');
  });

  it('the default profile does not use a Bobot column, and says so once at its header (info)', () => {
    const r = recalculate(grid(TWO), opts());
    expect(npsOf(r)).toEqual([['SS1', 75]]);
    const f = r.findings.filter((x) => x.code === 'bobot-diabaikan');
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['F1', 'info']]);
    expect(f[0].message).toContain('kolom Bobot (%) tidak dipakai: profil BPOM UPT 2024 menghitung NPS sebagai rata-rata biasa');
  });

  it('a weighted profile on a table without a Bobot column warns and takes the plain mean', () => {
    const r = recalculate(grid(TWO.map((row) => row.slice(0, 5)), ['Perspektif', 'Sasaran', 'Indikator', 'Target', 'Realisasi']), opts({ profile: KOLOM }));
    expect(npsOf(r)).toEqual([['SS1', 75]]);
    expect(r.findings.filter((x) => x.code === 'bobot-tanpa-kolom').map((x) => x.severity)).toEqual(['warning']);
  });

  it('weights by indicator type (KKP 2016 style): read from the Jenis Indikator column, case ignored; an unknown type is named', () => {
    const header = ['Perspektif', 'Sasaran', 'Indikator', 'Jenis Indikator', 'Target', 'Realisasi'];
    const rows: CellValue[][] = [
      ['Stakeholder', 'SS1', 'IK A', 'iku', 100, 90],
      [null, null, 'IK B', 'IK  Kegiatan', 100, 60],
    ];
    expect(npsOf(recalculate(grid(rows, header), opts({ profile: JENIS })))).toEqual([['SS1', 80]]);
    const r = recalculate(grid([...rows, [null, null, 'IK C', 'IKP', 100, 120]], header), opts({ profile: JENIS }));
    const f = r.findings.find((x) => x.code === 'bobot-kosong');
    expect(f?.cell).toBe('D4');
    expect(f?.message).toContain('jenis "IKP" tidak ada dalam tabel bobot profil (iku, ik kegiatan)');
  });
});
