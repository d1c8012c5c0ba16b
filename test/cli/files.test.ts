/**
 * What `sakip` says about files (issue 14): a file that is not a readable .xlsx gets its own line
 * saying what it is and what to do; a result that cannot be saved is described in words (no
 * ENOENT); `hitung` with nothing to compute writes nothing and says why; one bad file never stops
 * a batch, and the exit code is the worst of the files.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { saveErrorText, verdictText } from '../../src/app';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A file in the test folder with these bytes. */
function file(name: string, bytes: Buffer | string): string {
  const to = path.join(dir, name);
  fs.writeFileSync(to, bytes);
  return to;
}

/** A zip holding these entries, as an archiver writes it (the first entry stored first). */
async function zip(entries: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(entries)) z.file(name, text, { compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
  return z.generateAsync({ type: 'nodebuffer' });
}

/** A small performance table with no errors. */
async function goodTable(name: string): Promise<string> {
  const wb = new Workbook();
  wb.addWorksheet('Kinerja').addRows([
    ['Perspektif', 'Sasaran', 'Indikator Kinerja', 'Target TW II', 'Realisasi TW II'],
    ['Stakeholder', 'SS1', 'IK 1', 80, 88],
    ['Stakeholder', 'SS1', 'IK 2', 90, 90],
  ]);
  const to = path.join(dir, name);
  await wb.xlsx.writeFile(to);
  return to;
}

describe('a file that cannot be read: one line on stderr with what to do, exit 2, nothing written', () => {
  const refused = async (input: string, text: string) => {
    for (const command of ['periksa', 'hitung']) {
      const run = await sakip(command, input, '--periode', 'TW2');
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `sakip: ${input}: ${text}\n`]);
    }
    expect(fs.readdirSync(dir)).toEqual([path.basename(input)]);
  };

  it('an empty file (0 bytes)', async () => {
    await refused(file('kosong.xlsx', ''), 'berkas kosong (0 byte), mungkin penyimpanan atau unduhannya terputus; ambil lagi berkas aslinya lalu jalankan lagi');
  });

  it('a CSV with commas, saved under .xlsx', async () => {
    await refused(file('laporan.xlsx', 'No,Indikator,Target,Realisasi\n1,IK 1,80,85\n2,IK 2,90,91\n'), 'ini berkas CSV, bukan .xlsx; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)');
  });

  it('a text file', async () => {
    await refused(file('catatan.xlsx', 'Catatan rapat evaluasi kinerja triwulan II.\nHadir: semua kepala seksi.\n'), 'ini berkas teks, bukan buku kerja .xlsx; bila isinya tabel, buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)');
  });

  it('an OpenDocument spreadsheet (.ods)', async () => {
    const ods = await zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' });
    await refused(file('laporan.ods', ods), 'ini berkas OpenDocument (.ods), bukan .xlsx; di LibreOffice pilih File > Simpan Sebagai > Excel 2007-365 (.xlsx), lalu jalankan lagi');
  });

  it('a zip that is no workbook (a Word document)', async () => {
    const docx = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    await refused(file('laporan.xlsx', docx), 'ini dokumen Word (.docx), bukan buku kerja Excel (.xlsx); sebutkan berkas .xlsx-nya');
  });

  it('an .xlsx cut off half way (an interrupted download)', async () => {
    const whole = fs.readFileSync(copyFixture(FIXTURES.report, dir));
    fs.rmSync(path.join(dir, FIXTURES.report));
    await refused(file('terpotong.xlsx', whole.subarray(0, Math.floor(whole.length / 2))), 'berkas .xlsx rusak atau tidak lengkap; buka di Excel (Excel menawarkan perbaikan) lalu simpan ulang, atau ambil lagi berkas aslinya');
  });

  it('speaks English with --lang en', async () => {
    const input = file('kosong.xlsx', '');
    const run = await sakip('periksa', input, '--lang', 'en');
    expect(run.stderr).toBe(`sakip: ${input}: the file is empty (0 bytes), perhaps its saving or download was cut off; get the original file again and run again\n`);
  });

  it('a file the zip-bomb guard refuses: the part, its size and the limit it crossed', () => {
    // The facts as the file check (src/xlsx/inspect.ts) reports the corpus' 400 MB shared strings.
    const bomb = { kind: 'too-large', path: 'bom.xlsx', limit: 'part', part: 'xl/sharedStrings.xml', compressedBytes: 1_017_000, uncompressedBytes: 419_430_400, totalUncompressedBytes: 419_500_000, max: 80 * 1024 * 1024 } as const;
    const tail = 'berkas ditolak sebelum dibuka untuk melindungi memori (pelindung "bom zip"); bila berkasnya sah, hapus isi yang tidak perlu (lembar kosong, format sampai baris 1.048.576) di Excel, simpan, lalu jalankan lagi';
    expect(verdictText(bomb, 'id')).toBe(`bagian xl/sharedStrings.xml terlalu besar setelah dibuka (400,0 MB, batas 80,0 MB); ${tail}`);
    expect(verdictText({ ...bomb, limit: 'ratio', max: 100 }, 'id')).toBe(`bagian xl/sharedStrings.xml dipadatkan 412:1 (400,0 MB setelah dibuka), melebihi batas 100:1 untuk bagian sebesar itu; ${tail}`);
    expect(verdictText({ ...bomb, limit: 'total', max: 100 * 1024 * 1024 }, 'en')).toMatch(/^the content is too large once unpacked \(400\.1 MB, limit 100\.0 MB; largest part xl\/sharedStrings\.xml\); the file is refused before unpacking/);
    expect(verdictText({ kind: 'xlsx' }, 'id')).toBeNull();
  });
});

