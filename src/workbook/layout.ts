/**
 * Finding the table in a sheet: the header row (anywhere in the first 30 rows, one or two
 * rows high), and the column of each role, by header text as people and the source report
 * write it (issue 4, deliverable 1). Pure: reads a Grid, returns column indices.
 */
import { Lang } from '../core';
import { formulaAt, isBlank } from './grid';
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
  | 'targetTahunan'
  | 'realisasiTahunan'
  | 'capaianTahunan'
  | 'status';

/** Columns of an efficiency table (SPEC §7). */
export type EfisiensiRole =
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

/** A quarter, TW I..IV (month codes B03, B06, B09, B12). */
export type Quarter = 1 | 2 | 3 | 4;

/** One recognised header cell. */
export interface HeaderColumn {
  /** Absolute 0-based column. */
  readonly col: number;
  readonly role: KinerjaRole | EfisiensiRole;
  /** The quarter named in the header (`Target TW II`, `B06`), or null for a plain header. */
  readonly quarter: Quarter | null;
  /** The header text as read (both rows joined for a two-row header). */
  readonly text: string;
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

// Header wordings, normalised (lower case, no punctuation, no `%`, no years), per role. Include
// the source report's own (Bab II 2.4, Bab III 3.1, 3.3) and the English ones of templatePlan('en').
const KINERJA_WORDS: Readonly<Record<KinerjaRole, readonly string[]>> = {
  no: ['no', 'nomor', 'no urut', 'number'],
  perspektif: ['perspektif', 'perspective', 'perspektif bsc'],
  sasaran: ['sasaran strategis', 'sasaran kegiatan', 'sasaran program', 'sasaran', 'ss', 'strategic objective', 'objective', 'sasaran strategis kegiatan'],
  indikator: ['indikator kinerja', 'indikator', 'indikator kinerja utama', 'iku', 'ik', 'indikator kinerja kegiatan', 'performance indicator', 'indicator'],
  polaritas: ['polaritas', 'polarisasi', 'polarity', 'polaritas indikator'],
  target: ['target', 'target kinerja', 'target pk', 'target periode'],
  realisasi: ['realisasi', 'realisasi kinerja', 'realisation', 'realization', 'actual'],
  capaian: ['capaian', 'capaian kinerja', 'capaian iku', 'persentase capaian', 'npi', 'achievement'],
  kriteria: ['kriteria', 'kriteria capaian', 'criteria'],
  targetTahunan: ['target tahunan', 'target tahun', 'target akhir tahun', 'annual target'],
  realisasiTahunan: ['realisasi tahunan', 'annual realisation', 'annual realization'],
  capaianTahunan: ['capaian terhadap target tahunan', 'capaian tahunan', 'capaian target tahunan', 'annual achievement', 'achievement against annual target'],
  status: ['status', 'status capaian', 'status terhadap target tahunan'],
};

const EFISIENSI_WORDS: Readonly<Record<EfisiensiRole, readonly string[]>> = {
  kode: ['kode', 'kode komponen', 'kode output', 'kode kegiatan', 'kode ro', 'kro', 'code'],
  kegiatan: ['kegiatan', 'output', 'kegiatan output', 'program kegiatan', 'rincian output', 'komponen', 'nama kegiatan', 'uraian', 'activity', 'activity output'],
  capaianOutput: ['capaian output', 'persen capaian output', 'persentase capaian output', 'output achievement'],
  targetVolume: ['target volume', 'volume target', 'target output', 'target', 'target kinerja', 'output target'],
  realisasiVolume: ['realisasi volume', 'volume realisasi', 'realisasi output', 'realisasi', 'realisasi kinerja', 'output realisation', 'output realization'],
  pagu: ['pagu', 'pagu anggaran', 'rencana anggaran', 'rencana pagu anggaran', 'rencana pagu anggaran triwulan', 'anggaran', 'budget', 'planned budget'],
  realisasiAnggaran: ['realisasi anggaran', 'realisasi keuangan', 'budget realisation', 'budget realization', 'budget spent'],
  capaianInput: ['capaian input', 'persen capaian input', 'persentase capaian input', 'persen realisasi anggaran', 'persentase realisasi anggaran', 'input achievement'],
  ie: ['ie', 'indeks efisiensi', 'efficiency index'],
  te: ['te', 'tingkat efisiensi', 'efficiency level'],
  capaianTe: ['capaian te', 'capaian tingkat efisiensi', 'te achievement'],
  kategori: ['kategori', 'kategori efisiensi', 'category'],
};

function lookup<R extends string>(words: Readonly<Record<R, readonly string[]>>): Map<string, R> {
  const m = new Map<string, R>();
  for (const role of Object.keys(words) as R[]) for (const w of words[role]) if (!m.has(w)) m.set(w, role);
  return m;
}
const KINERJA_LOOKUP = lookup(KINERJA_WORDS);
const EFISIENSI_LOOKUP = lookup(EFISIENSI_WORDS);

const ROMAN: Readonly<Record<string, Quarter>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MONTH: Readonly<Record<string, Quarter>> = { '03': 1, '06': 2, '09': 3, '12': 4 };
const QUARTER_WORD = /\b(?:tw|triwulan|trw|q|quarter)\s*(iv|iii|ii|i|[1-4])\b/;
const MONTH_CODE = /\bb\s*(03|06|09|12)\b/;

/** A header text in comparable form; `pct` keeps `%` as the word `persen`. */
export function normaliseHeader(text: CellValue, pct = false): string {
  if (text === null || typeof text !== 'string') return typeof text === 'number' ? String(text) : '';
  let s = text.toLowerCase().replace(/[\r\n\t\u00a0\u2007\u202f]+/g, ' ');
  s = s.replace(/%/g, pct ? ' persen ' : ' ');
  s = s.replace(/[()[\]{}:;.,*/\\_–—-]/g, ' ');
  s = s.replace(/\b(?:19|20)\d\d\b/g, ' ').replace(/\b(?:rupiah|rp)\b/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/** The quarter a header names and the header without it. */
function splitQuarter(norm: string): { rest: string; quarter: Quarter | null } {
  const q = QUARTER_WORD.exec(norm);
  if (q) return { rest: clean(norm.replace(q[0], ' ')), quarter: ROMAN[q[1]] };
  const m = MONTH_CODE.exec(norm);
  if (m) return { rest: clean(norm.replace(m[0], ' ')), quarter: MONTH[m[1]] };
  return { rest: norm, quarter: null };
}
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

type Kind = 'kinerja' | 'efisiensi';

/** The role a header text names in a table of `kind`, or null. */
export function headerRole(text: CellValue, kind: Kind): { role: KinerjaRole | EfisiensiRole; quarter: Quarter | null } | null {
  const table: Map<string, KinerjaRole | EfisiensiRole> = kind === 'kinerja' ? KINERJA_LOOKUP : EFISIENSI_LOOKUP;
  for (const pct of [true, false]) {
    const norm = normaliseHeader(text, pct);
    if (norm === '') return null;
    const whole = table.get(norm);
    if (whole) return { role: whole, quarter: null };
    const { rest, quarter } = splitQuarter(norm);
    const role = quarter !== null ? table.get(rest) : undefined;
    if (role) return { role, quarter };
  }
  return null;
}

/** True when a text is a bare quarter label (`B06`, `TW II`), as under a two-row `Target` header. */
function isQuarterLabel(v: CellValue): boolean {
  const n = normaliseHeader(v);
  if (n === '') return false;
  const { rest, quarter } = splitQuarter(n);
  return quarter !== null && rest === '';
}

interface Candidate {
  readonly kind: Kind;
  readonly row: number; // relative
  readonly headerRows: 1 | 2;
  readonly headers: HeaderColumn[];
  readonly score: number;
}

const text = (v: CellValue): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v === null ? '' : String(v));

function readHeaders(grid: Grid, r: number, two: boolean, kind: Kind): HeaderColumn[] {
  const upper = grid.values[r];
  const lower = two ? grid.values[r + 1] : undefined;
  const out: HeaderColumn[] = [];
  let group: CellValue = null; // the nearest group header to the left (merged cells read blank to its right)
  for (let j = 0; j < upper.length; j++) {
    const u = upper[j];
    if (!isBlank(u)) group = u;
    let hit: ReturnType<typeof headerRole> = null;
    let label = text(u);
    if (lower && !isBlank(lower[j])) {
      const parent = isBlank(u) ? group : u;
      const joined = `${text(parent)} ${text(lower[j])}`.trim();
      hit = headerRole(joined, kind) ?? headerRole(lower[j], kind);
      label = joined;
      if (!hit && !isBlank(u)) {
        hit = headerRole(u, kind);
        label = text(u);
      }
    } else if (!isBlank(u)) {
      hit = headerRole(u, kind);
    } else {
      group = null; // a column blank in both rows ends the group to its left
    }
    if (hit) out.push({ col: grid.left + j, role: hit.role, quarter: hit.quarter, text: label });
  }
  return out;
}

function signature(kind: Kind, headers: readonly HeaderColumn[]): boolean {
  const has = (r: string): boolean => headers.some((h) => h.role === r);
  if (kind === 'kinerja') return has('indikator') && (has('target') || has('realisasi') || has('targetTahunan'));
  return (has('pagu') || has('realisasiAnggaran')) && (has('kegiatan') || has('kode') || has('capaianOutput') || has('ie'));
}

function score(headers: readonly HeaderColumn[]): number {
  return new Set(headers.map((h) => `${h.role}/${h.quarter}`)).size;
}

/**
 * The best header among the first rows: the most roles recognised, earliest row first. A
 * two-row reading wins only when it recognises more than either of its rows alone (a title
 * or blank row above a header adds nothing).
 */
function findHeader(grid: Grid): Candidate | null {
  let best: Candidate | null = null;
  const limit = Math.min(grid.values.length, Math.max(0, HEADER_SEARCH_ROWS - grid.top));
  for (const kind of ['kinerja', 'efisiensi'] as const) {
    const single: Candidate[] = [];
    for (let r = 0; r < Math.min(grid.values.length, limit + 1); r++) {
      const one = readHeaders(grid, r, false, kind);
      single.push({ kind, row: r, headerRows: 1, headers: one, score: signature(kind, one) ? score(one) : 0 });
    }
    for (let r = 0; r < limit; r++) {
      let pick: Candidate | null = single[r].score > 0 ? single[r] : null;
      if (r + 1 < grid.values.length) {
        const two = readHeaders(grid, r, true, kind);
        const s2 = score(two);
        if (signature(kind, two) && s2 > single[r].score && s2 > single[r + 1].score) pick = { kind, row: r, headerRows: 2, headers: two, score: s2 };
      }
      if (pick && (!best || pick.score > best.score)) best = pick;
    }
  }
  return best;
}

const QUARTER_OF: Readonly<Record<Period, Quarter | null>> = { TW1: 1, TW2: 2, TW3: 3, TW4: 4, TAHUNAN: null };

/** The column of `role` for `period`: the period's own column, else the plain one. */
function pick(headers: readonly HeaderColumn[], role: string, period: Period): number | undefined {
  const q = QUARTER_OF[period];
  const own = q !== null ? headers.find((h) => h.role === role && h.quarter === q) : undefined;
  return (own ?? headers.find((h) => h.role === role && h.quarter === null))?.col;
}

const hasQuarters = (headers: readonly HeaderColumn[], roles: readonly string[]): boolean => headers.some((h) => h.quarter !== null && roles.includes(h.role));

/** Canonical header text of each output role, for appended columns and the template. */
export const OUTPUT_HEADERS: Readonly<Record<Lang, Readonly<Partial<Record<KinerjaRole | EfisiensiRole, string>>>>> = {
  id: {
    capaian: 'Capaian (%)',
    kriteria: 'Kriteria',
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
    capaianTahunan: 'Achievement against Annual Target (%)',
    status: 'Status',
    capaianInput: 'Input Achievement (%)',
    ie: 'IE',
    te: 'TE',
    capaianTe: 'TE Achievement (%)',
    kategori: 'Category',
  },
};

const PERIOD_LABEL: Readonly<Record<Period, string>> = { TW1: 'TW I', TW2: 'TW II', TW3: 'TW III', TW4: 'TW IV', TAHUNAN: 'Tahunan' };

/** The period as reports print it (`TW II`, `Tahunan`). */
export function periodLabel(period: Period, lang: Lang = 'id'): string {
  return lang === 'en' && period === 'TAHUNAN' ? 'Annual' : PERIOD_LABEL[period];
}

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

/**
 * The layout of the table in `grid` for `period`, or null when no header row is found in the
 * first 30 rows. Output columns the sheet lacks are given columns after its last used one
 * (`appended`), labelled in `lang`.
 */
export function detectLayout(grid: Grid, period: Period, lang: Lang = 'id'): Layout | null {
  const found = findHeader(grid);
  if (!found) return null;
  const { kind, headers } = found;
  const headerRow = grid.top + found.row;
  let firstDataRow = headerRow + found.headerRows;
  const next = grid.values[firstDataRow - grid.top];
  if (next && isColumnNumberRow(next)) firstDataRow++;
  const base = { sheet: grid.sheet, headerRow, headerRows: found.headerRows, firstDataRow, lastDataRow: lastDataRow(grid, firstDataRow), headers, period };
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
    if (columns.target === undefined) delete columns.target;
    if (columns.realisasi === undefined) delete columns.realisasi;
    const quarterly = hasQuarters(headers, ['target', 'realisasi', 'capaian', 'kriteria']);
    for (const role of ['capaian', 'kriteria'] as const) {
      columns[role] = pick(headers, role, period) ?? append(role, quarterly);
    }
    if (columns.targetTahunan !== undefined) {
      if (columns.capaianTahunan === undefined && period !== 'TAHUNAN') columns.capaianTahunan = append('capaianTahunan', false);
      if (columns.status === undefined) columns.status = append('status', false);
    }
    return { ...base, kind, columns, appended };
  }

  const columns: Partial<Record<EfisiensiRole, number>> = {};
  for (const role of Object.keys(EFISIENSI_WORDS) as EfisiensiRole[]) {
    const c = pick(headers, role, period);
    if (c !== undefined) columns[role] = c;
  }
  for (const role of ['capaianInput', 'ie', 'te', 'capaianTe', 'kategori'] as const) {
    if (columns[role] === undefined) columns[role] = append(role, false);
  }
  return { ...base, kind, columns, appended };
}

/** True when a row repeats the header (a table pasted across PDF pages) or its quarter labels. */
export function isHeaderLikeRow(row: readonly CellValue[], kind: Kind): boolean {
  let labels = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    if (headerRole(v, kind) || isQuarterLabel(v)) labels++;
  }
  return labels >= 2;
}
