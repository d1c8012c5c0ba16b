/**
 * Where `hitung` may write (review of the CLI): `-o` naming a FIFO, or a link to one, is refused
 * in words and the node stays what it was (renaming over /dev/full as root replaced the device);
 * a link to an ordinary file is followed, the file replaced and the link kept; a dangling link is
 * refused; a folder that exists but takes no new files (/proc) is not called missing; each
 * system error has its own true sentence.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { saveErrorText } from '../../src/app';
import { FIXTURES } from '../../scripts/make-fixtures';
import { copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const fifo = (name: string): string => {
  const at = path.join(dir, name);
  execFileSync('mkfifo', [at]);
  return at;
};

/** The files of `dir`, temporary files included, so a left-over shows. */
const listing = (): string[] => fs.readdirSync(dir).sort();

describe('-o naming something that is not an ordinary file', () => {
  it('a FIFO: refused before any work with its own sentence; the FIFO is still a FIFO', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const pipe = fifo('pipa');
    const run = await sakip('hitung', input, '-o', pipe);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`sakip: tidak dapat menyimpan ${pipe}: ${pipe} adalah sebuah pipa bernama (FIFO), bukan berkas biasa; hasil hanya ditulis ke berkas biasa, sebutkan -o nama berkas lain; tidak ada berkas ditulis\n`);
    expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
    expect(listing()).toEqual([FIXTURES.report, 'pipa'].sort());
    const en = await sakip('hitung', input, '-o', pipe, '--lang', 'en');
    expect(en.stderr).toBe(`sakip: cannot save ${pipe}: ${pipe} is a named pipe (FIFO), not an ordinary file; results are only written to ordinary files, give -o another file name; no file written\n`);
  });

  it('a device node (a twin of /dev/null made in the temp folder; the tests run as root): refused as a device, still a device', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const device = path.join(dir, 'nol');
    execFileSync('mknod', [device, 'c', '1', '3']);
    for (const [lang, what] of [['id', 'sebuah perangkat (device)'], ['en', 'a device']]) {
      const run = await sakip('hitung', input, '-o', device, '--lang', lang);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain(`${device} ${lang === 'id' ? 'adalah' : 'is'} ${what}, ${lang === 'id' ? 'bukan berkas biasa' : 'not an ordinary file'}`);
    }
    // And through a link to it, as `-o hasil.xlsx` linked to /dev/full would be.
    const link = path.join(dir, 'hasil.xlsx');
    fs.symlinkSync(device, link);
    expect((await sakip('hitung', input, '-o', link)).stderr).toContain(`${link} adalah tautan ke ${device}, yaitu sebuah perangkat (device), bukan berkas biasa`);
    expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
    expect(listing()).toEqual([FIXTURES.report, 'hasil.xlsx', 'nol'].sort());
  });

  it('a link to a FIFO (as a link to /dev/full would be): refused naming the target; link and FIFO unchanged', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const pipe = fifo('pipa');
    const link = path.join(dir, 'hasil.xlsx');
    fs.symlinkSync(pipe, link);
    const run = await sakip('hitung', input, '-o', link);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: tidak dapat menyimpan ${link}: ${link} adalah tautan ke ${fs.realpathSync(pipe)}, yaitu sebuah pipa bernama (FIFO), bukan berkas biasa; sebutkan -o nama berkas lain; tidak ada berkas ditulis\n`);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
    expect(listing()).toEqual([FIXTURES.report, 'hasil.xlsx', 'pipa'].sort());
  });

  it('a default output name taken by a FIFO: that file is refused at the save, its findings still printed', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const pipe = fifo('laporan-tw2-2024-hasil.xlsx');
    const run = await sakip('hitung', input);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${input}: tidak dapat menyimpan ${pipe}: ${pipe} adalah sebuah pipa bernama (FIFO), bukan berkas biasa; hasil hanya ditulis ke berkas biasa, sebutkan -o nama berkas lain; tidak ada berkas ditulis\n`);
    // What a check finds (a warning to fix by hand: nothing was replaced, since nothing was saved).
    expect(run.stdout).toBe((await sakip('periksa', input)).stdout);
    expect(run.stdout).toMatch(/^Kinerja!H9 peringatan: Kriteria tertulis "Baik"/m);
    expect(run.stdout).not.toMatch(/sudah diganti/);
    expect(run.stdout.trim().split('\n').pop()).toMatch(/^Diperiksa: 2 lembar \(1 berisi tabel\), 25 indikator;/);
    expect(run.stdout).not.toMatch(/Hasil ditulis/);
    expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
    expect(listing()).toEqual([FIXTURES.report, 'laporan-tw2-2024-hasil.xlsx'].sort());
  });

  it('a link to an ordinary file: the file it names is replaced (through a temporary file beside it), the link stays a link', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    fs.mkdirSync(path.join(dir, 'arsip'));
    const target = path.join(dir, 'arsip', 'lama.xlsx');
    fs.writeFileSync(target, 'isi lama');
    const link = path.join(dir, 'hasil.xlsx');
    fs.symlinkSync(target, link);
    const run = await sakip('hitung', input, '-o', link);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp(`^Hasil ditulis ke ${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(target);
    const wb = new Workbook();
    await wb.xlsx.readFile(target);
    expect(wb.worksheets.map((ws) => ws.name)).toContain('Ringkasan');
    expect(fs.readdirSync(path.join(dir, 'arsip'))).toEqual(['lama.xlsx']);
  });

  it('a dangling link: refused, nothing created where it points', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const link = path.join(dir, 'hasil.xlsx');
    fs.symlinkSync(path.join(dir, 'tidak-ada.xlsx'), link);
    const run = await sakip('hitung', input, '-o', link, '--json');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`sakip: tidak dapat menyimpan ${link}: ${link} adalah tautan ke sesuatu yang tidak ada; hapus tautan itu atau sebutkan -o nama berkas lain; tidak ada berkas ditulis\n`);
    expect(listing()).toEqual([FIXTURES.report, 'hasil.xlsx'].sort());
  });
});

describe('sakip profil ekspor -o saves the same way', () => {
  it('a FIFO is refused and stays a FIFO; a link to a file writes the file', async () => {
    const pipe = fifo('profil.json');
    const run = await sakip('profil', 'ekspor', 'bpom-upt-2024', '-o', pipe);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`sakip: tidak dapat menyimpan ${pipe}: ${pipe} adalah sebuah pipa bernama (FIFO), bukan berkas biasa; hasil hanya ditulis ke berkas biasa, sebutkan -o nama berkas lain; tidak ada berkas ditulis\n`);
    expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
    const target = path.join(dir, 'asli.json');
    fs.writeFileSync(target, '{}');
    const link = path.join(dir, 'tautan.json');
    fs.symlinkSync(target, link);
    expect((await sakip('profil', 'ekspor', 'bpom-upt-2024', '-o', link)).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toMatchObject({ id: 'bpom-upt-2024' });
    expect(listing()).toEqual(['asli.json', 'profil.json', 'tautan.json']);
  });
});

describe('a save that fails: the sentence says what is true', () => {
  it('-o /proc/x.xlsx: /proc is there but takes no new files; not "folder tidak ada"', async () => {
    const input = copyFixture(FIXTURES.report, dir);
    const run = await sakip('hitung', input, '-o', '/proc/sakip-test.xlsx', '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sakip: ${input}: tidak dapat menyimpan /proc/sakip-test.xlsx: folder /proc ada, tetapi sistem tidak mengizinkan berkas baru di sana (mis. folder sistem seperti /proc); pilih folder lain dengan -o; tidak ada berkas ditulis\n`);
    expect(run.stderr).not.toMatch(/tidak ada;/);
    // --json: the failure as an object (kind write), with what the check found.
    const [report] = jsonLines(run.stdout);
    expect(report.error).toEqual({ kind: 'write', message: expect.stringMatching(/^tidak dapat menyimpan \/proc\/sakip-test\.xlsx: folder \/proc ada/) });
    expect((report.summary as { indicators: number }).indicators).toBe(25);
    expect(report.output).toBeUndefined();
  });

  it('each system error its own sentence: a missing folder only when it is missing', () => {
    const out = path.join(dir, 'a-hasil.xlsx');
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(saveErrorText(err('ENOENT'), out, dir, 'id', false)).toBe(`folder ${dir} tidak ada; buat dulu foldernya atau sebutkan -o ke folder yang sudah ada`);
    expect(saveErrorText(err('ENOENT'), out, dir, 'en', true)).toBe(`the folder ${dir} exists, but the system allows no new files in it (e.g. a system folder such as /proc); choose another folder with -o`);
    expect(saveErrorText(err('EROFS'), out, dir, 'id')).toBe(`disk atau folder ${dir} hanya-baca; pilih folder lain dengan -o`);
    expect(saveErrorText(err('EEXIST'), out, dir, 'id')).toBe(`${out} sudah ada dan tidak dapat diganti; hapus atau ganti namanya, atau sebutkan -o nama lain`);
    expect(saveErrorText(err('ENOTEMPTY'), out, dir, 'en')).toBe(`${out} is a folder with files in it; give an .xlsx file name with -o`);
    // Every code gets a different sentence: none borrows another's.
    const codes = ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EBUSY', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENAMETOOLONG', 'EEXIST', 'ENOTEMPTY'];
    const texts = codes.map((c) => saveErrorText(err(c), out, dir, 'id', false));
    expect(new Set(texts).size).toBe(codes.length);
    // A code the table does not know is named, never dressed up as another.
    expect(saveErrorText(err('EXDEV'), out, dir, 'id')).toMatch(/^kesalahan sistem EXDEV; /);
    expect(saveErrorText(err('toString'), out, dir, 'id')).toMatch(/^kesalahan sistem toString; /);
  });
});
