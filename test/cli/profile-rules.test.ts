/* eslint-disable @typescript-eslint/no-explicit-any -- profiles edited loosely as parsed JSON */
/** The profile's indicator arithmetic through the CLI: range targets by rule, pembilang/penyebut, bobot (issue 15 review). */
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

test('under the default (stabil) rule a maksimal indicator with a range target is a finding, as SAKIP.CAPAIAN refuses it and the README says', async () => {
  const file = await book('rentang.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'],
    ['P', 'S', 'maks di atas rentang', 'maksimal', '80-90', 95],
  ]);
  const run = await sakip('periksa', file, '--periode', 'TW1');
  expect(run.stdout).toMatch(/Kinerja!E2 kesalahan: .*Rentang target 80-90 hanya untuk polaritas stabil/);
  // Under PermenPAN-RB's range rule the polarity counts: 95 against the upper bound 90.
  const out = path.join(dir, 'hasil.xlsx');
  const pp = await sakip('hitung', file, '--periode', 'TW1', '--profil', 'permenpan-rb-skp-2022', '-o', out);
  expect(pp.stdout).not.toMatch(/Kinerja!E2 kesalahan/);
  const wb = new Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet('Kinerja')!.getCell('G2').value).toBeCloseTo((95 / 90) * 100, 10);
});

test('penyebut 0 with a filled realisasi: the warning must not say "tidak dinilai" while capaian is computed from the written realisasi', async () => {
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

test('an unreadable weight gets one finding, not an error and a warning that contradict each other', async () => {
  const file = await book('bobot.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Bobot', 'Capaian', 'Kriteria'],
    ['P', 'S', 'A', 100, 90, 2],
    ['P', 'S', 'B', 100, 60, 'abc'],
  ]);
  const run = await sakip('periksa', file, '--periode', 'TW1', '--profil', profile('kolom.json', (j) => (j.bobot = { mode: 'kolom' })));
  const onCell = run.stdout.split('\n').filter((l) => l.startsWith('Kinerja!F3 '));
  expect(onCell).toHaveLength(1);
  expect(onCell[0]).toMatch(/^Kinerja!F3 peringatan: .*"abc" tidak terbaca sebagai angka/);
  expect(run.code).toBe(0);
});

test('under a bobot "jenis" profile a Bobot column is not used, and the user is told (as under a profile without weights)', async () => {
  const file = await book('jenis.xlsx', [
    ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Jenis Indikator', 'Target', 'Realisasi', 'Bobot', 'Capaian', 'Kriteria'],
    ['P', 'S', 'A', 'IKU', 100, 90, 1],
    ['P', 'S', 'B', 'IKK', 100, 60, 9],
  ]);
  const run = await sakip('periksa', file, '--periode', 'TW1', '--profil', profile('jenis.json', (j) => (j.bobot = { mode: 'jenis', jenis: { IKU: 2, IKK: 1 } })));
  expect(run.stdout).toMatch(/Kinerja!G1 info: kolom Bobot tidak dipakai: profil .* memberi bobot menurut jenis indikator \(kolom Jenis Indikator\)/);
});
