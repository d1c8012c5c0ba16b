/**
 * The consolidation itself (issue 16): unit reports in, one Rekap out — the reports sorted, their
 * indicators and sasaran matched into rows by name, the trend when they are one unit's periods,
 * and a finding for everything the matching could not settle (near-matches, duplicates, periods
 * that are not like for like). Nothing is merged on a guess: only names equal under `nameKey`.
 */
import { Lang, formatEn, formatId, formatMessage } from '../core';
import { periodInfo } from '../workbook';
import type { Rekap, RekapFinding, RekapIndikatorRow, RekapSasaranRow, UnitIndikator, UnitReport, UnitSasaran } from './model';
import { REKAP_WORDS, RekapMessageCode, rekapText } from './messages';
import { isUnnamedKey, nameKey, nearMatches, unitPattern, unitPlaceKey, unnamedKey, unnamedName } from './names';
import { ItemName, MatchedRow, matchRows } from './rows';
import { analyseTren, chronological, trenLabel } from './tren';

/** How many unit names a near-match finding lists before `and N more units`. */
const UNITS_LISTED = 3;

/**
 * Report order: units by the NPSS of their latest period (highest first, not assessed last, then
 * by name), each unit's reports together in chronological order. With one report per unit this
 * is simply by NPSS; with a unit's quarters it keeps TW I … TW IV side by side, so the columns of
 * the matrices read as a timeline within each unit.
 */
export function reportOrder(units: readonly UnitReport[]): UnitReport[] {
  const latest = new Map<string, UnitReport>();
  for (const u of units) {
    const key = nameKey(u.unit);
    const current = latest.get(key);
    if (current === undefined || chronological(current, u) < 0) latest.set(key, u);
  }
  const rank = (u: UnitReport): number | null => latest.get(nameKey(u.unit))!.npss;
  // Two reports of one unit and period (a copy, a revision): the higher NPSS first, as before.
  return [...units].sort((a, b) => byNpss(rank(a), rank(b)) || nameKey(a.unit).localeCompare(nameKey(b.unit), 'id') || chronological(a, b) || byNpss(a.npss, b.npss) || a.unit.localeCompare(b.unit, 'id'));
}

