/**
 * `sakip profil daftar | ekspor | periksa` and `--profil ID|FILE.json`, end to end through files:
 * a built-in exported and read back computes the same workbook cell for cell; a label edited in
 * the file is the label written; a broken profile is refused with each problem named.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PERMENPAN_RB_SKP_2022, PROFILES, nilaiCapaian, profileFromJson, profileToJson } from '../../src/core';
import { KinerjaLayout, detectLayout } from '../../src/workbook';
import { dumpWorkbook } from '../../scripts/workbook-dump';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { BOBOT_2_1 } from '../../scripts/fixture-data';
import { copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every cell value of every sheet, as `Sheet!A1 → value`. */
async function cellTexts(file: string): Promise<Map<string, unknown>> {
  const wb = await XlsxWorkbook.open(file);
  const cells = new Map<string, unknown>();
  for (const ws of wb.workbook.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.set(`${ws.name}!${c.address}`, c.value)));
  return cells;
}
const valuesOf = (cells: Map<string, unknown>, sheet: string): unknown[] => [...cells].filter(([k]) => k.startsWith(`${sheet}!`)).map(([, v]) => v);

async function exported(id: string): Promise<string> {
  const file = path.join(dir, `${id}.json`);
  const run = await sakip('profil', 'ekspor', id, '-o', file);
  expect(run).toEqual({ code: 0, stdout: `Profil ${id} ditulis ke ${file}\n`, stderr: '' });
  return file;
}

