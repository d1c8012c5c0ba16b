/**
 * What a file that fails still shows (review of the CLI): a `hitung` whose results cannot be
 * written (an output cell inside a merged area) prints the findings and the summary line of a
 * check of the file, with the refusal on stderr; with --json every failed file has an object
 * `{"file", "error": {"kind", "message"}}` beside the stderr line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { verdictText } from '../../src/app';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { FIXTURE_DIR, copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const MERGED = 'sel-gabung-di-kolom-hasil.xlsx';
const REFUSAL = 'tidak dapat menulis hasil: sel Kinerja!H5 ada di dalam sel gabungan H4; pisahkan gabungan sel itu (Beranda › Gabung & Tengahkan) lalu jalankan lagi; tidak ada berkas ditulis';

function merged(): string {
  const to = path.join(dir, MERGED);
  fs.copyFileSync(path.join(FIXTURE_DIR, 'hostile', MERGED), to);
  return to;
}

describe('hitung that cannot write its results', () => {
  it('prints what periksa finds (findings and the summary line) on stdout, the refusal on stderr, exit 2, no file', async () => {
    const input = merged();
    const run = await sakip('hitung', input, '--periode', 'TW2');
    const check = await sakip('periksa', input, '--periode', 'TW2');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${input}: ${REFUSAL}\n`);
    expect(run.stdout).not.toBe('');
    expect(run.stdout).toBe(check.stdout);
    expect(run.stdout.trim().split('\n').pop()).toBe('Diperiksa: 1 lembar (1 berisi tabel), 4 indikator; 0 kesalahan, 0 peringatan, 0 informasi');
    expect(run.stdout).not.toMatch(/NPSS|Hasil ditulis/);
    expect(fs.readdirSync(dir)).toEqual([MERGED]);
  });

  it('--json: the check report with an error of kind write', async () => {
    const input = merged();
    const run = await sakip('hitung', input, '--periode', 'TW2', '--json');
    const [report] = jsonLines(run.stdout);
    const [check] = jsonLines((await sakip('periksa', input, '--periode', 'TW2', '--json')).stdout);
    expect(report).toEqual({ ...check, error: { kind: 'write', message: REFUSAL } });
    expect(report.output).toBeUndefined();
  });
});

describe('--json with a file that fails', () => {
  it('password-protected then a good file: two objects in order, the first naming the failure; the stderr line too', async () => {
    const locked = path.join(FIXTURE_DIR, 'hostile', 'berkata-sandi.xlsx');
    const good = copyFixture(FIXTURES.report, dir);
    const run = await sakip('periksa', locked, good, '--json', '--diam');
    expect(run.code).toBe(2);
    const [first, second] = jsonLines(run.stdout);
    expect(first).toEqual({ file: locked, error: { kind: 'encrypted', message: expect.stringMatching(/^berkas dilindungi kata sandi; /) } });
    expect(second.file).toBe(good);
    expect(second.summary).toMatchObject({ indicators: 25 });
    expect(run.stderr).toBe(`sakip: ${locked}: ${(first.error as { message: string }).message}\n`);
  });

  it('a binary .xlsb workbook is named as one (the kinds of zip come from the file check\'s own list)', () => {
    expect(verdictText({ kind: 'other-zip', path: 'a.xlsb', seems: 'xlsb' }, 'id')).toBe('ini buku kerja biner Excel (.xlsb; buka di Excel lalu simpan sebagai .xlsx), bukan buku kerja Excel (.xlsx); sebutkan berkas .xlsx-nya');
    expect(verdictText({ kind: 'other-zip', path: 'a.zip', seems: 'zip' }, 'en')).toBe('this is a ZIP archive, not an Excel workbook (.xlsx); name the .xlsx file');
  });

  it('a folder named as a file: kind folder, in English with --lang en', async () => {
    const folder = path.join(dir, 'map');
    fs.mkdirSync(folder);
    const run = await sakip('periksa', folder, '--json', '--lang', 'en');
    expect(jsonLines(run.stdout)).toEqual([{ file: folder, error: { kind: 'folder', message: `this is a folder, not an .xlsx file; name the files in it (e.g. ${folder}/*.xlsx)` } }]);
  });

  it('an unexpected failure (an engine bug stands in): kind unexpected', async () => {
    const good = copyFixture(FIXTURES.report, dir);
    jest.spyOn(XlsxWorkbook.prototype, 'read').mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    const run = await sakip('periksa', good, '--json');
    expect(jsonLines(run.stdout)).toEqual([{ file: good, error: { kind: 'unexpected', message: expect.stringMatching(/^kesalahan tak terduga pada berkas ini \(TypeError: boom\); /) } }]);
    expect(run.code).toBe(2);
  });
});
