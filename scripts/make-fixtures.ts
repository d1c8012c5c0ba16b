/**
 * Generates the .xlsx fixtures under test/fixtures (never hand-edited: house style).
 * Run with `npm run fixtures`; test/xlsx/fixtures.test.ts regenerates them into a temp
 * folder and compares cell by cell with the committed files, so they cannot drift.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { Borders, CellValue, Style, Worksheet } from 'exceljs';
import { DUMAI_EFISIENSI_TW2_2024, DUMAI_TW2_2024, formatId } from '../src/core';
import type { SampleIndikator } from '../src/core';
import { BOBOT_2_1, EFISIENSI_BUDGET_TW2_2024, PANGKALPINANG_TW1_2021, QUARTERLY_2024, capaianOutputFor } from './fixture-data';
import { checksum } from './workbook-dump';

/** File names of the fixtures, by what they show. */
export const FIXTURES = {
  /** The TW II 2024 table laid out as the source report prints it. */
  report: 'laporan-tw2-2024.xlsx',
  /** The same data under the canonical headers, one value per cell, no merges. */
  canonical: 'laporan-tw2-2024-kanonik.xlsx',
  /** Targets and realisasi for TW I–IV (B03, B06, B09, B12). */
  quarterly: 'laporan-triwulan-2024.xlsx',
  /** The efficiency table of the report (3.3) with its budget. */
  efisiensi: 'efisiensi-tw2-2024.xlsx',
  /** A user's own formula in the Capaian column. */
  formula: 'rumus-capaian.xlsx',
  /** Pembilang and penyebut beside an empty Realisasi (Pangkalpinang TW I 2021, Tabel 3.5). */
  rasio: 'rasio-pangkalpinang-tw1-2021.xlsx',
  /** A Bobot (%) column: two indicators weighing 2:1 in one sasaran. */
  bobot: 'bobot-sasaran.xlsx',
} as const;

// A fixed timestamp keeps the generated files' metadata stable between runs.
export const STAMP = new Date(Date.UTC(2024, 6, 1));

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** The reports' header cells: bold, shaded, boxed. */
export const HEADER_STYLE: Partial<Style> = {
  font: { name: 'Arial', size: 10, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' }, bgColor: { argb: 'FFD9E1F2' } },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: THIN,
};
/** The reports' body cells: boxed, wrapped. */
export const BODY_STYLE: Partial<Style> = {
  font: { name: 'Arial', size: 10 },
  alignment: { vertical: 'top', wrapText: true },
  border: THIN,
};
// The reports' traffic lights on their printed Kriteria (so a recalculation visibly repaints).
const PRINTED_FILL: Record<string, string> = {
  'Tidak Dapat Disimpulkan': 'FFBDD7EE',
  'Sangat Baik': 'FF00B050',
  Baik: 'FF92D050',
  Cukup: 'FFFFFF00',
  Kurang: 'FFFF0000',
};

/** An empty workbook with the fixtures' fixed author and timestamps. */
export function newWorkbook(): Workbook {
  const wb = new Workbook();
  wb.creator = 'sakip-excel make-fixtures';
  wb.lastModifiedBy = 'sakip-excel make-fixtures';
  wb.created = STAMP;
  wb.modified = STAMP;
  return wb;
}

/** Sets one cell's value and (cloned) style. */
export function put(ws: Worksheet, address: string, value: CellValue, style: Partial<Style> = BODY_STYLE, numFmt?: string): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.style = structuredClone(numFmt ? { ...style, numFmt } : style);
}

/** One header row in HEADER_STYLE, and the columns' widths. */
export function headerRow(ws: Worksheet, row: number, headers: readonly string[], widths: readonly number[]): void {
  headers.forEach((h, i) => put(ws, `${letter(i)}${row}`, h, HEADER_STYLE));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getRow(row).height = 42;
}

