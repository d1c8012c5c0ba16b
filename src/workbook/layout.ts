/**
 * Finding the table in a sheet: the header row (anywhere in the first 30 rows, one or two
 * rows high), and the column of each role, by header text as people and the source report
 * write it (issue 4, deliverable 1). Pure: reads a Grid, returns column indices.
 */
import { Lang } from '../core';
import { formulaAt, isBlank } from './grid';
import { EFISIENSI_VOCABULARY, PARTNERS } from './header-vocabulary';
import { Role, TableKind, isQuarterLabel, readHeader } from './headers';

export { headerRole, normaliseHeader, readHeader } from './headers';
export type { HeaderReading, Role, TableKind } from './headers';
import { Quarter, periodLabel, quarterOf } from './periods';
import { CellValue, Grid, Period } from './types';

/** Columns of a performance (kinerja) table. */
export type KinerjaRole =
  | 'no'
  | 'perspektif'
  | 'sasaran'
  | 'indikator'
  | 'polaritas'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'kriteria'
  /** Nilai capaian (PermenPAN-RB 8/2021): only under a profile with a `nilaiCapaian` conversion. */
  | 'nilai'
  | 'targetTahunan'
  | 'realisasiTahunan'
  | 'capaianTahunan'
  | 'status'
  /** Counts whose ratio is the realisasi (issue 15): pembilang / penyebut × 100. */
  | 'pembilang'
  | 'penyebut'
  /** The indicator's weight inside its sasaran, read when the profile averages NPS by weights. */
  | 'bobot'
  /** The indicator's type (IKU, IKK…), for a profile that weighs NPS by type. */
  | 'jenis';

/** Columns of an efficiency table (SPEC §7). */
export type EfisiensiRole =
  | 'no'
  | 'kode'
  | 'kegiatan'
  | 'capaianOutput'
  | 'targetVolume'
  | 'realisasiVolume'
  | 'pagu'
  | 'realisasiAnggaran'
  | 'capaianInput'
  | 'ie'
  | 'te'
  | 'capaianTe'
  | 'kategori';

export type { Quarter } from './periods';

/** One recognised header cell. */
export interface HeaderColumn {
  /** Absolute 0-based column. */
  readonly col: number;
  readonly role: KinerjaRole | EfisiensiRole;
  /** The quarter named in the header (`Target TW II`, `B06`), or null for a plain header. */
  readonly quarter: Quarter | null;
  /** The header text as read (both rows joined for a two-row header). */
  readonly text: string;
  /** The year the header names (`Realisasi 2024`), or null. */
  readonly year?: number | null;
}

/** An output column the sheet lacks, to be added after its last used column. */
export interface AppendedColumn {
  readonly role: KinerjaRole | EfisiensiRole;
  readonly col: number;
  /** Header text to write in the header row. */
  readonly header: string;
}

interface LayoutBase {
  readonly sheet: string;
  /** Absolute row of the (first) header row. */
  readonly headerRow: number;
  /** 1, or 2 when a group header (`Target`) stands above its sub-headers (`B03 B06 B09 B12`). */
  readonly headerRows: 1 | 2;
  /** Absolute rows of the table body, inclusive; firstDataRow > lastDataRow for an empty table. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Every recognised header cell, left to right. */
  readonly headers: readonly HeaderColumn[];
  /** Output columns the sheet lacks; their columns are also in `columns`. */
  readonly appended: readonly AppendedColumn[];
  readonly period: Period;
  /** Header cells that name no role: ignored, and the user is told (never silent). */
  readonly unmatched: readonly HeaderText[];
  /** Header cells that could mean more than one role, with the one chosen. */
  readonly ambiguous: readonly AmbiguousHeader[];
  /** Roles every computation needs that the header lacks: the sheet only looks like a table. */
  readonly missing: readonly Role[];
  /** Roles (with their quarter) claimed by more than one column; the leftmost one is used. */
  readonly duplicates: readonly DuplicateRole[];
  /** `Target 2021` beside quarterly targets, read as the year's (annual) column [2]. */
  readonly yearAnnual: readonly AnnualHeader[];
  /** Columns naming an earlier year than the table's latest: last year's, not used. */
  readonly otherYears: readonly YearHeader[];
}

/** A year-named header read as the annual column of its role. */
export interface AnnualHeader extends HeaderText {
  readonly role: Role;
}

