/**
 * Generates unit workbooks for the rekap (issue 16) the way units make them: one file per unit
 * and quarter, a cover sheet (`Sampul`: LAPORAN KINERJA TRIWULAN II TAHUN 2024, the unit's name)
 * and the table laid out like test/fixtures/laporan-tw2-2024.xlsx (title rows, merged sasaran,
 * some numbers as Indonesian text, the unit's own printed Capaian and Kriteria).
 *
 * `npm run fixtures:rekap` writes the small committed set under test/fixtures/rekap/ (never
 * hand-edited; test/xlsx/rekap-fixtures.test.ts regenerates and compares cell by cell);
 * `writeUnitWorkbooks` writes any number of them for the benchmark (76 units × 4 quarters).
 */
import * as path from 'path';
import { Workbook } from 'exceljs';
import { BPOM_UPT_2024, capaian, kriteria, roundAsDisplayed } from '../src/core';
import { BODY_STYLE, headerRow, letter, newWorkbook, numberCell, put, runs, ssNumber, writeChanged } from './make-fixtures';
import { DUMAI, LAST_MONTH, Quarter, ROMAN, UPT_BPOM, UnitQuarter, UnitRow, VARIANTS, reportFileName, unitQuarter } from './rekap-data';

/** The committed set: folder → the unit reports in it. */
export const REKAP_FIXTURES: Readonly<Record<string, readonly { readonly unit: string; readonly quarter: Quarter }[]>> = {
  /** Four units' TW II: a Balai Besar spelling an indicator short, one spelling it in other capitals, one missing an indicator, one not assessing one. */
  'unit-tw2-2024': [VARIANTS.singkat[0], VARIANTS.huruf[0], VARIANTS.missing, VARIANTS.notAssessed].map((unit) => ({ unit, quarter: 2 as Quarter })),
  /** One unit's four quarters (its TW II is the real report): the Tren. */
  'triwulan-2024': ([1, 2, 3, 4] as const).map((quarter) => ({ unit: DUMAI, quarter })),
};

/** Row of the table's header (below three title rows and a blank one). */
export const HEADER_ROW = 5;

/** The unit's printed Capaian (2 dp) and Kriteria, as its planner computed them; null: `-`. */
function printed(r: UnitRow): { readonly capaian: number; readonly kriteria: string; readonly colour: string } | null {
  const c = capaian({ realisasi: r.realisasi, target: r.target });
  if (c.status !== 'ok') return null;
  const k = kriteria(c.value, BPOM_UPT_2024);
  return { capaian: roundAsDisplayed(c.value, 2), kriteria: k.label, colour: `FF${k.colour.slice(1)}` };
}