/** The column letter of a 0-based column. */
export function letter(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** `-` for a missing number; otherwise the number, or its Indonesian text when `asText`. */
export function numberCell(v: number | null, asText: boolean): number | string {
  if (v === null) return '-';
  return asText ? formatId(v, 2) : v;
}

/** Runs of equal keys as [first, last] index pairs (for merging like cells vertically). */
export function runs<T>(items: readonly T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((t, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last[0]]) === key(t)) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

/** SS numbers as the report numbers its sasaran (SS1 … SS10), by name. */
const SS_ORDER = [
  'Terwujudnya Obat dan Makanan yang memenuhi syarat',
  'Meningkatnya efektivitas pemeriksaan sarana',
  'Meningkatnya efektivitas Komunikasi',
  'Meningkatnya efektivitas pemeriksaan produk',
  'Meningkatnya efektivitas penindakan',
  'Menguatnya laboratorium',
  'Meningkatnya kepuasan',
  'Terwujudnya tata kelola',
  'Terwujudnya SDM',
  'Terkelolanya Keuangan',
];
/** The SS number the report gives a sasaran (SS1 … SS10), by its name. */
export const ssNumber = (sasaran: string): number => SS_ORDER.findIndex((p) => sasaran.startsWith(p)) + 1;

/** (a) The TW II 2024 table as the report prints it: titles, merges, text numbers, `-`, printed outputs. */
export function reportWorkbook(): Workbook {
  const wb = newWorkbook();
  const cover = wb.addWorksheet('Sampul');
  put(cover, 'A1', 'LAPORAN KINERJA TRIWULAN II TAHUN 2024', { font: { name: 'Arial', size: 14, bold: true } });
  put(cover, 'A2', 'Loka POM di Kota Dumai', { font: { name: 'Arial', size: 12 } });
  put(cover, 'A4', 'Disusun oleh Tim Perencanaan; angka capaian dari aplikasi e-performance (SIMETRIS).', { font: { name: 'Arial', size: 10, italic: true } });
  cover.getColumn(1).width = 80;

  const ws = wb.addWorksheet('Kinerja');
  const headers = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target\nTriwulan II', 'Realisasi\nTriwulan II', '% Capaian', 'Kriteria', 'Target Tahunan', 'Status'];
  const last = letter(headers.length - 1);
  const titles = ['Tabel 3.1 Pengukuran Kinerja Triwulan II Tahun 2024', 'Loka POM di Kota Dumai', 'Periode: Januari s.d. Juni 2024'];
  titles.forEach((t, i) => {
    put(ws, `A${i + 1}`, t, { font: { name: 'Arial', size: i === 0 ? 12 : 10, bold: i === 0 }, alignment: { horizontal: 'center' } });
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
  });
  const HEADER = 5;
  headerRow(ws, HEADER, headers, [5, 16, 40, 52, 12, 12, 11, 22, 11, 18]);

  const rows = DUMAI_TW2_2024;
  const first = HEADER + 1;
  rows.forEach((r: SampleIndikator, i) => {
    const n = first + i;
    // Numbers pasted from the PDF arrive as Indonesian text in some rows (SPEC §8).
    const asText = i % 3 === 0;
    put(ws, `A${n}`, ssNumber(r.sasaran), { ...BODY_STYLE, alignment: { horizontal: 'center', vertical: 'top' } });
    put(ws, `B${n}`, r.perspektif);
    put(ws, `C${n}`, r.sasaran);
    put(ws, `D${n}`, r.indikator);
    put(ws, `E${n}`, numberCell(r.target, asText), BODY_STYLE, '0.00');
    put(ws, `F${n}`, numberCell(r.realisasi, asText), BODY_STYLE, '0.00');
    put(ws, `G${n}`, numberCell(r.printedCapaian, i % 5 === 1), BODY_STYLE, '0.00');
    const fill = PRINTED_FILL[r.printedKriteria];
    put(ws, `H${n}`, r.printedKriteria, fill ? { ...BODY_STYLE, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill }, bgColor: { argb: fill } } } : BODY_STYLE);
    put(ws, `I${n}`, numberCell(r.targetTahunan, asText), BODY_STYLE, '0.00');
    put(ws, `J${n}`, r.printedStatus);
  });
  // Like cells merged as the report prints them: the master keeps the value, the rest read blank.
  const merge = (col: string, key: (r: SampleIndikator) => string) => {
    for (const [a, b] of runs(rows, key)) if (b > a) ws.mergeCells(`${col}${first + a}:${col}${first + b}`);
  };
  merge('A', (r) => r.sasaran);
  merge('B', (r) => r.perspektif);
  merge('C', (r) => r.sasaran);
  const foot = first + rows.length + 1;
  put(ws, `A${foot}`, 'Sumber: e-performance SIMETRIS BPOM, diunduh 5 Juli 2024', { font: { name: 'Arial', size: 9, italic: true } });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADER }];
  return wb;
}

/** (b) The same data under canonical headers, one value per cell, outputs empty. */
export function canonicalWorkbook(): Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Kinerja');
  const headers = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria', 'Target Tahunan', 'Capaian terhadap Target Tahunan', 'Status'];
  headerRow(ws, 1, headers, [5, 16, 40, 52, 11, 10, 10, 10, 22, 10, 14, 18]);
  DUMAI_TW2_2024.forEach((r, i) => {
    const n = i + 2;
    put(ws, `A${n}`, i + 1);
    put(ws, `B${n}`, r.perspektif);
    put(ws, `C${n}`, r.sasaran);
    put(ws, `D${n}`, r.indikator);
    put(ws, `E${n}`, r.polaritas);
    put(ws, `F${n}`, numberCell(r.target, false), BODY_STYLE, '0.00');
    put(ws, `G${n}`, numberCell(r.realisasi, false), BODY_STYLE, '0.00');
    put(ws, `J${n}`, r.targetTahunan, BODY_STYLE, '0.00');
  });
  return wb;
}