describe('sakip profil daftar and ekspor', () => {
  it('lists every built-in with its id, name and source, the default first', async () => {
    const run = await sakip('profil', 'daftar');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(PROFILES.length);
    PROFILES.forEach((p, i) => {
      expect(lines[i].startsWith(p.id)).toBe(true);
      expect(lines[i]).toContain(p.name);
      expect(lines[i]).toContain(`sumber: ${p.source}`);
    });
    expect(lines[0]).toContain('(bawaan)');
    expect((await sakip('profil', 'daftar', '--lang', 'en')).stdout.split('\n')[0]).toContain('(default) — source: LAKIN Loka POM Dumai TW II 2024');
  });

  it('is documented in the help, in both languages', async () => {
    for (const lang of ['id', 'en']) {
      const help = (await sakip('--help', '--lang', lang)).stdout;
      expect(help).toMatch(/sakip profil {2}daftar \| ekspor ID \[-o PROFI\w+\.json\] \| periksa PROFI\w+\.json/);
      expect(help).toContain('schemas/sakip-profil.schema.json');
      expect(help).toMatch(/--profil ID\|(BERKAS|FILE) /);
    }
    // The schema the help names is the one in the repository.
    expect(fs.existsSync(path.resolve(__dirname, '..', '..', 'schemas', 'sakip-profil.schema.json'))).toBe(true);
  });

  it('exports a built-in to stdout, and with -o to a file holding the same text', async () => {
    const run = await sakip('profil', 'ekspor', 'bpom-enam-tingkat');
    expect(run.code).toBe(0);
    expect(profileFromJson(run.stdout)).toEqual({ profile: PROFILES[1] });
    const file = await exported('bpom-enam-tingkat');
    expect(fs.readFileSync(file, 'utf8')).toBe(run.stdout);
    // Exporting again over the file says so.
    expect((await sakip('profil', 'ekspor', 'bpom-enam-tingkat', '-o', file)).stdout).toBe(`Profil bpom-enam-tingkat ditulis ke ${file} (berkas lama ditimpa)\n`);
  });

  it('exports the PermenPAN-RB profile with its range rule and nilai conversion, a band per line, and checks it sound', async () => {
    const file = await exported('permenpan-rb-skp-2022');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('\n  "aturanRentang": "permenpan-rb",\n');
    expect(text).toContain('\n    { "dari": { "nilai": 110, "termasuk": false }, "label": "Sangat Baik", "nilaiDari": 120, "nilaiSampai": 120 },\n');
    expect(text).toContain('\n    { "dari": { "nilai": 80, "termasuk": true }, "sampai": { "nilai": 100, "termasuk": false }, "label": "Cukup", "nilaiDari": 70, "nilaiSampai": 90 },\n');
    expect(profileFromJson(text)).toEqual({ profile: PROFILES.find((p) => p.id === 'permenpan-rb-skp-2022') });
    expect(await sakip('profil', 'periksa', file)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Profil "PermenPAN-RB 8\/2021 kinerja individu \(SKP\)" \(permenpan-rb-skp-2022\) baik/) });
    // A wrong rule in the file is named with what to write.
    fs.writeFileSync(file, text.replace('"permenpan-rb"', '"permenpan"'));
    expect((await sakip('profil', 'periksa', file)).stdout).toContain(`${file}: aturanRentang: "permenpan" bukan aturan target rentang (tulis "stabil" atau "permenpan-rb")`);
  });

  it('exports into a folder named by -o under the profile id', async () => {
    const folder = path.join(dir, 'profil');
    fs.mkdirSync(folder);
    const run = await sakip('profil', 'ekspor', 'bpom-upt-2024', '-o', folder);
    const file = path.join(folder, 'bpom-upt-2024.json');
    expect(run).toEqual({ code: 0, stdout: `Profil bpom-upt-2024 ditulis ke ${file}\n`, stderr: '' });
    expect(profileFromJson(fs.readFileSync(file, 'utf8'))).toEqual({ profile: PROFILES[0] });
  });

  it('reads back a profile saved by Windows editors: CRLF line ends, a UTF-8 or a UTF-16 byte-order mark', async () => {
    const text = profileToJson(PROFILES[1]).replace(/\n/g, '\r\n');
    const utf8 = path.join(dir, 'utf8.json');
    const utf16 = path.join(dir, 'utf16.json');
    fs.writeFileSync(utf8, `\uFEFF${text}`, 'utf8');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    for (const file of [utf8, utf16]) expect(await sakip('profil', 'periksa', file)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Profil "BPOM kriteria 6 tingkat" \(bpom-enam-tingkat\) baik/) });
  });

  it('refuses an unknown id, a missing folder and misplaced arguments, each with exit 2', async () => {
    expect(await sakip('profil', 'ekspor', 'bpom')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sakip: tidak ada profil bawaan bpom (pilihan: bpom-upt-2024, bpom-enam-tingkat, permenpan-rb-skp-2022, pemda-sampang-2019); lihat sakip profil daftar\nPemakaian: sakip profil daftar | sakip profil ekspor ID [-o BERKAS.json] | sakip profil periksa BERKAS.json\n',
    });
    const missing = path.join(dir, 'tidak-ada', 'p.json');
    const run = await sakip('profil', 'ekspor', 'bpom-upt-2024', '-o', missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sakip: .*p\.json: folder .*tidak-ada tidak ada; buat dulu foldernya/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await sakip('profil', 'hapus')).stderr).toContain('perintah profil tidak dikenal: hapus (gunakan daftar, ekspor atau periksa)');
    expect((await sakip('profil', 'daftar', 'lagi')).stderr).toContain('terlalu banyak argumen untuk sakip profil daftar: lagi');
    expect((await sakip('profil', 'periksa', 'p.json', '-o', 'q.json')).stderr).toContain('opsi -o hanya untuk sakip profil ekspor');
    expect((await sakip('profil', 'periksa', 'p.json', '--sheet', 'Kinerja', '--lang', 'en')).stderr).toContain('the option --sheet does not apply to sakip profil');
    expect((await sakip('profil')).code).toBe(2);
  });
});

