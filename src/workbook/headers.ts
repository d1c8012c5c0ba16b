/**
 * Reading one header cell: its words, the quarter it names, and the role(s) it may play,
 * by the vocabulary in header-vocabulary.ts (issue 12, deliverable 3). Pure.
 */
import { AMBIGUOUS, EFISIENSI_VOCABULARY, FILLER, KINERJA_VOCABULARY, PHRASES, SYNONYMS } from './header-vocabulary';
import type { EfisiensiRole, KinerjaRole, Quarter } from './layout';
import { PERIOD_TABLE } from './periods';
import type { CellValue } from './types';

/** The kind of table a header is read for. */
export type TableKind = 'kinerja' | 'efisiensi';

/** A role a header can play. */
export type Role = KinerjaRole | EfisiensiRole;

/** What one header cell says. */
export interface HeaderReading {
  /** The roles it may play, best first (more than one only for an AMBIGUOUS phrase). */
  readonly roles: readonly Role[];
  /** The quarter it names (`TW II`, `B06`, `s.d. Juni`), or null. */
  readonly quarter: Quarter | null;
  /** The (latest) year it names (`Target 2021` → 2021), or null. */
  readonly year: number | null;
}

const ROMAN: Readonly<Record<string, Quarter>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
// The month codes of the period table (B03 … B12), keyed by their digits.
const MONTH_CODE: Readonly<Record<string, Quarter>> = Object.fromEntries(PERIOD_TABLE.flatMap((p) => (p.monthCode !== null && p.quarter !== null ? [[p.monthCode.slice(1), p.quarter]] : [])));
// A quarter as reports write it: TW II, Triwulan ke-2, Trw. II, TW.II, Q2, Kuartal 2, B06 (SIMETRIS month codes).
const QUARTER_WORD = /\b(?:tw|triwulan|trw|tri|q|quarter|kuartal)\s*(?:ke\s*)?(iv|iii|ii|i|[1-4])\b/;
const QUARTER_ALONE = /\b(?:tw|triwulan|trw|tri|quarter|kuartal)\b/;
const ROMAN_WORD = /\b(iv|iii|ii|i)\b/;
const MONTH_CODE_WORD = /\bb\s*(03|06|09|12)\b/;
// The last month of a quarter, as monthly monitoring sheets write "Realisasi s.d. Juni" [13].
const QUARTER_END_MONTH: readonly (readonly [RegExp, Quarter])[] = [
  [/\b(?:maret|march|mar)\b/, 1],
  [/\b(?:juni|june|jun)\b/, 2],
  [/\b(?:september|sept|sep)\b/, 3],
  [/\b(?:desember|december|des|dec)\b/, 4],
];
const SEMESTER = /\bsemester\s*(ii|i|[12])\b/;
const YEAR = /\b(?:19|20)\d\d\b/g;