describe('saving the result: failures in words, never a system code alone, no partial file', () => {
  it('-o into a folder that does not exist: said before any work, exit 2, nothing created', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const missing = path.join(dir, 'hasil');
    const run = await sakip('hitung', input, '--periode', 'TW2', '-o', path.join(missing, 'laporan.xlsx'));
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `sakip: folder ${missing} tidak ada; buat dulu foldernya (mkdir ${missing}) atau sebutkan -o ke folder yang sudah ada\n`]);
    expect(run.stderr).not.toMatch(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual([FIXTURES.report]);
  });

  it('-o hasil/ (a folder meant, not there), and several files with -o hasil: the folder is created and that is said', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const efisiensi = copyFixture(FIXTURES.efisiensi, dir);
    const cases: [string[], string, string[]][] = [
      [[input, '-o', `${path.join(dir, 'satu')}/`], path.join(dir, 'satu'), ['laporan-tw2-2024-hasil.xlsx']],
      [[input, efisiensi, '-o', path.join(dir, 'dua', 'hasil')], path.join(dir, 'dua', 'hasil'), ['efisiensi-tw2-2024-hasil.xlsx', 'laporan-tw2-2024-hasil.xlsx']],
    ];
    for (const [argv, folder, files] of cases) {
      const run = await sakip('hitung', ...argv, '--periode', 'TW2');
      expect([run.code, run.stderr.split('\n')[0]]).toEqual([0, `Folder ${folder} belum ada; folder itu dibuat.`]);
      expect(fs.readdirSync(folder).sort()).toEqual(files);
      expect(run.stdout).toContain(`Hasil ditulis ke ${path.join(folder, 'laporan-tw2-2024-hasil.xlsx')}`);
    }
  });

  it('several files with -o naming a file: says -o must name a folder, before any work', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const efisiensi = copyFixture(FIXTURES.efisiensi, dir);
    for (const lang of ['id', 'en']) {
      const run = await sakip('hitung', input, efisiensi, '-o', path.join(dir, 'out.xlsx'), '--periode', 'TW2', '--lang', lang);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toBe(
        lang === 'id'
          ? `sakip: Dengan beberapa berkas, -o harus menyebut sebuah folder, bukan berkas (${path.join(dir, 'out.xlsx')}); mis. -o hasil/ (folder yang belum ada akan dibuat)\n`
          : `sakip: With several files, -o must name a folder, not a file (${path.join(dir, 'out.xlsx')}); e.g. -o hasil/ (a folder that does not exist yet is created)\n`,
      );
      expect(run.stderr).not.toMatch(/tidak ada|mkdir|does not exist;/);
    }
    expect(fs.readdirSync(dir).sort()).toEqual([FIXTURES.efisiensi, FIXTURES.report].sort());
  });

  it('an output name taken by a folder: the save fails in words, the folder untouched, no temporary file left', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const output = path.join(dir, 'laporan-tw2-2024-hasil.xlsx');
    fs.mkdirSync(output);
    const run = await sakip('hitung', input, '--periode', 'TW2');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${input}: tidak dapat menyimpan ${output}: ${output} adalah sebuah folder; sebutkan nama berkas .xlsx dengan -o, atau ganti nama folder itu; tidak ada berkas ditulis\n`);
    expect(fs.readdirSync(dir).sort()).toEqual([FIXTURES.report, path.basename(output)].sort());
    expect(fs.readdirSync(output)).toEqual([]);
  });

  it('maps the system errors a save meets to sentences: disk full, a file in the path, permission, a folder', () => {
    const errorOf = (act: () => void): unknown => {
      try {
        act();
      } catch (err) {
        return err;
      }
      throw new Error('no error');
    };
    const out = path.join(dir, 'a-hasil.xlsx');
    // Real errors from the file system: /dev/full is always full; a file cannot hold a folder.
    const full = errorOf(() => fs.writeFileSync('/dev/full', 'x'));
    expect(saveErrorText(full, out, dir, 'id')).toBe('disk penuh; kosongkan ruang disk lalu jalankan lagi');
    const plain = file('biasa.txt', 'x');
    const notDir = errorOf(() => fs.writeFileSync(path.join(plain, 'a-hasil.xlsx'), 'x'));
    expect(saveErrorText(notDir, out, plain, 'id')).toBe(`sebagian jalur ${plain} adalah berkas, bukan folder; sebutkan -o ke folder yang sudah ada`);
    const isDir = errorOf(() => fs.writeFileSync(dir, 'x'));
    expect(saveErrorText(isDir, dir, dir, 'en')).toBe(`${dir} is a folder; give an .xlsx file name with -o, or rename that folder`);
    // Permission cannot be refused to root, who runs these tests: the error as Node reports it.
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${out}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: out });
    expect(saveErrorText(denied, out, dir, 'id')).toBe(`izin menulis di folder ${dir} ditolak; pilih folder lain dengan -o atau minta izin tulis`);
    expect(saveErrorText(Object.assign(new Error('x'), { code: 'EXDEV' }), out, dir, 'id')).toBe('kesalahan sistem EXDEV; periksa folder tujuan dan ruang disk, atau pilih folder lain dengan -o');
  });
});

describe('hitung with nothing to compute writes no file and says why in one line', () => {
  it('no table in the workbook', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'hanya catatan';
    const input = path.join(dir, 'catatan.xlsx');
    await wb.xlsx.writeFile(input);
    const run = await sakip('hitung', input, '--periode', 'TW2');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Tidak ada yang dihitung \(tidak ada tabel kinerja atau efisiensi\); tidak ada berkas ditulis$/m);
    expect(run.stdout).not.toMatch(/Hasil ditulis/);
    expect(fs.readdirSync(dir)).toEqual(['catatan.xlsx']);
    // The summary line stays last.
    expect(run.stdout.trim().split('\n').pop()).toMatch(/^Diperiksa: 1 lembar \(0 berisi tabel\)/);
  });

  it('a table whose period the headers leave open', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Kinerja').addRows([
      ['Indikator Kinerja', 'Target TW I', 'Realisasi TW I', 'Target TW II', 'Realisasi TW II'],
      ['IK 1', 80, 81, 85, 86],
    ]);
    const input = path.join(dir, 'dua-triwulan.xlsx');
    await wb.xlsx.writeFile(input);
    const run = await sakip('hitung', input);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^Tidak ada yang dihitung \(lembar Kinerja: periode belum dipilih, sebutkan --periode\); tidak ada berkas ditulis$/m);
    expect(fs.readdirSync(dir)).toEqual(['dua-triwulan.xlsx']);
  });

  it('a table the errors stop (no target column for the period chosen)', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Kinerja').addRows([
      ['Indikator Kinerja', 'Target TW II', 'Realisasi TW II'],
      ['IK 1', 80, 81],
    ]);
    const input = path.join(dir, 'tw2.xlsx');
    await wb.xlsx.writeFile(input);
    const run = await sakip('hitung', input, '--periode', 'TW3', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Nothing was calculated \(sheet Kinerja cannot be calculated, see the errors above\); no file written$/m);
    expect(run.stdout).toMatch(/^Kinerja\S* error: /m);
    expect(fs.readdirSync(dir)).toEqual(['tw2.xlsx']);
  });
});

describe('one bad file never stops a batch; the exit code is the worst', () => {
  it('a zip bomb then a good file: the refusal line for the first (the guard names the part and the limit), the NPSS of the second', async () => {
    const bomb = path.join(dir, 'bom.xlsx');
    fs.copyFileSync(path.resolve(__dirname, '..', 'fixtures', 'hostile', 'bom-zip-string-400mb.xlsx'), bomb);
    const good = copyFixture(FIXTURES.report, dir);
    const run = await sakip('hitung', bomb, good, '--periode', 'TW2');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      `[1/2] ${bomb}`,
      expect.stringMatching(/^sakip: .*bom\.xlsx: bagian xl\/sharedStrings\.xml terlalu besar setelah dibuka \(400,\d MB, batas 80,0 MB\); berkas ditolak sebelum dibuka untuk melindungi memori \(pelindung "bom zip"\); bila berkasnya sah, /),
      `[2/2] ${good}`,
      '',
    ]);
    expect(run.stdout).toMatch(/laporan-tw2-2024\.xlsx: NPSS 101,67 Istimewa$/m);
    expect(fs.readdirSync(dir).sort()).toEqual(['bom.xlsx', FIXTURES.report, 'laporan-tw2-2024-hasil.xlsx'].sort());
  });

  it('a password-protected workbook saved by LibreOffice (the hostile corpus): the line says how to remove the password', async () => {
    const locked = path.resolve(__dirname, '..', 'fixtures', 'hostile', 'berkata-sandi.xlsx');
    const run = await sakip('periksa', locked);
    expect([run.code, run.stderr]).toEqual([2, `sakip: ${locked}: berkas dilindungi kata sandi; buka di Excel, hapus kata sandi (File > Info > Protect Workbook > Encrypt with Password), simpan, lalu jalankan lagi\n`]);
  });

  it('a missing file, an unexpected failure and a good file: two lines on stderr, the third computed, exit 2', async () => {
    const missing = path.join(dir, 'hilang.xlsx');
    const crashing = await goodTable('a.xlsx');
    const good = copyFixture(FIXTURES.report, dir);
    // An engine bug stands in for the unexpected: reading the first file's first sheet throws.
    jest.spyOn(XlsxWorkbook.prototype, 'read').mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'row')");
    });
    const run = await sakip('hitung', missing, crashing, good, '--periode', 'TW2', '--diam');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      `sakip: ${missing}: berkas tidak ditemukan; periksa nama dan foldernya`,
      `sakip: ${crashing}: kesalahan tak terduga pada berkas ini (TypeError: Cannot read properties of undefined (reading 'row')); berkas lain tetap diproses. Mohon laporkan ke pengembang SAKIP untuk Excel, dengan baris ini dan berkasnya bila boleh`,
      '',
    ]);
    expect(run.stdout).toMatch(new RegExp(`^${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: NPSS 101,67 Istimewa$`, 'm'));
    expect(fs.readdirSync(dir).sort()).toEqual(['a.xlsx', FIXTURES.report, 'laporan-tw2-2024-hasil.xlsx'].sort());
  });

  it('error findings in one file and a clean other: exit 1; with an unreadable one as well: exit 2', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Kinerja').addRows([
      ['Indikator Kinerja', 'Target TW II', 'Realisasi TW II'],
      ['IK 1', 'delapan puluh', 81],
    ]);
    const bad = path.join(dir, 'salah.xlsx');
    await wb.xlsx.writeFile(bad);
    const clean = await goodTable('bersih.xlsx');
    expect((await sakip('periksa', clean, bad, clean)).code).toBe(1);
    const run = await sakip('periksa', file('kosong.xlsx', ''), bad, clean, '--json', '--diam');
    expect(run.code).toBe(2);
    const objects = jsonLines(run.stdout);
    expect(objects.map((o) => path.basename(o.file as string))).toEqual(['kosong.xlsx', 'salah.xlsx', 'bersih.xlsx']);
    expect(objects[0].error).toEqual({ kind: 'empty', message: expect.stringMatching(/^berkas kosong \(0 byte\)/) });
  });
});