/** Highest first, not assessed last. */
function byNpss(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** How many different units (by `nameKey` of their names) the reports are of. */
export function unitCount(units: readonly Pick<UnitReport, 'unit'>[]): number {
  return new Set(units.map((u) => nameKey(u.unit))).size;
}

/** What a unit's own name inside an indicator name becomes in a row's key (any language). */
const UNIT_IN_KEY = '{unit}';

/**
 * Names of several units' reports with each unit's own name taken out. BPOM's units name
 * themselves in some IKU (`Indeks Profesionalitas ASN Loka POM di Kota Dumai`, `… di Kota
 * Batam`): the same indicator, which would otherwise be one row per unit. Only a name read from
 * the report itself (title, cover) is taken out: a file or sheet name may be an ordinary word.
 */
class UnitNames {
  /** Per report: the pattern of its unit's name, and a word of it to look for first (cheap). */
  private readonly patterns: ({ pattern: RegExp; word: string } | null)[];
  private readonly placeholder: string;
  /** Names that had their unit taken out, and the first such (for the finding). */
  count = 0;
  example: { nama: string; shown: string; unit: string } | null = null;

  constructor(private readonly units: readonly UnitReport[], lang: Lang) {
    const several = new Set(units.map((u) => nameKey(u.unit))).size >= 2;
    this.patterns = units.map((u) => {
      const pattern = several && (u.unitFrom === 'judul' || u.unitFrom === 'sampul') ? unitPattern(u.unit) : null;
      if (pattern === null) return null;
      const word = nameKey(u.unit).split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
      return { pattern, word };
    });
    this.placeholder = REKAP_WORDS.unitPlaceholder[lang];
  }

  /** A name of report `r` as a row shows it (a sasaran's name beside an indicator row), not counted. */
  shown(nama: string, r: number): string {
    const p = this.patterns[r];
    return p === null || !nameKey(nama).includes(p.word) ? nama : nama.replace(p.pattern, this.placeholder);
  }

  /** The row key of a name of report `r` and the name as the row shows it (counted for the finding). */
  of(nama: string, r: number, keyPrefix = ''): ItemName {
    const key = nameKey(nama);
    const p = this.patterns[r];
    // The regular expression (Unicode, case-blind) is slow over 10,000 names: most hold no unit name.
    if (p === null || !key.includes(p.word)) return { key: keyPrefix + key, nama };
    const shown = nama.replace(p.pattern, this.placeholder);
    if (shown === nama) return { key: keyPrefix + key, nama };
    this.count++;
    this.example ??= { nama, shown, unit: this.units[r].unit };
    return { key: keyPrefix + nameKey(nama.replace(p.pattern, UNIT_IN_KEY)), nama: shown };
  }
}

/** Characters of one value a finding's message quotes (a list of names is one value, so it is generous). */
const NAME_SHOWN = 400;

/** Builds findings in the run's language. */
class Findings {
  readonly list: RekapFinding[] = [];
  constructor(private readonly lang: Lang) {}

  add(code: RekapMessageCode, severity: RekapFinding['severity'], file: string | null, cell: string | null, params: Readonly<Record<string, string | number>>): void {
    // A name from a file can be 20,000 characters: a message quotes at most NAME_SHOWN of each value.
    const clipped = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && v.length > NAME_SHOWN ? `${v.slice(0, NAME_SHOWN - 1)}…` : v]));
    this.list.push({ file, cell, severity, code, ...rekapText(code, this.lang, clipped) });
  }

  /** A number as the run's language prints it, or `tidak dinilai`. */
  num(value: number | null): string {
    if (value === null) return REKAP_WORDS.notAssessed[this.lang];
    return this.lang === 'en' ? formatEn(value) : formatId(value);
  }

  /** `TW II 2024`. */
  period(u: UnitReport): string {
    return trenLabel(u.periode, u.tahun, this.lang);
  }

  /** `"Loka POM di Kota Dumai" TW II 2024 (dumai.xlsx, lembar Kinerja)`: which report. */
  report(u: UnitReport): string {
    return `"${u.unit}" ${this.period(u)} (${u.file}, ${REKAP_WORDS.sheet[this.lang]} ${u.sheet})`;
  }

  /** `Dumai, Tanjung Pinang, Batam dan 4 unit lain`. */
  unitList(units: readonly UnitReport[]): string {
    const names = [...new Set(units.map((u) => u.unit))];
    const shown = names.slice(0, UNITS_LISTED);
    const rest = names.length - shown.length;
    if (rest > 0) shown.push(formatMessage(rest === 1 ? REKAP_WORDS.moreOne : REKAP_WORDS.more, this.lang, { n: rest }));
    const and = REKAP_WORDS.and[this.lang];
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
  }
}

/**
 * Findings for rows whose names nearly match another row's (never merged): one per row at most,
 * pairing it with the near-matching row most units use (the closest, then the first, on a tie).
 * Every pair would grow with the square of the spellings — 76 units each writing a variant of one
 * IKU give 2,850 pairs — where one suggestion per spelling says the same and stays readable.
 */
function nearMatchFindings<T>(rows: readonly MatchedRow<T>[], units: readonly UnitReport[], code: 'indikator-mirip' | 'sasaran-mirip', out: Findings): void {
  // An unnamed indicator's row is named after its cell: alike to any other such row, never a spelling of it.
  const named = rows.map((r) => !isUnnamedKey(r.key));
  const holders = (row: MatchedRow<T>): UnitReport[] => units.filter((_, i) => row.values[i] !== null);
  const used = rows.map((r) => r.values.reduce((n, v) => (v === null ? n : n + 1), 0));
  // Pair each row with a more used one: the fewer-units spelling is the one to change.
  const best = new Map<number, { to: number; similarity: number }>();
  for (const { a, b, similarity } of nearMatches(rows.map((r) => r.nama))) {
    if (!named[a] || !named[b]) continue;
    const [from, to] = used[b] > used[a] ? [a, b] : [b, a];
    const current = best.get(from);
    const better = current === undefined || used[to] > used[current.to] || (used[to] === used[current.to] && (similarity > current.similarity || (similarity === current.similarity && to < current.to)));
    if (better) best.set(from, { to, similarity });
  }
  for (const [from, { to }] of [...best.entries()].sort((x, y) => x[0] - y[0])) {
    out.add(code, 'warning', null, null, { a: rows[to].nama, b: rows[from].nama, unitsA: out.unitList(holders(rows[to])), unitsB: out.unitList(holders(rows[from])) });
  }
}

