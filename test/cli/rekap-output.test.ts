/**
 * Where `sakip rekap` writes (src/cli/rekap-output.ts), checked before any file is read: an input
 * is never overwritten however -o reaches it, -o and --html never name one file, a missing folder
 * or a device is refused naming the option given, an odd extension is warned about. Reproductions
 * of review rev16 (issue 16) among them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE_DIR, sakip, tempDir } from './support';

const UNITS = path.join(FIXTURE_DIR, 'rekap', 'unit-tw2-2024');
const BATAM = path.join(UNITS, 'balai-pom-di-batam-tw2-2024.xlsx');
const MEDAN = path.join(UNITS, 'balai-besar-pom-di-medan-tw2-2024.xlsx');

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A file no workbook reader accepts: reading it would put its failure on stderr. */
function notAWorkbook(): string {
  const file = path.join(dir, 'bukan.xlsx');
  fs.writeFileSync(file, 'teks biasa');
  return file;
}

describe('sakip rekap outputs', () => {
  it('never overwrites an input reached through a symlink given as -o, and names both', async () => {
    const input = path.join(dir, 'batam.xlsx');
    fs.copyFileSync(BATAM, input);
    fs.copyFileSync(MEDAN, path.join(dir, 'medan.xlsx'));
    fs.symlinkSync('batam.xlsx', path.join(dir, 'rekap.xlsx'));
    const before = fs.readFileSync(input);
    const run = await sakip('rekap', input, path.join(dir, 'medan.xlsx'), '-o', path.join(dir, 'rekap.xlsx'));
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: -o ${path.join(dir, 'rekap.xlsx')} adalah berkas masukan ${input}; berkas masukan tidak pernah ditimpa. Sebutkan -o nama berkas lain\n`);
    expect(run.stdout).toBe('');
  });

  it('refuses an input reached through a linked folder as --html, naming --html', async () => {
    const input = path.join(dir, 'batam.xlsx');
    fs.copyFileSync(BATAM, input);
    fs.symlinkSync(dir, path.join(dir, 'tautan'));
    const run = await sakip('rekap', input, '--html', path.join(dir, 'tautan', 'batam.xlsx'), '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sakip: --html \S+ is the input file .*batam\.xlsx; an input is never overwritten\. Give --html another file name\n$/);
    expect(run.stderr).not.toMatch(/-o\b/);
  });

  it('refuses -o and --html naming the same file instead of replacing the workbook by the HTML', async () => {
    const out = path.join(dir, 'rekap.out');
    const run = await sakip('rekap', BATAM, '-o', out, '--html', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: -o ${out} dan --html ${out} adalah berkas yang sama; buku kerja dan laporan HTML perlu dua berkas, mis. -o rekap.xlsx --html rekap.html\n`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('says a missing output folder before reading any file (an unreadable input is not even opened)', async () => {
    const missing = path.join(dir, 'tidak-ada');
    const run = await sakip('rekap', notAWorkbook(), BATAM, '--html', path.join(missing, 'rekap.html'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // Only the refusal: the unreadable file would have had its own line had it been read.
    expect(run.stderr).toBe(
      `sakip: folder ${missing} (untuk --html ${path.join(missing, 'rekap.html')}) tidak ada; buat dulu foldernya (mkdir ${missing}) atau sebutkan --html ke folder yang sudah ada. Belum ada berkas yang dibaca\n`,
    );
  });

  it('names --html, not -o or .xlsx, when the HTML target is a device or a folder', async () => {
    const device = await sakip('rekap', BATAM, '--html', '/dev/full');
    expect(device.code).toBe(2);
    expect(device.stderr).toBe('sakip: /dev/full (--html) adalah sebuah perangkat (device), bukan berkas biasa; hasil hanya ditulis ke berkas biasa, sebutkan --html nama berkas .html lain\n');
    const folder = await sakip('rekap', BATAM, '--html', dir, '--lang', 'en');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`sakip: ${dir} (--html) is a folder; give --html a .html file name\n`);
    const xlsxFolder = await sakip('rekap', BATAM, '-o', dir, '--lang', 'en');
    expect(xlsxFolder.stderr).toBe(`sakip: ${dir} (-o) is a folder; give -o a .xlsx file name\n`);
  });

  it('warns about an -o not ending in .xlsx and an --html not ending in .html/.htm, and still writes both', async () => {
    const out = path.join(dir, 'rekap.dat');
    const html = path.join(dir, 'rekap.txt');
    const run = await sakip('rekap', BATAM, '-o', out, '--html', html, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('sakip: warning'))).toEqual([
      `sakip: warning: -o ${out} does not end in .xlsx; it is still written as .xlsx, but an application opening it by its name may not recognise it. Use a name ending in .xlsx`,
      `sakip: warning: --html ${html} does not end in .html; it is still written as .html, but an application opening it by its name may not recognise it. Use a name ending in .html`,
    ]);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const htm = await sakip('rekap', BATAM, '--html', path.join(dir, 'rekap.HTM'));
    expect(htm.stderr).not.toMatch(/peringatan/);
  });
});