/** A header naming an earlier year than the table's latest. */
export interface YearHeader extends HeaderText {
  readonly year: number;
  readonly latest: number;
}

/** A header cell and its text. */
export interface HeaderText {
  readonly col: number;
  /** Absolute row of the cell holding the text. */
  readonly row: number;
  readonly text: string;
}

/** A header that could mean several roles, and the one taken. */
export interface AmbiguousHeader extends HeaderText {
  readonly role: Role;
  readonly others: readonly Role[];
}

/** Several columns headed as one role (and quarter). */
export interface DuplicateRole {
  readonly role: Role;
  readonly quarter: Quarter | null;
  /** Left to right; the first is the one used. */
  readonly columns: readonly HeaderColumn[];
}

/** A performance table: the column of each role for the chosen period. */
export interface KinerjaLayout extends LayoutBase {
  readonly kind: 'kinerja';
  readonly columns: Readonly<Partial<Record<KinerjaRole, number>>>;
}

/** An efficiency table: the column of each role. */
export interface EfisiensiLayout extends LayoutBase {
  readonly kind: 'efisiensi';
  readonly columns: Readonly<Partial<Record<EfisiensiRole, number>>>;
}

/** What `detectLayout` finds. */
export type Layout = KinerjaLayout | EfisiensiLayout;

/** How many rows from the top of the sheet the header may start in. */
export const HEADER_SEARCH_ROWS = 30;

interface Candidate {
  readonly kind: TableKind;
  readonly row: number; // relative
  readonly headerRows: 1 | 2;
  readonly cells: readonly HeaderCell[];
  readonly headers: HeaderColumn[];
  readonly ambiguous: AmbiguousHeader[];
  readonly otherYears: YearHeader[];
  readonly score: number;
  /** It has what the computation needs (signature), or only looks like a table. */
  readonly complete: boolean;
}

/** One header cell as read: the roles it may play, or none. */
interface HeaderCell {
  readonly col: number;
  /** Absolute row of the cell that holds the text (the lower one of a two-row header). */
  readonly row: number;
  readonly text: string;
  readonly roles: readonly Role[];
  readonly quarter: Quarter | null;
  /** The year the header names, or null. */
  readonly year: number | null;
}

const text = (v: CellValue): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v === null ? '' : String(v));

/** Every non-blank header cell of row r (and r + 1 for a two-row header), read for `kind`. */
function readCells(grid: Grid, r: number, two: boolean, kind: TableKind): HeaderCell[] {
  const upper = grid.values[r];
  const lower = two ? grid.values[r + 1] : undefined;
  const out: HeaderCell[] = [];
  const row = grid.top + r;
  let group: CellValue = null; // the nearest group header to the left (merged cells read blank to its right)
  for (let j = 0; j < upper.length; j++) {
    const u = upper[j];
    if (!isBlank(u)) group = u;
    let hit: ReturnType<typeof readHeader> = null;
    let label = text(u);
    let at = row;
    if (lower && !isBlank(lower[j])) {
      const parent = isBlank(u) ? group : u;
      const joined = `${text(parent)} ${text(lower[j])}`.trim();
      hit = readHeader(joined, kind) ?? readHeader(lower[j], kind);
      label = joined;
      at = row + 1;
      // A header over this column alone ("Indikator" above a stray "1"), not a group over the
      // next columns ("Realisasi" over "Pembilang | Penyebut | Realisasi" [2]).
      const groupOverNext = j + 1 < upper.length && isBlank(upper[j + 1]) && !isBlank(lower[j + 1]);
      if (!hit && !isBlank(u) && !groupOverNext) {
        hit = readHeader(u, kind);
        label = text(u);
        at = row;
      }
    } else if (!isBlank(u)) {
      hit = readHeader(u, kind);
    } else {
      group = null; // a column blank in both rows ends the group to its left
      continue;
    }
    out.push({ col: grid.left + j, row: at, text: label, roles: hit?.roles ?? [], quarter: hit?.quarter ?? null, year: hit?.year ?? null });
  }
  return out;
}

/**
 * The role of each recognised cell. A phrase with several roles (AMBIGUOUS) takes the role
 * whose partner column stands nearest to its left ("Target | Realisasi | Capaian" then
 * "Pagu | Realisasi | Capaian": each Realisasi and Capaian goes with its own group), else the
 * first role no other column plays; when that is a guess, it is kept to be reported.
 * A column naming an earlier year than the table's latest (`Realisasi 2023` beside
 * `Realisasi 2024`) plays no role: it is last year's, and is reported as such.
 */