describe('an exported built-in computes what the built-in computes', () => {
  it.each(PROFILES.map((p) => [p.id] as const))('%s: the output workbooks are identical cell for cell', async (id) => {
    const file = await exported(id);
    const input = copyFixture(FIXTURES.report, dir);
    const byId = path.join(dir, 'by-id.xlsx');
    const byFile = path.join(dir, 'by-file.xlsx');
    const a = await sakip('hitung', input, '--profil', id, '-o', byId, '--json');
    const b = await sakip('hitung', input, '--profil', file, '-o', byFile, '--json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const [ra, rb] = [jsonLines(a.stdout)[0], jsonLines(b.stdout)[0]];
    expect({ ...rb, output: null }).toEqual({ ...ra, output: null });
    if (id === 'bpom-upt-2024') expect(b.stdout).toContain('"predikat":"Istimewa"');
    const [wa, wb] = [await XlsxWorkbook.open(byId), await XlsxWorkbook.open(byFile)];
    expect(dumpWorkbook(wb.workbook)).toEqual(dumpWorkbook(wa.workbook));
  });

  it('prints NPSS 101,67 Istimewa with the exported default', async () => {
    const file = await exported('bpom-upt-2024');
    const run = await sakip('hitung', copyFixture(FIXTURES.report, dir), '--profil', file, '-q');
    expect(run.stdout).toContain('NPSS 101,67 Istimewa\n');
  });
});

describe('a profile the user edited (issue 15, done when)', () => {
  it('writes the edited labels into the Kriteria column, the Ringkasan and the NPSS line', async () => {
    const file = await exported('bpom-upt-2024');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('"label": "Sangat Baik"', '"label": "Sangat Baik Sekali"').replace('"label": "Istimewa"', '"label": "Istimewa Sekali"'));
    expect((await sakip('profil', 'periksa', file)).code).toBe(0);

    const input = copyFixture(FIXTURES.report, dir);
    const plain = await sakip('hitung', input, '-o', path.join(dir, 'bawaan.xlsx'), '-q');
    const edited = await sakip('hitung', input, '--profil', file, '-o', path.join(dir, 'diubah.xlsx'), '-q');
    expect(plain.code).toBe(0);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('NPSS 101,67 Istimewa Sekali\n');

    const before = await cellTexts(path.join(dir, 'bawaan.xlsx'));
    const after = await cellTexts(path.join(dir, 'diubah.xlsx'));
    const count = (cells: unknown[], v: string) => cells.filter((c) => c === v).length;
    // Every cell graded Sangat Baik under the built-in now reads the edited label, and only those.
    const sangatBaik = count(valuesOf(before, 'Kinerja'), 'Sangat Baik');
    expect(sangatBaik).toBeGreaterThan(0);
    expect(count(valuesOf(after, 'Kinerja'), 'Sangat Baik Sekali')).toBe(sangatBaik);
    expect(count(valuesOf(after, 'Kinerja'), 'Sangat Baik')).toBe(0);
    for (const [key, v] of before) {
      if (v === 'Sangat Baik' || v === 'Istimewa') continue;
      expect([key, after.get(key)]).toEqual([key, v]);
    }
    expect(count(valuesOf(before, 'Ringkasan'), 'Istimewa')).toBeGreaterThan(0);
    expect(count(valuesOf(after, 'Ringkasan'), 'Istimewa Sekali')).toBe(count(valuesOf(before, 'Ringkasan'), 'Istimewa'));
  });
});

/** The default profile's file text with one edit. */
function brokenProfile(name: string, edit: (text: string) => string): string {
  const file = path.join(dir, name);
  const text = profileToJson(PROFILES[0]);
  const changed = edit(text);
  expect(changed).not.toBe(text);
  fs.writeFileSync(file, changed);
  return file;
}
const gap = (t: string) => t.replace('"dari": { "nilai": 70, "termasuk": true }, "sampai": { "nilai": 100, "termasuk": false }, "label": "Cukup"', '"dari": { "nilai": 70, "termasuk": true }, "sampai": { "nilai": 90, "termasuk": true }, "label": "Cukup"');

