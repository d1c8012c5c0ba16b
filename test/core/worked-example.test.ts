/**
 * SPEC §4: the whole Triwulan II 2024 worked example of the source report, to the cent.
 */
import { BPOM_UPT_2024 as P, DUMAI_TW2_2024, capaian, kriteria, nps, predikat, roundAsDisplayed, summarize } from '../../src/core';

const results = DUMAI_TW2_2024.map((row) => ({
  row,
  capaian: capaian({ realisasi: row.realisasi, target: row.target }),
}));
const shown = (v: number) => roundAsDisplayed(v, 2);

describe('SPEC §4 worked example — Triwulan II 2024, Loka POM di Kota Dumai', () => {
  it.each(results.map((r) => [r.row.indikator, r]))('%s: capaian and kriteria', (_name, { row, capaian: c }) => {
    if (row.target === null) {
      expect(c).toEqual({ status: 'not-assessed', reason: 'no-target' });
      return;
    }
    if (c.status !== 'ok') throw new Error('expected a capaian');
    expect(shown(c.value)).toBe(row.printedCapaian);
    const expectedKriteria = row.printedCapaian === 103.52 ? 'Sangat Baik' : row.printedKriteria; // SPEC §11 slip
    expect(kriteria(c.value, P).label).toBe(expectedKriteria);
  });

  it('corrects the report: 103,52 is Sangat Baik, not the printed Baik', () => {
    const slip = results.find((r) => r.row.printedCapaian === 103.52)!;
    expect(slip.row.printedKriteria).toBe('Baik');
    expect(slip.capaian.status === 'ok' && kriteria(slip.capaian.value, P).label).toBe('Sangat Baik');
  });

  it('SS2: capped at 120 the mean is 104,15 (uncapped it would be 120,61)', () => {
    const ss2 = [95.12, 53.94, 100, 146.82, 128.44, 133.33, 186.64];
    const capped = nps(ss2, P);
    expect(capped.status === 'ok' && shown(capped.value)).toBe(104.15);
    const uncapped = nps(ss2, { ...P, cap: { min: 0, max: Infinity } });
    expect(uncapped.status === 'ok' && shown(uncapped.value)).toBe(120.61);
  });

  const summary = summarize(
    results.map((r) => ({ perspektif: r.row.perspektif, sasaran: r.row.sasaran, capaian: r.capaian })),
    P,
  );
  const npsOf = (prefix: string) => summary.sasaran.find((s) => s.nama.startsWith(prefix))!.nps;
  const value = (n: { status: string; value?: number }) => (n.status === 'ok' ? shown(n.value!) : null);

  it('NPS per sasaran', () => {
    expect(value(npsOf('Terwujudnya Obat dan Makanan'))).toBe(99.94); // SS1
    expect(value(npsOf('Meningkatnya efektivitas pemeriksaan sarana'))).toBe(104.15); // SS2
    expect(value(npsOf('Meningkatnya efektivitas Komunikasi'))).toBe(102.34); // SS3
    expect(value(npsOf('Meningkatnya efektivitas pemeriksaan produk'))).toBe(113.74); // SS4
    expect(value(npsOf('Meningkatnya efektivitas penindakan'))).toBeNull(); // SS5: no target this quarter
    expect(value(npsOf('Menguatnya laboratorium'))).toBe(100); // SS6
    expect(value(npsOf('Meningkatnya kepuasan'))).toBeNull(); // SS7
    expect(value(npsOf('Terwujudnya tata kelola'))).toBe(100); // SS8
    expect(value(npsOf('Terwujudnya SDM'))).toBeNull(); // SS9
    expect(value(npsOf('Terkelolanya Keuangan'))).toBeNull(); // SS10
    expect(summary.sasaran).toHaveLength(10);
  });

  it('NP per perspective', () => {
    expect(summary.perspektif.map((p) => [p.nama, value(p.np), p.predikat?.label])).toEqual([
      ['Stakeholder', 99.94, 'Baik'],
      ['Internal Process', 105.06, 'Istimewa'],
      ['Learning & Growth', 100, 'Baik'],
    ]);
  });

  it('NPSS 101,67 Istimewa — the report headline', () => {
    expect(value(summary.npss)).toBe(101.67);
    expect(summary.npss.status === 'ok' && summary.npss.value).toBeCloseTo(101.66778, 4);
    expect(summary.predikat?.label).toBe('Istimewa');
    expect(predikat(101.67, P).label).toBe('Istimewa');
  });

  it('annual status of the printed cases (SPEC §6)', () => {
    const annual = (name: string) => {
      const row = DUMAI_TW2_2024.find((r) => r.indikator.startsWith(name))!;
      const c = capaian({ realisasi: row.realisasi ?? 0, target: row.targetTahunan });
      return c.status === 'ok' ? [shown(c.value), row.printedStatus] : null;
    };
    expect(annual('Persentase keputusan/rekomendasi hasil inspeksi sarana')).toEqual([95.12, 'Akan Tercapai']);
    expect(annual('Persentase sampel Obat')).toEqual([55.36, 'Perlu Upaya Keras']);
  });
});
