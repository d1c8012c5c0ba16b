/** Reading rows as people really make them: pasted pages, text numbers, merged cells, quarters, polarity. */
import { CellValue, check, gridFromRows, recalculate } from '../../src/workbook';
import { BPOM_UPT_2024, PERMENPAN_RB_SKP_2022, RuleProfile } from '../../src/core';
import { opts, plannedCells } from './support';

const nps = (r: ReturnType<typeof recalculate>) => r.summary!.sasaran.map((s) => [s.nama, s.nps.status === 'ok' ? Math.round(s.nps.value * 100) / 100 : null]);

describe('the Rencana Aksi table as pasted from the report (two-row header repeated across pages)', () => {
  const header: CellValue[][] = [
    ['No.', 'Sasaran Kegiatan', 'Indikator Kinerja', 'Target', null, null, null, 'Realisasi', null, null, null, 'Anggaran'],
    [null, null, null, 'B03', 'B06', 'B09', 'B12', 'B03', 'B06', 'B09', 'B12', '(Rupiah)'],
  ];
  const rows: CellValue[][] = [
    ['RENCANA AKSI PERJANJIAN KINERJA 2024'],
    ...header,
    [1, 'SS1', 'Persentase Obat yang memenuhi syarat', '89,20', '89,20', '89,20', '89,20', '88,00', '88,89', null, null, '158,501,250'],
    [null, null, 'Persentase Makanan yang memenuhi syarat', '80,80', '80,80', '80,80', '80,80', '79,00', '78,79', null, null, '103,858,057'],
    ...header,
    [null, null, 'Persentase Makanan yang aman dan bermutu berdasarkan hasil pengawasan', '67,62', '67,62', '67,62', '67,62', '60,00', '70,00', null, null, '30,446,944'],
    [2, 'SS2', 'Persentase Keterlibatan UPT', '0,00', '12,50', '32,50', '95,00', '-', '23,33', null, null, '43,602,600'],
  ];
  const grid = gridFromRows('Rencana Aksi', rows);

  it('skips the repeated header rows without a finding and keeps the merged sasaran', () => {
    const r = recalculate(grid, opts());
    expect(r.findings.filter((f) => f.severity !== 'info' && f.code !== 'perspektif-tidak-ada')).toEqual([]);
    expect(nps(r)).toEqual([
      ['SS1', Math.round(((88.89 / 89.2 + 78.79 / 80.8 + Math.min(1.2, 70 / 67.62)) / 3) * 10000) / 100],
      ['SS2', 120], // 23,33 / 12,50 = 186,64 %, capped at 120
    ]);
  });

  it('gives each quarter its own result', () => {
    const tw1 = recalculate(grid, opts({ period: 'TW1' }));
    // TW I: target 0,00 for SS2 is "not assessed" (a warning), realisasi "-".
    expect(nps(tw1)).toEqual([
      ['SS1', Math.round(((88 / 89.2 + 79 / 80.8 + 60 / 67.62) / 3) * 10000) / 100],
      ['SS2', null],
    ]);
    expect(tw1.findings.filter((f) => f.code === 'target-tidak-valid').map((f) => [f.cell, f.severity])).toEqual([['D9', 'warning']]);
    const tw3 = check(grid, opts({ period: 'TW3' }));
    expect(tw3.findings.filter((f) => f.code === 'realisasi-kosong').map((f) => f.cell)).toEqual(['J4', 'J5', 'J8', 'J9']);
    expect(tw3.summary!.npss.status).toBe('not-assessed');
  });

  it('writes the quarter-labelled output columns it appends', () => {
    const cells = plannedCells(recalculate(grid, opts()).plan);
    expect([cells.get('Rencana Aksi!M2'), cells.get('Rencana Aksi!N2')]).toEqual(['Capaian TW II (%)', 'Kriteria TW II']);
    expect(cells.has('Rencana Aksi!M6')).toBe(false); // the repeated header row is left alone
  });
});

