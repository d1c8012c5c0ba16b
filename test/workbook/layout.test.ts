/** Layout detection: where the header is, which column plays which role, for which period. */
import { CellValue, detectLayout, gridFromRows, headerRole, KinerjaLayout, EfisiensiLayout } from '../../src/workbook';
import { DUMAI_HEADER, dumaiGrid } from './support';

const kinerja = (rows: CellValue[][], period: Parameters<typeof detectLayout>[1] = 'TW2', top = 0, left = 0): KinerjaLayout => {
  const l = detectLayout(gridFromRows('Kinerja', rows, undefined, top, left), period);
  if (!l || l.kind !== 'kinerja') throw new Error(`expected a kinerja layout, got ${JSON.stringify(l)}`);
  return l;
};

describe('header wordings (the source report and common variants)', () => {
  it.each([
    ['No', 'no', null],
    ['No.', 'no', null],
    ['Perspektif', 'perspektif', null],
    ['Sasaran Strategis', 'sasaran', null],
    ['Sasaran Kegiatan', 'sasaran', null],
    ['Indikator Kinerja', 'indikator', null],
    ['INDIKATOR\nKINERJA', 'indikator', null],
    ['Polaritas', 'polaritas', null],
    ['Target', 'target', null],
    ['Target Triwulan II', 'target', 2],
    ['Target TW II', 'target', 2],
    ['Target B06', 'target', 2],
    ['target  tw-iii', 'target', 3],
    ['Target TW 4', 'target', 4],
    ['Realisasi', 'realisasi', null],
    ['Realisasi Triwulan II', 'realisasi', 2],
    ['Realisasi B03', 'realisasi', 1],
    ['Capaian', 'capaian', null],
    ['% Capaian', 'capaian', null],
    ['Capaian (%)', 'capaian', null],
    ['Kriteria', 'kriteria', null],
    ['Target Tahunan', 'targetTahunan', null],
    ['Target Tahun 2024', 'targetTahunan', null],
    ['Capaian terhadap Target Tahunan', 'capaianTahunan', null],
    ['Capaian terhadap\r\nTarget Tahunan (%)', 'capaianTahunan', null],
    ['Status', 'status', null],
  ] as const)('%j → %s (quarter %s)', (text, role, quarter) => {
    expect(headerRole(text, 'kinerja')).toEqual({ role, quarter });
  });

  it.each([
    ['Kode', 'kode'],
    ['Kegiatan/Output', 'kegiatan'],
    ['Program/Kegiatan', 'kegiatan'],
    ['% Capaian Output', 'capaianOutput'],
    ['Pagu Anggaran', 'pagu'],
    ['Rencana Anggaran', 'pagu'],
    ['Realisasi Anggaran', 'realisasiAnggaran'],
    ['% Realisasi Anggaran', 'capaianInput'],
    ['Capaian Input (%)', 'capaianInput'],
    ['IE', 'ie'],
    ['TE', 'te'],
    ['Capaian TE', 'capaianTe'],
    ['Kategori', 'kategori'],
  ] as const)('efficiency %j → %s', (text, role) => {
    expect(headerRole(text, 'efisiensi')?.role).toBe(role);
  });

  it('does not take a number or an indicator name for a header', () => {
    expect(headerRole(89.2, 'kinerja')).toBeNull();
    expect(headerRole('Persentase Obat yang memenuhi syarat', 'kinerja')).toBeNull();
  });
});