/**
 * Unit names that name the same place in other words (`Loka POM Dumai` in one file, `Loka POM di
 * Kota Dumai` in another): kept as two units — a unit is never merged on a guess — but said, since
 * one unit spelled two ways splits its quarters (no Tren) and is counted twice. Matched by place
 * (`unitPlaceKey`), not by word overlap: `… Kabupaten Sumba Timur` and `… Kabupaten Kotawaringin
 * Timur` share most words and are two units.
 */
function similarUnits(units: readonly UnitReport[], out: Findings): void {
  const byPlace = new Map<string, Map<string, UnitReport[]>>();
  for (const u of units) {
    const place = unitPlaceKey(u.unit);
    if (place === '') continue;
    let spellings = byPlace.get(place);
    if (!spellings) byPlace.set(place, (spellings = new Map()));
    const key = nameKey(u.unit);
    const list = spellings.get(key);
    if (list) list.push(u);
    else spellings.set(key, [u]);
  }
  const files = (list: readonly UnitReport[]): string => [...new Set(list.map((u) => u.file))].slice(0, 3).join(', ');
  for (const spellings of byPlace.values()) {
    const [first, ...others] = [...spellings.values()];
    for (const other of others) out.add('unit-mirip', 'warning', other[0].file, null, { a: first[0].unit, b: other[0].unit, filesA: files(first), filesB: files(other) });
  }
}

