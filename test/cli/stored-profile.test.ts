/**
 * The rule profile the SAKIP pane stored in a workbook (Office document settings, saved by Excel
 * in xl/webextensions/webextension1.xml) is the one `sakip periksa`/`hitung` use when no --profil
 * is given, said in one line; --profil wins and says it differs; a broken stored profile gives
 * the default with a warning; and `hitung`'s output file still carries the setting. The
 * "workbook the pane has saved" is built by scripts/web-extension-book.ts as Excel writes it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { BPOM_ENAM_TINGKAT, BPOM_UPT_2024, PROFILE_SETTING, profileToObject } from '../../src/core';
import { XlsxWorkbook } from '../../src/xlsx';
import { withDocumentSettings } from '../../scripts/web-extension-book';
import { sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** BBPOM Medan 2021 prints capaian 92,99 as Baik: only the six-level table explains it. */
async function medanBook(settings: Record<string, unknown>): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Kinerja');
  ws.addRow(['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Kriteria']);
  ws.addRow(['P', 'S', 'Indikator Medan', 100, 92.99]);
  const file = path.join(dir, 'medan.xlsx');
  fs.writeFileSync(file, await withDocumentSettings(new Uint8Array(await wb.xlsx.writeBuffer()), settings));
  return file;
}

async function kriteriaOf(file: string): Promise<unknown> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('Kinerja')!.getCell('G2').value;
}

test('hitung grades by the profile the workbook stores (bpom-enam-tingkat: 92,99 → Baik) and says so in one line', async () => {
  const file = await medanBook({ [PROFILE_SETTING]: BPOM_ENAM_TINGKAT.id, 'sakip.period': 'TW1' });
  const out = path.join(dir, 'hasil.xlsx');
  const run = await sakip('hitung', file, '--periode', 'TW1', '-o', out);
  expect(run.stdout.split('\n').filter((l) => l.startsWith('Profil dari buku kerja: '))).toEqual([`Profil dari buku kerja: ${BPOM_ENAM_TINGKAT.name} (${BPOM_ENAM_TINGKAT.id}), disimpan oleh panel SAKIP`]);
  expect(await kriteriaOf(out)).toBe('Baik');
  // Without the stored profile the default's five levels grade it otherwise: the setting did decide.
  const plain = path.join(dir, 'polos.xlsx');
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(plain);
  const out2 = path.join(dir, 'hasil2.xlsx');
  await sakip('hitung', plain, '--periode', 'TW1', '-o', out2);
  expect(await kriteriaOf(out2)).not.toBe('Baik');
});

test('the output of hitung still carries the add-in settings (exceljs alone would drop them), with unique relationship ids', async () => {
  const stored = profileToObject(BPOM_ENAM_TINGKAT);
  const file = await medanBook({ [PROFILE_SETTING]: stored, 'sakip.period': 'TW1' });
  const out = path.join(dir, 'hasil.xlsx');
  await sakip('hitung', file, '--periode', 'TW1', '-o', out);
  const again = await XlsxWorkbook.open(out);
  expect(again.documentSettings().get(PROFILE_SETTING)).toEqual({ value: stored });
  expect(again.documentSettings().get('sakip.period')).toEqual({ value: 'TW1' });
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const rels = await zip.file('_rels/.rels')!.async('string');
  const ids = [...rels.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(rels).toContain('Target="xl/webextensions/taskpanes.xml"');
  expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/xl/webextensions/webextension1.xml"');
});

test('an explicit --profil wins over the stored one, and an info says the workbook stores another', async () => {
  const file = await medanBook({ [PROFILE_SETTING]: BPOM_ENAM_TINGKAT.id });
  const run = await sakip('periksa', file, '--periode', 'TW1', '--profil', BPOM_UPT_2024.id);
  expect(run.stdout).not.toContain('Profil dari buku kerja');
  expect(run.stdout).toContain(`Info: --profil ${BPOM_UPT_2024.id} dipakai, bukan profil yang tersimpan di buku kerja (${BPOM_ENAM_TINGKAT.name})`);
  // The same profile as stored: nothing to say.
  const same = await sakip('periksa', file, '--periode', 'TW1', '--profil', BPOM_ENAM_TINGKAT.id);
  expect(same.stdout).not.toMatch(/Profil dari buku kerja|tersimpan di buku kerja/);
});

test('a broken stored profile (a gap) gives the default and a warning naming why; an unknown id too', async () => {
  const broken = JSON.parse(JSON.stringify(profileToObject(BPOM_UPT_2024))) as { kriteria: { dari: { nilai: number } }[] };
  broken.kriteria[3].dari.nilai = 75;
  const run = await sakip('periksa', await medanBook({ [PROFILE_SETTING]: broken }), '--periode', 'TW1');
  const warning = run.stdout.split('\n').find((l) => l.startsWith('Peringatan: profil yang tersimpan di buku kerja rusak'));
  expect(warning).toMatch(/kriteria/);
  expect(warning).toContain(`jadi dipakai ${BPOM_UPT_2024.name}`);
  fs.rmSync(path.join(dir, 'medan.xlsx'));
  const unknown = await sakip('periksa', await medanBook({ [PROFILE_SETTING]: 'unit-hilang' }), '--periode', 'TW1');
  expect(unknown.stdout).toContain('Peringatan: profil "unit-hilang" yang tersimpan di buku kerja tidak dikenal');
});