/** One unit's quarterly report as a workbook. */
export function unitWorkbook(report: UnitQuarter): Workbook {
  const { unit, quarter, tahun, rows } = report;
  const tw = `Triwulan ${ROMAN[quarter]}`;
  const wb = newWorkbook();
  const cover = wb.addWorksheet('Sampul');
  put(cover, 'A1', `LAPORAN KINERJA ${tw.toUpperCase()} TAHUN ${tahun}`, { font: { name: 'Arial', size: 14, bold: true } });
  put(cover, 'A2', unit, { font: { name: 'Arial', size: 12 } });
  put(cover, 'A4', 'Disusun oleh Tim Perencanaan; angka capaian dari aplikasi e-performance (SIMETRIS).', { font: { name: 'Arial', size: 10, italic: true } });
  cover.getColumn(1).width = 80;

  const ws = wb.addWorksheet('Kinerja');
  const headers = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', `Target\n${tw}`, `Realisasi\n${tw}`, '% Capaian', 'Kriteria', 'Target Tahunan'];
  const last = letter(headers.length - 1);
  const titles = [`Tabel 3.1 Pengukuran Kinerja ${tw} Tahun ${tahun}`, unit, `Periode: Januari s.d. ${LAST_MONTH[quarter]} ${tahun}`];
  titles.forEach((t, i) => {
    put(ws, `A${i + 1}`, t, { font: { name: 'Arial', size: i === 0 ? 12 : 10, bold: i === 0 }, alignment: { horizontal: 'center' } });
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
  });
  headerRow(ws, HEADER_ROW, headers, [5, 16, 40, 52, 12, 12, 11, 22, 11]);
  const first = HEADER_ROW + 1;
  rows.forEach((r, i) => {
    const n = first + i;
    // Numbers pasted from the PDF arrive as Indonesian text in some rows (SPEC §8).
    const asText = i % 3 === 0;
    const out = printed(r);
    put(ws, `A${n}`, ssNumber(r.sasaran), { ...BODY_STYLE, alignment: { horizontal: 'center', vertical: 'top' } });
    put(ws, `B${n}`, r.perspektif);
    put(ws, `C${n}`, r.sasaran);
    put(ws, `D${n}`, r.indikator);
    put(ws, `E${n}`, numberCell(r.target, asText), BODY_STYLE, '0.00');
    put(ws, `F${n}`, numberCell(r.realisasi, asText), BODY_STYLE, '0.00');
    put(ws, `G${n}`, out ? out.capaian : '-', BODY_STYLE, '0.00');
    put(ws, `H${n}`, out ? out.kriteria : '-', out ? { ...BODY_STYLE, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: out.colour }, bgColor: { argb: out.colour } } } : BODY_STYLE);
    put(ws, `I${n}`, numberCell(r.targetTahunan, asText), BODY_STYLE, '0.00');
  });
  // Like cells merged as the report prints them: the master keeps the value, the rest read blank.
  const merge = (col: string, key: (r: UnitRow) => string) => {
    for (const [a, b] of runs(rows, key)) if (b > a) ws.mergeCells(`${col}${first + a}:${col}${first + b}`);
  };
  merge('A', (r) => r.sasaran);
  merge('B', (r) => r.perspektif);
  merge('C', (r) => r.sasaran);
  put(ws, `A${first + rows.length + 1}`, `Sumber: e-performance SIMETRIS BPOM, ${unit}`, { font: { name: 'Arial', size: 9, italic: true } });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }];
  return wb;
}

/** The committed set's files, `folder/name` → workbook. */
export function rekapFixtures(): Record<string, Workbook> {
  const out: Record<string, Workbook> = {};
  for (const [folder, reports] of Object.entries(REKAP_FIXTURES)) {
    for (const { unit, quarter } of reports) out[path.join(folder, reportFileName(unit, quarter))] = unitWorkbook(unitQuarter(unit, quarter));
  }
  return out;
}

/**
 * Writes the committed set under `dir` (folders created); returns the paths written. A file whose
 * cells already match is left alone: the zip stamps the time, so rewriting would only make noise.
 */
export async function writeRekapFixtures(dir: string): Promise<string[]> {
  return writeChanged(dir, rekapFixtures());
}

/** How many unit workbooks to write, and which. */
export interface UnitWorkbooksRequest {
  /** The first `units` units of UPT_BPOM (at most 76). */
  readonly units: number;
  readonly quarters: readonly Quarter[];
}

/** Writes `units × quarters` unit workbooks into `dir` (for the benchmark); returns their paths, unit by unit. */
export async function writeUnitWorkbooks(dir: string, request: UnitWorkbooksRequest): Promise<string[]> {
  if (request.units > UPT_BPOM.length) throw new Error(`at most ${UPT_BPOM.length} units, asked for ${request.units}`);
  const files: string[] = [];
  for (const unit of UPT_BPOM.slice(0, request.units)) {
    for (const q of request.quarters) {
      const file = path.join(dir, reportFileName(unit, q));
      await unitWorkbook(unitQuarter(unit, q)).xlsx.writeFile(file);
      files.push(file);
    }
  }
  return files;
}

if (require.main === module) {
  // Compiled to lib/scripts/; the fixtures live in test/fixtures/rekap at the repository root.
  const root = path.resolve(__dirname, '..', '..');
  writeRekapFixtures(path.join(root, 'test', 'fixtures', 'rekap')).then(
    (files) => process.stdout.write(files.length ? files.map((f) => `${path.relative(root, f)}\n`).join('') : 'Fixtures rekap sudah mutakhir (tidak ada yang berubah).\n'),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