describe('sakip profil periksa', () => {
  it('says a sound profile is sound, exit 0', async () => {
    const file = await exported('bpom-upt-2024');
    expect(await sakip('profil', 'periksa', file)).toEqual({
      code: 0,
      stdout: `Profil "BPOM UPT 2024" (bpom-upt-2024) baik: setiap tabel menutup semua nilai tanpa celah atau tumpang-tindih; pakai dengan --profil ${file}\n`,
      stderr: '',
    });
  });

  it('rejects a gap and names the bands and the values not covered, exit 1', async () => {
    const file = brokenProfile('celah.json', gap);
    expect(await sakip('profil', 'periksa', file)).toEqual({
      code: 1,
      stdout: `${file}: kriteria: tidak ada pita untuk capaian > 90 dan < 100 (antara "Cukup" dan "Baik"); ubah batas "sampai" "Cukup" atau batas "dari" "Baik"\n1 masalah; profil ini belum dapat dipakai. Perbaiki lalu jalankan lagi sakip profil periksa ${file}\n`,
      stderr: '',
    });
    expect((await sakip('profil', 'periksa', file, '--lang', 'en')).stdout).toBe(
      `${file}: kriteria: no band for capaian > 90 and < 100 (between "Cukup" and "Baik"); change the "sampai" of "Cukup" or the "dari" of "Baik"\n1 problem; this profile cannot be used yet. Fix the file and run sakip profil periksa ${file} again\n`,
    );
  });

  it.each([
    [
      'overlap',
      (t: string) => t.replace('"sampai": { "nilai": 90, "termasuk": false }, "label": "Butuh Perbaikan"', '"sampai": { "nilai": 95, "termasuk": false }, "label": "Butuh Perbaikan"'),
      'predikat: "Butuh Perbaikan" dan "Baik" bertumpuk untuk nilai ≥ 90 dan < 95; satu nilai hanya boleh masuk satu pita: ubah batas "sampai" "Butuh Perbaikan" atau batas "dari" "Baik" sehingga keduanya bertemu di satu angka (salah satunya "termasuk": false)',
      'predikat: "Butuh Perbaikan" and "Baik" overlap for score ≥ 90 and < 95; a value may fall in one band only: change the "sampai" of "Butuh Perbaikan" or the "dari" of "Baik" so they meet at one number (one of them "termasuk": false)',
    ],
    [
      'bad colour',
      (t: string) => t.replace('"label": "Tercapai", "warna": "#92D050"', '"label": "Tercapai", "warna": "#GG0000"'),
      'status[1].warna: "#GG0000" bukan warna #RRGGBB (enam angka heksadesimal 0-9/A-F, mis. #00B050)',
      'status[1].warna: "#GG0000" is not a #RRGGBB colour (six hexadecimal digits 0-9/A-F, e.g. #00B050)',
    ],
    [
      'syntax error',
      (t: string) => t.replace('"standarEfisiensi": 1,', '"standarEfisiensi": 1'),
      'bukan JSON yang sah: baris 9, kolom 3: tanda \'"\' tidak diharapkan di sini (periksa koma, tanda kutip dan kurung di sekitarnya)',
      'not valid JSON: line 9, column 3: \'"\' is not expected here (check the commas, quotes and brackets around it)',
    ],
    [
      'unknown field',
      (t: string) => t.replace('"desimal": 2,', '"desimal": 2,\n  "warnaLatar": "#FFFFFF",'),
      'warnaLatar: kolom "warnaLatar" tidak dikenal (periksa ejaannya; kolom yang dikenal: $schema, format, id, nama, sumber, desimal, batasCapaian, standarEfisiensi, kriteria, predikat, status, efisiensi, bobot, aturanRentang, nilaiCapaian)',
      'warnaLatar: unknown field "warnaLatar" (check its spelling; known fields: $schema, format, id, nama, sumber, desimal, batasCapaian, standarEfisiensi, kriteria, predikat, status, efisiensi, bobot, aturanRentang, nilaiCapaian)',
    ],
  ])('names %s in Indonesian and English, exit 1', async (name, edit, id, en) => {
    const file = brokenProfile(`${name.replace(' ', '-')}.json`, edit);
    const runId = await sakip('profil', 'periksa', file);
    expect(runId.code).toBe(1);
    expect(runId.stdout.split('\n')[0]).toBe(`${file}: ${id}`);
    const runEn = await sakip('profil', 'periksa', file, '--lang', 'en');
    expect(runEn.code).toBe(1);
    expect(runEn.stdout.split('\n')[0]).toBe(`${file}: ${en}`);
  });

  it('says why a file cannot be read, exit 2', async () => {
    const missing = path.join(dir, 'tidak-ada.json');
    expect(await sakip('profil', 'periksa', missing)).toEqual({ code: 2, stdout: '', stderr: `sakip: berkas profil ${missing} tidak ditemukan; periksa nama dan foldernya\n` });
    expect((await sakip('profil', 'periksa', dir, '--lang', 'en')).stderr).toBe(`sakip: ${dir} is a folder, not a profile .json file\n`);
    const big = path.join(dir, 'besar.json');
    fs.writeFileSync(big, ' '.repeat(1024 * 1024 + 1));
    expect((await sakip('profil', 'periksa', big)).stderr).toContain('terlalu besar (1.048.577 byte, batas 1.048.576 byte)');
    expect((await sakip('profil', 'periksa', big, '--lang', 'en')).stderr).toContain('too large (1,048,577 bytes, limit 1,048,576 bytes)');
    const empty = path.join(dir, 'kosong.json');
    fs.writeFileSync(empty, '');
    expect(await sakip('profil', 'periksa', empty)).toEqual({ code: 2, stdout: '', stderr: `sakip: berkas ${empty} kosong (0 byte); pilih berkas profil .json yang berisi\n` });
  });

  it('a built-in id given to periksa (not a file) points to ekspor', async () => {
    const run = await sakip('profil', 'periksa', 'bpom-upt-2024');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('sakip: bpom-upt-2024 adalah id profil bawaan, bukan berkas; profil bawaan selalu baik — untuk berkasnya: sakip profil ekspor bpom-upt-2024 -o bpom-upt-2024.json');
  });

  it('--help names --profil on the usage lines of periksa and hitung', async () => {
    for (const lang of ['id', 'en']) {
      const usage = (await sakip('--help', '--lang', lang)).stdout.split('\n').filter((l) => /^ {2}sakip (periksa|hitung) /.test(l));
      expect(usage).toHaveLength(2);
      for (const line of usage) expect(line).toContain('[--profil ID|');
    }
  });
});