/** A header text in comparable form: lower case, `%` as a word, no punctuation, phrases rewritten. */
export function normaliseHeader(text: CellValue): string {
  if (text === null || typeof text !== 'string') return typeof text === 'number' ? String(text) : '';
  let s = text.toLowerCase().replace(/[\r\n\t\u00a0\u2007\u202f]+/g, ' ');
  s = s.replace(/%/g, ' persen ');
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  s = s.replace(/[()[\]{}:;.,*/\\_–—'"-]/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The quarter a normalised header names and the header without it. `strict` takes only the
 * explicit forms (TW II, B06, Q2): a month or a semester alone is data more often than a label.
 */
export function splitQuarter(norm: string, strict = false): { rest: string; quarter: Quarter | null } {
  const cut = (m: RegExpExecArray, q: Quarter): { rest: string; quarter: Quarter } => ({ rest: clean(norm.replace(m[0], ' ')), quarter: q });
  let m = QUARTER_WORD.exec(norm);
  if (m) return cut(m, ROMAN[m[1]]);
  m = MONTH_CODE_WORD.exec(norm);
  if (m) return cut(m, MONTH_CODE[m[1]]);
  if (strict) return { rest: norm, quarter: null };
  m = SEMESTER.exec(norm);
  if (m) return cut(m, m[1] === 'i' || m[1] === '1' ? 2 : 4);
  // "Target Triwulan (kumulatif) II": the numeral after a word in between [2].
  const w = QUARTER_ALONE.exec(norm);
  if (w) {
    const after = norm.slice(w.index + w[0].length);
    const r = ROMAN_WORD.exec(after);
    if (r) return { rest: clean(`${norm.slice(0, w.index)} ${after.replace(r[0], ' ')}`), quarter: ROMAN[r[1]] };
  }
  for (const [re, q] of QUARTER_END_MONTH) {
    const mm = re.exec(norm);
    if (mm) return cut(mm, q);
  }
  return { rest: norm, quarter: null };
}
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The canonical words of a header (synonyms applied), without duplicates. */
export function headerWords(rest: string): Set<string> {
  const words = new Set<string>();
  for (const w of rest.split(' ')) if (w !== '') words.add(SYNONYMS[w] ?? w);
  return words;
}

interface Phrase {
  readonly words: readonly string[];
  readonly roles: readonly Role[];
}

/** Every phrase of a kind, its roles in table order (AMBIGUOUS phrases get all of theirs). */
function phrasesOf(kind: TableKind): Phrase[] {
  const vocabulary: Readonly<Record<string, readonly string[]>> = kind === 'kinerja' ? KINERJA_VOCABULARY : EFISIENSI_VOCABULARY;
  const byKey = new Map<string, Role[]>();
  const key = (phrase: string): string => [...new Set(phrase.split(' '))].sort().join(' ');
  for (const [phrase, roles] of AMBIGUOUS[kind]) byKey.set(key(phrase), [...roles]);
  for (const role of Object.keys(vocabulary) as Role[]) {
    for (const phrase of vocabulary[role]) {
      const k = key(phrase);
      const roles = byKey.get(k) ?? [];
      if (!roles.includes(role)) roles.push(role);
      byKey.set(k, roles);
    }
  }
  return [...byKey].map(([k, roles]) => ({ words: k.split(' '), roles }));
}
const PHRASES_OF: Readonly<Record<TableKind, readonly Phrase[]>> = { kinerja: phrasesOf('kinerja'), efisiensi: phrasesOf('efisiensi') };

/**
 * The phrase a header's words make: every word of the phrase is in the header and every
 * other word of the header is FILLER; the longest such phrase wins.
 */
function matchWords(words: ReadonlySet<string>, kind: TableKind): readonly Role[] | null {
  let best: Phrase | null = null;
  for (const p of PHRASES_OF[kind]) {
    if (best && p.words.length <= best.words.length) continue;
    if (!p.words.every((w) => words.has(w))) continue;
    let rest = true;
    for (const w of words) if (!p.words.includes(w) && !FILLER.has(w)) rest = false;
    if (rest) best = p;
  }
  return best?.roles ?? null;
}

/** What a header cell says for a table of `kind`, or null when it names no role. */
export function readHeader(text: CellValue, kind: TableKind): HeaderReading | null {
  const norm = normaliseHeader(text);
  if (norm === '' || typeof text === 'number') return null;
  const years = norm.match(YEAR);
  const year = years ? Math.max(...years.map(Number)) : null;
  const { rest, quarter } = splitQuarter(norm.replace(YEAR, ' '));
  const words = headerWords(rest);
  // "s.d Triwulan IV Tahun 2021": beside a quarter, "Tahun 2021" names the year, not the annual column [4].
  if (quarter !== null && year !== null) words.delete('tahun');
  const roles = matchWords(words, kind);
  return roles ? { roles, quarter, year } : null;
}

/** The role a header text names in a table of `kind` (its first, when ambiguous), or null. */
export function headerRole(text: CellValue, kind: TableKind): { role: Role; quarter: Quarter | null } | null {
  const r = readHeader(text, kind);
  return r ? { role: r.roles[0], quarter: r.quarter } : null;
}

/**
 * True when a text is a bare quarter label (`B06`, `TW II`), as under a two-row `Target`
 * header. Months do not count: "Desember" in a Realisasi cell is an indicator's data.
 */
export function isQuarterLabel(v: CellValue): boolean {
  const n = normaliseHeader(v);
  if (n === '') return false;
  const { rest, quarter } = splitQuarter(n.replace(YEAR, ' '), true);
  return quarter !== null && [...headerWords(rest)].every((w) => FILLER.has(w));
}
