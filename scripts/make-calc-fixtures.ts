/**
 * Fixtures made the way users make them (issue 12, deliverable 5): the sources a planner
 * types — a CSV in Indonesian or English number style, a flat OpenDocument sheet (.fods) with
 * percent formats, merged headers and the abbreviations of real reports — converted to .xlsx
 * by LibreOffice Calc, so the committed files carry what a spreadsheet program really writes
 * (its number cells, its `0.00%` formats, its merges) rather than what exceljs would write.
 *
 * Run with `npm run fixtures:calc` (needs `soffice`: `apt-get install -y --no-install-recommends
 * libreoffice-calc`). The sources are committed beside the .xlsx so a reviewer sees what was
 * typed. Tests never run LibreOffice (CI has none): test/xlsx/calc-fixtures.test.ts checks
 * that the committed sources are what this script writes and that each committed .xlsx has the
 * properties intended here (numbers are numbers, percent formats, merges).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { DUMAI_EFISIENSI_TW2_2024, DUMAI_TW2_2024 } from '../src/core';
import { EFISIENSI_BUDGET_TW2_2024, QUARTERLY_2024, capaianOutputFor } from './fixture-data';
import type { QuarterRow } from './fixture-data';
import { checksum } from './workbook-dump';

/** The committed fixtures' folder, relative to the repository root. */
export const CALC_DIR = path.join('test', 'fixtures', 'calc');

/** One source file and how Calc imports it. */
export interface CalcSource {
  /** File name of the source; the .xlsx has the same stem. */
  readonly source: string;
  /** soffice `--infilter` (CSV import options), or undefined for a .fods. */
  readonly infilter?: string;
  readonly text: string;
}

/** An indicator row as a planner types it (TW II). */
export interface TypedRow {
  readonly perspektif: string;
  readonly sasaran: string;
  readonly indikator: string;
  readonly target: number;
  readonly realisasi: number;
  readonly targetTahunan: number;
  /** The Capaian (%) the planner typed (the report's printed value). */
  readonly capaian: number;
}

const byIndikator = (start: string) => {
  const r = DUMAI_TW2_2024.find((x) => x.indikator.startsWith(start));
  if (!r || r.target === null || r.realisasi === null || r.printedCapaian === null) throw new Error(`no assessed sample row ${start}`);
  return r;
};
const typed = (start: string): TypedRow => {
  const r = byIndikator(start);
  return { perspektif: r.perspektif, sasaran: r.sasaran, indikator: r.indikator, target: r.target as number, realisasi: r.realisasi as number, targetTahunan: r.targetTahunan, capaian: r.printedCapaian as number };
};

/** SS1 (Stakeholder) of the source report's TW II table, as printed. */
export const SS1_ROWS: readonly TypedRow[] = DUMAI_TW2_2024.filter((r) => r.sasaran === DUMAI_TW2_2024[0].sasaran).map((r) => typed(r.indikator));
/** SS2's seven indicators: capaian 95,12 / 53,94 / 100 / 146,82 / 128,44 / 133,33 / 186,64 (SPEC §4). */
export const SS2_ROWS: readonly TypedRow[] = DUMAI_TW2_2024.filter((r) => r.sasaran.startsWith('Meningkatnya efektivitas pemeriksaan sarana')).map((r) => typed(r.indikator));
/**
 * SS4: the report's 25,00 → 27,68 % of drug samples typed as the counts behind it (1.250
 * planned, 1.384 tested: the same 110,72), so the Indonesian CSV has thousands dots to read.
 */
export const SS4_ROWS: readonly TypedRow[] = [
  { ...typed('Persentase sampel Obat'), indikator: 'Jumlah sampel Obat yang diperiksa dan diuji sesuai standar', target: 1250, realisasi: 1384, targetTahunan: 2500 },
  typed('Persentase sampel Makanan'),
];
/** The small kinerja table of the two CSV imports (cases 1 and 2). */
export const CSV_ROWS: readonly TypedRow[] = [...SS1_ROWS, ...SS2_ROWS, ...SS4_ROWS];
export const CSV_HEADERS = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target TW II', 'Realisasi TW II', 'Capaian (%)'] as const;

