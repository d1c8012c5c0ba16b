/**
 * The engine reads every numeric input as it shows (SPEC §8): a target typed `95,19%` in Excel
 * is stored as 0.9519 with a percent format, and counts as 95,19, like the text `95,19%`.
 */
import { CellValue, Grid, gridFromRows, recalculate } from '../../src/workbook';
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
    // Row 2 holds one percent-formatted and one plain number: read right, and said once, as info.
    expect(result.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([['F2', 'info', 'persen-campuran']]);
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
      'Kinerja!E3: target "0%" bernilai 0. Target 0 berarti indikator tidak dinilai pada periode ini. Biarkan bila memang tidak ada target periode ini; bila ada, isi targetnya.',
      'Kinerja!F4: realisasi belum diisi padahal target 90% ada. Indikator "C" tidak ikut dihitung dan tidak dianggap 0. Isi realisasinya; bila memang belum ada, biarkan kosong.',
    ]);
  });

  it('a range target typed as text still reads as a range beside percent-formatted cells', () => {
    // A range is a stabilize target (SPEC §2: with "Maksimal" it is refused under the default rule).
    const grid = withFormats(gridFromRows('Kinerja', [HEAD, ['Stakeholder', 'SS1', 'A', 'Stabil', '90-100', 0.95, null, null]]), { E: [null, '0%'], F: [null, '0%'] });
    expect(plannedCells(recalculate(grid, opts()).plan).get('Kinerja!G2')).toBe(100);
  });
});

describe('an indicator whose target and realisasi are typed two ways', () => {
  const run = (rows: CellValue[][], formats: Record<string, (string | null)[]>, lang: 'id' | 'en' = 'id') => recalculate(withFormats(gridFromRows('Kinerja', [HEAD, ...rows]), formats), opts({ lang }));

  it('a plain fraction beside a percentage is a warning on its cell: read as 0,5135 it gives a capaian near 0', () => {
    const result = run([ind('A', 0.9519, 0.5135), ind('B', 0.8, 0.75)], { E: [null, '0.00%', '0%'] });
    expect(result.findings).toEqual([
      {
        sheet: 'Kinerja',
        cell: 'F2',
        severity: 'warning',
        code: 'persen-pecahan',
        message: 'Kinerja!F2: Realisasi 0,5135 angka biasa, padahal Target Kinerja!E2 berformat persen (95,19%). Realisasi dibaca 0,5135, bukan 51,35. Bila maksudnya 51,35%, ketik 51,35 atau beri sel ini format persen.',
        advice: 'Realisasi dibaca 0,5135, bukan 51,35. Bila maksudnya 51,35%, ketik 51,35 atau beri sel ini format persen.',
      },
      expect.objectContaining({ cell: 'F3', code: 'persen-pecahan' }),
    ]);
    // Read as shown all the same: 0,5135 / 95,19.
    expect(plannedCells(result.plan).get('Kinerja!G2')).toBeCloseTo((0.5135 / 95.19) * 100, 12);
    expect(run([ind('A', 0.9519, 0.5135)], { E: [null, '0.00%'] }, 'en').findings[0].message).toBe(
      'Kinerja!F2: Realisasi 0.5135 is a plain number while Target Kinerja!E2 is percent-formatted (95.19%). Realisasi reads 0.5135, not 51.35. If 51.35% is meant, type 51.35 or give this cell a percent format.',
    );
  });

  it('a percentage beside a plain number above 1 reads right and is said once for the whole table, as info', () => {
    const result = run([ind('A', 0.9519, 51.35), ind('B', 89.2, 0.8889), ind('C', 0.8, 80)], { E: [null, '0.00%', null, '0%'], F: [null, null, '0.00%'] });
    expect(result.findings).toEqual([
      {
        sheet: 'Kinerja',
        cell: 'F2',
        severity: 'info',
        code: 'persen-campuran',
        message:
          'Kinerja!F2: di 3 baris, Target/Realisasi diketik dua cara: satu berformat persen, satu angka biasa (misalnya Kinerja!E2 "95,19%" dan Kinerja!F2 "51,35"). Keduanya dibaca seperti tampil (95,19 dan 51,35). Tidak perlu diubah bila memang itu maksudnya; bila tidak, samakan cara pengetikannya.',
        advice: 'Keduanya dibaca seperti tampil (95,19 dan 51,35). Tidak perlu diubah bila memang itu maksudnya; bila tidak, samakan cara pengetikannya.',
      },
    ]);
    const cells = plannedCells(result.plan);
    expect(cells.get('Kinerja!G3')).toBeCloseTo((88.89 / 89.2) * 100, 12);
    expect(cells.get('Kinerja!G4')).toBe(100);
  });

  it('says nothing about a table mixing percentage indicators with counts, each typed its own way, nor about 0 or percent text', () => {
    const quiet = run([ind('Persentase obat MS', 0.95, 0.9), ind('Jumlah sampel diuji', 120, 130), ind('Indeks kepuasan', 3.5, 3.6), ind('Persentase X', 0.9, 0), ind('Persentase Y', 0.9, '89%')], {
      E: [null, '0%', null, null, '0%', '0%'],
      F: [null, '0%'],
    });
    expect(quiet.findings).toEqual([]);
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

  it('reads percent-formatted volumes and budgets as they show, and names the rows typed two ways', () => {
    const head = ['Kode', 'Kegiatan', 'Target Volume', 'Realisasi Volume', 'Pagu Anggaran', 'Realisasi Anggaran'];
    const grid = withFormats(gridFromRows('Efisiensi', [head, ['1', 'A', 100, 0.9, 0.5, 50], ['2', 'B', 100, 90, 100, 50]]), { D: [null, '0%'], E: [null, '0%'] });
    const result = recalculate(grid, opts());
    const cells = plannedCells(result.plan);
    // Output 90 % in both rows; input 50 / 50 = 100 % and 50 / 100 = 50 %.
    expect([cells.get('Efisiensi!G2'), cells.get('Efisiensi!H2')]).toEqual([100, 0.9]);
    expect([cells.get('Efisiensi!G3'), cells.get('Efisiensi!H3')]).toEqual([50, 1.8]);
    expect(result.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([
      ['C2', 'info', 'persen-campuran'],
      ['F2', 'info', 'persen-campuran'],
    ]);
  });
});