function resolve(cells: readonly HeaderCell[]): { headers: HeaderColumn[]; ambiguous: AmbiguousHeader[]; otherYears: YearHeader[] } {
  const years = cells.filter((c) => c.roles.length > 0 && c.year !== null).map((c) => c.year as number);
  const latest = years.length > 0 ? Math.max(...years) : null;
  const otherYears: YearHeader[] = [];
  const live: HeaderCell[] = [];
  for (const c of cells) {
    if (c.roles.length > 0 && c.year !== null && latest !== null && c.year < latest) otherYears.push({ col: c.col, row: c.row, text: c.text, year: c.year, latest });
    else live.push(c);
  }
  const claimedAt = new Map<Role, number[]>();
  const claim = (role: Role, col: number): void => {
    const list = claimedAt.get(role);
    if (list) list.push(col);
    else claimedAt.set(role, [col]);
  };
  for (const c of live) if (c.roles.length === 1) claim(c.roles[0], c.col);
  const headers: HeaderColumn[] = [];
  const ambiguous: AmbiguousHeader[] = [];
  for (const c of live) {
    if (c.roles.length === 0) continue;
    let role = c.roles[0];
    if (c.roles.length > 1) {
      const free = c.roles.filter((r) => !claimedAt.has(r));
      // The nearest partner column to the left decides; a tie, or none, is a guess.
      const distance = (r: Role): number => Math.min(Infinity, ...(PARTNERS[r] ?? []).flatMap((p) => (claimedAt.get(p) ?? []).filter((col) => col < c.col).map((col) => c.col - col)));
      const ranked = [...free].sort((x, y) => distance(x) - distance(y));
      role = ranked[0] ?? c.roles[0];
      const decided = ranked.length === 1 || (ranked.length > 1 && distance(ranked[0]) < distance(ranked[1]));
      claim(role, c.col);
      if (!decided && free.length > 1) ambiguous.push({ col: c.col, row: c.row, text: c.text, role, others: free.filter((r) => r !== role) });
    }
    headers.push({ col: c.col, role, quarter: c.quarter, text: c.text, year: c.year });
  }
  return { headers, ambiguous, otherYears };
}

/**
 * Which of several columns claiming one role and quarter a run uses: one without a year (the
 * period's own), then the latest year, then the leftmost. Reports put last year's figures
 * beside this year's ("Capaian 2023 | … | Capaian"): never the one written.
 */
function preference(a: HeaderColumn, b: HeaderColumn): number {
  const rank = (h: HeaderColumn): number => (h.year === null || h.year === undefined ? Infinity : h.year);
  return rank(b) - rank(a) || a.col - b.col;
}

function signature(kind: TableKind, headers: readonly HeaderColumn[]): boolean {
  return missingRoles(kind, headers).length === 0;
}

/** Roles a table of `kind` needs before anything can be computed, absent from `headers`. */
function missingRoles(kind: TableKind, headers: readonly HeaderColumn[]): Role[] {
  const has = (r: Role): boolean => headers.some((h) => h.role === r);
  const missing: Role[] = [];
  if (kind === 'kinerja') {
    if (!has('indikator')) missing.push('indikator');
    if (!(has('target') || has('realisasi') || has('targetTahunan'))) missing.push('target', 'realisasi');
  } else {
    if (!(has('pagu') || has('realisasiAnggaran'))) missing.push('pagu', 'realisasiAnggaran');
    if (!(has('kegiatan') || has('kode') || has('capaianOutput') || has('ie'))) missing.push('kegiatan');
  }
  return missing;
}

function score(headers: readonly HeaderColumn[]): number {
  return new Set(headers.map((h) => `${h.role}/${h.quarter}`)).size;
}

/** Roles that carry the numbers a table computes from: a header without one is not a table's. */
const NUMERIC: Readonly<Record<TableKind, ReadonlySet<Role>>> = {
  kinerja: new Set<Role>(['target', 'realisasi', 'targetTahunan', 'realisasiTahunan', 'capaian']),
  efisiensi: new Set<Role>(['pagu', 'realisasiAnggaran', 'capaianInput']),
};

/**
 * A row that looks like a table's header: two distinct roles besides the row number, one of
 * them a number the table computes from (an RKA sheet's "Kode | Uraian | Volume" is not).
 */
