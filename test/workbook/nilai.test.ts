/**
 * The Nilai Capaian column: written (or read and audited) only under a profile with a capaian →
 * nilai conversion (PermenPAN-RB 8/2021's SKP, the built-in permenpan-rb-skp-2022).
 */
import { BPOM_UPT_2024, PERMENPAN_RB_SKP_2022, nilaiCapaian } from '../../src/core';
import { CellValue, check, gridFromRows, recalculate } from '../../src/workbook';
import { opts, plannedCells } from './support';

const P = PERMENPAN_RB_SKP_2022;
const HEAD = ['Sasaran', 'Indikator Kinerja Individu', 'Target', 'Realisasi', 'Capaian', 'Kriteria'];

/**
 * The worked SKP of the Lampiran (PermenPAN-RB 8/2021 p. 243): target 85 / realisasi 85 →
 * 100 % Baik 109; target 95 / realisasi 93 → 98 % (97,89 unrounded) Cukup; then a row above
 * 110 %, one without realisasi and one below 60 %.
 */
const ROWS: CellValue[][] = [
  ['SS1', 'Nilai Akuntabilitas Kinerja Direktorat Jenderal III', 85, 85],
  [null, 'Nilai Indikator Kinerja Pelaksanaan Anggaran', 95, 93],
  [null, 'Persentase pengaduan selesai', 80, 92],
  [null, 'Persentase layanan tepat waktu', 90, null],
  [null, 'Persentase dokumen terbit', 100, 30],
];

const permenpan = (over = {}) => opts({ profile: P, ...over });

describe('Nilai Capaian under the PermenPAN-RB SKP profile', () => {
  it('is appended after Kriteria with the converted nilai, "-" where capaian is not assessed', () => {
    const cells = plannedCells(recalculate(gridFromRows('SKP', [HEAD, ...ROWS]), permenpan()).plan);
    expect(cells.get('SKP!G1')).toBe('Nilai Capaian');
    expect(cells.get('SKP!G2')).toBe(109);
    // 93 / 95 = 97,89 % as displayed (2 decimals): 70 + (97,89 − 80). The Lampiran, printing the
    // capaian as a whole 98 %, prints 88: the same conversion at 0 decimals.
    expect(cells.get('SKP!G3')).toBeCloseTo(87.89, 10);
    expect(nilaiCapaian((93 / 95) * 100, { ...P, decimals: 0 })?.nilai).toBe(88);
    expect(cells.get('SKP!G4')).toBe(120); // 115 % is above 110 %
    expect(cells.get('SKP!G5')).toBe('-');
    expect(cells.get('SKP!G6')).toBeCloseTo((30 / 59) * 49, 10);
    // Every value is the core conversion of the capaian written beside it.
    for (const r of [2, 3, 4, 6]) expect(cells.get(`SKP!G${r}`)).toBeCloseTo(nilaiCapaian(cells.get(`SKP!E${r}`) as number, P)!.nilai, 10);
    expect(cells.has('SKP!H1')).toBe(false);
  });

  it('is headed in English when the run is', () => {
    const cells = plannedCells(recalculate(gridFromRows('SKP', [HEAD, ...ROWS]), permenpan({ lang: 'en' })).plan);
    expect(cells.get('SKP!G1')).toBe('Score');
  });

  it('is not there under a profile without a conversion: the plan stops at Kriteria', () => {
    const cells = plannedCells(recalculate(gridFromRows('SKP', [HEAD, ...ROWS]), opts({ profile: BPOM_UPT_2024 })).plan);
    expect(cells.get('SKP!F1')).toBeUndefined(); // Kriteria is the sheet's own header
    expect(cells.get('SKP!F2')).toBe('Baik');
    expect([...cells.keys()].filter((k) => k.startsWith('SKP!G'))).toEqual([]);
  });

  it('writes =SAKIP.NILAI over the capaian spill with live formulas', () => {
    const cells = plannedCells(recalculate(gridFromRows('SKP', [HEAD, ...ROWS]), permenpan({ writeFormulas: true })).plan);
    expect(cells.get('SKP!E2')).toEqual({ formula: '=SAKIP.CAPAIAN(D2:D6,C2:C6)' });
    expect(cells.get('SKP!G2')).toEqual({ formula: '=SAKIP.NILAI(E2#)' });
    expect(cells.get('SKP!G3')).toBeNull();
  });

  describe("a sheet with its own Nilai Capaian column (the SKP form's wording)", () => {
    const head = ['Sasaran', 'Indikator Kinerja Individu', 'Target', 'Realisasi', 'Capaian IKI', 'Kategori Capaian IKI', 'Nilai Capaian IKI', 'Nilai Tertimbang'];
    const grid = (nilai: readonly CellValue[]) => gridFromRows('SKP', [head, ...ROWS.map((r, i) => [...r, null, null, nilai[i] ?? null, 'catatan'])]);

    it('is written in place, nothing appended, the next column left alone', () => {
      const cells = plannedCells(recalculate(grid([]), permenpan()).plan);
      expect(cells.get('SKP!G2')).toBe(109);
      expect(cells.get('SKP!G5')).toBe('-');
      expect([...cells.keys()].filter((k) => /^SKP!(G1|H|I)/.test(k))).toEqual([]);
    });

    it('is audited like Capaian when filled: what the sheet shows against the conversion', () => {
      // 100 as written by one who took Baik for 100; 87,89 (as text) and 120 right; "-" right; 50 wrong.
      const findings = check(grid([100, '87,89', 120, '-', 50]), permenpan()).findings.filter((f) => f.code === 'audit-nilai');
      expect(findings.map((f) => [f.cell, f.severity])).toEqual([
        ['G2', 'warning'],
        ['G6', 'warning'],
      ]);
      expect(findings[0].message).toBe(
        'SKP!G2: Nilai Capaian tertulis 100,00, hasil konversi 109,00. Capaian 100,00 berada pada rentang tepat 100, yang menurut konversi nilai capaian profil PermenPAN-RB 8/2021 kinerja individu (SKP) ("Baik") bernilai 109,00. Ganti isinya dengan 109,00, atau hitung ulang dengan SAKIP agar diisi otomatis (tombol Hitung ulang di panel, atau sakip hitung).',
      );
      const en = check(grid([100]), permenpan({ lang: 'en' })).findings.find((f) => f.code === 'audit-nilai');
      expect(en?.message).toMatch(/^SKP!G2: Nilai Capaian reads 100\.00, converted 109\.00\. Capaian 100\.00 lies in the band exactly 100, /);
    });

    it('says so when a nilai is shown for a capaian that is not assessed', () => {
      const f = check(grid([null, null, null, 75]), permenpan()).findings.filter((x) => x.code === 'audit-nilai');
      expect(f.map((x) => [x.cell, x.severity])).toEqual([['G5', 'info']]);
      expect(f[0].message).toMatch(/^SKP!G5: Nilai Capaian tertulis 75,00, hasil konversi "-"\. Belum ada realisasi di baris ini/);
    });

    it('is one more ignored header under a profile without a conversion, never audited', () => {
      const r = check(grid([100, 1, 1, 1, 1]), opts({ profile: BPOM_UPT_2024 }));
      expect(r.findings.filter((f) => f.code === 'audit-nilai')).toEqual([]);
      expect(r.findings.filter((f) => f.code === 'judul-tidak-dikenal').map((f) => f.message).join(' ')).toContain('Nilai Capaian IKI');
      expect(plannedCells(recalculate(grid([]), opts({ profile: BPOM_UPT_2024 })).plan).has('SKP!G2')).toBe(false);
    });
  });
});