/**
 * A number as a planner types it: whole numbers bare (`100`, `1.250`), others with two
 * decimals (`89,20`), in the culture's separators.
 */
export function typedNumber(v: number, lang: 'id' | 'en'): string {
  const [dec, group] = lang === 'id' ? [',', '.'] : ['.', ','];
  const [int, frac] = (Number.isInteger(v) ? String(v) : v.toFixed(2)).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (frac ? dec + frac : '');
}

function csvLine(fields: readonly string[], sep: string): string {
  return fields.map((f) => (f.includes(sep) || f.includes('"') ? `"${f.replace(/"/g, '""')}"` : f)).join(sep);
}

/** Case 1 and 2: the same table as an id-ID (`;`, `89,20`, `1.250`) or en-US (`,`, `89.20`, `"1,250"`) CSV. */
export function kinerjaCsv(lang: 'id' | 'en'): string {
  const sep = lang === 'id' ? ';' : ',';
  const lines = [csvLine(CSV_HEADERS, sep)];
  CSV_ROWS.forEach((r, i) => {
    const prev = CSV_ROWS[i - 1];
    // The Indonesian file is copied from a sheet with merged Perspektif/Sasaran cells: only the
    // first row of a group names it. The English one repeats them, as an export does.
    const same = lang === 'id' && prev !== undefined;
    lines.push(
      csvLine(
        [
          String(i + 1),
          same && prev.perspektif === r.perspektif ? '' : r.perspektif,
          same && prev.sasaran === r.sasaran ? '' : r.sasaran,
          r.indikator,
          typedNumber(r.target, lang),
          typedNumber(r.realisasi, lang),
          typedNumber(r.capaian, lang),
        ],
        sep,
      ),
    );
  });
  // Windows line ends, as Excel and Calc on a planner's desktop write CSV.
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// A flat OpenDocument spreadsheet written by hand: only what the cases need.

/** A cell of a .fods sheet. `covered` marks a cell under a merge. */
export type FodsCell =
  | null
  | { readonly covered: true }
  | {
      readonly v: number | string;
      /** Cell style: `pct` 0.00%, `num` 0.00, `rp` #,##0, `hdr` bold centred header. */
      readonly style?: 'pct' | 'num' | 'rp' | 'hdr';
      /** Merge: columns and rows spanned from this cell. */
      readonly span?: readonly [number, number];
    };

/** One sheet of a .fods document. */
export interface FodsSheet {
  readonly name: string;
  readonly rows: readonly (readonly FodsCell[])[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What Calc shows for a typed value, written as the cell's text (Calc recomputes it anyway). */
function shownText(v: number, style: string | undefined): string {
  if (style === 'pct') return `${typedNumber(Math.round(v * 10000) / 100, 'id').replace(/^(\d+)$/, '$1,00')}%`;
  if (style === 'num') return v.toFixed(2).replace('.', ',');
  if (style === 'rp') return typedNumber(v, 'id');
  return typedNumber(v, 'id');
}

function fodsCell(c: FodsCell): string {
  if (c === null) return '<table:table-cell/>';
  if ('covered' in c) return '<table:covered-table-cell/>';
  const attrs: string[] = [];
  if (c.style) attrs.push(`table:style-name="${c.style}"`);
  if (c.span) attrs.push(`table:number-columns-spanned="${c.span[0]}" table:number-rows-spanned="${c.span[1]}"`);
  if (typeof c.v === 'number') {
    attrs.push(c.style === 'pct' ? `office:value-type="percentage" office:value="${c.v}"` : `office:value-type="float" office:value="${c.v}"`);
    return `<table:table-cell ${attrs.join(' ')}><text:p>${shownText(c.v, c.style)}</text:p></table:table-cell>`;
  }
  attrs.push('office:value-type="string"');
  return `<table:table-cell ${attrs.join(' ')}><text:p>${esc(c.v)}</text:p></table:table-cell>`;
}

/** A .fods document: Indonesian locale, the four cell styles, the sheets. */
export function fods(sheets: readonly FodsSheet[]): string {
  const ns = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  ].join(' ');
  const body = sheets
    .map((s) => {
      const width = Math.max(...s.rows.map((r) => r.length));
      const rows = s.rows.map((r) => `   <table:table-row>${[...r, ...Array<FodsCell>(width - r.length).fill(null)].map(fodsCell).join('')}</table:table-row>`);
      return `  <table:table table:name="${esc(s.name)}">\n   <table:table-column table:number-columns-repeated="${width}"/>\n${rows.join('\n')}\n  </table:table>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ns} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:styles>
  <style:default-style style:family="table-cell"><style:text-properties fo:language="id" fo:country="ID"/></style:default-style>
 </office:styles>
 <office:automatic-styles>
  <number:percentage-style style:name="Npct" number:language="id" number:country="ID"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:number-style style:name="Nnum" number:language="id" number:country="ID"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="Nrp" number:language="id" number:country="ID"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <style:style style:name="pct" style:family="table-cell" style:data-style-name="Npct"/>
  <style:style style:name="num" style:family="table-cell" style:data-style-name="Nnum"/>
  <style:style style:name="rp" style:family="table-cell" style:data-style-name="Nrp"/>
  <style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
${body}
  </office:spreadsheet>
 </office:body>
</office:document>
`;
}

const h = (v: string, span?: readonly [number, number]): FodsCell => ({ v, style: 'hdr', ...(span ? { span } : {}) });
const COVERED: FodsCell = { covered: true };

// ---------------------------------------------------------------------------------------------
// Case 3: percent-formatted targets.

/** What Calc stores for a percentage typed as `95,19%`: the decimal 0.9519, not 95.19 / 100's binary neighbour. */
export const asTypedPercent = (v: number): number => Number((v / 100).toPrecision(12));

/** Realisasi typed as the text `51,35%` (pasted from a PDF) in these SS2 rows, by index. */
export const PERCENT_TEXT_REALISASI = [1, 4] as const;
/** The one realisasi typed as a percentage (0,9512 shown 95,12%), by index. */
export const PERCENT_NUMBER_REALISASI = 0;

/** Case 3: SS2 with every target typed as a percentage (stored 0,9519, shown 95,19%). */
export function percentSheet(): FodsSheet {
  const rows: FodsCell[][] = [['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Target TW II', 'Realisasi TW II', 'Capaian (%)'].map((t) => h(t))];
  SS2_ROWS.forEach((r, i) => {
    const realisasi: FodsCell = (PERCENT_TEXT_REALISASI as readonly number[]).includes(i)
      ? { v: `${typedNumber(r.realisasi, 'id')}%` }
      : i === PERCENT_NUMBER_REALISASI
        ? { v: asTypedPercent(r.realisasi), style: 'pct' }
        : { v: r.realisasi, style: 'num' };
    rows.push([{ v: i + 1 }, { v: r.perspektif }, { v: r.sasaran }, { v: r.indikator }, { v: asTypedPercent(r.target), style: 'pct' }, realisasi, null]);
  });
  return { name: 'Kinerja', rows };
}

// ---------------------------------------------------------------------------------------------
// Case 4: a two-row header with merged group headers, merged Perspektif/Sasaran.

export const QUARTER_LABELS = ['TW I', 'TW II', 'TW III', 'TW IV'] as const;
/** Excel row (1-based) of the first header row of case 4; the data starts two rows below. */
export const MERGED_HEADER_ROW = 3;

/** Case 4: TW I–IV targets and realisasi under merged `Target` / `Realisasi` headers. */
export function mergedSheet(rows: readonly QuarterRow[] = QUARTERLY_2024): FodsSheet {
  const n = 5 + 2 * QUARTER_LABELS.length + 1;
  const title: FodsCell[] = [h('Tabel 3.1 Pengukuran Kinerja Tahun 2024', [n, 1]), ...Array<FodsCell>(n - 1).fill(COVERED)];
  const top: FodsCell[] = [
    ...['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Polaritas'].map((t) => h(t, [1, 2])),
    h('Target', [4, 1]), COVERED, COVERED, COVERED,
    h('Realisasi', [4, 1]), COVERED, COVERED, COVERED,
    h('Capaian (%)', [1, 2]),
  ];
  const sub: FodsCell[] = [...Array<FodsCell>(5).fill(COVERED), ...QUARTER_LABELS.map((q) => h(q)), ...QUARTER_LABELS.map((q) => h(q)), COVERED];
  const body: FodsCell[][] = rows.map((r, i) => {
    // Merged down over the run of equal perspectives / sasaran, as the LAKIN tables print them.
    const spanOf = (key: (x: QuarterRow) => string): FodsCell => {
      if (i > 0 && key(rows[i - 1]) === key(r)) return COVERED;
      let k = i;
      while (k + 1 < rows.length && key(rows[k + 1]) === key(r)) k++;
      return { v: key(r), span: [1, k - i + 1] };
    };
    const num = (v: number | null): FodsCell => (v === null ? { v: '-' } : { v, style: 'num' });
    return [{ v: i + 1 }, spanOf((x) => x.perspektif), spanOf((x) => x.sasaran), { v: r.indikator }, { v: r.polaritas }, ...r.target.map(num), ...r.realisasi.map(num), null];
  });
  return { name: 'Kinerja', rows: [title, [], top, sub, ...body] };
}

// ---------------------------------------------------------------------------------------------
// Case 5: the wordings and abbreviations of real reports.

export const ABBREV_KINERJA_HEADERS = ['No', 'Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Tgt Thn 2024', 'Target s.d. TW II', 'Real. TW II', 'Capaian (%)'] as const;
export const ABBREV_TRW_HEADERS = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target Trw. II', 'Real. Trw. II', 'Capaian (%)'] as const;
export const ABBREV_EFISIENSI_HEADERS = ['No', 'Kegiatan/Output', 'Capaian Output (%)', 'Pagu DIPA (Rp)', 'Penyerapan (Rp)', '% Serapan'] as const;
/** The activities of the efficiency sheet: the first six of the report's table (3.3). */
export const ABBREV_EFISIENSI_COUNT = 6;

/** The efficiency rows typed on case 5's sheet. */
export function abbrevEfisiensiRows(): { kegiatan: string; output: number; pagu: number; penyerapan: number; serapan: number }[] {
  return DUMAI_EFISIENSI_TW2_2024.slice(0, ABBREV_EFISIENSI_COUNT).map((e, i) => {
    const b = EFISIENSI_BUDGET_TW2_2024[i];
    const penyerapan = b.realisasi ?? 0;
    return { kegiatan: e.kegiatan, output: capaianOutputFor(e.ie, b), pagu: b.pagu, penyerapan, serapan: Math.round((penyerapan / b.pagu) * 100 * 100) / 100 };
  });
}

/** Case 5: three sheets headed as real reports head them. */
export function abbrevSheets(): FodsSheet[] {
  const kinerja: FodsCell[][] = [ABBREV_KINERJA_HEADERS.map((t) => h(t))];
  [...SS1_ROWS, ...SS2_ROWS].forEach((r, i) =>
    kinerja.push([{ v: i + 1 }, { v: r.perspektif }, { v: r.sasaran }, { v: r.indikator }, { v: r.targetTahunan, style: 'num' }, { v: r.target, style: 'num' }, { v: r.realisasi, style: 'num' }, { v: r.capaian, style: 'num' }]),
  );
  const trw: FodsCell[][] = [ABBREV_TRW_HEADERS.map((t) => h(t))];
  SS4_ROWS.forEach((r, i) => trw.push([{ v: i + 1 }, { v: r.sasaran }, { v: r.indikator }, { v: r.target, style: 'num' }, { v: r.realisasi, style: 'num' }, { v: r.capaian, style: 'num' }]));
  const efisiensi: FodsCell[][] = [ABBREV_EFISIENSI_HEADERS.map((t) => h(t))];
  abbrevEfisiensiRows().forEach((e, i) =>
    efisiensi.push([{ v: i + 1 }, { v: e.kegiatan }, { v: e.output, style: 'num' }, { v: e.pagu, style: 'rp' }, { v: e.penyerapan, style: 'rp' }, { v: e.serapan, style: 'num' }]),
  );
  return [
    { name: 'Kinerja', rows: kinerja },
    { name: 'IKU Trw II', rows: trw },
    { name: 'Efisiensi', rows: efisiensi },
  ];
}

/** Every source, named for what it is. */
export const CALC_FIXTURES = {
  idCsv: 'kinerja-tw2-csv-id-ID.csv',
  enCsv: 'kinerja-tw2-csv-en-US.csv',
  percent: 'target-persen-format.fods',
  merged: 'header-bertingkat-sel-gabung.fods',
  abbrev: 'judul-singkatan-laporan.fods',
} as const;

/** The .xlsx Calc makes of a source. */
export const xlsxName = (source: string): string => source.replace(/\.[a-z]+$/, '.xlsx');

/** Every source with its text and import options. */
export function calcSources(): CalcSource[] {
  return [
    // 59 = `;`, 34 = `"`, 76 = UTF-8, from line 1, 1057 = id-ID: Calc reads `89,20` as 89.2, `1.250` as 1250.
    { source: CALC_FIXTURES.idCsv, infilter: 'CSV:59,34,76,1,,1057', text: kinerjaCsv('id') },
    // 44 = `,`, 1033 = en-US.
    { source: CALC_FIXTURES.enCsv, infilter: 'CSV:44,34,76,1,,1033', text: kinerjaCsv('en') },
    { source: CALC_FIXTURES.percent, text: fods([percentSheet()]) },
    { source: CALC_FIXTURES.merged, text: fods([mergedSheet()]) },
    { source: CALC_FIXTURES.abbrev, text: fods(abbrevSheets()) },
  ];
}

/** The cells, styles and merges of an .xlsx (not its zip timestamps). */
async function cellsOf(file: string): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return checksum(wb);
}

/**
 * Writes every source into `dir` and converts it with LibreOffice; returns the files written.
 * Calc stamps the time into every .xlsx, so one whose cells already match is left alone: a
 * rerun changes nothing in git unless what was typed changed.
 */
export async function writeCalcFixtures(dir: string, soffice = 'soffice'): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  // A throwaway profile: no first-start dialog, no lock on a user's own profile, no leftovers.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-calc-'));
  const written: string[] = [];
  try {
    for (const s of calcSources()) {
      const src = path.join(dir, s.source);
      if (!fs.existsSync(src) || fs.readFileSync(src, 'utf8') !== s.text) {
        fs.writeFileSync(src, s.text, 'utf8');
        written.push(src);
      }
      const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore'];
      if (s.infilter) args.push(`--infilter=${s.infilter}`);
      args.push('--convert-to', 'xlsx', '--outdir', out, src);
      execFileSync(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const made = path.join(out, xlsxName(s.source));
      if (!fs.existsSync(made)) throw new Error(`LibreOffice did not write ${made}`);
      const target = path.join(dir, xlsxName(s.source));
      if (fs.existsSync(target) && (await cellsOf(target)) === (await cellsOf(made))) continue;
      fs.copyFileSync(made, target);
      written.push(target);
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
  return written;
}

if (require.main === module) {
  // Compiled to lib/scripts/; the fixtures live in test/fixtures/calc at the repository root.
  const root = path.resolve(__dirname, '..', '..');
  writeCalcFixtures(path.join(root, CALC_DIR), process.env.SOFFICE ?? 'soffice').then(
    (files) => process.stdout.write(files.length ? files.map((f) => `${path.relative(root, f)}\n`).join('') : 'Fixtures sudah mutakhir (tidak ada yang berubah).\n'),
    (err: unknown) => {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      process.stderr.write(missing ? 'soffice tidak ditemukan: apt-get install -y --no-install-recommends libreoffice-calc\n' : `${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
