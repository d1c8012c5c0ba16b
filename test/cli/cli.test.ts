/**
 * The `sakip` command line: periksa's lines, exit codes 0/1/2 (never a stack trace), the
 * `--json` shape, output naming, several files, usage errors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { PROFILES } from '../../src/core';
import { PERIODS, PERIOD_CHOICES } from '../../src/workbook';
import { findingLine, main } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/args';
import { FIXTURES } from '../../scripts/make-fixtures';
import { copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workbook with one unreadable target, for exit code 1. */
async function withUnreadableNumber(): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Data Kinerja');
  ws.addRow(['Perspektif', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi']);
  ws.addRow(['Stakeholder', 'SS1', 'IK 1', 'delapan puluh', 70]);
  ws.addRow(['Stakeholder', 'SS1', 'IK 2', '80,5', 81]);
  const file = path.join(dir, 'rusak.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('sakip periksa', () => {
  it('lists the 103,52 audit finding with its cell address and severity in words, one finding a line, no internal codes', async () => {
    const run = await sakip('periksa', copyFixture(FIXTURES.report, dir));
    const lines = run.stdout.trim().split('\n');
    const slip = lines.find((l) => l.startsWith('Kinerja!H9 '));
    expect(slip).toMatch(/^Kinerja!H9 peringatan: .*"Baik".*"Sangat Baik".*103,52/);
    const last = lines.pop() as string;
    // First the period the headers decided, naming the cells read.
    expect(lines.shift()).toBe('Periode TW II dibaca dari judul kolom (E5 "Target Triwulan II", F5 "Realisasi Triwulan II").');
    for (const l of lines) expect(l).toMatch(/^Kinerja!?[A-Z]*\d* (kesalahan|peringatan|info): \S/);
    // The codes stay in --json: no line of the text shows one.
    const codes = (jsonLines((await sakip('periksa', copyFixture(FIXTURES.report, dir), '--json')).stdout)[0].findings as { code: string }[]).map((f) => f.code);
    expect(codes).toContain('audit-kriteria');
    for (const code of codes) expect(run.stdout).not.toContain(code);
    // It ends with what was checked: the report's 25 indicators, and the lines above counted.
    const n = (sev: string): number => lines.filter((l) => l.split(' ')[1] === `${sev}:`).length;
    expect(last).toBe(`Diperiksa: 2 lembar (1 berisi tabel), 25 indikator; ${n('kesalahan')} kesalahan, ${n('peringatan')} peringatan, ${n('info')} informasi`);
    // The headers name TW II, so no --periode is needed; the audit slips are not errors.
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('prints each message in full: why and what to do, never cut', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const text = (await sakip('periksa', input)).stdout;
    const findings = jsonLines((await sakip('periksa', input, '--json')).stdout)[0].findings as { message: string }[];
    expect(findings.length).toBeGreaterThan(3);
    // The text drops only the message's leading cell reference, which starts the line already.
    for (const f of findings) expect(text).toContain(f.message.slice(-60));
    // One line per finding, the period line before them and the summary line after.
    expect(text.trim().split('\n')).toHaveLength(findings.length + 2);
  });

  it('exits 1 with an error finding naming the cell and the text', async () => {
    const run = await sakip('periksa', await withUnreadableNumber(), '--periode', 'TW2');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^'Data Kinerja'!D2 kesalahan: .*delapan puluh/m);
  });

  it('says it ran when nothing is wrong: one summary line, exit 0', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Kinerja');
    ws.addRows([['Indikator Kinerja', 'Target TW II', 'Realisasi TW II'], ['Persentase obat memenuhi syarat', 89.2, 88.89], ['Persentase makanan memenuhi syarat', 80, 82]]);
    const file = path.join(dir, 'bersih.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await sakip('periksa', file);
    expect(run.stdout.split('\n').filter((l) => !/^Kinerja!A1 peringatan: tidak ada kolom (Perspektif|Sasaran)\./.test(l))).toEqual([
      'Periode TW II dibaca dari judul kolom (B1 "Target TW II", C1 "Realisasi TW II").',
      'Diperiksa: 1 lembar (1 berisi tabel), 2 indikator; 0 kesalahan, 2 peringatan, 0 informasi',
      '',
    ]);
    expect(run.code).toBe(0);
    expect((await sakip('periksa', file, '--lang', 'en')).stdout).toMatch(/^Checked: 1 sheet \(1 with a table\), 2 indicators; 0 errors, 2 warnings, 0 info$/m);
  });

  it('speaks English with --lang en', async () => {
    const run = await sakip('periksa', copyFixture(FIXTURES.report, dir), '--lang', 'en');
    expect(run.stdout).toMatch(/^Kinerja!H9 warning: Kriteria reads "Baik", should be "Sangat Baik"/m);
    expect(run.stdout).toMatch(/^Checked: 2 sheets /m);
  });

  it('says so when no sheet holds a table', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'hanya catatan';
    const file = path.join(dir, 'catatan.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await sakip('periksa', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Catatan kesalahan: baris judul tabel tidak ditemukan/m);
    // No table is no reason to ask for a period.
    expect(run.stdout).not.toMatch(/--periode/);
  });

  it('prints one JSON object per file with the documented shape', async () => {
    const run = await sakip('periksa', copyFixture(FIXTURES.report, dir), copyFixture(FIXTURES.efisiensi, dir), '--json');
    const objects = jsonLines(run.stdout);
    expect(objects).toHaveLength(2);
    const [kinerja, efis] = objects;
    expect(Object.keys(kinerja).sort()).toEqual(['file', 'findings', 'lembar', 'npss', 'periode', 'periodeDari', 'perspektif', 'predikat', 'sasaran', 'summary']);
    const findings = kinerja.findings as { severity: string }[];
    expect(kinerja.summary).toEqual({
      sheets: 2,
      tables: 1,
      indicators: 25,
      activities: 0,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    });
    expect((efis.summary as { activities: number }).activities).toBeGreaterThan(0);
    expect(typeof kinerja.npss).toBe('number');
    expect(kinerja.npss).not.toBe(Math.round((kinerja.npss as number) * 100) / 100); // unrounded
    const sasaran = kinerja.sasaran as Record<string, unknown>[];
    expect(Object.keys(sasaran[0]).sort()).toEqual(['nama', 'nps', 'perspektif']);
    expect(sasaran.some((s) => s.nps === null)).toBe(true); // SS7: not assessed → null
    expect(Object.keys((kinerja.perspektif as object[])[0]).sort()).toEqual(['nama', 'np']);
    for (const f of kinerja.findings as Record<string, unknown>[]) expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
    // An efficiency-only workbook has no strategy map: nulls and empty lists.
    expect([efis.npss, efis.predikat, efis.perspektif, efis.sasaran]).toEqual([null, null, [], []]);
    // Progress on stderr when several files, so stdout stays one JSON object a line.
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^\[1\/2\] /), expect.stringMatching(/^\[2\/2\] /)]);
  });
});