const looksLikeHeader = (kind: TableKind, headers: readonly HeaderColumn[]): boolean =>
  new Set(headers.filter((h) => h.role !== 'no').map((h) => h.role)).size >= 2 && headers.some((h) => NUMERIC[kind].has(h.role));

function candidate(grid: Grid, kind: TableKind, r: number, two: boolean): Candidate {
  const cells = readCells(grid, r, two, kind);
  const { headers, ambiguous, otherYears } = resolve(cells);
  const complete = signature(kind, headers);
  return { kind, row: r, headerRows: two ? 2 : 1, cells, headers, ambiguous, otherYears, complete, score: complete || looksLikeHeader(kind, headers) ? score(headers) : 0 };
}

/** A complete candidate beats one that only looks like a header; then the higher score. */
const better = (a: Candidate, b: Candidate | null): boolean => !b || (a.complete && !b.complete) || (a.complete === b.complete && a.score > b.score);

/**
 * The best header among the first rows: a complete table first, then the most roles
 * recognised, earliest row first. A two-row reading wins only when it recognises more than
 * either of its rows alone (a title or blank row above a header adds nothing). A row that
 * only looks like a header (two roles, not what the computation needs) is returned too, so
 * that the sheet is not skipped in silence.
 */
function findHeader(grid: Grid): Candidate | null {
  let best: Candidate | null = null;
  const limit = Math.min(grid.values.length, Math.max(0, HEADER_SEARCH_ROWS - grid.top));
  for (const kind of ['kinerja', 'efisiensi'] as const) {
    const single: Candidate[] = [];
    for (let r = 0; r < Math.min(grid.values.length, limit + 1); r++) single.push(candidate(grid, kind, r, false));
    for (let r = 0; r < limit; r++) {
      let pick: Candidate | null = single[r].score > 0 ? single[r] : null;
      if (r + 1 < grid.values.length) {
        const two = candidate(grid, kind, r, true);
        const beatsBoth = (x: Candidate): boolean => (two.complete && !x.complete) || (two.complete === x.complete && two.score > x.score);
        if (two.score > 0 && beatsBoth(single[r]) && beatsBoth(single[r + 1])) pick = two;
      }
      if (pick && better(pick, best)) best = pick;
    }
  }
  return best;
}

/** The column of `role` for `period`: the period's own column, else the plain one. */
function pick(headers: readonly HeaderColumn[], role: string, period: Period): number | undefined {
  const q = quarterOf(period);
  const best = (quarter: Quarter | null): HeaderColumn | undefined => headers.filter((h) => h.role === role && h.quarter === quarter).sort(preference)[0];
  return ((q !== null ? best(q) : undefined) ?? best(null))?.col;
}

const hasQuarters = (headers: readonly HeaderColumn[], roles: readonly string[]): boolean => headers.some((h) => h.quarter !== null && roles.includes(h.role));

/** Canonical header text of each output role, for appended columns and the template. */
export const OUTPUT_HEADERS: Readonly<Record<Lang, Readonly<Partial<Record<KinerjaRole | EfisiensiRole, string>>>>> = {
  id: {
    capaian: 'Capaian (%)',
    kriteria: 'Kriteria',
    nilai: 'Nilai Capaian',
    capaianTahunan: 'Capaian terhadap Target Tahunan (%)',
    status: 'Status',
    capaianInput: 'Capaian Input (%)',
    ie: 'IE',
    te: 'TE',
    capaianTe: 'Capaian TE (%)',
    kategori: 'Kategori',
  },
  en: {
    capaian: 'Achievement (%)',
    kriteria: 'Criteria',
    nilai: 'Score',
    capaianTahunan: 'Achievement against Annual Target (%)',
    status: 'Status',
    capaianInput: 'Input Achievement (%)',
    ie: 'IE',
    te: 'TE',
    capaianTe: 'TE Achievement (%)',
    kategori: 'Category',
  },
};

export { periodLabel } from './periods';

function lastUsedColumn(grid: Grid): number {
  let last = grid.left - 1;
  const width = grid.values[0]?.length ?? 0;
  for (let i = 0; i < grid.values.length; i++) {
    const row = grid.values[i];
    for (let j = width - 1; j > last - grid.left; j--) {
      if (!isBlank(row[j]) || formulaAt(grid, grid.top + i, grid.left + j) !== null) {
        last = grid.left + j;
        break;
      }
    }
  }
  return last;
}

