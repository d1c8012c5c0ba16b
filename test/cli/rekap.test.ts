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
import { OBAT_MS, OBAT_MS_SINGKAT, VARIANTS } from '../../scripts/rekap-data';
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
  indikator: { nama: string; nilai: { unit: string; periode: string; capaian: number | null }[] }[];
  tren: null | { unit: string; periode: string[]; npss: { nilai: (number | null)[]; perubahan: (number | null)[] } };
  findings: { file: string | null; severity: string; code: string; message: string }[];
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
      const u = rekap.units.find((x) => x.file === path.basename(file));
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
