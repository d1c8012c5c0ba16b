/**
 * The header vocabulary against wordings printed in published reports (each source cited in
 * src/workbook/header-vocabulary.ts), and the forms planners type: abbreviations, units in
 * parentheses, line breaks, word order.
 */
import { CellValue, EfisiensiLayout, KinerjaLayout, check, detectLayout, gridFromRows, readHeader, recalculate } from '../../src/workbook';
import { opts, plannedCells } from './support';
import { SOURCES } from '../../src/workbook/header-vocabulary';
import { exampleHeader } from '../../src/workbook/role-names';

describe('wordings of published tables', () => {
  const rows = SOURCES.flatMap((s) => s.headers.map(([text, role, quarter]) => [s.id, s.kind, text, role, quarter ?? null] as const));
  it('come from at least five performance and three budget tables of real reports', () => {
    expect(new Set(SOURCES.filter((s) => s.kind === 'kinerja').map((s) => s.id)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(SOURCES.filter((s) => s.kind === 'efisiensi').map((s) => s.id)).size).toBeGreaterThanOrEqual(3);
  });
  it.each(rows)('[%s] %s %j → %s (quarter %s)', (_id, kind, text, role, quarter) => {
    const r = readHeader(text, kind);
    if (role === null) expect(r).toBeNull();
    else expect({ role: r?.roles[0], quarter: r?.quarter }).toEqual({ role, quarter });
  });
});

describe('headers as planners type them', () => {
  it.each([
    ['Tgt Thn 2024', 'targetTahunan', null],
    ['Tgt. Tahunan', 'targetTahunan', null],
    ['Tahunan Target', 'targetTahunan', null],
    ['TARGET\nTAHUN 2024', 'targetTahunan', null],
    ['Target (Tahunan)', 'targetTahunan', null],
    ['Trw. II', null, 2],
    ['Target Trw. II', 'target', 2],
    ['Real. TW II', 'realisasi', 2],
    ['Real. Trw. II', 'realisasi', 2],
    ['Realisasi TW.II', 'realisasi', 2],
    ['Target s.d. TW II', 'target', 2],
    ['Realisasi s/d Triwulan III', 'realisasi', 3],
    ['Realisasi sampai dengan Triwulan IV', 'realisasi', 4],
    ['Target Triwulan ke-2', 'target', 2],
    ['Target Q2', 'target', 2],
    ['Realisasi Semester I', 'realisasi', 2],
    ['Realisasi s.d. Juni', 'realisasi', 2],
    ['% Capaian', 'capaian', null],
    ['Capaian (%)', 'capaian', null],
    ['Persentase Capaian TW II', 'capaian', 2],
    ['Cap. Thn (%)', 'capaianTahunan', null],
    ['Capaian thd Target Tahunan', 'capaianTahunan', null],
    ['Realisasi TW II Tahun 2024', 'realisasi', 2],
    ['Polarisasi', 'polaritas', null],
    ['IKU', 'indikator', null],
  ] as const)('%j → %s (quarter %s)', (text, role, quarter) => {
    const r = readHeader(text, 'kinerja');
    expect(r ? { role: r.roles[0], quarter: r.quarter } : { role: null, quarter: null }).toEqual({ role, quarter: role === null ? null : quarter });
  });

  it.each([
    ['Realisasi Anggaran (%)', 'capaianInput'],
    ['Pagu DIPA (Rp)', 'pagu'],
    ['Pagu DIPA', 'pagu'],
    ['Alokasi', 'pagu'],
    ['Anggaran (Rp)', 'pagu'],
    ['Penyerapan (Rp)', 'realisasiAnggaran'],
    ['Serapan Anggaran', 'realisasiAnggaran'],
    ['Anggaran Terserap', 'realisasiAnggaran'],
    ['Realisasi Keuangan', 'realisasiAnggaran'],
    ['Realisasi Belanja (Rp)', 'realisasiAnggaran'],
    ['% Serapan', 'capaianInput'],
    ['Persentase Penyerapan', 'capaianInput'],
    ['Daya Serap (%)', 'capaianInput'],
    ['Kegiatan/Output', 'kegiatan'],
    ['Capaian Output (%)', 'capaianOutput'],
  ] as const)('budget table: %j → %s', (text, role) => {
    expect(readHeader(text, 'efisiensi')?.roles[0]).toBe(role);
  });

  it('does not take indicator names, numbers or notes for headers', () => {
    for (const t of ['Persentase Obat yang memenuhi syarat', 'Nilai Kinerja Anggaran UPT', 'Indeks Kepuasan Masyarakat', 'Keterangan', 'Satuan', 'Jumlah sarana yang tidak memenuhi syarat', 89.2, '2024']) {
      expect([t, readHeader(t, 'kinerja')]).toEqual([t, null]);
    }
  });

  it('reads every header a finding suggests as the role it suggests it for', () => {
    const kinerja = ['no', 'perspektif', 'sasaran', 'indikator', 'polaritas', 'target', 'realisasi', 'capaian', 'kriteria', 'targetTahunan', 'realisasiTahunan', 'capaianTahunan', 'status'] as const;
    const efisiensi = ['no', 'kode', 'kegiatan', 'capaianOutput', 'targetVolume', 'realisasiVolume', 'pagu', 'realisasiAnggaran', 'capaianInput', 'ie', 'te', 'capaianTe', 'kategori'] as const;
    for (const role of kinerja) expect([role, readHeader(exampleHeader(role), 'kinerja')?.roles[0]]).toEqual([role, role]);
    for (const role of efisiensi) expect([role, readHeader(exampleHeader(role), 'efisiensi')?.roles[0]]).toEqual([role, role]);
  });
});

describe('tables laid out as reports lay them out', () => {
  const grid = (rows: CellValue[][]) => gridFromRows('Tabel', rows);

  it('PRKOM 2021 Tabel 28: KINERJA and ANGGARAN over T, R, % read as output and budget columns [9]', () => {
    const l = detectLayout(
      grid([
        ['SASARAN', 'INDIKATOR', 'KINERJA', null, null, 'ANGGARAN', null, null, 'IE', 'TE', 'Ket'],
        [null, null, 'T', 'R', '%', 'T', 'R', '%', null, null, null],
        ['SS1', 'Persentase X', 75, 74.94, 99.92, 6910387000, 6495748767, 94, 1.063, 0.063, 'Efisien'],
      ]),
      'TAHUNAN',
    ) as EfisiensiLayout;
    expect(l.kind).toBe('efisiensi');
    expect(l.columns).toMatchObject({ targetVolume: 2, realisasiVolume: 3, capaianOutput: 4, pagu: 5, realisasiAnggaran: 6, capaianInput: 7, ie: 8, te: 9 });
    expect(l.unmatched.map((u) => u.text)).toEqual(['SASARAN', 'INDIKATOR', 'Ket']);
  });

  it('Sumut 2021 Tabel 19: a money "REALISASI (Rp)" beside "ANGGARAN (Rp)", the column-number row skipped [10]', () => {
    const l = detectLayout(
      grid([
        ['NO', 'INDIKATOR KINERJA', 'PROGRAM/ KINERJA', 'ANGGARAN (Rp)', 'REALISASI (Rp)', 'CAPAIAN REALISASI ANGGARAN (%)'],
        [1, 2, 3, 4, 5, 6],
        [1, 'x', 'Sub Kegiatan Fasilitasi', 749930215, 702188300, 93.6],
      ]),
      'TAHUNAN',
    ) as EfisiensiLayout;
    expect(l.columns).toMatchObject({ no: 0, kegiatan: 2, pagu: 3, realisasiAnggaran: 4, capaianInput: 5 });
    expect(l.firstDataRow).toBe(2);
    expect(l.ambiguous).toEqual([]);
  });

  it('a plain "Realisasi" beside Pagu and no volume target is the money spent, without a doubt to report [11]', () => {
    const l = detectLayout(grid([['Kegiatan', 'Pagu', 'Realisasi', '%'], ['Belanja Pegawai', 100, 98.9, 98.9]]), 'TAHUNAN') as EfisiensiLayout;
    expect(l.columns).toMatchObject({ pagu: 1, realisasiAnggaran: 2, capaianInput: 3 });
    expect(l.ambiguous).toEqual([]);
  });

  it('Pangkalpinang TW I 2021: "s.d TW I" over Pembilang | Penyebut | Realisasi gives the realisasi column, not the pembilang [3]', () => {
    const l = detectLayout(
      grid([
        ['Sasaran Strategis', 'Indikator Kinerja Sasaran Strategis (IKSS)', 'Target s.d TW I', 's.d TW I', null, null, 'Capaian Terhadap Target', 'Kriteria'],
        [null, null, null, 'Pembilang', 'Penyebut', 'Realisasi', null, null],
        ['SS1', 'Persentase Obat yang aman', 80, 23, 36, 63.89, 79.86, 'Cukup'],
      ]),
      'TW1',
    ) as KinerjaLayout;
    // The counts are read too (issue 15: realisasi = pembilang / penyebut × 100), for TW I.
    expect(l.columns).toMatchObject({ sasaran: 0, indikator: 1, target: 2, pembilang: 3, penyebut: 4, realisasi: 5, capaian: 6, kriteria: 7 });
    expect(l.unmatched.map((u) => u.text)).toEqual([]);
    expect(l.duplicates).toEqual([]);
  });

  it('a table with "Tgt Thn" and "Real. Trw. II" uses the user\'s columns: nothing appended beside them', () => {
    const l = detectLayout(grid([['Indikator', 'Tgt Thn 2024', 'Target Trw. II', 'Real. Trw. II', 'Capaian Trw. II (%)', 'Kriteria', 'Capaian thd Tgt Thn (%)', 'Status'], ['x', 100, 50, 45, null, null, null, null]]), 'TW2') as KinerjaLayout;
    expect(l.columns).toMatchObject({ indikator: 0, targetTahunan: 1, target: 2, realisasi: 3, capaian: 4, kriteria: 5, capaianTahunan: 6, status: 7 });
    expect(l.appended).toEqual([]);
  });
});

describe('each published table read as one header row', () => {
  it.each(SOURCES.map((s, i) => [i, s.cite, s] as const))('%s %s: every column plays its printed role, none claimed twice', (_i, _cite, source) => {
    const texts = source.headers.map(([text]) => text);
    // With the nilai capaian read, as under a profile that converts (the SKP form prints one).
    const l = detectLayout(gridFromRows('Tabel', [texts, texts.map(() => 1)]), 'TW2', 'id', { nilai: true });
    expect(l).not.toBeNull();
    const layout = l as NonNullable<typeof l>;
    source.headers.forEach(([text, role, quarter], col) => {
      const h = layout.headers.find((x) => x.col === col);
      expect([text, h?.role ?? null, h ? h.quarter : null]).toEqual([text, role, role === null ? null : (quarter ?? null)]);
    });
    expect(layout.duplicates).toEqual([]);
  });
});

describe('what the review found (each a wrong number or a silent skip before its fix)', () => {
  const grid = (rows: CellValue[][]) => gridFromRows('Tabel', rows);

  it('output and budget groups side by side: each Realisasi and Capaian goes with its own group, nothing guessed', () => {
    const l = detectLayout(grid([['No', 'Kegiatan', 'Target', 'Realisasi', 'Capaian', 'Pagu', 'Realisasi', 'Capaian'], [1, 'Pengawasan Obat', 10, 8, 80, 100, 90, 90]]), 'TAHUNAN') as EfisiensiLayout;
    expect(l.columns).toMatchObject({ targetVolume: 2, realisasiVolume: 3, capaianOutput: 4, pagu: 5, realisasiAnggaran: 6, capaianInput: 7 });
    expect(l.ambiguous).toEqual([]);
    const r = check(grid([['No', 'Kegiatan', 'Target', 'Realisasi', 'Capaian', 'Pagu', 'Realisasi', 'Capaian', 'IE', 'TE', 'Kategori'], [1, 'Pengawasan Obat', 10, 8, 80, 100, 90, 90, null, null, null]]), opts({ period: 'TAHUNAN' }));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it("last year's column beside this year's is neither used nor written, and said so", () => {
    const l = detectLayout(grid([['Indikator', 'Realisasi 2023', 'Target 2024', 'Realisasi 2024'], ['x', 70, 90, 88]]), 'TW2') as KinerjaLayout;
    expect(l.columns).toMatchObject({ target: 2, realisasi: 3 });
    expect(l.otherYears.map((y) => [y.col, y.year, y.latest])).toEqual([[1, 2023, 2024]]);
    expect(l.duplicates).toEqual([]);
  });

  it('"Capaian 2023 | … | Capaian": the period\'s own Capaian is the one written, the year-named one is left alone', () => {
    const l = detectLayout(grid([['Indikator', 'Target', 'Realisasi', 'Capaian 2023', 'Capaian'], ['x', 90, 88, 101.5, null]]), 'TW2') as KinerjaLayout;
    expect(l.columns.capaian).toBe(4);
    expect(l.duplicates.map((d) => d.columns.map((c) => c.col))).toEqual([[4, 3]]);
  });

  it('a year-named annual capaian beside quarterly ones is the annual capaian: filled, not a second column appended', () => {
    const l = detectLayout(grid([['Indikator Kinerja', 'Target 2024', 'Target TW II', 'Realisasi TW II', 'Capaian TW II', 'Capaian thd Target 2024'], ['x', 100, 50, 45, null, null]]), 'TW2') as KinerjaLayout;
    expect(l.columns).toMatchObject({ targetTahunan: 1, target: 2, realisasi: 3, capaian: 4, capaianTahunan: 5 });
    expect(l.appended.map((a) => a.role)).toEqual(['kriteria', 'status']);
    expect(l.yearAnnual.map((y) => [y.col, y.role])).toEqual([
      [1, 'targetTahunan'],
      [5, 'capaianTahunan'],
    ]);
  });

  it('an indicator row holding month and quarter words is an indicator with unreadable numbers, not a repeated header', () => {
    const r = check(
      grid([
        ['Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian'],
        ['Persentase A', 'Maksimal', 90, 88, null],
        ['Tersusunnya laporan keuangan', 'Maksimal', 'Triwulan IV', 'Desember', null],
        ['Persentase C', 'Maksimal', 'Maret', 'Maret', null],
      ]),
      opts(),
    );
    expect(r.rows).toBe(3);
    expect(r.findings.filter((f) => f.code === 'angka-tidak-terbaca').map((f) => f.cell)).toEqual(['C3', 'D3', 'C4', 'D4']);
  });

  it('PRKOM\'s layout with the output % left blank: the output achievement comes from the volumes [9]', () => {
    const rows: CellValue[][] = [
      ['SASARAN', 'INDIKATOR', 'KINERJA', null, null, 'ANGGARAN', null, null, 'IE', 'TE', 'Ket'],
      [null, null, 'T', 'R', '%', 'T', 'R', '%', null, null, null],
      ['SS1', 'Persentase X', 75, 74.94, null, 6910387000, 6495748767, null, null, null, null],
    ];
    const r = recalculate(grid(rows), opts({ period: 'TAHUNAN' }));
    const ie = plannedCells(r.plan).get('Tabel!I3');
    expect(ie).toBeCloseTo((74.94 / 75) / (6495748767 / 6910387000), 12);
    expect(r.findings.filter((f) => f.code === 'efisiensi-tidak-terdefinisi')).toEqual([]);
  });

  it('a budget plan sheet (RKA) is not taken for a table: no error for a sheet that has none', () => {
    expect(detectLayout(grid([['Kode', 'Uraian', 'Volume', 'Satuan', 'Harga Satuan', 'Jumlah'], ['521211', 'Belanja bahan', 10, 'paket', 500000, 5000000]]), 'TW2')).toBeNull();
  });

  it('"T.A. 2024", "Realisasi TW II (Jun)" and "Realisasi Januari s.d. Juni" are read', () => {
    expect(readHeader('Target/Pagu T.A. 2024', 'efisiensi')?.roles[0]).toBe('pagu');
    expect(readHeader('Realisasi TW II (Jun)', 'kinerja')).toMatchObject({ roles: ['realisasi'], quarter: 2 });
    expect(readHeader('Realisasi Januari s.d. Juni', 'kinerja')).toMatchObject({ roles: ['realisasi'], quarter: 2 });
  });
});