function lastDataRow(grid: Grid, from: number): number {
  for (let i = grid.values.length - 1; i >= from - grid.top; i--) {
    const row = grid.values[i];
    for (let j = 0; j < row.length; j++) if (!isBlank(row[j])) return grid.top + i;
  }
  return from - 1;
}

// A row of column numbers under the header (`1 2 3`, `(a) (b) (c)`, `f = e/d*100`), common in
// reports: consecutive numbers or letters, formulas of them allowed in between.
function isColumnNumberRow(row: readonly CellValue[]): boolean {
  const seq: number[] = [];
  for (const v of row) {
    if (isBlank(v)) continue;
    const t = text(v).toLowerCase().replace(/^\((.*)\)$/, '$1');
    if (t.includes('=')) continue;
    if (/^[0-9]{1,2}$/.test(t)) seq.push(Number(t));
    else if (/^[a-z]$/.test(t)) seq.push(t.charCodeAt(0) - 96);
    else return false;
  }
  return seq.length >= 3 && seq.every((x, i) => i === 0 || x > seq[i - 1]) && seq[seq.length - 1] - seq[0] <= seq.length + 2;
}

/** The annual role of a period role. */
const ANNUAL: Readonly<Partial<Record<Role, Role>>> = { target: 'targetTahunan', realisasi: 'realisasiTahunan', capaian: 'capaianTahunan' };

/**
 * `Target 2021` beside `Target Triwulan II`: in a quarterly report a column named by its year
 * is the year's column (PPPOMN TW II 2021 prints "target 2021" so [2]; "Capaian thd Target
 * 2024" beside "Capaian TW II" is the annual capaian), unless a column says "Tahunan" itself.
 */
function annualByYear(headers: readonly HeaderColumn[]): AnnualHeader[] {
  const out: AnnualHeader[] = [];
  for (const [role, annual] of Object.entries(ANNUAL) as [Role, Role][]) {
    if (headers.some((h) => h.role === annual) || !headers.some((h) => h.role === role && h.quarter !== null)) continue;
    const h = headers.filter((x) => x.role === role && x.quarter === null && x.year !== null && x.year !== undefined).sort(preference)[0];
    if (h) out.push({ col: h.col, row: 0, text: h.text, role: annual });
  }
  return out;
}

/** Roles claimed by more than one column, per quarter. */
function duplicatesOf(headers: readonly HeaderColumn[]): DuplicateRole[] {
  const groups = new Map<string, HeaderColumn[]>();
  for (const h of headers) {
    const key = `${h.role}/${h.quarter}`;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => {
    const columns = [...g].sort(preference);
    return { role: columns[0].role, quarter: columns[0].quarter, columns };
  });
}

/** What a run computes beyond the fixed outputs: the nilai capaian under a profile that converts. */
export interface LayoutOptions {
  /** The profile has a `nilaiCapaian` conversion: a Nilai Capaian column is read, or appended. */
  readonly nilai?: boolean;
}

/**
 * The layout of the table in `grid` for `period`, or null when no header row is found in the
 * first 30 rows. Output columns the sheet lacks are given columns after its last used one
 * (`appended`), labelled in `lang`. A Nilai Capaian column is a column of the table only with
 * `options.nilai`; without it a "Nilai" header is one no role is read from (`unmatched`), as
 * before profiles could convert.
 */
