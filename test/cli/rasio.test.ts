/**
 * `sakip` on a table whose realisasi is a ratio of counts (issue 15): the Pangkalpinang TW I
 * 2021 row (Tabel 3.5: pembilang 23, penyebut 36 → realisasi 63,89 → capaian 79,86 against
 * target 80, Cukup), from the generated fixture through exceljs files.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { roundAsDisplayed } from '../../src/core';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES } from '../../scripts/make-fixtures';
import { PANGKALPINANG_TW1_2021 } from '../../scripts/fixture-data';
import { checksum } from '../../scripts/workbook-dump';
import { copyFixture, jsonLines, sakip, tempDir } from './support';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pembilang / penyebut through the CLI', () => {
  it('periksa says the empty Realisasi will come from 23 / 36 and nothing is wrong', async () => {
    const input = copyFixture(FIXTURES.rasio, dir);
    const run = await sakip('periksa', input);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kinerja!F1 info: realisasi 1 indikator yang kosong diisi dari pembilang / penyebut × 100');
    expect(run.stdout).toContain('F3 = 23 / 36 × 100 = 63,89');
  });

  it('hitung writes realisasi 63,89, capaian 79,86 and Cukup into the row, and changes no input cell', async () => {
    const input = copyFixture(FIXTURES.rasio, dir);
    const original = new Workbook();
    await original.xlsx.readFile(input);
    const before = checksum(original);
    const run = await sakip('hitung', input, '--json');
    expect(run.stderr).toBe('');
    const [report] = jsonLines(run.stdout);
    const [row] = PANGKALPINANG_TW1_2021;
    const capaian = (((row.pembilang / row.penyebut) * 100) / row.target) * 100;
    expect(report.npss).toBeCloseTo(capaian, 10);
    const out = report.output as string;
    const grid = await (await XlsxWorkbook.open(out)).read('Kinerja');
    const cell = (r: number, c: number) => grid.values[r - grid.top]?.[c - grid.left] ?? null;
    expect(roundAsDisplayed(cell(2, 5) as number, 2)).toBe(63.89);
    expect(roundAsDisplayed(cell(2, 6) as number, 2)).toBe(79.86);
    expect(cell(2, 7)).toBe('Cukup');
    expect([cell(2, 2), cell(2, 3), cell(2, 4)]).toEqual([row.target, row.pembilang, row.penyebut]);
    // The input file is untouched, and a second check of the result finds the written realisasi agreeing.
    const wb = new Workbook();
    await wb.xlsx.readFile(input);
    expect(checksum(wb)).toBe(before);
    const again = await sakip('periksa', out, '--json');
    const findings = jsonLines(again.stdout)[0].findings as { code: string }[];
    expect(findings.map((f) => f.code).filter((c) => c.startsWith('audit') || c.startsWith('rasio') || c === 'realisasi-dari-rasio')).toEqual([]);
    expect(path.basename(out)).toBe('rasio-pangkalpinang-tw1-2021-hasil.xlsx');
  });
});
