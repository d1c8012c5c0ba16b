/**
 * The committed unit workbooks of the rekap (test/fixtures/rekap/) are exactly what
 * scripts/make-rekap-fixtures.ts makes (regenerated into a temp folder, compared cell by cell),
 * and they are what the rekap needs: a cover naming the unit, the report's layout, the engine
 * reading each as its unit computed it, and the variants the consolidation must notice.
 * If the comparison fails after changing the script, run `npm run fixtures:rekap` and commit.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { BPOM_UPT_2024, capaian, summarize } from '../../src/core';
import { runWorkbook } from '../../src/app';
import { XlsxWorkbook } from '../../src/xlsx';
import { REKAP_FIXTURES, rekapFixtures, writeRekapFixtures, writeUnitWorkbooks } from '../../scripts/make-rekap-fixtures';
import { DUMAI, MISSING_INDICATOR, NOT_ASSESSED_INDICATOR, OBAT_MS, OBAT_MS_HURUF, OBAT_MS_SINGKAT, UPT_BPOM, VARIANTS, reportFileName, unitQuarter } from '../../scripts/rekap-data';
import type { Quarter } from '../../scripts/rekap-data';
import { dumpWorkbook } from '../../scripts/workbook-dump';

const REKAP_DIR = path.resolve(__dirname, '..', 'fixtures', 'rekap');
const NAMES = Object.keys(rekapFixtures());
const REPORTS = Object.entries(REKAP_FIXTURES).flatMap(([folder, list]) => list.map((r) => ({ ...r, file: path.join(REKAP_DIR, folder, reportFileName(r.unit, r.quarter)) })));

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** NPSS of a unit's quarter straight from its data, by the core rules (no workbook in between). */
function expectedNpss(unit: string, q: Quarter): number | null {
  const rows = unitQuarter(unit, q).rows.map((r) => ({ perspektif: r.perspektif, sasaran: r.sasaran, capaian: capaian({ realisasi: r.realisasi, target: r.target }) }));
  const npss = summarize(rows, BPOM_UPT_2024).npss;
  return npss.status === 'ok' ? npss.value : null;
}

/** The indicator names of a generated workbook's table, as the sheet holds them. */
async function indicatorNames(file: string): Promise<string[]> {
  const g = await (await XlsxWorkbook.open(file)).read('Kinerja');
  return g.values.slice(5).map((r) => r[3]).filter((v): v is string => typeof v === 'string');
}