describe('sakip hitung output files', () => {
  it('writes NAME-hasil.xlsx beside the input, prints NPSS and predikat, and never touches the input', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const bytes = fs.readFileSync(input);
    const run = await sakip('hitung', input, '--periode', 'TW2');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^NPSS 101,67 Istimewa$/m);
    expect(run.stdout).toContain(path.join(dir, 'laporan-tw2-2024-hasil.xlsx'));
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([FIXTURES.report, 'laporan-tw2-2024-hasil.xlsx'].sort());
  });

  it('overwrites the input only when -o names it', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const bytes = fs.readFileSync(input);
    expect((await sakip('hitung', input, '--periode', 'TW2', '-o', input)).code).toBe(0);
    expect(fs.readFileSync(input).equals(bytes)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([FIXTURES.report]);
  });

  it("refuses when a default output name would be another input (last run's -hasil file given again)", async () => {
    const a = copyFixture(FIXTURES.report, dir);
    const earlier = a.replace(/\.xlsx$/, '-hasil.xlsx');
    fs.copyFileSync(a, earlier);
    const bytes = fs.readFileSync(earlier);
    const run = await sakip('hitung', a, earlier, '--periode', 'TW2');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`sakip: berkas hasil ${earlier} juga berkas masukan; berkas itu tidak ditimpa (sebut -o untuk menentukan tempat hasil)`);
    expect(fs.readFileSync(earlier).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([FIXTURES.report, path.basename(earlier)].sort());
  });

  it('puts the outputs of several files into the folder -o names', async () => {
    const out = path.join(dir, 'keluar');
    fs.mkdirSync(out);
    const a = copyFixture(FIXTURES.report, dir);
    const b = copyFixture(FIXTURES.efisiensi, dir);
    const run = await sakip('hitung', a, b, '--periode', 'TW2', '-o', out, '--json');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['efisiensi-tw2-2024-hasil.xlsx', 'laporan-tw2-2024-hasil.xlsx']);
    expect(jsonLines(run.stdout).map((o) => o.output)).toEqual([path.join(out, 'laporan-tw2-2024-hasil.xlsx'), path.join(out, 'efisiensi-tw2-2024-hasil.xlsx')]);
  });

  it('refuses one output file for several inputs', async () => {
    const run = await sakip('hitung', copyFixture(FIXTURES.report, dir), copyFixture(FIXTURES.efisiensi, dir), '-o', path.join(dir, 'satu.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/folder/);
  });
});

