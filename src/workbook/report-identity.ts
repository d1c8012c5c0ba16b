/**
 * Whose report a workbook is, and for which year: the unit's name and the year as the report
 * itself states them (issue 16: a rekap names each column by its unit). Read from the title
 * cells above the table's header row, else from a cover sheet; never guessed from anything
 * else (the app falls back to the file or sheet name, and says so). Pure.
 */
import { cellRef } from './a1';
import type { HeaderColumn } from './layout';
import type { CellValue, Grid } from './types';

/** Where a name or a year was read. */
export type IdentitySource = 'judul' | 'sampul' | 'header';

/** A unit name as the report writes it, and its cell (`Sampul!A2`). */
export interface UnitFound {
  readonly name: string;
  readonly cell: string;
  readonly from: 'judul' | 'sampul';
}

/** The report's year and the cell that states it. */
export interface YearFound {
  readonly year: number;
  readonly cell: string;
  readonly from: IdentitySource;
}

/** What a report says of itself. */
export interface ReportIdentity {
  readonly unit: UnitFound | null;
  readonly year: YearFound | null;
}

/** The table of one sheet, as far as identity needs it: the grid and its header row. */
export interface IdentityInput {
  readonly table: Grid;
  /** The table's layout: the absolute header row and its headers (their years). */
  readonly layout: { readonly headerRow: number; readonly headers: readonly HeaderColumn[] };
  /** The workbook's cover sheet (see `coverSheet`), or null when it has none. */
  readonly cover: Grid | null;
}

/**
 * A unit phrase: the words that open a unit's name (lower case, matched case-insensitively),
 * and whether a place follows (`… di Kota Dumai`). More specific phrases come first.
 */
interface UnitPhrase {
  readonly lead: RegExp;
  readonly place: boolean;
  readonly cite: string;
}

/** The unit phrases reports title themselves with, BPOM's and a regional government's. */
export const UNIT_PHRASES: readonly UnitPhrase[] = [
  { lead: /\bbalai besar (?:pom|pengawas obat dan makanan) di /, place: true, cite: 'Balai Besar POM di Yogyakarta, Laporan Kinerja 2020 (header-vocabulary.ts SOURCES)' },
  { lead: /\bbbpom di /, place: true, cite: 'BBPOM, BPOM\'s own abbreviation of Balai Besar POM (as the unit list of the issue names it; no report in SOURCES prints it)' },
  { lead: /\bbalai (?:pom|pengawas obat dan makanan) di /, place: true, cite: 'Balai POM di Pangkalpinang, Laporan Kinerja Interim TW I 2021 (header-vocabulary.ts SOURCES)' },
  { lead: /\bloka (?:pom|pengawas obat dan makanan) di /, place: true, cite: 'LAKIN Loka POM di Kota Dumai TW II 2024: "Loka POM di Kota Dumai", "Loka Pengawas Obat dan Makanan di Kota Dumai" (../shared/seed)' },
  { lead: /\binspektorat (?:kabupaten|kota|provinsi) /, place: true, cite: 'Inspektorat Kabupaten …, a regional government\'s unit as the issue names it (no report in SOURCES prints it)' },
  { lead: /\bdinas (?:\S+ ){1,8}?(?:kabupaten|kota|provinsi) /, place: true, cite: 'Dinas … Kabupaten/Kota …, the units of a regency\'s SIM Kinerja (Kabupaten Polewali Mandar 2022, header-vocabulary.ts SOURCES)' },
  { lead: /\bpemerintah (?:kabupaten|kota|provinsi) /, place: true, cite: 'Pemerintah Kabupaten/Kota …, a regency\'s own LKjIP title as the issue names it' },
  { lead: /\bbadan pengawas obat dan makanan\b/, place: false, cite: 'Badan Pengawas Obat dan Makanan, the agency itself (PPPOMN, PRKOM reports)' },
];

/** Capitalised words that end a place name: what titles write after the unit. */
const PLACE_STOP: ReadonlySet<string> = new Set(['tahun', 'th', 'ta', 'triwulan', 'tw', 'trw', 'semester', 'periode', 'bulan', 'laporan', 'kinerja', 'lakin', 'lakip', 'anggaran', 'tabel', 'sd', 'sampai', 'per', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember']);
const ROMAN_OR_NUMBER = /^(?:[ivx]+|\d+)$/;

/** Cover sheet names, compared lower case with spaces collapsed. */
export const COVER_SHEET_NAMES: readonly string[] = ['sampul', 'cover', 'halaman judul', 'judul', 'halaman sampul'];

/** The workbook's cover sheet among `sheets`, or null. */
export function coverSheet(sheets: readonly string[]): string | null {
  return sheets.find((s) => COVER_SHEET_NAMES.includes(s.toLowerCase().replace(/\s+/g, ' ').trim())) ?? null;
}

/** The unit name a text holds (`Laporan Kinerja Loka POM di Kota Dumai Tahun 2024` → `Loka POM di Kota Dumai`), or null. */
export function unitInText(text: string): string | null {
  return unitMatch(text)?.name ?? null;
}

/** The unit name in `text` and whether it names a place (a unit) or only the agency. */
function unitMatch(text: string): { name: string; place: boolean } | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  // Lower-casing keeps the length of every character but `İ`: then positions would not line up.
  if (lower.length !== flat.length) return null;
  for (const p of UNIT_PHRASES) {
    const m = p.lead.exec(lower);
    if (!m) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!p.place) return { name: flat.slice(start, end), place: false };
    const place = placeAfter(flat.slice(end));
    if (place !== '') return { name: `${flat.slice(start, end)}${place}`, place: true };
  }
  return null;
}