describe('generated rekap fixtures', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rekap-fixtures-'));
    await writeRekapFixtures(fresh);
  });
  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  it.each(NAMES)('%s is committed and matches the generator cell by cell', async (name) => {
    const committed = path.join(REKAP_DIR, name);
    expect(fs.existsSync(committed)).toBe(true);
    expect(dumpWorkbook(await load(committed))).toEqual(dumpWorkbook(await load(path.join(fresh, name))));
  });

  it('holds four units of TW II and one unit of TW I–IV, nothing else', () => {
    const onDisk = fs.readdirSync(REKAP_DIR).flatMap((d) => fs.readdirSync(path.join(REKAP_DIR, d)).map((f) => path.join(d, f)));
    expect(onDisk.sort()).toEqual([...NAMES].sort());
    expect(REKAP_FIXTURES['unit-tw2-2024'].map((r) => r.unit)).toHaveLength(4);
    expect(new Set(REKAP_FIXTURES['triwulan-2024'].map((r) => r.unit))).toEqual(new Set([DUMAI]));
  });

  it.each(REPORTS.map((r) => [path.basename(r.file), r] as const))('%s names its unit on the cover and its quarter in the headers', async (_name, r) => {
    const port = await XlsxWorkbook.open(r.file);
    expect(await port.sheets()).toEqual(['Sampul', 'Kinerja']);
    const cover = await port.read('Sampul');
    expect(cover.values[0][0]).toBe(`LAPORAN KINERJA TRIWULAN ${['I', 'II', 'III', 'IV'][r.quarter - 1]} TAHUN 2024`);
    expect(cover.values[1][0]).toBe(r.unit);
    const g = await port.read('Kinerja');
    expect(g.values[1][0]).toBe(r.unit);
    expect(g.values[4].slice(0, 4)).toEqual(['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja']);
  });

  it.each(REPORTS.map((r) => [path.basename(r.file), r] as const))('%s: the engine reads the quarter from the headers and finds the NPSS its data gives, with no error or warning', async (_name, r) => {
    const run = await runWorkbook(await XlsxWorkbook.open(r.file), { command: 'periksa', sheets: null, period: null, profile: BPOM_UPT_2024, lang: 'id' });
    const kinerja = run.sheets.find((s) => s.kind === 'kinerja');
    expect(kinerja?.period.period).toBe(`TW${r.quarter}`);
    const npss = run.summary?.npss.status === 'ok' ? run.summary.npss.value : null;
    const expected = expectedNpss(r.unit, r.quarter);
    expect(expected).not.toBeNull();
    expect(npss).toBeCloseTo(expected!, 9);
    // The units' printed Capaian and Kriteria follow the rule: nothing for the audit to flag.
    expect(run.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it("keeps Dumai's TW II as the report printed it (NPSS 101,67) and generates the other quarters", async () => {
    const dumai = REPORTS.filter((r) => r.unit === DUMAI);
    expect(expectedNpss(DUMAI, 2)).toBeCloseTo(101.67, 2);
    const npss = dumai.map((r) => expectedNpss(r.unit, r.quarter));
    expect(new Set(npss).size).toBe(4);
    expect(dumai.map((r) => r.quarter)).toEqual([1, 2, 3, 4]);
  });

  it('spells one indicator three ways across units: near-match, same once normalised, and as most units do', async () => {
    const byUnit = new Map(await Promise.all(REPORTS.filter((r) => r.quarter === 2).map(async (r) => [r.unit, await indicatorNames(r.file)] as const)));
    expect(byUnit.get(VARIANTS.singkat[0])).toContain(OBAT_MS_SINGKAT);
    expect(byUnit.get(VARIANTS.singkat[0])).not.toContain(OBAT_MS);
    expect(byUnit.get(VARIANTS.huruf[0])).toContain(OBAT_MS_HURUF);
    expect(byUnit.get(VARIANTS.missing)).toContain(OBAT_MS);
    expect(byUnit.get(DUMAI)).toContain(OBAT_MS);
  });

  it('leaves one indicator out of one unit and has another unit not assess one the others assess', async () => {
    const file = (unit: string) => REPORTS.find((r) => r.unit === unit && r.quarter === 2)!.file;
    expect(await indicatorNames(file(VARIANTS.missing))).not.toContain(MISSING_INDICATOR);
    expect(await indicatorNames(file(VARIANTS.notAssessed))).toContain(MISSING_INDICATOR);
    const g = await (await XlsxWorkbook.open(file(VARIANTS.notAssessed))).read('Kinerja');
    const row = g.values.find((r) => r[3] === NOT_ASSESSED_INDICATOR)!;
    expect(row.slice(4, 8)).toEqual(['-', '-', '-', '-']);
    const other = unitQuarter(VARIANTS.missing, 2).rows.find((r) => r.indikator === NOT_ASSESSED_INDICATOR)!;
    expect(other.target).not.toBeNull();
    expect(other.realisasi).not.toBeNull();
  });
});

describe('the unit list and the generated data', () => {
  it("lists 76 distinct UPT in BPOM's three forms of name", () => {
    expect(UPT_BPOM).toHaveLength(76);
    expect(new Set(UPT_BPOM).size).toBe(76);
    for (const u of UPT_BPOM) expect(u).toMatch(/^(Balai Besar POM|Balai POM|Loka POM) di [A-Z]/);
    expect(new Set(UPT_BPOM.map((u) => reportFileName(u, 1))).size).toBe(76);
  });

  it('is the same on every run and differs between units and quarters', () => {
    const a = unitQuarter(UPT_BPOM[10], 3);
    expect(unitQuarter(UPT_BPOM[10], 3)).toEqual(a);
    const real = (u: string, q: Quarter) => unitQuarter(u, q).rows.map((r) => r.realisasi);
    expect(real(UPT_BPOM[10], 3)).not.toEqual(real(UPT_BPOM[11], 3));
    expect(real(UPT_BPOM[10], 3)).not.toEqual(real(UPT_BPOM[10], 2));
  });

  it('writes units × quarters workbooks for the benchmark, each readable with its own unit and quarter', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rekap-units-'));
    try {
      const files = await writeUnitWorkbooks(dir, { units: 2, quarters: [1, 4] });
      expect(files.map((f) => path.basename(f))).toEqual([reportFileName(UPT_BPOM[0], 1), reportFileName(UPT_BPOM[0], 4), reportFileName(UPT_BPOM[1], 1), reportFileName(UPT_BPOM[1], 4)]);
      const cover = await (await XlsxWorkbook.open(files[3])).read('Sampul');
      expect(cover.values.slice(0, 2).map((r) => r[0])).toEqual(['LAPORAN KINERJA TRIWULAN IV TAHUN 2024', UPT_BPOM[1]]);
      await expect(writeUnitWorkbooks(dir, { units: 77, quarters: [1] })).rejects.toThrow(/at most 76/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