describe('numbers, polarity and the annual period', () => {
  const head = ['Perspektif', 'Sasaran', 'Indikator', 'Polaritas', 'Target', 'Realisasi', 'Target Tahunan', 'Realisasi Tahunan', 'Capaian', 'Kriteria', 'Status'];

  it('reads Indonesian text numbers with the workbook culture, and English ones', () => {
    const g = (t: CellValue, r: CellValue) => gridFromRows('K', [head, ['P', 'S', 'x', null, t, r, null, null]]);
    const cap = (grid: ReturnType<typeof g>, sep: ',' | '.') => plannedCells(recalculate(grid, opts({ decimalSeparator: sep })).plan).get('K!I2');
    expect(cap(g(' 89,20 ', '88,89%'), ',')).toBeCloseTo(99.6524663677, 8);
    expect(cap(g('1.500', '1.500'), ',')).toBe(100);
    expect(cap(g('2', '1.500'), '.')).toBe(75);
  });

  it('applies minimize and stabilize polarity (SPEC §2)', () => {
    const cells = plannedCells(
      recalculate(gridFromRows('K', [head, ['P', 'S', 'a', 'Minimal', 7, '6,5'], [null, null, 'b', 'negatif', 8, 9], [null, null, 'c', 'stabil', '7 – 8', '7,5']]), opts()).plan,
    );
    expect(cells.get('K!I2')).toBeCloseTo(107.142857, 5);
    expect(cells.get('K!I3')).toBeCloseTo(87.5, 10);
    expect(cells.get('K!I4')).toBe(100);
    expect([cells.get('K!J2'), cells.get('K!J3'), cells.get('K!J4')]).toEqual(['Sangat Baik', 'Cukup', 'Baik']);
  });

  it("scores a range target by the profile's range rule (PermenPAN-RB: the bound on the realisasi's side, by polarity)", () => {
    const rows = [head, ['P', 'S', 'a', null, '80 – 90', 95], [null, null, 'b', 'minimal', '80 – 90', 70], [null, null, 'c', 'stabil', '80 – 90', 95], [null, null, 'd', null, '80 – 90', 85]];
    const byRule = (profile: RuleProfile) => {
      const cells = plannedCells(recalculate(gridFromRows('K', rows), opts({ profile })).plan);
      return ['I2', 'I3', 'I4', 'I5'].map((c) => Math.round((cells.get(`K!${c}`) as number) * 100) / 100);
    };
    expect(byRule(PERMENPAN_RB_SKP_2022)).toEqual([105.56, 112.5, 94.44, 100]);
    // The BPOM default stabilizes every range (above it is a miss, below it R ÷ bawah), so a
    // range with "minimal" written is refused, as =SAKIP.CAPAIAN(70; "80-90"; "minimal") is #VALUE!.
    const result = recalculate(gridFromRows('K', rows), opts({ profile: BPOM_UPT_2024 }));
    const cells = plannedCells(result.plan);
    expect(['I2', 'I4', 'I5'].map((c) => Math.round((cells.get(`K!${c}`) as number) * 100) / 100)).toEqual([94.44, 94.44, 100]);
    expect(cells.get('K!I3')).not.toEqual(expect.any(Number));
    expect(result.findings.filter((f) => f.cell === 'E3').map((f) => [f.severity, f.code, f.message])).toEqual([['error', 'target-tidak-valid', expect.stringContaining('Rentang target 80 – 90 hanya untuk polaritas stabil')]]);
  });

  it('names the range rule when it audits a printed Capaian of a range target', () => {
    const audited = check(gridFromRows('K', [head, ['P', 'S', 'a', null, '80 – 90', 95, null, null, 94.44]]), opts({ profile: PERMENPAN_RB_SKP_2022 })).findings.find((f) => f.code === 'audit-capaian');
    expect(audited?.message).toMatch(/105,56/);
    expect(audited?.message).toMatch(/PermenPAN-RB 8\/2021/);
  });

  it('TAHUNAN takes the annual target and realisasi, and the Status', () => {
    const r = recalculate(gridFromRows('K', [head, ['P', 'S', 'x', null, 25, 27.68, 50, 45]]), opts({ period: 'TAHUNAN' }));
    const cells = plannedCells(r.plan);
    expect([cells.get('K!I2'), cells.get('K!J2'), cells.get('K!K2')]).toEqual([90, 'Cukup', 'Akan Tercapai']);
    expect(r.summary!.npss).toMatchObject({ status: 'ok', value: 90 });
  });

  it('TAHUNAN also fills a Capaian terhadap Target Tahunan column that is there', () => {
    const h = ['Indikator', 'Target', 'Realisasi', 'Target Tahunan', 'Capaian', 'Capaian terhadap Target Tahunan', 'Status'];
    const cells = plannedCells(recalculate(gridFromRows('K', [h, ['x', 25, 27.68, 50, null, 12, null]]), opts({ period: 'TAHUNAN' })).plan);
    expect([cells.get('K!E2'), cells.get('K!F2'), cells.get('K!G2')]).toEqual([55.36, 55.36, 'Perlu Upaya Keras']);
  });

  it('names indicators above the first Perspektif / Sasaran by the implicit names', () => {
    const r = recalculate(gridFromRows('K', [head, [null, null, 'a', null, 10, 10], ['P', 'S', 'b', null, 10, 10]]), opts());
    expect(r.summary!.sasaran.map((s) => [s.perspektif, s.nama])).toEqual([['(tanpa perspektif)', '(tanpa sasaran)'], ['P', 'S']]);
  });

  it('without a Perspektif column counts everything in one implicit perspective', () => {
    const r = recalculate(gridFromRows('K', [['Sasaran', 'Indikator', 'Target', 'Realisasi'], ['S1', 'a', 10, 10], ['S2', 'b', 10, 8]]), opts());
    expect(r.summary!.perspektif.map((p) => [p.nama, p.np.status === 'ok' ? p.np.value : null])).toEqual([['(tanpa perspektif)', 90]]);
    expect(r.findings.map((f) => f.code)).toEqual(['perspektif-tidak-ada']);
  });
});

describe('scale', () => {
  it('handles 20,000 rows in one block per output column', () => {
    const rows: CellValue[][] = [['Perspektif', 'Sasaran', 'Indikator', 'Target', 'Realisasi']];
    for (let i = 0; i < 20000; i++) rows.push([`P${i % 3}`, `S${i % 40}`, `Indikator ${i}`, 80, 60 + (i % 50)]);
    const r = recalculate(gridFromRows('Besar', rows), opts());
    const sheet = r.plan.sheets.find((s) => s.sheet === 'Besar')!;
    expect(sheet.blocks.filter((b) => b.values.length === 20000).map((b) => b.col)).toEqual([5, 6]);
    expect(r.summary!.sasaran).toHaveLength(120); // (i mod 3, i mod 40) pairs: a sasaran is its perspective and name
  });
});
