/**
 * Matching indicator, sasaran and unit names across reports (issue 16). Two levels:
 * - `nameKey`: names equal under it are the same name written differently (case, spaces, line
 *   breaks, curly quotes, a trailing full stop) and MERGE into one rekap row;
 * - `nearMatches`: names whose words are nearly the same once abbreviations are expanded and
 *   filler words dropped ("Persentase Obat yang memenuhi syarat" / "% obat memenuhi syarat").
 *   They are only ever reported (a finding with the suggested pairing), never merged: a wrong
 *   merge would silently put one unit's Obat figure beside another's Makanan figure.
 */

import type { Lang } from '../core';
import { REKAP_WORDS } from './messages';

/** Characters that are spaces to a reader but not to `===` (no-break, narrow, figure, ideographic). */
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** Invisible characters Word and web pages leave in copied text (zero-width, soft hyphen, BOM). */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;

/** Typographic variants of one character, as data: curly quotes and dashes become their plain form. */
const CHARACTER_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
];

/**
 * Punctuation that frames a name without being part of it: quotes around a pasted name, a list
 * bullet, a trailing full stop, colon or comma. Brackets are not here: `(hari)` is part of a name.
 */
const FRAME = /^[\s"'*•·\-.,;:]+|[\s"'*•·\-.,;:]+$/g;

/**
 * The exact-match key of a name: lower case, every run of spaces (line breaks, no-break spaces)
 * one space, curly quotes and dashes plain, no space inside brackets or around a slash, framing
 * punctuation and a trailing full stop dropped. Nothing that changes a word: names equal under
 * this key are one name and merge.
 *
 * @example nameKey('  Persentase Obat yang\nMemenuhi  Syarat. ') // 'persentase obat yang memenuhi syarat'
 */
export function nameKey(name: string): string {
  let s = name.normalize('NFC').replace(INVISIBLE, '');
  for (const [pattern, plain] of CHARACTER_VARIANTS) s = s.replace(pattern, plain);
  return s
    .replace(SPACE_LIKE, ' ')
    .toLowerCase()
    .replace(/ ?\/ ?/g, '/')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(FRAME, '');
}

/**
 * Abbreviations of report wordings, each the words it stands for. `%` and `&` are tokens of their
 * own (see `words`). Only abbreviations that stand for one thing in a LAKIN: `POM` is left as it is
 * because it appears in unit names (`Loka POM di Kota Dumai`), where expanding it would add the
 * blocking nouns obat and makanan to a name that does not measure them.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  '%': ['persentase'],
  prosentase: ['persentase'],
  jml: ['jumlah'],
  jmlh: ['jumlah'],
  '&': ['dan'],
  yg: ['yang'],
  dgn: ['dengan'],
  dg: ['dengan'],
  thd: ['terhadap'],
  tdk: ['tidak'],
  utk: ['untuk'],
  pd: ['pada'],
  dlm: ['dalam'],
  ms: ['memenuhi', 'syarat'],
  tms: ['tidak', 'memenuhi', 'syarat'],
  ot: ['obat', 'tradisional'],
  rata2: ['rata', 'rata'],
  thn: ['tahun'],
  tw: ['triwulan'],
};

/** Words that carry no meaning of their own in an indicator name; dropped before comparing. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'yang', 'di', 'dan', 'atau', 'dari', 'terhadap', 'dalam', 'pada', 'untuk', 'oleh', 'ke', 'serta',
  'dengan', 'bagi', 'sebagai', 'secara', 'akan', 'telah', 'sudah', 'lingkup', 'bidang', 'tersebut',
]);

/**
 * Words that name WHAT is counted (the commodity, the kind of facility, the stage) or negate it.
 * Two names differing in one of these are different indicators however alike the rest is
 * (`Persentase Obat yang memenuhi syarat` / `Persentase Makanan yang memenuhi syarat`,
 * `sarana produksi` / `sarana distribusi`), so such a difference blocks a near-match.
 */
export const BLOCKING_WORDS: ReadonlySet<string> = new Set([
  'obat', 'makanan', 'pangan', 'kosmetik', 'kosmetika', 'tradisional', 'suplemen', 'kesehatan', 'olahan',
  'narkotika', 'psikotropika', 'prekursor', 'farmasi', 'rokok', 'tembakau',
  'sarana', 'produksi', 'distribusi', 'pelayanan', 'produk', 'sampel', 'umkm', 'iklan', 'label',
  'inspeksi', 'sertifikasi', 'pengujian', 'pemeriksaan', 'penindakan', 'kejahatan', 'laboratorium',
  'anggaran', 'asn', 'sdm', 'masyarakat', 'pelaku', 'usaha',
  'tidak', 'belum', 'bukan',
]);

/**
 * The least share of words two names must have in common to be called near-matches: Dice
 * similarity 2·|A∩B| / (|A| + |B|) over the content words. Indicator names hold 3–8 content
 * words; 0.8 lets one word be added or dropped in a name of 4 or more words (4 vs 5: 0.89), one
 * word be replaced in a name of 5 or more (0.8: usually a synonym or a typo such as `Farmasai`),
 * and stays below one replaced word in a 4-word name (0.75), where that word is a quarter of the
 * meaning. Blocking words are checked apart from it, whatever the share.
 */
export const NEAR_MATCH_MIN_DICE = 0.8;

/** The content words of a name: its key split into words, abbreviations expanded, filler dropped. */
export function contentWords(name: string): readonly string[] {
  const raw = nameKey(name)
    .replace(/[%&]/g, (c) => ` ${c} `)
    .split(/[^\p{L}\p{N}%&]+/u)
    .filter((w) => w !== '');
  const out: string[] = [];
  for (const w of raw) {
    for (const e of ABBREVIATIONS[w] ?? [w]) if (!FILLER_WORDS.has(e)) out.push(e);
  }
  return out;
}

/**
 * Words of a unit's name that say what kind of office it is, not where (BPOM's UPT: Balai Besar
 * POM, Balai POM, Loka POM — PerBPOM 12/2018 and its amendments; Pemda offices as in the Sampang
 * report). What is left is the place: two names with the same place and different spellings are
 * likely one unit; a different place is always another unit, however alike the rest.
 */
const UNIT_KIND_WORDS: ReadonlySet<string> = new Set([
  'balai', 'besar', 'loka', 'pom', 'bpom', 'bbpom', 'upt', 'pengawas', 'pengawasan', 'obat', 'makanan', 'badan',
  'kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'pemerintah', 'dinas', 'inspektorat',
]);

/** The place a unit's name names (`Loka POM di Kota Dumai` → `dumai`), as a key; '' when it names none. */
export function unitPlaceKey(unit: string): string {
  return contentWords(unit)
    .filter((w) => !UNIT_KIND_WORDS.has(w))
    .join(' ');
}

/** A pair of near-matching names, by index into the list given to `nearMatches`. */
export interface NearMatch {
  readonly a: number;
  readonly b: number;
  /** The Dice similarity of their content words (1: the same words, spelled differently). */
  readonly similarity: number;
}

/** Dice similarity of two word sets. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Shortest word a one-letter slip is excused in: shorter words differ in meaning by one letter (`obat`/`oba`). */
const TYPO_MIN_LENGTH = 6;

/** Whether two words differ by at most one inserted, deleted or replaced letter. */
function oneSlipApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** A number in a name (`IKSS 2`, `tahun 2024`, `berbobot 1`) tells indicators apart like a blocking word. */
const isBlocking = (w: string): boolean => BLOCKING_WORDS.has(w) || /^\p{N}/u.test(w);

/**
 * Whether the two sets differ in a blocking word or a number (one has it, the other not) — unless
 * the other has a word one slip away from it (`Farmasai` for `farmasi`: a typo, not another commodity).
 */
function differInBlockingWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const missing = (from: ReadonlySet<string>, to: ReadonlySet<string>): boolean => {
    for (const w of from) {
      if (!isBlocking(w) || to.has(w)) continue;
      const slip = w.length >= TYPO_MIN_LENGTH && [...to].some((v) => !from.has(v) && v.length >= TYPO_MIN_LENGTH && oneSlipApart(w, v));
      if (!slip) return true;
    }
    return false;
  };
  return missing(a, b) || missing(b, a);
}

