/**
 * `sakip rekap` end to end on generated unit workbooks (scripts/make-rekap-fixtures.ts): each
 * unit's NPSS is the one its own `sakip hitung` prints; an indicator spelled the same (case,
 * spacing) merges, a near-match is a finding and two rows; one unit's quarters give a Tren sheet;
 * a file that cannot be read is named and the others still consolidated.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { BPOM_UPT_2024 } from '../../src/core';
import { DUMAI, OBAT_MS, OBAT_MS_SINGKAT, VARIANTS, unitQuarter } from '../../scripts/rekap-data';
import { unitWorkbook } from '../../scripts/make-rekap-fixtures';
import { main } from '../../src/cli/main';
import { FIXTURE_DIR, jsonLines, sakip, tempDir } from './support';

const UNITS = path.join(FIXTURE_DIR, 'rekap', 'unit-tw2-2024');
const QUARTERS = path.join(FIXTURE_DIR, 'rekap', 'triwulan-2024');
const filesIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));

interface JsonUnit {
  file: string;
  unit: string;
  periode: string;
  tahun: number | null;
  npss: number | null;
  predikat: string | null;
}
interface JsonRekap {
  units: JsonUnit[];
  indikator: { nama: string; nilai: { file: string; unit: string; periode: string; capaian: number | null }[] }[];
  tren: null | { unit: string; periode: string[]; npss: { nilai: (number | null)[]; perubahan: (number | null)[] }; indikator: { nama: string; capaian: (number | null)[]; perubahan: (number | null)[] }[] };
  findings: { file: string | null; cell: string | null; severity: string; code: string; message: string }[];
}

/** Writes `wb` as `name` (folders made) in the test's folder. */
async function write(wb: Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

/** A unit report whose title and cover name no unit: the rekap names it after its file. */
function unnamedWorkbook(): Workbook {
  const wb = unitWorkbook(unitQuarter('Balai POM di Batam', 2));
  wb.getWorksheet('Sampul')!.getCell('A2').value = null;
  wb.getWorksheet('Kinerja')!.getCell('A2').value = null;
  return wb;
}

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** NPSS and predikat as the unit's own `sakip hitung --json` prints them. */
async function hitungNpss(file: string, periode?: string): Promise<{ npss: unknown; predikat: unknown }> {
  const run = await sakip('hitung', file, '-o', path.join(dir, `${path.basename(file, '.xlsx')}-${periode ?? 'x'}-hasil.xlsx`), '--json', ...(periode ? ['--periode', periode] : []));
  const [report] = jsonLines(run.stdout);
  return { npss: report.npss, predikat: report.predikat };
}

describe('sakip rekap over unit workbooks', () => {
  it("gives each unit the NPSS of its own hitung, sorted highest first, as JSON", async () => {
    const files = filesIn(UNITS);
    const run = await sakip('rekap', ...files, '--json');
    expect(run.code).toBe(0);
    const rekap = JSON.parse(run.stdout) as JsonRekap;
    expect(rekap.units).toHaveLength(files.length);
    for (const file of files) {
      // The file as given on the command line.
      const u = rekap.units.find((x) => x.file === file);
      expect(u).toBeDefined();
      const own = await hitungNpss(file);
      expect(own.npss).not.toBeNull();
      expect(u!.npss).toBeCloseTo(own.npss as number, 10);
      expect(u!.predikat).toBe(own.predikat);
      expect([u!.periode, u!.tahun]).toEqual(['TW2', 2024]);
    }
    const npss = rekap.units.map((u) => u.npss as number);
    expect(npss).toEqual([...npss].sort((a, b) => b - a));
    // Unit names come from the reports' own titles, not the file names.
    expect(rekap.units.map((u) => u.unit).sort()).toEqual(['Balai Besar POM di Medan', 'Balai Besar POM di Pekanbaru', 'Balai POM di Batam', 'Balai POM di Pangkalpinang']);
  });

  it('merges an indicator spelled with other capitals and spacing; a near-match is a finding naming both spellings and stays its own row', async () => {
    const run = await sakip('rekap', ...filesIn(UNITS), '--json');
    const rekap = JSON.parse(run.stdout) as JsonRekap;
    const exact = rekap.indikator.find((r) => r.nama === OBAT_MS);
    const near = rekap.indikator.find((r) => r.nama === OBAT_MS_SINGKAT);
    expect(exact && near).toBeTruthy();
    // Medan writes "Persentase  obat yang Memenuhi Syarat": the same indicator, in the same row.
    expect(exact!.nilai.map((v) => v.unit)).toEqual(expect.arrayContaining(['Balai Besar POM di Medan']));
    const singkat = VARIANTS.singkat as readonly string[];
    expect(near!.nilai.map((v) => v.unit).sort()).toEqual(rekap.units.map((u) => u.unit).filter((u) => singkat.includes(u)).sort());
    expect(exact!.nilai.some((v) => singkat.includes(v.unit))).toBe(false);
    const finding = rekap.findings.find((f) => f.code === 'indikator-mirip');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain(`"${OBAT_MS}"`);
    expect(finding?.message).toContain(`"${OBAT_MS_SINGKAT}"`);
    // Said in the text output too, with the summary line last.
    const text = await sakip('rekap', ...filesIn(UNITS));
    expect(text.stdout).toContain(`"${OBAT_MS_SINGKAT}"`);
    expect(text.stdout.trimEnd().split('\n').pop()).toMatch(/^Direkap: 4 berkas, 4 laporan unit, \d+ indikator; 0 kesalahan, [1-9]\d* peringatan/);
  });

  it('writes the consolidation workbook: Rekap Unit sorted by NPSS with predikat colours, Rekap Indikator and Rekap Sasaran; the input files unchanged', async () => {
    const files = filesIn(UNITS);
    const before = files.map((f) => fs.readFileSync(f));
    const out = path.join(dir, 'rekap.xlsx');
    const html = path.join(dir, 'rekap.html');
    const run = await sakip('rekap', ...files, '-o', out, '--html', html);
    expect(run.code).toBe(0);
    // The chart cannot be drawn by exceljs: said, never silently missing.
    expect(run.stderr).toMatch(/grafik "NPSS per unit".*tidak digambar/);
    files.forEach((f, i) => expect(fs.readFileSync(f).equals(before[i])).toBe(true));
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap Unit', 'Rekap Indikator', 'Rekap Sasaran']);
    const json = JSON.parse((await sakip('rekap', ...files, '--json')).stdout) as JsonRekap;
    const ws = wb.getWorksheet('Rekap Unit')!;
    // Find the header row by its "Unit" cell, then read the units down.
    let header = 0;
    ws.eachRow((row, n) => {
      if (header === 0 && row.values && (row.values as unknown[]).includes('Unit')) header = n;
    });
    const cols = (ws.getRow(header).values as unknown[]).map(String);
    const unitCol = cols.indexOf('Unit');
    const npssCol = cols.indexOf('NPSS');
    const units = json.units.map((_u, i) => ws.getRow(header + 1 + i));
    expect(units.map((r) => r.getCell(unitCol).value)).toEqual(json.units.map((u) => u.unit));
    expect(units.map((r) => r.getCell(npssCol).value)).toEqual(json.units.map((u) => u.npss));
    // The Predikat cell wears the profile's colour for that predikat.
    const predikatCol = cols.indexOf('Predikat');
    for (const [i, r] of units.entries()) {
      const colour = BPOM_UPT_2024.predikat.find((b) => b.result.label === json.units[i].predikat)?.result.colour;
      expect(r.getCell(predikatCol).value).toBe(json.units[i].predikat);
      expect((r.getCell(predikatCol).fill as { fgColor?: { argb?: string } }).fgColor?.argb?.slice(2)).toBe(colour?.slice(1).toUpperCase());
    }
    const htmlText = fs.readFileSync(html, 'utf8');
    expect(htmlText).toMatch(/^<!DOCTYPE html>/i);
    expect(htmlText).not.toMatch(/https?:\/\//);
    for (const u of json.units) expect(htmlText).toContain(u.unit);
  });

  it("one unit's TW I–IV files give a Tren sheet whose NPSS by quarter equals each quarter's hitung", async () => {
    const files = filesIn(QUARTERS);
    const out = path.join(dir, 'tren.xlsx');
    const run = await sakip('rekap', ...files, '-o', out, '--json');
    expect(run.code).toBe(0);
    const rekap = JSON.parse(run.stdout) as JsonRekap;
    expect(rekap.tren?.unit).toBe('Loka POM di Kota Dumai');
    expect(rekap.tren?.periode).toEqual(['TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024']);
    for (const [i, file] of files.entries()) expect(rekap.tren!.npss.nilai[i]).toBeCloseTo((await hitungNpss(file)).npss as number, 10);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Tren');
  });

  it("the fixture's TW I–IV workbook (one sheet, four quarters of columns) gives four reports and a Tren of them", async () => {
    const file = path.join(FIXTURE_DIR, 'laporan-triwulan-2024.xlsx');
    const run = await sakip('rekap', file, '-o', path.join(dir, 'tren.xlsx'), '--json');
    const rekap = JSON.parse(run.stdout) as JsonRekap;
    expect(rekap.units.map((u) => u.periode).sort()).toEqual(['TW1', 'TW2', 'TW3', 'TW4']);
    expect(rekap.tren?.periode).toEqual(['TW I 2024', 'TW II 2024', 'TW III 2024', 'TW IV 2024']);
    for (const [i, p] of ['TW1', 'TW2', 'TW3', 'TW4'].entries()) expect(rekap.tren!.npss.nilai[i]).toBeCloseTo((await hitungNpss(file, p)).npss as number, 10);
    // No title names the unit: the file name stands in, and that is said.
    expect(rekap.findings.some((f) => f.severity === 'info' && f.message.includes('laporan-triwulan-2024'))).toBe(true);
  });

  it("carries a unit's own error with its cell: a Realisasi typed in words is in the text, the JSON and the HTML, and the closing line counts it (exit 1)", async () => {
    const wb = unitWorkbook(unitQuarter('Balai POM di Batam', 2));
    const sheet = wb.getWorksheet('Kinerja')!;
    // The first row under the header naming Realisasi: its Realisasi typed as words.
    let at: { row: number; col: number } | undefined;
    sheet.eachRow((row, r) => row.eachCell((c, col) => void (at ??= typeof c.value === 'string' && /^Realisasi/i.test(c.value) ? { row: r, col } : undefined)));
    if (!at) throw new Error('no Realisasi header');
    sheet.getCell(at.row + 1, at.col).value = 'sembilan puluh';
    const cell = `Kinerja!${String.fromCharCode(64 + at.col)}${at.row + 1}`;
    const file = await write(wb, 'balai-pom-di-batam-tw2-2024.xlsx');
    const clean = filesIn(UNITS).filter((f) => !path.basename(f).startsWith('balai-pom-di-batam'));

    const json = await sakip('rekap', file, ...clean, '--json');
    expect(json.code).toBe(1);
    const rekap = JSON.parse(json.stdout) as JsonRekap;
    // Still a unit (its other indicators assessed), but the skipped row is said, with its cell and value.
    expect(rekap.units.map((u) => u.file)).toContain(file);
    const errors = rekap.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.file, f.cell])).toEqual([[file, cell]]);
    expect(errors[0].message).toContain('"sembilan puluh"');

    const html = path.join(dir, 'rekap.html');
    const text = await sakip('rekap', file, ...clean, '--html', html);
    expect(text.code).toBe(1);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith(`${file} ${cell} kesalahan: `))).toEqual([`${file} ${cell} kesalahan: ${errors[0].message}`]);
    expect(lines[lines.length - 1]).toMatch(/^Direkap: 4 berkas, 4 laporan unit, \d+ indikator; 1 kesalahan, /);
    const page = fs.readFileSync(html, 'utf8');
    // Its row in the findings table: the cell, and the message once (what to do is in it, not repeated as advice).
    const row = page.split('<tr').find((r) => r.includes(`>${cell}</td>`));
    expect(row).toContain('sembilan puluh');
    expect(row!.split('sembilan puluh')).toHaveLength(2);
  });

  it('names a file it cannot read, leaves it out, and still consolidates the others (exit 2)', async () => {
    const bad = path.join(dir, 'catatan.xlsx');
    fs.writeFileSync(bad, 'bukan buku kerja\n');
    const files = [...filesIn(UNITS).slice(0, 2), bad];
    const run = await sakip('rekap', ...files, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`sakip: ${bad}: `);
    const rekap = JSON.parse(run.stdout) as JsonRekap;
    expect(rekap.units).toHaveLength(2);
    const f = rekap.findings.find((x) => x.code === 'berkas-tidak-terbaca');
    expect(f).toMatchObject({ file: bad, severity: 'error' });
    expect(f?.message).toMatch(/tidak ikut direkap/);
  });

  it('refuses options that do not apply, and a rekap without files, before reading anything', async () => {
    expect(await sakip('rekap')).toMatchObject({ code: 2, stderr: expect.stringContaining('Sebutkan berkas .xlsx unit-unit yang akan direkap') });
    expect(await sakip('rekap', 'a.xlsx', '--sheet', 'Kinerja')).toMatchObject({ code: 2, stderr: expect.stringContaining('--sheet tidak berlaku untuk sakip rekap') });
    expect(await sakip('hitung', 'a.xlsx', '--html', 'r.html')).toMatchObject({ code: 2, stderr: expect.stringContaining('--html hanya untuk perintah rekap') });
    const input = filesIn(UNITS)[0];
    expect(await sakip('rekap', input, '-o', input)).toMatchObject({ code: 2 });
  });
});