/** Reports of one unit and period: both kept as columns, a warning names them. */
function sameUnitTwice(units: readonly UnitReport[], out: Findings): void {
  const seen = new Map<string, UnitReport>();
  for (const u of units) {
    const key = `${nameKey(u.unit)}\n${u.periode}\n${u.tahun ?? ''}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, u);
    else out.add('unit-ganda', 'warning', u.file, null, { unit: u.unit, periode: out.period(u), first: `${first.file} (${first.sheet})`, second: `${u.file} (${u.sheet})`, v1: out.num(first.npss), v2: out.num(u.npss) });
  }
}

/**
 * Reports of different periods among several units. An info when every unit has the same set of
 * periods (a deliberate units × quarters rekap), a warning otherwise (some units compared at TW II,
 * others at TW III).
 */
function mixedPeriods(units: readonly UnitReport[], out: Findings, lang: Lang): void {
  const unitKeys = new Set(units.map((u) => nameKey(u.unit)));
  if (unitKeys.size < 2) return;
  // A report of no known year is of the same period as the others of its quarter when they all
  // name one year: `TW II` beside `TW II 2024` is not a difference, only a title without a year.
  const yearsOf = new Map<string, Set<number>>();
  for (const u of units) if (u.tahun !== null) yearsOf.set(u.periode, (yearsOf.get(u.periode) ?? new Set<number>()).add(u.tahun));
  const known = (u: UnitReport): Pick<UnitReport, 'periode' | 'tahun'> => {
    const years = yearsOf.get(u.periode);
    return u.tahun === null && years?.size === 1 ? { periode: u.periode, tahun: [...years][0] } : u;
  };
  const periodOf = (u: UnitReport): string => {
    const p = known(u);
    return trenLabel(p.periode, p.tahun, lang);
  };
  const byPeriod = new Map<string, UnitReport[]>();
  for (const u of [...units].sort((a, b) => chronological(known(a), known(b)))) {
    const label = periodOf(u);
    const list = byPeriod.get(label);
    if (list) list.push(u);
    else byPeriod.set(label, [u]);
  }
  if (byPeriod.size < 2) return;
  const periodsOf = new Map<string, Set<string>>();
  for (const u of units) {
    const set = periodsOf.get(nameKey(u.unit)) ?? new Set<string>();
    set.add(periodOf(u));
    periodsOf.set(nameKey(u.unit), set);
  }
  const balanced = [...periodsOf.values()].every((s) => s.size === byPeriod.size);
  const labels = [...byPeriod.keys()];
  const periods = [...byPeriod.entries()].map(([label, list]) => `${label} (${formatMessage(list.length === 1 ? REKAP_WORDS.reportsOne : REKAP_WORDS.reports, lang, { n: list.length })}: ${out.unitList(list)})`);
  // The period most reports are of is the one a single-period rekap would keep.
  const common = [...byPeriod.values()].reduce((m, l) => (l.length > m.length ? l : m));
  out.add('periode-berbeda', balanced ? 'info' : 'warning', null, null, {
    periods: periods.join('; '),
    first: labels[0],
    other: labels[labels.length - 1],
    code: common[0].periode,
  });
}

/**
 * The consolidation of `units` (one UnitReport per sheet × period, in any order): sorted reports,
 * indicator and sasaran rows matched by `nameKey`, the trend when they are one unit's periods, and
 * the findings of the matching in `lang`.
 */
export function consolidate(units: readonly UnitReport[], lang: Lang): Rekap {
  const sorted = reportOrder(units);
  const out = new Findings(lang);

  // Once per file: a file's quarters or sheets all carry the name it gave.
  const namedByFile = new Set<string>();
  for (const u of sorted) {
    if (u.unitFrom !== 'berkas' || namedByFile.has(`${u.file}\n${u.unit}`)) continue;
    namedByFile.add(`${u.file}\n${u.unit}`);
    out.add('unit-dari-berkas', 'info', u.file, null, { file: u.file, unit: u.unit });
  }
  sameUnitTwice(sorted, out);
  similarUnits(sorted, out);
  mixedPeriods(sorted, out, lang);
  for (const u of sorted) {
    if (u.npss === null) out.add('tidak-dinilai', 'warning', u.file, null, { report: out.report(u), count: u.counts.indicators, periode: periodInfo(u.periode).short[lang], file: u.file });
  }

  const names = new UnitNames(sorted, lang);
  // An indicator without a name is a row of its own per report (never merged), and a finding.
  const indikator = matchRows<UnitIndikator>(sorted.map((u) => u.indikator), (x, r) => (nameKey(x.nama) === '' ? { key: unnamedKey(r, x.cell), nama: unnamedName(x.cell, lang) } : names.of(x.nama, r)));
  for (const u of sorted) {
    for (const x of u.indikator) {
      if (nameKey(x.nama) === '') out.add('indikator-tanpa-nama', 'warning', u.file, x.cell, { report: out.report(u), cell: x.cell, value: out.num(x.capaian), shown: unnamedName(x.cell, lang) });
    }
  }
  for (const d of indikator.duplicates) {
    const u = sorted[d.report];
    out.add('indikator-ganda', 'warning', u.file, d.extra.cell, { report: out.report(u), nama: d.extra.nama, first: d.kept.cell, second: d.extra.cell, v1: out.num(d.kept.capaian), v2: out.num(d.extra.capaian) });
  }
  nearMatchFindings(indikator.rows, sorted, 'indikator-mirip', out);

  // One sasaran name may sit under two perspectives: the key holds both. The engine groups
  // sasaran by their exact name, so two in one report under one key are spellings it counted apart.
  const sasaran = matchRows<UnitSasaran>(sorted.map((u) => u.sasaran), (x, r) => names.of(x.nama, r, `${nameKey(x.perspektif)}\n`));
  for (const d of sasaran.duplicates) {
    const u = sorted[d.report];
    out.add('sasaran-ganda', 'warning', u.file, null, { report: out.report(u), a: d.kept.nama, b: d.extra.nama, v1: out.num(d.kept.nps), v2: out.num(d.extra.nps) });
  }
  nearMatchFindings(sasaran.rows, sorted, 'sasaran-mirip', out);
  if (names.example !== null) {
    out.add('nama-unit-diganti', 'info', null, null, { count: names.count, example: names.example.nama, unit: names.example.unit, placeholder: REKAP_WORDS.unitPlaceholder[lang], shown: names.example.shown });
  }

  const tren = analyseTren(sorted, lang);
  if (tren.duplicate !== null) {
    const a = sorted[tren.duplicate.first];
    const b = sorted[tren.duplicate.second];
    out.add('tren-periode-ganda', 'warning', b.file, null, { unit: tren.duplicate.unit, periode: out.period(b), first: `${a.file} (${a.sheet})`, second: `${b.file} (${b.sheet})` });
  }

  return {
    units: sorted,
    indikator: indikator.rows.map((r): RekapIndikatorRow => ({ key: r.key, nama: r.nama, perspektif: r.first.perspektif, sasaran: names.shown(r.first.sasaran, r.firstReport), values: r.values })),
    sasaran: sasaran.rows.map((r): RekapSasaranRow => ({ key: r.key, nama: r.nama, perspektif: r.first.perspektif, values: r.values })),
    tren: tren.tren,
    findings: out.list,
  };
}