/** The place name that opens `rest`: capitalised words up to a title word, a number or punctuation. */
function placeAfter(rest: string): string {
  const out: string[] = [];
  for (const raw of rest.split(' ')) {
    const word = raw.replace(/[,;:()–—.]+$/, '');
    const key = word.toLowerCase().replace(/[.]/g, '');
    if (word === '' || /^[(\d]/.test(word) || word[0] !== word[0].toUpperCase() || word[0] === word[0].toLowerCase()) break;
    if (PLACE_STOP.has(key) || ROMAN_OR_NUMBER.test(key) || /^[-–—]$/.test(word)) break;
    out.push(word);
    if (word !== raw) break; // punctuation after it ends the name
  }
  return out.join(' ');
}

const MONTH = '(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)';
// A year followed by `-2024` is a span (a Renstra's 2020-2024), not the report's year.
const YEAR = '((?:19|20)\\d\\d)\\b(?!\\s*[-–]\\s*\\d)';
/** How titles state the report's year, strongest first. */
const YEAR_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\btahun(?: anggaran)? ${YEAR}`, 'i'),
  new RegExp(`\\bt\\.? ?a\\.? ${YEAR}`, 'i'),
  new RegExp(`\\bperiode\\b[^\\d]*?(?:${MONTH}[^\\d]*?)?${YEAR}`, 'i'),
  new RegExp(`\\b(?:triwulan|tw|semester)\\.? ?(?:ke ?)?(?:iv|iii|ii|i|[1-4]) ${YEAR}`, 'i'),
  new RegExp(`\\b${MONTH} ${YEAR}`, 'i'),
];

/** The year a title text states (`Tahun 2024`, `Periode: Januari s.d. Juni 2024`), or null. */
export function yearInText(text: string): number | null {
  const flat = text.replace(/\s+/g, ' ');
  for (const re of YEAR_PATTERNS) {
    const m = re.exec(flat);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A 20xx in a file name (`laporan-tw2-2024.xlsx` → 2024), or null; the last one when several. */
export function yearInFileName(name: string): number | null {
  const years = name.match(/(?<!\d)20\d\d(?!\d)/g);
  return years ? Number(years[years.length - 1]) : null;
}

interface TextCell {
  readonly text: string;
  readonly cell: string;
}

/** The text cells of rows [top, bottom) of `grid`, row by row, left to right. */
function* textCells(grid: Grid, bottom: number): Generator<TextCell> {
  const last = Math.min(grid.values.length, bottom - grid.top);
  for (let i = 0; i < last; i++) {
    const row = grid.values[i];
    for (let j = 0; j < row.length; j++) {
      const v: CellValue = row[j];
      if (typeof v === 'string' && v.trim() !== '') yield { text: v, cell: cellRef(grid.sheet, grid.top + i, grid.left + j) };
    }
  }
}

// A cover page fits on a screen: its first rows are read, not a whole data sheet named "Judul".
const COVER_ROWS = 60;

/** The unit and year the report states: title cells above the table first, then the cover sheet. */
export function reportIdentity(input: IdentityInput): ReportIdentity {
  const { table, layout, cover } = input;
  const titles = [...textCells(table, layout.headerRow)];
  const covers = cover ? [...textCells(cover, cover.top + COVER_ROWS)] : [];
  return { unit: unitIn(titles, 'judul') ?? unitIn(covers, 'sampul'), year: yearOf(titles, layout, table.sheet, covers) };
}

/**
 * The first unit named in `cells`; a unit with its place wins over the agency alone (a cover
 * prints "BADAN PENGAWAS OBAT DAN MAKANAN" above "LOKA POM DI KOTA DUMAI").
 */
function unitIn(cells: readonly TextCell[], from: UnitFound['from']): UnitFound | null {
  let agency: UnitFound | null = null;
  for (const c of cells) {
    const m = unitMatch(c.text);
    if (m?.place) return { name: m.name, cell: c.cell, from };
    if (m && !agency) agency = { name: m.name, cell: c.cell, from };
  }
  return agency;
}

/** The year: a title cell, else the headers, else the cover. */
function yearOf(titles: readonly TextCell[], layout: IdentityInput['layout'], sheet: string, covers: readonly TextCell[]): YearFound | null {
  for (const c of titles) {
    const year = yearInText(c.text);
    if (year !== null) return { year, cell: c.cell, from: 'judul' };
  }
  // The headers' latest year (`Target 2024` beside `Realisasi 2023`) is the table's own.
  let best: HeaderColumn | null = null;
  for (const h of layout.headers) if (typeof h.year === 'number' && (best === null || h.year > (best.year as number))) best = h;
  if (best) return { year: best.year as number, cell: cellRef(sheet, layout.headerRow, best.col), from: 'header' };
  for (const c of covers) {
    const year = yearInText(c.text);
    if (year !== null) return { year, cell: c.cell, from: 'sampul' };
  }
  return null;
}