describe('exit code 2: usage and unreadable files, one clear line each', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  it('a missing file', async () => {
    const run = await sakip('periksa', path.join(dir, 'tidak-ada.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/tidak-ada\.xlsx: berkas tidak ditemukan/);
    oneLine(run.stderr);
  });

  it('a CSV file named .xlsx', async () => {
    const file = path.join(dir, 'bukan.xlsx');
    fs.writeFileSync(file, 'No;Indikator;Target\n1;IK;80\n');
    const run = await sakip('hitung', file, '--periode', 'TW2');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${file}: ini berkas CSV, bukan .xlsx; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)\n`);
    oneLine(run.stderr);
    expect(fs.readdirSync(dir)).toEqual(['bukan.xlsx']);
  });

  it('an old binary .xls (saved by LibreOffice as Excel 97, from the hostile corpus)', async () => {
    const file = path.join(dir, 'lama.xls');
    fs.copyFileSync(path.resolve(__dirname, '..', 'fixtures', 'hostile', 'excel-97-lama.xls'), file);
    const run = await sakip('periksa', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${file}: ini berkas .xls lama (Excel 97-2003), bukan .xlsx; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)\n`);
  });

  it('a folder', async () => {
    const run = await sakip('periksa', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${dir}: ini sebuah folder, bukan berkas .xlsx; sebutkan berkas di dalamnya (mis. ${dir}/*.xlsx)\n`);
  });

  it('an unknown sheet', async () => {
    const run = await sakip('periksa', copyFixture(FIXTURES.report, dir), '--sheet', 'Tidak Ada');
    expect(run.code).toBe(2);
    // What is there and what to do, quotes included for names with spaces.
    expect(run.stderr).toMatch(/: Lembar "Tidak Ada" tidak ada; lembar di berkas ini: "Sampul", "Kinerja"\. Pilih salah satu dengan --sheet NAMA; nama dengan spasi diberi tanda kutip, mis\. --sheet "Sampul"\n$/);
    const en = await sakip('periksa', copyFixture(FIXTURES.report, dir), '--sheet', 'Nope', '--lang', 'en', '--json');
    expect(en.stderr).toMatch(/: There is no sheet "Nope"; the sheets of this file: "Sampul", "Kinerja"\. Choose one with --sheet NAME; put a name with spaces in quotes/);
    expect(jsonLines(en.stdout)).toEqual([{ file: expect.stringMatching(/laporan-tw2-2024\.xlsx$/), error: { kind: 'usage', message: expect.stringMatching(/^There is no sheet "Nope"/) } }]);
  });

  it('keeps going past an unreadable file and still exits 2', async () => {
    const run = await sakip('periksa', path.join(dir, 'hilang.xlsx'), copyFixture(FIXTURES.report, dir), '--json');
    expect(run.code).toBe(2);
    // The missing file has its own object naming the failure; the other its report.
    const [missing, report] = jsonLines(run.stdout);
    expect(missing).toEqual({ file: path.join(dir, 'hilang.xlsx'), error: { kind: 'missing', message: 'berkas tidak ditemukan; periksa nama dan foldernya' } });
    expect(report.npss).toBeCloseTo(101.67, 2);
    expect(run.stderr).toMatch(/hilang\.xlsx: berkas tidak ditemukan; periksa nama dan foldernya\n/);
  });

  it.each([
    [['periksa'], /Sebutkan berkas/],
    [['hapus', 'x.xlsx'], /Perintah tidak dikenal: hapus/],
    [['periksa', 'x.xlsx', '--periode', 'TW5'], /--periode harus/],
    [['periksa', 'x.xlsx', '--lang', 'fr'], /--lang harus id atau en/],
    [['periksa', 'x.xlsx', '--warna'], /Opsi tidak dikenal: --warna/],
    [['periksa', 'x.xlsx', '--periode'], /Opsi --periode memerlukan nilai/],
    [['periksa', 'x.xlsx', '--sheet'], /memerlukan nilai/],
    [['periksa', 'x.xlsx', '-o', 'y.xlsx'], /hanya untuk perintah hitung/],
    [['hitung', 'x.xlsx', '--profil', 'lain'], /profil tidak dikenal/],
  ])('usage error %j', async (argv, message) => {
    const run = await sakip(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/ \(lihat sakip --help\)\n$/);
    oneLine(run.stderr);
  });

  it('sakip alone: a short usage and where the help is, on stderr, exit 2', async () => {
    const run = await sakip();
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'Pemakaian: sakip periksa|hitung|rekap BERKAS.xlsx… [opsi]\nlihat sakip --help\n']);
    expect((await sakip('--lang', 'en')).stderr).toBe('Usage: sakip periksa|hitung|rekap FILE.xlsx… [options]\nsee sakip --help\n');
  });

  it('usage errors speak English with --lang en', async () => {
    const run = await sakip('periksa', 'x.xlsx', '--periode', 'Q5', '--lang', 'en');
    expect([run.code, run.stderr]).toEqual([2, 'sakip: --periode must be TW1, TW2, TW3, TW4 or TAHUNAN, not "Q5" (see sakip --help)\n']);
  });
});

describe('help and arguments', () => {
  it('prints Indonesian help with --help (exit 0)', async () => {
    for (const argv of [['--help'], ['-h'], ['periksa', '--help']]) {
      const run = await sakip(...argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Pemakaian:/m);
      expect(run.stdout).toContain('sakip periksa');
      expect(run.stdout).toContain('sakip hitung');
    }
    expect((await sakip('--help', '--lang', 'en')).stdout).toMatch(/^Usage:/m);
  });

  it('documents every option it takes, the exit codes and the finding line without codes, in both languages', async () => {
    for (const lang of ['id', 'en']) {
      const help = (await sakip('--help', '--lang', lang)).stdout;
      for (const option of ['--sheet', '--periode', '-o', '--timpa-rumus', '--json', '--lang', '--desimal', '--profil', '--diam', '-q', '--quiet', '--versi', '--version', '-h', '--help']) {
        expect(help).toMatch(new RegExp(`(^|[\\s,])${option}[\\s,]`));
      }
      expect(help).toMatch(lang === 'id' ? /Kinerja!H9 peringatan: / : /Kinerja!H9 warning: /);
      expect(help).not.toMatch(/audit-kriteria|angka-tidak-terbaca/);
      expect(help).toMatch(lang === 'id' ? /0 tanpa kesalahan, 1 ada temuan kesalahan,\s+2 salah pemakaian/ : /0 no errors, 1 error findings, 2 usage error/);
    }
  });

  it('--versi and --version print the package version, and the help lists them', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--versi', '--version']) expect(await sakip(flag)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    for (const lang of ['id', 'en']) expect((await sakip('--help', '--lang', lang)).stdout).toMatch(/^ {2}--versi, --version {2}\S/m);
  });

  it('names the periods and profiles from their one list (PERIOD_CHOICES, PROFILES)', async () => {
    for (const lang of ['id', 'en']) {
      const help = (await sakip('--help', '--lang', lang)).stdout;
      expect(help).toContain(`--periode ${PERIOD_CHOICES}]`);
      for (const p of PROFILES) expect(help).toContain(p.id);
    }
    expect((await sakip('periksa', 'x.xlsx', '--periode', 'TW5')).stderr).toBe(`sakip: --periode harus ${PERIODS.slice(0, -1).join(', ')} atau ${PERIODS[PERIODS.length - 1]}, bukan "TW5" (lihat sakip --help)\n`);
  });

  it('says of progress in a log what a batch does: "[i/n] file" at once, the stages only after a second', async () => {
    const a = copyFixture(FIXTURES.report, dir);
    const b = copyFixture(FIXTURES.efisiensi, dir);
    let stderr = '';
    // A log (not a terminal) whose clock never moves: no file runs a second.
    await main(['periksa', a, b], { stdout: () => undefined, stderr: (t) => (stderr += t), progress: { tty: false, now: () => 0 } });
    expect(stderr).toBe(`[1/2] ${a}\n[2/2] ${b}\n`);
    expect((await sakip('--help')).stdout).toMatch(/dengan beberapa berkas,\s+baris "\[i\/n\] berkas" langsung dicetak saat tiap berkas mulai; tahap-tahapnya \(membuka, membaca…\)\s+baru dicetak bila satu berkas berjalan lebih dari 1 detik/);
    expect((await sakip('--help', '--lang', 'en')).stdout).toMatch(/with several files, a line "\[i\/n\] file" is printed\s+as each file starts; its stages \(opening, reading…\) only once a file has run for more than\s+1 second/);
    // A rekap reads several files at once: its lines come as each file is read.
    expect((await sakip('--help')).stdout).toMatch(/Rekap: baris "\[i\/n\] berkas" dicetak\s+saat tiap berkas selesai dibaca, sejak berkas pertama/);
    expect((await sakip('--help', '--lang', 'en')).stdout).toMatch(/Rekap: a line "\[i\/n\] file" as each file is read, from the first file/);
  });

  it("README's command-line section says where the texts live and documents the --json keys", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Baris perintah / Command line'), readme.indexOf('### Pemeriksaan berkas'));
    expect(section).toContain('src/cli/help.ts');
    for (const key of ['"periode"', '"periodeDari"', '"lembar"', '"error"', '"kind"']) expect(section).toContain(key);
  });

  it('takes options before or after the files, with = or a space', () => {
    const parsed = parseArgs(['--periode=b06', 'hitung', 'a.xlsx', '--sheet', 'Data Kinerja', 'b.xlsx', '--json', '--desimal=.']);
    expect(parsed).toEqual({
      kind: 'run',
      args: expect.objectContaining({ command: 'hitung', files: ['a.xlsx', 'b.xlsx'], period: 'TW2', sheet: 'Data Kinerja', json: true, decimalSeparator: '.' }),
    });
  });

  it('does not repeat the reference a message starts with', () => {
    expect(findingLine({ sheet: 'Kinerja', cell: 'F12', severity: 'error', message: 'Kinerja!F12 (Target): Nilai "x" tidak dapat dibaca' }, 'id')).toBe('Kinerja!F12 kesalahan: Target: Nilai "x" tidak dapat dibaca');
    expect(findingLine({ sheet: 'Data Kinerja', cell: null, severity: 'warning', message: "'Data Kinerja': tidak ada kolom Perspektif" }, 'id')).toBe("'Data Kinerja' peringatan: tidak ada kolom Perspektif");
    expect(findingLine({ sheet: 'Kinerja', cell: 'H9', severity: 'info', message: 'x' }, 'en')).toBe('Kinerja!H9 info: x');
  });
});