describe('detectLayout — performance table', () => {
  it('finds the header below title rows and maps the report wordings', () => {
    const l = detectLayout(dumaiGrid(), 'TW2') as KinerjaLayout;
    expect(l.kind).toBe('kinerja');
    expect([l.headerRow, l.headerRows, l.firstDataRow, l.lastDataRow]).toEqual([3, 1, 4, 28]);
    expect(l.columns).toEqual({ no: 0, perspektif: 1, sasaran: 2, indikator: 3, polaritas: 4, target: 5, realisasi: 6, capaian: 7, kriteria: 8, targetTahunan: 9, capaianTahunan: 10, status: 11 });
    expect(l.appended).toEqual([]);
  });

  it('reads a grid that does not start at A1 in absolute coordinates', () => {
    const l = kinerja([['Indikator Kinerja', 'Target', 'Realisasi'], ['x', 1, 1]], 'TW2', 6, 2);
    expect([l.headerRow, l.firstDataRow]).toEqual([6, 7]);
    expect(l.columns).toMatchObject({ indikator: 2, target: 3, realisasi: 4 });
  });

  it('looks no further than the first 30 rows', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 30; i++) rows.push([`catatan ${i}`]);
    rows.push(['Indikator Kinerja', 'Target', 'Realisasi'], ['x', 1, 1]);
    expect(detectLayout(gridFromRows('K', rows), 'TW2')).toBeNull();
    expect(detectLayout(gridFromRows('K', rows.slice(1)), 'TW2')).not.toBeNull();
  });

  it('appends missing output columns after the last used column, with headers', () => {
    const l = kinerja([['Judul'], ['Indikator Kinerja', 'Target', 'Realisasi', null, 'Catatan'], ['x', 1, 1, null, 'ok']]);
    expect(l.columns).toMatchObject({ capaian: 5, kriteria: 6 });
    expect(l.appended).toEqual([
      { role: 'capaian', col: 5, header: 'Capaian (%)' },
      { role: 'kriteria', col: 6, header: 'Kriteria' },
    ]);
  });

  it('appends the annual Capaian and the Status when a Target Tahunan exists', () => {
    const l = kinerja([['Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Kriteria', 'Target Tahunan'], ['x', 1, 1, null, null, 2]]);
    expect(l.appended.map((a) => [a.role, a.col])).toEqual([
      ['capaianTahunan', 6],
      ['status', 7],
    ]);
  });

  const quarters: CellValue[][] = [
    ['Indikator Kinerja', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV', 'Target Tahunan', 'Realisasi Tahunan'],
    ['x', 10, 20, 30, 40, 11, 21, 31, 41, 40, 42],
  ];
  it.each([
    ['TW1', 1, 5],
    ['TW2', 2, 6],
    ['TW3', 3, 7],
    ['TW4', 4, 8],
    ['TAHUNAN', 9, 10],
  ] as const)('picks the %s columns when TW I–IV are all present', (period, target, realisasi) => {
    const l = kinerja(quarters, period);
    expect([l.columns.target, l.columns.realisasi]).toEqual([target, realisasi]);
  });

  it('labels appended outputs with the quarter when the sheet is quarterly', () => {
    expect(kinerja(quarters, 'TW3').appended.find((a) => a.role === 'capaian')?.header).toBe('Capaian TW III (%)');
  });

  it('reads a two-row header: Target above B03 B06 B09 B12 (the Rencana Aksi table)', () => {
    const rows: CellValue[][] = [
      ['No.', 'Sasaran Kegiatan', 'Indikator Kinerja', 'Target', null, null, null, 'Realisasi', null, null, null, 'Anggaran'],
      [null, null, null, 'B03', 'B06', 'B09', 'B12', 'B03', 'B06', 'B09', 'B12', '(Rupiah)'],
      [1, 'SS1', 'Persentase Obat yang memenuhi syarat', '89,20', '89,20', '89,20', '89,20', '88,00', '88,89', null, null, '158,501,250'],
    ];
    for (const [period, t, r] of [['TW1', 3, 7], ['TW2', 4, 8], ['TW4', 6, 10]] as const) {
      const l = kinerja(rows, period);
      expect([l.headerRow, l.headerRows, l.firstDataRow]).toEqual([0, 2, 2]);
      expect([l.columns.target, l.columns.realisasi, l.columns.sasaran, l.columns.no]).toEqual([t, r, 1, 0]);
    }
  });

  it('skips a row of column numbers under the header', () => {
    const l = kinerja([['Indikator Kinerja', 'Target', 'Realisasi'], ['(1)', '(2)', '(3)'], ['x', 1, 1]]);
    expect(l.firstDataRow).toBe(2);
  });

  it('is null without a header', () => {
    expect(detectLayout(gridFromRows('K', [['a', 'b'], [1, 2]]), 'TW2')).toBeNull();
    expect(detectLayout(gridFromRows('K', []), 'TW2')).toBeNull();
  });

  it('keeps the report header of SPEC §4 as the support grid has it', () => {
    expect(DUMAI_HEADER.every((h) => headerRole(h, 'kinerja') !== null)).toBe(true);
  });
});

describe('detectLayout — efficiency table', () => {
  it('maps inputs and appends the outputs it lacks', () => {
    const l = detectLayout(gridFromRows('Efisiensi', [['Kode', 'Kegiatan/Output', '% Capaian Output', 'Pagu', 'Realisasi Anggaran'], ['A', 'x', 100, 10, 5]]), 'TW2') as EfisiensiLayout;
    expect(l.kind).toBe('efisiensi');
    expect(l.columns).toEqual({ kode: 0, kegiatan: 1, capaianOutput: 2, pagu: 3, realisasiAnggaran: 4, capaianInput: 5, ie: 6, te: 7, capaianTe: 8, kategori: 9 });
    expect(l.appended.map((a) => a.header)).toEqual(['Capaian Input (%)', 'IE', 'TE', 'Capaian TE (%)', 'Kategori']);
  });
});
