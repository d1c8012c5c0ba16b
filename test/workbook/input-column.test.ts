/**
 * The engine reads every numeric input as it shows (SPEC §8): a target typed `95,19%` in Excel
 * is stored as 0.9519 with a percent format, and counts as 95,19, like the text `95,19%`.
 */
import { CellValue, Grid, check, gridFromRows, recalculate } from '../../src/workbook';
import { opts, plannedCells } from './support';

/** A grid with number formats on some columns, by column letter: one format per row (null = General). */
function withFormats(grid: Grid, formats: Record<string, (string | null)[]>): Grid {
  const map = new Map<number, (string | null)[]>();
  for (const [letter, list] of Object.entries(formats)) {
    map.set(letter.charCodeAt(0) - 65, Array.from({ length: grid.values.length }, (_, i) => list[i] ?? null));
  }
  return { ...grid, numberFormats: map };
}

const HEAD = ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'];
const ind = (name: string, target: CellValue, realisasi: CellValue): CellValue[] => ['Stakeholder', 'SS1', name, 'Maksimal', target, realisasi, null, null];
// 51,35 / 95,19 × 100
const EXPECTED = (51.35 / 95.19) * 100;

describe('a percent-formatted target on a kinerja sheet', () => {
  const rows = [HEAD, ind('Persentase A', 0.9519, 51.35), ind('Persentase B', 0.9519, '51,35%'), ind('Persentase C', '95,19%', 51.35)];
  const formatted = withFormats(gridFromRows('Kinerja', rows), { E: [null, '0.00%', '0.00%', null] });

  it('counts as the percentage it shows, beside a plain realisasi and beside the text "51,35%", like the text "95,19%"', () => {
    const result = recalculate(formatted, opts());
    const cells = plannedCells(result.plan);
    for (const r of [2, 3, 4]) {
      expect(cells.get(`Kinerja!G${r}`)).toBe(EXPECTED);
      expect(cells.get(`Kinerja!H${r}`)).toBe('Kurang');
    }
    expect(EXPECTED).toBeCloseTo(53.94, 2);
    const nps = result.summary?.sasaran[0].nps;
    expect(nps?.status === 'ok' && Math.round(nps.value * 100) / 100).toBe(53.94);
    expect(result.findings).toEqual([]);
  });

  it('read raw, without its format, gives the capaian of the bug report (5.394,47, not assessable)', () => {
    const cells = plannedCells(recalculate(gridFromRows('Kinerja', rows), opts()).plan);
    expect(Math.round((cells.get('Kinerja!G2') as number) * 100) / 100).toBe(5394.47);
    expect(cells.get('Kinerja!H2')).toBe('Tidak Dapat Disimpulkan');
  });

  it('applies to the realisasi, the annual target and a percent-formatted 0 target too, and messages quote the value as shown', () => {
    const head = [...HEAD, 'Target Tahunan', 'Status'];
    const grid = withFormats(
      gridFromRows('Kinerja', [head, [...ind('A', 0.9519, 0.5135), 1, null], [...ind('B', 0, 0.2), null, null], [...ind('C', 0.9, null), null, null]]),
      { E: [null, '0.00%', '0%', '0.00%'], F: [null, '0.00%', '0%'], I: [null, '0%'] },
    );
    const result = recalculate(grid, opts());
    const cells = plannedCells(result.plan);
    expect(cells.get('Kinerja!G2')).toBe(EXPECTED);
    // Annual target 1 shown 100 %: 51,35 / 100.
    expect(cells.get('Kinerja!K2')).toBeCloseTo(51.35, 12);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Kinerja!E3: target "0%" bernilai 0, jadi indikator tidak dinilai pada periode ini',
      'Kinerja!F4: realisasi belum diisi padahal target 90% ada; indikator "C" tidak ikut dihitung',
    ]);
  });

  it('a range target typed as text still reads as a range beside percent-formatted cells', () => {
    const grid = withFormats(gridFromRows('Kinerja', [HEAD, ind('A', '90-100', 0.95)]), { E: [null, '0%'], F: [null, '0%'] });
    expect(plannedCells(recalculate(grid, opts()).plan).get('Kinerja!G2')).toBe(100);
  });
});