describe('--profil with a file for periksa and hitung', () => {
  it('refuses a broken profile before any work, each problem on its line, exit 2 and no file written', async () => {
    const file = brokenProfile('celah.json', (t) => gap(t).replace('"warna": "#FF0000" }\n  ],\n  "predikat"', '"warna": "merah" }\n  ],\n  "predikat"'));
    const input = copyFixture(FIXTURES.report, dir);
    for (const command of ['periksa', 'hitung']) {
      const run = await sakip(command, input, '--profil', file);
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: [
          `sakip: profil ${file} tidak dapat dipakai (2 masalah); perbaiki lalu periksa dengan sakip profil periksa ${file}:`,
          `${file}: kriteria[4].warna: "merah" bukan warna #RRGGBB (enam angka heksadesimal 0-9/A-F, mis. #00B050)`,
          `${file}: kriteria: tidak ada pita untuk capaian > 90 dan < 100 (antara "Cukup" dan "Baik"); ubah batas "sampai" "Cukup" atau batas "dari" "Baik"`,
          '',
        ].join('\n'),
      });
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['celah.json', FIXTURES.report].sort());
  });

  it('checks a workbook with a profile file: findings follow its labels', async () => {
    const file = await exported('bpom-upt-2024');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"label": "Sangat Baik"', '"label": "Sangat Baik Sekali"'));
    const input = copyFixture(FIXTURES.report, dir);
    // The report prints "Sangat Baik": under the edited profile each such cell is a finding naming the new label.
    const plain = await sakip('periksa', input, '--periode', 'TW2', '--json');
    const edited = await sakip('periksa', input, '--profil', file, '--json');
    const mentions = (stdout: string) => (jsonLines(stdout)[0].findings as { message: string }[]).filter((f) => f.message.includes('Sangat Baik Sekali')).length;
    expect(mentions(plain.stdout)).toBe(0);
    expect(mentions(edited.stdout)).toBeGreaterThan(0);
  });

  it('names an unknown id or missing file, exit 2', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    expect((await sakip('periksa', input, '--profil', 'bpom-2099')).stderr).toBe(
      'sakip: profil tidak dikenal: bpom-2099 (pilihan: bpom-upt-2024, bpom-enam-tingkat, permenpan-rb-skp-2022, pemda-sampang-2019, atau sebuah berkas .json; daftarnya: sakip profil daftar) (lihat sakip --help)\n',
    );
    const missing = path.join(dir, 'p.json');
    expect(await sakip('hitung', input, '--profil', missing, '--lang', 'en')).toEqual({ code: 2, stdout: '', stderr: `sakip: the profile file ${missing} was not found; check its name and folder\n` });
  });
});

