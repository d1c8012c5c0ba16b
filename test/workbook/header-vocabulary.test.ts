/**
 * The header vocabulary against wordings printed in published reports (each source cited in
 * src/workbook/header-vocabulary.ts), and the forms planners type: abbreviations, units in
 * parentheses, line breaks, word order.
 */
import { CellValue, EfisiensiLayout, KinerjaLayout, detectLayout, gridFromRows, readHeader } from '../../src/workbook';
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
    for (const t of ['Persentase Obat yang memenuhi syarat', 'Nilai Kinerja Anggaran UPT', 'Indeks Kepuasan Masyarakat', 'Keterangan', 'Satuan', 'Pembilang', 89.2, '2024']) {
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
    expect(l.columns).toMatchObject({ sasaran: 0, indikator: 1, target: 2, realisasi: 5, capaian: 6, kriteria: 7 });
    expect(l.unmatched.map((u) => u.text)).toEqual(['s.d TW I Pembilang', 's.d TW I Penyebut']);
    expect(l.duplicates).toEqual([]);
  });

  it('a table with "Tgt Thn" and "Real. Trw. II" uses the user\'s columns: nothing appended beside them', () => {
    const l = detectLayout(grid([['Indikator', 'Tgt Thn 2024', 'Target Trw. II', 'Real. Trw. II', 'Capaian Trw. II (%)', 'Kriteria', 'Capaian thd Tgt Thn (%)', 'Status'], ['x', 100, 50, 45, null, null, null, null]]), 'TW2') as KinerjaLayout;
    expect(l.columns).toMatchObject({ indikator: 0, targetTahunan: 1, target: 2, realisasi: 3, capaian: 4, kriteria: 5, capaianTahunan: 6, status: 7 });
    expect(l.appended).toEqual([]);
  });
});