export function detectLayout(grid: Grid, period: Period, lang: Lang = 'id', options: LayoutOptions = {}): Layout | null {
  const header = findHeader(grid);
  if (!header) return null;
  const found = options.nilai ? header : withoutNilai(header);
  const { kind } = found;
  const headerRow = grid.top + found.row;
  const yearAnnual = kind === 'kinerja' ? annualByYear(found.headers).map((y) => ({ ...y, row: found.cells.find((c) => c.col === y.col)?.row ?? headerRow })) : [];
  const headers = yearAnnual.length === 0 ? found.headers : found.headers.map((h) => ({ ...h, role: yearAnnual.find((y) => y.col === h.col)?.role ?? h.role }));
  let firstDataRow = headerRow + found.headerRows;
  const next = grid.values[firstDataRow - grid.top];
  if (next && isColumnNumberRow(next)) firstDataRow++;
  const base = {
    sheet: grid.sheet,
    headerRow,
    headerRows: found.headerRows,
    firstDataRow,
    lastDataRow: lastDataRow(grid, firstDataRow),
    headers,
    period,
    unmatched: found.cells.filter((c) => c.roles.length === 0).map(({ col, row, text }) => ({ col, row, text })),
    ambiguous: found.ambiguous,
    missing: found.complete ? [] : missingRoles(kind, headers),
    duplicates: duplicatesOf(headers),
    yearAnnual,
    otherYears: found.otherYears,
  };
  let nextCol = lastUsedColumn(grid) + 1;
  const appended: AppendedColumn[] = [];
  const append = (role: KinerjaRole | EfisiensiRole, quarterly: boolean): number => {
    const label = OUTPUT_HEADERS[lang][role] ?? role;
    const header = quarterly && period !== 'TAHUNAN' ? `${label.replace(/ \(%\)$/, '')} ${periodLabel(period, lang)}${label.endsWith('(%)') ? ' (%)' : ''}` : label;
    appended.push({ role, col: nextCol, header });
    return nextCol++;
  };

  if (kind === 'kinerja') {
    const columns: Partial<Record<KinerjaRole, number>> = {};
    for (const role of ['no', 'perspektif', 'sasaran', 'indikator', 'polaritas', 'targetTahunan', 'capaianTahunan', 'status'] as const) {
      const c = pick(headers, role, 'TAHUNAN');
      if (c !== undefined) columns[role] = c;
    }
    if (period === 'TAHUNAN') {
      columns.target = columns.targetTahunan;
      columns.realisasi = pick(headers, 'realisasiTahunan', period) ?? pick(headers, 'realisasi', period) ?? pick(headers, 'realisasi', 'TW4');
    } else {
      columns.target = pick(headers, 'target', period);
      columns.realisasi = pick(headers, 'realisasi', period);
    }
    // The counts follow the period as the realisasi does ("Pembilang TW II"); the year's are the last quarter's.
    for (const role of ['pembilang', 'penyebut'] as const) {
      const c = pick(headers, role, period) ?? (period === 'TAHUNAN' ? pick(headers, role, 'TW4') : undefined);
      if (c !== undefined) columns[role] = c;
    }
    for (const role of ['bobot', 'jenis'] as const) {
      const c = pick(headers, role, 'TAHUNAN');
      if (c !== undefined) columns[role] = c;
    }
    if (columns.target === undefined) delete columns.target;
    if (columns.realisasi === undefined) delete columns.realisasi;
    const quarterly = hasQuarters(headers, ['target', 'realisasi', 'capaian', 'kriteria']);
    for (const role of ['capaian', 'kriteria'] as const) {
      columns[role] = pick(headers, role, period) ?? append(role, quarterly);
    }
    if (options.nilai) columns.nilai = pick(headers, 'nilai', period) ?? append('nilai', quarterly);
    if (columns.targetTahunan !== undefined) {
      if (columns.capaianTahunan === undefined && period !== 'TAHUNAN') columns.capaianTahunan = append('capaianTahunan', false);
      if (columns.status === undefined) columns.status = append('status', false);
    }
    return { ...base, kind, columns, appended };
  }

  const columns: Partial<Record<EfisiensiRole, number>> = {};
  for (const role of Object.keys(EFISIENSI_VOCABULARY) as EfisiensiRole[]) {
    const c = pick(headers, role, period);
    if (c !== undefined) columns[role] = c;
  }
  for (const role of ['capaianInput', 'ie', 'te', 'capaianTe', 'kategori'] as const) {
    if (columns[role] === undefined) columns[role] = append(role, false);
  }
  return { ...base, kind, columns, appended };
}

/** The header with its Nilai cells read as no role: a profile without a conversion has no such column. */
function withoutNilai(c: Candidate): Candidate {
  if (!c.headers.some((h) => h.role === 'nilai')) return c;
  const nilaiCols = new Set(c.headers.filter((h) => h.role === 'nilai').map((h) => h.col));
  return { ...c, headers: c.headers.filter((h) => h.role !== 'nilai'), cells: c.cells.map((x) => (nilaiCols.has(x.col) ? { ...x, roles: [] } : x)) };
}

/** True when a row repeats the header (a table pasted across PDF pages) or its quarter labels. */
export function isHeaderLikeRow(row: readonly CellValue[], kind: TableKind): boolean {
  let labels = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    if (readHeader(v, kind) || isQuarterLabel(v)) labels++;
  }
  return labels >= 2;
}
