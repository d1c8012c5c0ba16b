/**
 * The committed .xlsx fixtures are exactly what scripts/make-fixtures.ts makes: regenerated
 * into a temp folder and compared cell by cell (values, formulas, styles, merges, widths).
 * If this fails after changing the script, run `npm run fixtures` and commit the files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { DUMAI_TW2_2024 } from '../../src/core';
import { XlsxWorkbook } from '../../src/xlsx';
import { FIXTURES, writeFixtures } from '../../scripts/make-fixtures';
import { dumpWorkbook } from '../../scripts/workbook-dump';

const FIXTURE_DIR = path.resolve(__dirname, '..', 'fixtures');

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('generated fixtures', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-fixtures-'));
    await writeFixtures(fresh);
  });
  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  it.each(Object.values(FIXTURES))('%s is committed and matches the generator cell by cell', async (name) => {
    const committed = path.join(FIXTURE_DIR, name);
    expect(fs.existsSync(committed)).toBe(true);
    expect(dumpWorkbook(await load(committed))).toEqual(dumpWorkbook(await load(path.join(fresh, name))));
  });

  it('lays out the report table as the source prints it', async () => {
    const port = await XlsxWorkbook.open(path.join(FIXTURE_DIR, FIXTURES.report));
    expect(await port.sheets()).toEqual(['Sampul', 'Kinerja']);
    const g = await port.read('Kinerja');
    const cells = g.values.flat();
    // Title rows above the header, the header in row 5.
    expect(g.values[0][0]).toMatch(/Tabel 3\.1/);
    expect(g.values[4].slice(0, 4)).toEqual(['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja']);
    // Merged sasaran: only the first row of SS1's four indicators holds the name.
    expect(g.values.slice(5, 9).map((r) => r[2])).toEqual([DUMAI_TW2_2024[0].sasaran, null, null, null]);
    // Numbers as Indonesian text, `-` rows, and the report's printed slip on row 9.
    expect(cells).toContain('89,20');
    expect(cells).toContain('-');
    expect(g.values[8].slice(6, 8)).toEqual([103.52, 'Baik']);
  });
});