describe('a profile with weights (bobot, issue 15)', () => {
  it('the default profile leaves the Bobot column unused and says so; the exported profile with "bobot": {"mode": "kolom"} weighs 2:1', async () => {
    const input = copyFixture(FIXTURES.bobot, dir);
    const [a, b] = BOBOT_2_1.map((r) => (r.realisasi / r.target) * 100);
    const plain = await sakip('periksa', input, '--periode', 'TW2', '--json');
    const plainReport = jsonLines(plain.stdout)[0];
    expect(plainReport.npss).toBeCloseTo((a + b) / 2, 10);
    expect((plainReport.findings as { code: string; cell: string }[]).filter((f) => f.code === 'bobot-diabaikan').map((f) => f.cell)).toEqual(['F1']);

    const file = await exported('bpom-upt-2024');
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...o, id: 'unit-berbobot', bobot: { mode: 'kolom' } }, null, 2));
    expect((await sakip('profil', 'periksa', file)).code).toBe(0);
    const weighted = await sakip('hitung', input, '--periode', 'TW2', '--profil', file, '--json');
    expect(weighted.stderr).toBe('');
    const report = jsonLines(weighted.stdout)[0];
    const [wa, wb] = BOBOT_2_1.map((r) => r.bobot);
    expect(report.npss).toBeCloseTo((wa * a + wb * b) / (wa + wb), 10);
    expect((report.findings as { code: string }[]).some((f) => f.code.startsWith('bobot'))).toBe(false);
  });
});

describe('hitung --profil permenpan-rb-skp-2022: the Nilai Capaian column', () => {
  it('is appended to the table, each nilai the conversion of the capaian beside it; not under the default', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const out = path.join(dir, 'skp.xlsx');
    const run = await sakip('hitung', input, '--profil', PERMENPAN_RB_SKP_2022.id, '-o', out, '-q');
    expect(run.code).toBe(0);
    const grid = await (await XlsxWorkbook.open(out)).read('Kinerja');
    const layout = detectLayout(grid, 'TW2', 'id', { nilai: true }) as KinerjaLayout;
    const { capaian, nilai } = layout.columns;
    // Appended as missing outputs are: after the sheet's last used column (the report's Status).
    const before = await (await XlsxWorkbook.open(input)).read('Kinerja');
    expect(nilai).toBe(before.left + (before.values[0]?.length ?? 0));
    expect(layout.headers.find((h) => h.col === nilai)?.text).toBe('Nilai Capaian TW II'); // labelled by period as Capaian and Kriteria are in a quarterly table
    const at = (row: number, col: number) => grid.values[row - grid.top][col - grid.left];
    let converted = 0;
    for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
      const c = at(row, capaian as number);
      if (typeof c === 'number') {
        expect([row, at(row, nilai as number)]).toEqual([row, nilaiCapaian(c, PERMENPAN_RB_SKP_2022)?.nilai]);
        converted++;
      } else if (c === '-') expect([row, at(row, nilai as number)]).toEqual([row, '-']);
    }
    expect(converted).toBeGreaterThan(10);

    const plain = path.join(dir, 'bawaan.xlsx');
    expect((await sakip('hitung', copyFixture(FIXTURES.report, dir), '-o', plain, '-q')).code).toBe(0);
    expect([...(await cellTexts(plain)).values()]).not.toContain('Nilai Capaian TW II');
  });
});