/**
 * The near-matching pairs among names whose keys all differ (pass one name per key). Fast for
 * thousands of names: a pair with Dice ≥ t has Jaccard ≥ j = t / (2 − t), and two sets with
 * Jaccard ≥ j share a word among the first |A| − ⌈j·|A|⌉ + 1 of each when words are ordered
 * rarest first (prefix filtering), so only names sharing a rare word are compared at all.
 */
export function nearMatches(names: readonly string[]): NearMatch[] {
  const sets = names.map((n) => new Set(contentWords(n)));
  const frequency = new Map<string, number>();
  for (const s of sets) for (const w of s) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarestFirst = (x: string, y: string): number => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
  const jaccard = NEAR_MATCH_MIN_DICE / (2 - NEAR_MATCH_MIN_DICE);
  const index = new Map<string, number[]>();
  const pairs: NearMatch[] = [];
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const prefix = [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(jaccard * set.size - 1e-9) + 1);
    const seen = new Set<number>();
    for (const w of prefix) {
      for (const j of index.get(w) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const other = sets[j];
        if (differInBlockingWord(set, other)) continue;
        const similarity = dice(set, other);
        if (similarity >= NEAR_MATCH_MIN_DICE) pairs.push({ a: j, b: i, similarity });
      }
    }
    for (const w of prefix) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * The row key of an indicator with no name: unique to its report and cell, so it never merges
 * with another (two unnamed indicators are no more the same than two named differently). It
 * starts with a line break, which no `nameKey` does (framing spaces are dropped), so it cannot
 * meet a real name's key either.
 */
export function unnamedKey(report: number, cell: string): string {
  return `\n${report}\n${cell}`;
}

/** What a rekap row shows for an indicator with no name: `(tanpa nama) — Kinerja!D6`. */
export function unnamedName(cell: string, lang: Lang): string {
  return `${REKAP_WORDS.unnamed[lang]} — ${cell}`;
}

/** Whether a row key is an unnamed indicator's (see `unnamedKey`). */
export function isUnnamedKey(key: string): boolean {
  return key.startsWith('\n');
}

/** Fewest words a unit name needs to be looked for inside indicator names (`Loka POM di Kota Dumai`). */
const UNIT_MIN_WORDS = 2;
/**
 * Most words: the longest real unit names run to about ten (`Balai Besar Pengawas Obat dan Makanan
 * di Kota …`); a longer "name" is a paragraph no indicator repeats, and its pattern could exceed
 * what a regular expression may hold.
 */
const UNIT_MAX_WORDS = 20;

/**
 * A pattern finding the unit's own name inside an indicator or sasaran name (`Indeks
 * Profesionalitas ASN Loka POM di Kota Dumai`), whatever its case and spacing, as whole words;
 * null for a one-word name, which could be an ordinary word of a name.
 */
export function unitPattern(unit: string): RegExp | null {
  const words = nameKey(unit).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length < UNIT_MIN_WORDS || words.length > UNIT_MAX_WORDS) return null;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}