describe('persen-campuran: a column mixing percent-formatted and plain numbers', () => {
  const rows = [HEAD, ind('A', 0.9519, 51.35), ind('B', 89.2, 88.89), ind('C', 0.8, 80), ind('D', 90, 91), ind('E', 95, 95), ind('F', 0.5, 40)];
  const grid = withFormats(gridFromRows('Kinerja', rows), { E: [null, '0.00%', null, '0%', null, null, '0.00%'] });

  it('is a warning on the column naming cells of both kinds with their values as shown, and every cell still reads as it shows', () => {
    const result = recalculate(grid, opts());
    expect(result.findings).toEqual([
      {
        sheet: 'Kinerja',
        cell: 'E3',
        severity: 'warning',
        code: 'persen-campuran',
        message:
          'Kinerja!E3: kolom Target mencampur angka berformat persen (Kinerja!E2 "95,19%", Kinerja!E4 "80,00%", Kinerja!E7 "50,00%") dengan angka biasa (Kinerja!E3 "89,20", Kinerja!E5 "90,00", Kinerja!E6 "95,00"). Sel berformat persen dibaca sebagai persen yang tampil (0,9519 tampil 95,19% dibaca 95,19), angka biasa apa adanya; samakan format semua sel di kolom ini',
      },
    ]);
    const cells = plannedCells(result.plan);
    expect(cells.get('Kinerja!G4')).toBe(100);
    expect(cells.get('Kinerja!G7')).toBe(80);
  });

  it('names at most three cells of a kind, in English too, on the first cell of the rarer kind', () => {
    const more = withFormats(gridFromRows('Kinerja', [...rows, ind('G', 0.7, 70), ind('H', 0.6, 60)]), { E: [null, '0.00%', null, '0%', null, null, '0.00%', '0%', '0%'] });
    const f = check(more, opts({ lang: 'en' })).findings.filter((x) => x.code === 'persen-campuran');
    expect(f.map((x) => x.cell)).toEqual(['E3']);
    expect(f[0].message).toBe(
      'Kinerja!E3: the Target column mixes percent-formatted numbers (Kinerja!E2 "95.19%", Kinerja!E4 "80.00%", Kinerja!E7 "50.00%" and 2 more) with plain numbers (Kinerja!E3 "89.20", Kinerja!E5 "90.00", Kinerja!E6 "95.00"). A percent-formatted cell reads as the percentage it shows (0.9519 shown 95.19% reads 95.19), a plain number as it is; format all cells of the column the same way',
    );
  });

  it('is not raised by plain numbers of 1 or less, nor by percent text, nor on a column formatted one way', () => {
    const quiet = (target: CellValue[], formats: (string | null)[]) =>
      check(withFormats(gridFromRows('Kinerja', [HEAD, ...target.map((t, i) => ind(`I${i}`, t, 50))]), { E: [null, ...formats] }), opts()).findings.filter((x) => x.code === 'persen-campuran');
    expect(quiet([0.9, 1, 0.5], ['0%', null, null])).toEqual([]);
    expect(quiet([0.9, '89,2%', '90'], ['0%', null, null])).toEqual([]);
    expect(quiet([0.9, 0.8], ['0%', '0.00%'])).toEqual([]);
    expect(quiet([90, 80], [null, '0.00'])).toEqual([]);
  });
});

describe('a percent-formatted capaian output on an efficiency sheet', () => {
  const HEADER = ['Kode', 'Kegiatan', 'Capaian Output', 'Pagu Anggaran', 'Realisasi Anggaran', 'Capaian Input (%)', 'IE', 'TE', 'Capaian TE', 'Kategori'];
  const rows = [HEADER, ['6001.QDB', 'Pengawasan', 2.22, 1000000, 1000000], ['6002.QDB', 'Pengujian', '222%', 1000000, 1000000]];

  it('reads 222 % as 222, like the text "222%": IE 2,22, TE 1,22, capaian TE 84, Tidak Efisien', () => {
    const grid = withFormats(gridFromRows('Efisiensi', rows), { C: [null, '0%'] });
    const result = recalculate(grid, opts());
    const cells = plannedCells(result.plan);
    for (const r of [2, 3]) {
      expect(cells.get(`Efisiensi!F${r}`)).toBe(100);
      expect(cells.get(`Efisiensi!G${r}`)).toBeCloseTo(2.22, 12);
      expect(cells.get(`Efisiensi!H${r}`)).toBeCloseTo(1.22, 12);
      expect([cells.get(`Efisiensi!I${r}`), cells.get(`Efisiensi!J${r}`)]).toEqual([84, 'Tidak Efisien']);
    }
    expect(result.findings).toEqual([]);
  });

  it('reads percent-formatted volumes and budgets as they show, and warns on a budget column typed two ways', () => {
    const head = ['Kode', 'Kegiatan', 'Target Volume', 'Realisasi Volume', 'Pagu Anggaran', 'Realisasi Anggaran'];
    const grid = withFormats(gridFromRows('Efisiensi', [head, ['1', 'A', 100, 0.9, 0.5, 50], ['2', 'B', 100, 90, 100, 50]]), { D: [null, '0%'], E: [null, '0%'] });
    const result = recalculate(grid, opts());
    const cells = plannedCells(result.plan);
    // Output 90 % in both rows; input 50 / 50 = 100 % and 50 / 100 = 50 %.
    expect([cells.get('Efisiensi!G2'), cells.get('Efisiensi!H2')]).toEqual([100, 0.9]);
    expect([cells.get('Efisiensi!G3'), cells.get('Efisiensi!H3')]).toEqual([50, 1.8]);
    expect(result.findings.map((f) => [f.cell, f.code])).toEqual([
      ['D3', 'persen-campuran'],
      ['E3', 'persen-campuran'],
    ]);
  });
});
