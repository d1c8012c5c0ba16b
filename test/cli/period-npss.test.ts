/**
 * What the CLI says of periods and NPSS (review of the CLI): the period read from the headers is
 * shown (text and --json), each performance table's NPSS is named by its sheet when a file has
 * several, and an NPSS line appears only for a performance table computed under a period (not for
 * a file whose period is open, nor for an efficiency-only file).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { FIXTURES } from '../../scripts/make-fixtures';
import { FIXTURE_DIR, copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOSTILE_DIR = path.join(FIXTURE_DIR, 'hostile');
const hostile = (name: string): string => {
  const to = path.join(dir, name);
  fs.copyFileSync(path.join(HOSTILE_DIR, name), to);
  return to;
};

describe('the period the headers decide', () => {
  it('hitung names it (TW II, and the cells read) before the findings; --json has periode TW2 from the headers', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakip('hitung', input);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Periode TW II dibaca dari judul kolom (E5 "Target Triwulan II", F5 "Realisasi Triwulan II").');
    expect(lines[1]).toMatch(/^Kinerja!H9 \S+: Kriteria tertulis "Baik"/);
    const en = await sakip('hitung', input, '--lang', 'en', '-o', path.join(dir, 'en.xlsx'));
    expect(en.stdout.split('\n')[0]).toBe('Period TW II read from the column headers (E5 "Target Triwulan II", F5 "Realisasi Triwulan II").');
    const [report] = jsonLines((await sakip('hitung', input, '--json', '-o', path.join(dir, 'j.xlsx'))).stdout);
    expect([report.periode, report.periodeDari]).toEqual(['TW2', 'judul']);
    expect(report.lembar).toEqual([{ nama: 'Kinerja', jenis: 'kinerja', periode: 'TW2', periodeDari: 'judul', npss: report.npss, predikat: 'Istimewa' }]);
  });

  it('a period chosen with --periode: no line (the user said it), periodeDari "pilihan"', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakip('periksa', input, '--periode', 'TW2');
    expect(run.stdout).not.toMatch(/dibaca dari judul/);
    const [report] = jsonLines((await sakip('periksa', input, '--periode', 'TW2', '--json')).stdout);
    expect([report.periode, report.periodeDari]).toEqual(['TW2', 'pilihan']);
  });

  it('four quarters and no --periode: periode null; no NPSS line before "Tidak ada yang dihitung"', async () => {
    const input = copyFixture(FIXTURES.quarterly, dir);
    const run = await sakip('hitung', input);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(/NPSS/);
    expect(run.stdout).toMatch(/^Tidak ada yang dihitung \(lembar Kinerja: periode belum dipilih, sebutkan --periode\); tidak ada berkas ditulis$/m);
    const [report] = jsonLines((await sakip('periksa', input, '--json')).stdout);
    expect([report.periode, report.periodeDari, report.npss]).toEqual([null, null, null]);
    expect(report.lembar).toEqual([{ nama: 'Kinerja', jenis: 'kinerja', periode: null, periodeDari: null, npss: null, predikat: null }]);
  });
});

describe('NPSS lines', () => {
  it('an efficiency-only file: no NPSS line at all (there is no performance table to assess)', async () => {
    const run = await sakip('hitung', copyFixture(FIXTURES.efisiensi, dir));
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/NPSS/);
    expect(run.stdout).toMatch(/^Hasil ditulis ke /m);
    const [report] = jsonLines((await sakip('periksa', copyFixture(FIXTURES.efisiensi, dir), '--json')).stdout);
    // Its budget headers make it a year's table.
    expect(report.lembar).toEqual([{ nama: 'Efisiensi', jenis: 'efisiensi', periode: 'TAHUNAN', periodeDari: 'judul', npss: null, predikat: null }]);
  });

  it('two performance tables: one NPSS line per sheet, naming it; --json lembar has each, top level the first', async () => {
    const input = hostile('dua-tabel-dua-lembar.xlsx');
    const run = await sakip('hitung', input, '--periode', 'TW2');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'NPSS lembar Kinerja: 106,15 Istimewa',
      'NPSS lembar Kinerja 2023: 120,00 Istimewa',
      `Hasil ditulis ke ${path.join(dir, 'dua-tabel-dua-lembar-hasil.xlsx')}`,
      'Diperiksa: 2 lembar (2 berisi tabel), 8 indikator; 0 kesalahan, 0 peringatan, 0 informasi',
    ]);
    const en = await sakip('hitung', input, '--periode', 'TW2', '--lang', 'en', '-o', path.join(dir, 'en.xlsx'));
    expect(en.stdout).toMatch(/^NPSS of sheet Kinerja 2023: 120\.00 Istimewa$/m);
    const [report] = jsonLines((await sakip('hitung', input, '--periode', 'TW2', '--json', '-o', path.join(dir, 'j.xlsx'))).stdout);
    const lembar = report.lembar as { nama: string; npss: number; predikat: string; periode: string; periodeDari: string }[];
    expect(lembar.map((l) => [l.nama, Math.round(l.npss * 100) / 100, l.predikat, l.periode, l.periodeDari])).toEqual([
      ['Kinerja', 106.15, 'Istimewa', 'TW2', 'pilihan'],
      ['Kinerja 2023', 120, 'Istimewa', 'TW2', 'pilihan'],
    ]);
    // Compatibility: the top-level numbers stay those of the first table.
    expect(report.npss).toBe(lembar[0].npss);
  });

  it('headers naming the period on two sheets: each period line names its sheet', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Kinerja TW2').addRows([
      ['Perspektif', 'Sasaran', 'Indikator Kinerja', 'Target TW II', 'Realisasi TW II'],
      ['Stakeholder', 'SS1', 'IK 1', 80, 88],
    ]);
    wb.addWorksheet('Kinerja TW3').addRows([
      ['Perspektif', 'Sasaran', 'Indikator Kinerja', 'Target Triwulan III', 'Realisasi Triwulan III'],
      ['Stakeholder', 'SS1', 'IK 1', 90, 90],
    ]);
    const input = path.join(dir, 'dua-periode.xlsx');
    await wb.xlsx.writeFile(input);
    const run = await sakip('hitung', input);
    expect(run.stdout.trim().split('\n')).toEqual([
      'Lembar Kinerja TW2: Periode TW II dibaca dari judul kolom (D1 "Target TW II", E1 "Realisasi TW II").',
      'Lembar Kinerja TW3: Periode TW III dibaca dari judul kolom (D1 "Target Triwulan III", E1 "Realisasi Triwulan III").',
      'NPSS lembar Kinerja TW2: 110,00 Istimewa',
      'NPSS lembar Kinerja TW3: 100,00 Baik',
      `Hasil ditulis ke ${path.join(dir, 'dua-periode-hasil.xlsx')}`,
      'Diperiksa: 2 lembar (2 berisi tabel), 2 indikator; 0 kesalahan, 0 peringatan, 0 informasi',
    ]);
    const [report] = jsonLines((await sakip('periksa', input, '--json')).stdout);
    expect((report.lembar as { periode: string }[]).map((l) => l.periode)).toEqual(['TW2', 'TW3']);
    expect([report.periode, report.periodeDari]).toEqual(['TW2', 'judul']);
  });
});
