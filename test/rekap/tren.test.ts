/**
 * The trend of one unit's reports: periods in time order whatever the file order, the change
 * against the previous quarter (one year) or the same quarter a year before (two years), and no
 * trend when the reports are not one unit's or a period is there twice.
 */
import { QUARTERLY_2024 } from '../../scripts/fixture-data';
import { consolidate, trenOf } from '../../src/rekap';
import type { Period } from '../../src/workbook';
import { unitReport } from './unit-report';

const UNIT = 'Loka POM di Kota Dumai';
const QUARTERS: readonly Period[] = ['TW1', 'TW2', 'TW3', 'TW4'];

/** One quarter of the fixture's four-quarter table: capaian = realisasi / target × 100 (the Maksimal rows), null without a target. */
function quarter(q: number, npss: number | null, tahun = 2024, unit = UNIT) {
  return unitReport({
    unit,
    file: `dumai-tw${q + 1}-${tahun}.xlsx`,
    periode: QUARTERS[q],
    tahun,
    npss,
    indikator: QUARTERLY_2024.filter((r) => r.polaritas === 'Maksimal').map((r) => {
      const t = r.target[q];
      const v = r.realisasi[q];
      return { nama: r.indikator, capaian: t === null || v === null ? null : (v / t) * 100, sasaran: r.sasaran, perspektif: r.perspektif };
    }),
  });
}

describe('trenOf', () => {
  it('orders four quarters in time and gives the change against the previous quarter', () => {
    const npss = [101.67, 98.5, 110, 105.25];
    const files = [quarter(2, npss[2]), quarter(0, npss[0]), quarter(3, npss[3]), quarter(1, npss[1])];
    const tren = trenOf(files)!;
    expect(tren.unit).toBe(UNIT);
    expect(tren.compare).toBe('periode');
    expect(tren.periods.map((p) => p.label)).toEqual(['TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024']);
    expect(tren.periods.map((p) => files[p.unitIndex].periode)).toEqual(QUARTERS);
    expect(tren.npss.values).toEqual(npss);
    // By hand: 98,5 − 101,67; 110 − 98,5; 105,25 − 110.
    expect(tren.npss.change[0]).toBeNull();
    expect(tren.npss.change[1]).toBeCloseTo(-3.17, 10);
    expect(tren.npss.change[2]).toBeCloseTo(11.5, 10);
    expect(tren.npss.change[3]).toBeCloseTo(-4.75, 10);

    const obat = tren.indikator.find((s) => s.nama === 'Persentase Obat yang memenuhi syarat')!;
    // TW I 90,1/88, TW II 88,89/89,2, TW III 90/90, TW IV 95,5/91 (scripts/fixture-data.ts).
    expect(obat.values.map((v) => v!.toFixed(2))).toEqual(['102.39', '99.65', '100.00', '104.95']);
    expect(obat.change[1]!).toBeCloseTo((88.89 / 89.2) * 100 - (90.1 / 88) * 100, 10);

    // No target in TW I: no capaian, so no change into TW II either.
    const penindakan = tren.indikator.find((s) => s.nama === 'Persentase keberhasilan penindakan kejahatan')!;
    expect(penindakan.values[0]).toBeNull();
    expect(penindakan.change[1]).toBeNull();
    expect(penindakan.change[2]!).toBeCloseTo(110 - 40, 10);
  });

  it('compares with the same quarter a year before when the reports span two years', () => {
    const files = [quarter(0, 100), quarter(1, 95), quarter(2, 105), quarter(3, 110), quarter(0, 101, 2025), quarter(1, 99.5, 2025)];
    const tren = trenOf(files)!;
    expect(tren.compare).toBe('tahun');
    expect(tren.periods.map((p) => p.label)).toEqual(['TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024', 'TW I 2025', 'TW II 2025']);
    expect(tren.npss.change.slice(0, 4)).toEqual([null, null, null, null]);
    expect(tren.npss.change[4]).toBeCloseTo(101 - 100, 10);
    expect(tren.npss.change[5]).toBeCloseTo(99.5 - 95, 10);
  });

  it('labels periods as the period table prints them, the year after', () => {
    expect(trenOf([quarter(0, 100), { ...quarter(3, 95), periode: 'TAHUNAN' }], 'en')!.periods.map((p) => p.label)).toEqual(['TW I 2024', 'Annual 2024']);
  });

  it('merges spellings of the unit name, and gives no trend for two units or one period', () => {
    expect(trenOf([quarter(0, 100), quarter(1, 95, 2024, 'LOKA POM DI KOTA DUMAI')])).not.toBeNull();
    expect(trenOf([quarter(0, 100), quarter(1, 95, 2024, 'Loka POM di Kota Batam')])).toBeNull();
    expect(trenOf([quarter(0, 100)])).toBeNull();
    expect(trenOf([quarter(1, 100), quarter(1, 95, 2024, 'Loka POM di Kota Batam')])).toBeNull();
  });

  it('gives no trend when a period is there twice, and the rekap says which files', () => {
    const copy = { ...quarter(1, 96), file: 'dumai-tw2-2024 (salinan).xlsx' };
    const files = [quarter(0, 100), quarter(1, 95), copy, quarter(2, 105)];
    expect(trenOf(files)).toBeNull();
    for (const lang of ['id', 'en'] as const) {
      const rekap = consolidate(files, lang);
      expect(rekap.tren).toBeNull();
      const f = rekap.findings.find((x) => x.code === 'tren-periode-ganda')!;
      expect(f.message).toContain('dumai-tw2-2024.xlsx');
      expect(f.message).toContain('dumai-tw2-2024 (salinan).xlsx');
      expect(f.message).toContain('TW II 2024');
    }
  });

  it("is the rekap's trend, its periods pointing at the rekap's sorted units", () => {
    const rekap = consolidate([quarter(3, 110), quarter(0, 90), quarter(1, 120), quarter(2, 100)], 'id');
    // One unit's reports stay in period order (not by NPSS): the columns read as a timeline.
    expect(rekap.units.map((u) => u.periode)).toEqual(QUARTERS);
    expect(rekap.units.map((u) => u.npss)).toEqual([90, 120, 100, 110]);
    expect(rekap.tren!.periods.map((p) => rekap.units[p.unitIndex].periode)).toEqual(QUARTERS);
    expect(rekap.tren!.npss.values).toEqual([90, 120, 100, 110]);
    // One unit's quarters side by side are the point of a trend: no "different periods" finding.
    expect(rekap.findings.map((f) => f.code)).not.toContain('periode-berbeda');
  });
});
