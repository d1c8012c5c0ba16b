/** SPEC §8 through the CLI: a percent-formatted target in an .xlsx file counts as the percentage it shows. */
import * as fs from 'fs';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/xlsx';
import { PERCENT_CAPAIAN, percentWorkbook } from '../support/percent-book';
import { jsonLines, sakip, tempDir } from './support';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = tempDir();
  file = path.join(dir, 'persen.xlsx');
  await percentWorkbook().xlsx.writeFile(file);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('hitung: 0,9519 shown 95,19% against 51,35 gives capaian 53,94 (Kurang), as the text "95,19%" does', async () => {
  const run = await sakip('hitung', file, '--json');
  expect(run.stderr).toBe('');
  const [report] = jsonLines(run.stdout);
  expect((report.sasaran as { nama: string; nps: number }[]).map((s) => [s.nama, s.nps])).toEqual([
    ['SS1', PERCENT_CAPAIAN],
    ['SS2', (88.89 / 89.2) * 100],
  ]);
  const out = await XlsxWorkbook.open(path.join(dir, 'persen-hasil.xlsx'));
  const grid = await out.read('Kinerja');
  expect(grid.values.slice(1, 4).map((r) => [r[6], r[7]])).toEqual([
    [PERCENT_CAPAIAN, 'Kurang'],
    [PERCENT_CAPAIAN, 'Kurang'],
    [PERCENT_CAPAIAN, 'Kurang'],
  ]);
  // The input cells keep their format.
  expect(grid.numberFormats?.get(4)?.slice(0, 5)).toEqual([null, '0.00%', '0.00%', null, null]);
});

it('periksa: the row typed two ways (95,19% beside 51,35) is said once as info, quoting the cells as they show', async () => {
  const run = await sakip('periksa', file);
  expect(run.code).toBe(0);
  expect(run.stdout.trim().split('\n')).toEqual([
    'Periode TW II dibaca dari judul kolom (E1 "Target Triwulan II", F1 "Realisasi Triwulan II").',
    'Kinerja!F2 info: di 1 baris, Target/Realisasi diketik dua cara: satu berformat persen, satu angka biasa (misalnya Kinerja!E2 "95,19%" dan Kinerja!F2 "51,35"). Keduanya dibaca seperti tampil (95,19 dan 51,35). Tidak perlu diubah bila memang itu maksudnya; bila tidak, samakan cara pengetikannya.',
    'Diperiksa: 1 lembar (1 berisi tabel), 4 indikator; 0 kesalahan, 0 peringatan, 1 informasi',
  ]);
});