/** (c) Targets and realisasi of TW I–IV side by side; the period picks the pair. */
export function quarterlyWorkbook(): Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Kinerja');
  const months = ['B03', 'B06', 'B09', 'B12'];
  const headers = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', ...months.flatMap((m) => [`Target ${m}`, `Realisasi ${m}`]), 'Capaian', 'Kriteria'];
  headerRow(ws, 1, headers, [5, 16, 36, 44, 11, 9, 9, 9, 9, 9, 9, 9, 9, 10, 22]);
  QUARTERLY_2024.forEach((r, i) => {
    const n = i + 2;
    put(ws, `A${n}`, i + 1);
    put(ws, `B${n}`, r.perspektif);
    put(ws, `C${n}`, r.sasaran);
    put(ws, `D${n}`, r.indikator);
    put(ws, `E${n}`, r.polaritas);
    months.forEach((_m, q) => {
      put(ws, `${letter(5 + 2 * q)}${n}`, numberCell(r.target[q], false), BODY_STYLE, '0.00');
      put(ws, `${letter(6 + 2 * q)}${n}`, numberCell(r.realisasi[q], false), BODY_STYLE, '0.00');
    });
  });
  return wb;
}

/** (d) The efficiency table (3.3) with pagu and realisasi anggaran and the report's printed outputs. */
export function efisiensiWorkbook(): Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Efisiensi');
  put(ws, 'A1', 'Efisiensi Penggunaan Anggaran s.d. Triwulan II Tahun 2024', { font: { name: 'Arial', size: 12, bold: true } });
  ws.mergeCells('A1:K1');
  const headers = ['No', 'Kode', 'Kegiatan', 'Capaian Output (%)', 'Pagu Anggaran', 'Realisasi Anggaran', 'Capaian Input (%)', 'IE', 'TE', 'Capaian TE', 'Kategori'];
  const HEADER = 3;
  headerRow(ws, HEADER, headers, [5, 11, 50, 12, 16, 16, 12, 8, 8, 10, 14]);
  DUMAI_EFISIENSI_TW2_2024.forEach((e, i) => {
    const n = HEADER + 1 + i;
    const b = EFISIENSI_BUDGET_TW2_2024[i];
    // Rupiah pasted as text with thousands dots in some rows, as the report prints them.
    const money = (v: number | null) => (v === null ? '-' : i % 4 === 0 ? formatId(v, 0) : v);
    put(ws, `A${n}`, i + 1);
    put(ws, `B${n}`, b.kode);
    put(ws, `C${n}`, e.kegiatan);
    put(ws, `D${n}`, capaianOutputFor(e.ie, b), BODY_STYLE, '0.00');
    put(ws, `E${n}`, money(b.pagu), BODY_STYLE, '#,##0');
    put(ws, `F${n}`, money(b.realisasi), BODY_STYLE, '#,##0');
    put(ws, `G${n}`, b.realisasi === null ? 0 : Math.round((b.realisasi / b.pagu) * 100 * 100) / 100, BODY_STYLE, '0.00');
    put(ws, `H${n}`, e.ie === null ? '-' : e.ie, BODY_STYLE, '0.00');
    put(ws, `I${n}`, e.printedTe, BODY_STYLE, '0.00');
    put(ws, `J${n}`, e.printedCapaianTe === null ? '-' : e.printedCapaianTe, BODY_STYLE, '0');
    put(ws, `K${n}`, e.printedKategori);
  });
  return wb;
}

/** (e) A short canonical table whose Capaian column holds the user's own formulas. */
export function formulaWorkbook(): Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Kinerja');
  const headers = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas', 'Target', 'Realisasi', 'Capaian', 'Kriteria'];
  headerRow(ws, 1, headers, [5, 16, 40, 52, 11, 10, 10, 10, 22]);
  const rows = DUMAI_TW2_2024.filter((r) => r.target !== null && r.sasaran === DUMAI_TW2_2024[0].sasaran);
  rows.forEach((r, i) => {
    const n = i + 2;
    put(ws, `A${n}`, i + 1);
    put(ws, `B${n}`, r.perspektif);
    put(ws, `C${n}`, r.sasaran);
    put(ws, `D${n}`, r.indikator);
    put(ws, `E${n}`, r.polaritas);
    put(ws, `F${n}`, r.target, BODY_STYLE, '0.00');
    put(ws, `G${n}`, r.realisasi, BODY_STYLE, '0.00');
    // The user's formula with Excel's cached result, as a saved workbook holds it.
    put(ws, `H${n}`, { formula: `G${n}/F${n}*100`, result: ((r.realisasi ?? 0) / (r.target ?? 1)) * 100 }, BODY_STYLE, '0.00');
  });
  return wb;
}

