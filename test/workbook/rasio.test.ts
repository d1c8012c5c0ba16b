/**
 * Realisasi from pembilang / penyebut (issue 15): Balai POM Pangkalpinang, Laporan Kinerja
 * Interim TW I 2021, Tabel 3.5 prints "s.d TW I" over "Pembilang | Penyebut | Realisasi", and
 * the row 23 | 36 | 63,89 with capaian 79,86 against target 80 (Cukup under the default).
 */
import { CellValue, check, detectLayout, gridFromRows, recalculate } from '../../src/workbook';
import { opts, plannedCells, r2 } from './support';

const HEADER: CellValue[][] = [
  ['Sasaran Strategis', 'Indikator Kinerja Sasaran Strategis (IKSS)', 'Target s.d TW I', 's.d TW I', null, null, 'Capaian Terhadap Target', 'Kriteria'],
  [null, null, null, 'Pembilang', 'Penyebut', 'Realisasi', null, null],
];
const IKSS = 'Persentase sarana produksi obat yang memenuhi ketentuan';
const table = (...rows: CellValue[][]) => gridFromRows('Kinerja', [...HEADER, ...rows]);
const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code).filter((c) => c !== 'perspektif-tidak-ada');

describe('pembilang / penyebut', () => {
  it('Pangkalpinang TW I 2021: 23 / 36 written as realisasi 63,89 → capaian 79,86 → Cukup', () => {
    const r = recalculate(table(['SS1', IKSS, 80, 23, 36, null, null, null]), opts({ period: 'TW1' }));
    const cells = plannedCells(r.plan);
    expect(cells.get('Kinerja!F3')).toBeCloseTo((23 / 36) * 100, 12);
    expect(r2(cells.get('Kinerja!F3'))).toBe(63.89);
    expect(r2(cells.get('Kinerja!G3'))).toBe(79.86);
    expect(cells.get('Kinerja!H3')).toBe('Cukup');
    // Said, not silent: one info at the Realisasi header with the worked example.
    const info = r.findings.find((f) => f.code === 'realisasi-dari-rasio');
    expect(info?.cell).toBe('F1');
    expect(info?.message).toContain('F3 = 23 / 36 × 100 = 63,89');
    expect(codes(r.findings)).toEqual(['realisasi-dari-rasio']);
  });

  it('the printed row audits clean: 63,89 written beside 23 / 36, capaian 79,86, Cukup', () => {
    const r = check(table(['SS1', IKSS, 80, 23, 36, 63.89, 79.86, 'Cukup']), opts({ period: 'TW1' }));
    expect(codes(r.findings)).toEqual([]);
  });

  it('a filled realisasi that differs from the ratio at 2 decimals is a warning naming both, and is not overwritten', () => {
    const r = recalculate(table(['SS1', IKSS, 80, 23, 36, 64, null, null]), opts({ period: 'TW1' }));
    const f = r.findings.find((x) => x.code === 'audit-realisasi');
    expect(f?.cell).toBe('F3');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('Realisasi tertulis 64');
    expect(f?.message).toContain('23 / 36 × 100 = 63,89');
    const cells = plannedCells(r.plan);
    expect(cells.has('Kinerja!F3')).toBe(false);
    expect(r2(cells.get('Kinerja!G3'))).toBe(80); // 64 / 80: the written realisasi counts
  });

  it('penyebut 0: not assessed, a warning on the penyebut cell saying why and what to do, nothing written into realisasi', () => {
    const r = recalculate(table(['SS1', IKSS, 80, 5, 0, null, null, null]), opts({ period: 'TW1' }));
    const f = r.findings.find((x) => x.code === 'rasio-tidak-terhitung');
    expect(f?.cell).toBe('E3');
    expect(f?.message).toMatch(/Penyebut 0/);
    expect(f?.advice).toMatch(/Isi penyebut/);
    expect(r.findings.some((x) => x.code === 'realisasi-kosong')).toBe(false);
    const cells = plannedCells(r.plan);
    expect(cells.has('Kinerja!F3')).toBe(false);
    expect(cells.get('Kinerja!G3')).toBe('-');
    expect(r.summary?.npss.status).toBe('not-assessed');
    const en = check(table(['SS1', IKSS, 80, 5, 0, null, null, null]), opts({ period: 'TW1', lang: 'en' }));
    expect(en.findings.find((x) => x.code === 'rasio-tidak-terhitung')?.message).toMatch(/denominator \(penyebut\) is 0/);
  });

  it('a realisasi cell holding a formula is not empty: kept and audited, never written', () => {
    const g = table(['SS1', IKSS, 80, 23, 36, 63.888, null, null]);
    const withFormula = { ...g, formulas: g.formulas.map((row, i) => (i === 2 ? row.map((v, j) => (j === 5 ? '=D3/E3*100' : v)) : row)) };
    const r = recalculate(withFormula, opts({ period: 'TW1' }));
    expect(plannedCells(r.plan).has('Kinerja!F3')).toBe(false);
    expect(codes(r.findings)).toEqual([]);
  });

  it('one count missing: the realisasi is not guessed (the usual missing-realisasi warning)', () => {
    const r = recalculate(table(['SS1', IKSS, 80, 23, null, null, null, null]), opts({ period: 'TW1' }));
    expect(codes(r.findings)).toEqual(['realisasi-kosong']);
    expect(plannedCells(r.plan).has('Kinerja!F3')).toBe(false);
  });

  it('quarter columns follow the period: Pembilang TW II is read for TW2, Pembilang TW I for TW1', () => {
    const g = gridFromRows('Kinerja', [
      ['Sasaran', 'Indikator', 'Target TW I', 'Pembilang TW I', 'Penyebut TW I', 'Realisasi TW I', 'Target TW II', 'Pembilang TW II', 'Penyebut TW II', 'Realisasi TW II'],
      ['SS1', IKSS, 80, 23, 36, null, 80, 30, 40, null],
    ]);
    const tw2 = detectLayout(g, 'TW2');
    expect(tw2?.kind === 'kinerja' && [tw2.columns.pembilang, tw2.columns.penyebut, tw2.columns.realisasi]).toEqual([7, 8, 9]);
    const cells2 = plannedCells(recalculate(g, opts({ period: 'TW2' })).plan);
    expect(cells2.get('Kinerja!J2')).toBe(75);
    expect(cells2.has('Kinerja!F2')).toBe(false);
    const cells1 = plannedCells(recalculate(g, opts({ period: 'TW1' })).plan);
    expect(r2(cells1.get('Kinerja!F2'))).toBe(63.89);
    expect(cells1.has('Kinerja!J2')).toBe(false);
  });

  it('reads "Jumlah … yang memenuhi syarat" / "Jumlah … yang diperiksa", and not "tidak memenuhi syarat"', () => {
    const g = gridFromRows('Kinerja', [['Indikator', 'Target', 'Jumlah sarana yang memenuhi syarat', 'Jumlah sarana yang tidak memenuhi syarat', 'Jumlah sarana yang diperiksa', 'Realisasi'], [IKSS, 80, 23, 13, 36, null]]);
    const l = detectLayout(g, 'TW2');
    expect(l?.kind === 'kinerja' && [l.columns.pembilang, l.columns.penyebut]).toEqual([2, 4]);
    expect(l?.unmatched.map((u) => u.text)).toEqual(['Jumlah sarana yang tidak memenuhi syarat']);
  });
});