describe('sakip rekap (review rev16)', () => {
  it('says why nothing was consolidated when no file gives a unit report: findings, JSON with no units, nothing written', async () => {
    const file = path.join(FIXTURE_DIR, 'hostile', 'efisiensi-dengan-galat.xlsx');
    const json = await sakip('rekap', file, '--json');
    expect(json.stderr).not.toMatch(/not iterable/);
    const rekap = JSON.parse(json.stdout) as JsonRekap;
    expect(rekap.units).toEqual([]);
    expect(rekap.indikator).toEqual([]);
    expect(rekap.findings.find((f) => f.code === 'rekap-tanpa-kinerja')).toMatchObject({ file, severity: 'error' });
    expect(json.code).toBe(1);

    const out = path.join(dir, 'rekap.xlsx');
    const html = path.join(dir, 'rekap.html');
    const text = await sakip('rekap', file, '-o', out, '--html', html, '--lang', 'en');
    expect(text.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(html)).toBe(false);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0].startsWith(`${file} error: The file ${file} has no performance table`)).toBe(true);
    // English plurals: 1 file, 0 unit reports, 1 error.
    expect(lines[lines.length - 1]).toBe('Consolidated: 1 file, 0 unit reports, 0 indicators; 1 error, 0 warnings, 1 info');
    expect(text.stderr).toBe(
      `sakip: No unit report could be consolidated, so ${out} was not written; see the findings above.\nsakip: No unit report could be consolidated, so ${html} was not written; see the findings above.\n`,
    );
    const jsonOut = await sakip('rekap', file, '-o', out, '--json');
    expect(jsonOut.stderr).toBe(`sakip: Tidak ada laporan unit yang dapat direkap, jadi ${out} tidak ditulis; lihat temuan di keluaran --json.\n`);
  });

  it('names each file as typed on the command line (relative stays relative), so same-named files in two folders stay apart', async () => {
    const a = await write(unitWorkbook(unitQuarter(DUMAI, 1)), path.join('tw1', 'laporan.xlsx'));
    const b = await write(unitWorkbook(unitQuarter(DUMAI, 2)), path.join('tw2', 'laporan.xlsx'));
    const bad = path.join(dir, 'tw3', 'laporan.xlsx');
    fs.mkdirSync(path.dirname(bad));
    fs.writeFileSync(bad, 'bukan buku kerja');
    const typed = [path.relative(process.cwd(), a), b, path.relative(process.cwd(), bad)];
    expect(path.isAbsolute(typed[0])).toBe(false);
    const run = await sakip('rekap', ...typed, '--json');
    const rekap = JSON.parse(run.stdout) as JsonRekap;
    expect(rekap.units.map((u) => u.file).sort()).toEqual([typed[0], typed[1]].sort());
    // Every value row names its file, as typed.
    for (const row of rekap.indikator) for (const v of row.nilai) expect([typed[0], typed[1]]).toContain(v.file);
    expect(rekap.findings.find((f) => f.code === 'berkas-tidak-terbaca')?.file).toBe(typed[2]);
    expect(run.stderr).toContain(`sakip: ${typed[2]}: `);
    // The text's Berkas column too.
    const text = await sakip('rekap', typed[0], typed[1]);
    expect(text.stdout).toContain(`(${typed[0]})`);
    expect(text.stdout).toContain(`(${typed[1]})`);
  });

  it('says a unit named after its file once per file; past 20 info findings of a kind the text counts the rest, --json keeps them all', async () => {
    const one = await write(unnamedWorkbook(), 'laporan-tw2-2024.xlsx');
    const single = JSON.parse((await sakip('rekap', one, '--json')).stdout) as JsonRekap;
    const aboutName = single.findings.filter((f) => /unit-dari-berkas/.test(f.code));
    expect(aboutName).toHaveLength(1);
    expect(aboutName[0].message).toContain('"laporan-tw2-2024"');
    // Its text line names the file once.
    const line = (await sakip('rekap', one)).stdout.split('\n').find((l) => l.includes('dipakai nama berkas'))!;
    expect(line.split(one)).toHaveLength(2);

    const files = [one];
    for (let i = 2; i <= 23; i++) {
      const copy = path.join(dir, `laporan-${i}-tw2-2024.xlsx`);
      fs.copyFileSync(one, copy);
      files.push(copy);
    }
    const json = JSON.parse((await sakip('rekap', ...files, '--json')).stdout) as JsonRekap;
    expect(json.findings.filter((f) => f.code === 'unit-dari-berkas')).toHaveLength(23);
    const text = await sakip('rekap', ...files);
    const named = text.stdout.split('\n').filter((l) => l.includes('dipakai nama berkas'));
    expect(named).toHaveLength(20);
    expect(text.stdout).toContain('… dan 3 temuan info lain sejenis (lihat --json)\n');
  });

  it('gives the NPSS change in the JSON Tren, as each indicator has it', async () => {
    const run = await sakip('rekap', ...filesIn(QUARTERS), '--json');
    const tren = (JSON.parse(run.stdout) as JsonRekap).tren!;
    expect(tren.npss.nilai).toHaveLength(4);
    expect(tren.npss.perubahan).toHaveLength(4);
    expect(tren.npss.perubahan[0]).toBeNull();
    for (let i = 1; i < 4; i++) expect(tren.npss.perubahan[i]).toBeCloseTo((tren.npss.nilai[i] as number) - (tren.npss.nilai[i - 1] as number), 10);
  });

  it('cuts a unit name of 20,000 characters in its text line', async () => {
    const long = `Balai POM di ${'Kabupaten Sangat Panjang '.repeat(800)}`.trim();
    const r = unitQuarter('Balai POM di Palu', 2);
    const file = await write(unitWorkbook({ ...r, unit: long, rows: r.rows.map((x) => ({ ...x, sasaran: x.sasaran.replace('Balai POM di Palu', long) })) }), 'panjang.xlsx');
    const run = await sakip('rekap', file);
    const line = run.stdout.split('\n').find((l) => l.startsWith('  1. '))!;
    expect(line).toContain(`${long.slice(0, 199)}… —`);
    expect(line.length).toBeLessThan(400);
  });

  it('in a log, prints a line per file as it is read, from the first file (no one-second wait)', async () => {
    const files = filesIn(UNITS);
    let stderr = '';
    const code = await main(['rekap', ...files], { stdout: () => undefined, stderr: (t) => (stderr += t), progress: { tty: false, now: () => 0 } });
    expect(code).toBe(0);
    const lines = stderr.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(lines.map((l) => l.replace(/ .*$/, ''))).toEqual(files.map((_, i) => `[${i + 1}/${files.length}]`));
    expect(lines.map((l) => l.replace(/^\S+ /, '')).sort()).toEqual([...files].sort());
  });
});

describe('when the rekap reads in worker threads', () => {
  it('only for many files on 4 or more cores: on 2 cores workers read 304 files no faster (bench/README.md)', async () => {
    const { useWorkers } = await import('../../src/cli/rekap');
    expect(useWorkers(304, 2)).toBe(false);
    expect(useWorkers(304, 4)).toBe(true);
    expect(useWorkers(50, 16)).toBe(false);
  });
});