/**
 * (f) The Pangkalpinang table's layout: "s.d TW I" over Pembilang | Penyebut | Realisasi, the
 * Realisasi left empty for SAKIP to fill from the counts, Capaian and Kriteria empty.
 */
export function rasioWorkbook(): Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Kinerja');
  headerRow(ws, 1, ['Sasaran Strategis', 'Indikator Kinerja Sasaran Strategis (IKSS)', 'Target s.d TW I', 's.d TW I', '', '', 'Capaian Terhadap Target', 'Kriteria'], [24, 44, 10, 11, 11, 11, 12, 14]);
  ws.mergeCells('D1:F1');
  headerRow(ws, 2, ['', '', '', 'Pembilang', 'Penyebut', 'Realisasi', '', ''], [24, 44, 10, 11, 11, 11, 12, 14]);
  for (const c of ['A', 'B', 'C', 'G', 'H']) ws.mergeCells(`${c}1:${c}2`);
  PANGKALPINANG_TW1_2021.forEach((r, i) => {
    const n = i + 3;
    put(ws, `A${n}`, r.sasaran);
    put(ws, `B${n}`, r.indikator);
    put(ws, `C${n}`, r.target, BODY_STYLE, '0.00');
    put(ws, `D${n}`, r.pembilang, BODY_STYLE, '0');
    put(ws, `E${n}`, r.penyebut, BODY_STYLE, '0');
    put(ws, `F${n}`, null, BODY_STYLE, '0.00');
  });
  return wb;
}

/** (g) One sasaran whose indicators carry a Bobot (%) column, 2:1 (issue 15). */
export function bobotWorkbook(): Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Kinerja');
  headerRow(ws, 1, ['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Bobot (%)', 'Capaian', 'Kriteria'], [16, 36, 30, 10, 10, 10, 10, 14]);
  BOBOT_2_1.forEach((r, i) => {
    const n = i + 2;
    put(ws, `A${n}`, 'Stakeholder');
    put(ws, `B${n}`, r.sasaran);
    put(ws, `C${n}`, r.indikator);
    put(ws, `D${n}`, r.target, BODY_STYLE, '0.00');
    put(ws, `E${n}`, r.realisasi, BODY_STYLE, '0.00');
    put(ws, `F${n}`, r.bobot, BODY_STYLE, '0');
  });
  return wb;
}

/** Every fixture by file name. */
export function allFixtures(): Record<string, Workbook> {
  return {
    [FIXTURES.report]: reportWorkbook(),
    [FIXTURES.canonical]: canonicalWorkbook(),
    [FIXTURES.quarterly]: quarterlyWorkbook(),
    [FIXTURES.efisiensi]: efisiensiWorkbook(),
    [FIXTURES.formula]: formulaWorkbook(),
    [FIXTURES.rasio]: rasioWorkbook(),
    [FIXTURES.bobot]: bobotWorkbook(),
  };
}

/**
 * Writes every fixture into `dir`; returns the paths written. A file whose cells already match
 * is left alone: the zip inside an .xlsx stamps the time, so rewriting it would only make noise.
 */
export async function writeFixtures(dir: string): Promise<string[]> {
  return writeChanged(dir, allFixtures());
}

/** Writes each workbook to `dir`/name (folders created) unless the file there already holds the same cells; returns the paths written. */
export async function writeChanged(dir: string, workbooks: Readonly<Record<string, Workbook>>): Promise<string[]> {
  const written: string[] = [];
  for (const [name, wb] of Object.entries(workbooks)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file)) {
      const existing = new Workbook();
      await existing.xlsx.readFile(file);
      const fresh = new Workbook();
      await fresh.xlsx.load(await wb.xlsx.writeBuffer());
      if (checksum(existing) === checksum(fresh)) continue;
    }
    await wb.xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  // Compiled to lib/scripts/; the fixtures live in test/fixtures at the repository root.
  const root = path.resolve(__dirname, '..', '..');
  writeFixtures(path.join(root, 'test', 'fixtures')).then(
    (files) => process.stdout.write(files.length ? files.map((f) => `${path.relative(root, f)}\n`).join('') : 'Fixtures sudah mutakhir (tidak ada yang berubah).\n'),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
