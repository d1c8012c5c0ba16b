/* eslint-disable @typescript-eslint/no-explicit-any -- profiles edited loosely as parsed JSON */
/**
 * rev15 review of issue 15: reproductions through the CLI (in-process). Each test states the
 * expected behaviour; the ones that fail on main are the reported defects.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { BPOM_UPT_2024, profileToJson } from '../../src/core';
import { sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function book(name: string, rows: unknown[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Kinerja');
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function profile(name: string, edit: (j: Record<string, any>) => void): string {
  const j = JSON.parse(profileToJson(BPOM_UPT_2024));
  edit(j);
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(j, null, 2));
  return file;
}

test('D1: under the default (stabil) rule a maksimal indicator with a range target is a finding, as SAKIP.CAPAIAN refuses it and the README says', async () => {
  const file = await book('rentang.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'],
    ['P', 'S', 'maks di atas rentang', 'maksimal', '80-90', 95],
  ]);
  const run = await sakip('periksa', file, '--periode', 'TW1');
  // On main: no finding at all; hitung writes 94,44 (scored as stabilize) while =SAKIP.CAPAIAN(95;"80-90";"maksimal") is #VALUE!.
  expect(run.stdout).toMatch(/Kinerja!(D|E)2 (kesalahan|peringatan): .*rentang/i);
});

test('D2: penyebut 0 with a filled realisasi: the warning must not say "tidak dinilai" while capaian is computed from the written realisasi', async () => {
  const file = await book('rasio.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Pembilang', 'Penyebut', 'Realisasi', 'Capaian', 'Kriteria'],
    ['P', 'S', 'nol', 80, 0, 0, 50],
  ]);
  const out = path.join(dir, 'hasil.xlsx');
  const run = await sakip('hitung', file, '--periode', 'TW1', '-o', out);
  const wb = new Workbook();
  await wb.xlsx.readFile(out);
  // README: a filled realisasi is used (audited), so capaian is 50 / 80 × 100 and the warning says which value was used.
  expect(wb.getWorksheet('Kinerja')!.getCell('H2').value).toBeCloseTo(62.5, 10);
  const warning = run.stdout.split('\n').find((l) => l.startsWith('Kinerja!F2'));
  expect(warning).toContain('penyebut 0');
  expect(warning).toContain('jadi realisasi yang tertulis di G2 (50) yang dipakai');
  expect(warning).not.toContain('tidak dinilai');
});

test('D3: an unreadable weight gets one finding, not an error and a warning that contradict each other', async () => {
  const file = await book('bobot.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Bobot', 'Capaian', 'Kriteria'],
    ['P', 'S', 'A', 100, 90, 2],
    ['P', 'S', 'B', 100, 60, 'abc'],
  ]);
  const run = await sakip('periksa', file, '--periode', 'TW1', '--profil', profile('kolom.json', (j) => (j.bobot = { mode: 'kolom' })));
  const onCell = run.stdout.split('\n').filter((l) => l.startsWith('Kinerja!F3 '));
  // On main: "F3 kesalahan: isi sel Bobot tidak dapat dipakai …" AND "F3 peringatan: … dianggap 2,00", exit 1.
  expect(onCell).toHaveLength(1);
});

test('D4: under a bobot "jenis" profile a Bobot column is not used, and the user is told (as under a profile without weights)', async () => {
  const file = await book('jenis.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Jenis Indikator', 'Target', 'Realisasi', 'Bobot', 'Capaian', 'Kriteria'],
    ['P', 'S', 'A', 'IKU', 100, 90, 1],
    ['P', 'S', 'B', 'IKK', 100, 60, 9],
  ]);
  const run = await sakip('periksa', file, '--periode', 'TW1', '--profil', profile('jenis.json', (j) => (j.bobot = { mode: 'jenis', jenis: { IKU: 2, IKK: 1 } })));
  // On main: nothing is said about G1 (the Bobot weights 1 and 9 are silently ignored).
  expect(run.stdout).toMatch(/Kinerja!G1 info: /);
});
