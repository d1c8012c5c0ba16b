/**
 * The performance (kinerja) table: read every indicator row, compute capaian, kriteria and
 * the annual status with core, report findings (validation and the audit of what the sheet
 * already shows), and lay out the output columns (issue 4, deliverable 1; SPEC §2–§6).
 */
import type { Category, NoCapaianReason, Polaritas, RangeRule, StrategySummary, Target } from '../core';
import { Bilingual, formatMessage } from '../core/messages';
// Core's own modules, not its index: compiled to CommonJS (the CLI, the benchmark) every use of
// an index re-export is a getter call, and this loop makes a dozen per row over 100k rows.
import { SasaranGroup, summarizeGroups } from '../core/aggregate';
import { classify } from '../core/bands';
import { Capaian, capaian, rangeNeedsStabilize } from '../core/capaian';
import { nilaiCapaian } from '../core/grades';
import { readNumber } from '../core/parse-number';
import { readPolaritas } from '../core/polaritas';
import { readTarget } from '../core/target';
import { realisasiDariRasio } from '../core/rasio';
import { a1, columnLetter } from './a1';
import { bandText } from './band-text';
import { headersSeen } from './layout-findings';
import { formulaAt, isBlank } from './grid';
import { InputColumn, PercentPair } from './input-column';
import type { FindingReasonCode } from './messages';
import { KinerjaLayout, KinerjaRole, OUTPUT_HEADERS, headerRole, isHeaderLikeRow, periodLabel } from './layout';
import { isTemplateExample } from './template';
import { CellRow, OutputColumn, cellRow, columnRange, contextOf, fillRow, spills } from './output';
import { FindingSink, cellText, displayRound, quoteShown, readShown, sameLabel, sameShown, short, show } from './values';
import { CellValue, Grid, IndicatorOutcome, RunOptions } from './types';

/** What the kinerja engine finds in a sheet. */
export interface KinerjaAnalysis {
  readonly summary: StrategySummary | null;
  /** Output columns, in sheet order of roles (capaian, kriteria, nilai, capaianTahunan, status). */
  readonly outputs: OutputColumn[];
  /** False when a required column is missing: nothing can be computed. */
  readonly computable: boolean;
  /** Indicator rows read (blank, heading and repeated-header rows not counted). */
  readonly rows: number;
  /** Each of those rows' outcome, in sheet order. */
  readonly indicators: IndicatorOutcome[];
}

/** Names of the implicit perspective / sasaran when the sheet has no such column. */
const IMPLICIT = {
  perspektif: { id: '(tanpa perspektif)', en: '(no perspective)' },
  sasaran: { id: '(tanpa sasaran)', en: '(no sasaran)' },
} as const;

const COLUMN_NAME: Readonly<Partial<Record<KinerjaRole, string>>> = {
  target: 'Target',
  realisasi: 'Realisasi',
  targetTahunan: 'Target Tahunan',
  indikator: 'Indikator Kinerja',
  capaian: 'Capaian',
  kriteria: 'Kriteria',
  nilai: 'Nilai Capaian',
  capaianTahunan: 'Capaian terhadap Target Tahunan',
  status: 'Status',
  pembilang: 'Pembilang',
  penyebut: 'Penyebut',
};

/** A short text with letters: the only kind of cell a repeated header row holds (`Target`, `B06`). */
const labelLike = (v: CellValue): boolean => typeof v === 'string' && v.length <= 40 && /[a-z]/i.test(v);

// A unknown polarity or unreadable input: the indicator is left out of every mean (a finding says why).
const LEFT_OUT: Capaian = { status: 'not-assessed', reason: 'not-reported' };

/** How a capaian was computed, by polarity: the why of an audited Capaian. */
const FORMULA_REASON: Readonly<Record<Polaritas, FindingReasonCode>> = {
  maximize: 'rumus-maksimal',
  minimize: 'rumus-minimal',
  stabilize: 'rumus-stabil',
};

/** How a range target was scored, by the profile's range rule (a stabilize indicator always by 'stabil'). */
const RANGE_REASON: Readonly<Record<RangeRule, FindingReasonCode>> = { stabil: 'rumus-stabil', 'permenpan-rb': 'rumus-rentang-permenpan' };
const formulaReason = (range: boolean, pol: Polaritas, rule: RangeRule): FindingReasonCode =>
  range && pol !== 'stabilize' ? RANGE_REASON[rule] : FORMULA_REASON[range ? 'stabilize' : pol];

/** Why an output is "-", by what stopped the capaian, against the period's target or the annual one. */
type NoValue = NoCapaianReason | 'invalid' | 'unreadable';
const NOT_ASSESSED: Readonly<Record<'period' | 'annual', Readonly<Record<NoValue, FindingReasonCode>>>> = {
  period: { 'no-target': 'tanpa-target', 'not-reported': 'tanpa-realisasi', invalid: 'target-bermasalah', unreadable: 'target-bermasalah' },
  annual: { 'no-target': 'tanpa-target-tahunan', 'not-reported': 'tanpa-realisasi', invalid: 'target-tahunan-bermasalah', unreadable: 'target-tahunan-bermasalah' },
};

/** What stopped a capaian that has no value. */
const noValue = (c: Capaian): NoValue => (c.status === 'invalid' ? 'invalid' : c.status === 'not-assessed' ? c.reason : 'invalid');

/** Analyses a kinerja table; findings go to `sink`. */
export function analyseKinerja(grid: Grid, layout: KinerjaLayout, opts: RunOptions, sink: FindingSink): KinerjaAnalysis {
  const { lang, profile, decimalSeparator: sep, period } = opts;
  const rangeRule = profile.rangeRule ?? 'stabil';
  const cols = layout.columns;
  const headerRef = (col: number): [number, number] => [layout.headerRow, col];
  const firstCol = layout.headers[0]?.col ?? grid.left;

  let computable = true;
  for (const role of ['target', 'realisasi'] as const) {
    if (cols[role] === undefined) {
      const column = role === 'target' && period === 'TAHUNAN' ? 'Target Tahunan' : (COLUMN_NAME[role] ?? role);
      sink.at(...headerRef(firstCol), 'error', 'kolom-tidak-ditemukan', 'kolom-tidak-ditemukan', { column, period: periodLabel(period, lang), seen: headersSeen(layout, lang) });
      computable = false;
    }
  }
  if (cols.perspektif === undefined) sink.at(...headerRef(firstCol), 'warning', 'perspektif-tidak-ada', 'perspektif-tidak-ada');
  if (cols.sasaran === undefined) sink.at(...headerRef(firstCol), 'warning', 'sasaran-tidak-ada', 'sasaran-tidak-ada');
  if (!computable) return { summary: null, outputs: [], computable, rows: 0, indicators: [] };

  const tCol = cols.target as number;
  const rCol = cols.realisasi as number;
  const ttCol = cols.targetTahunan;
  const annual = ttCol !== undefined || (period === 'TAHUNAN' && cols.status !== undefined);
  const first = layout.firstDataRow;
  const n = Math.max(0, layout.lastDataRow - first + 1);
  const appended = new Map(layout.appended.map((a) => [a.role, a.header]));
  const labelOf = (role: KinerjaRole): string => appended.get(role) ?? layout.headers.find((h) => h.col === cols[role])?.text ?? OUTPUT_HEADERS[lang][role] ?? role;

  // The output cells, straight as the plan's one-cell rows (labels and fills shared).
  const dash = cellRow('-');
  const noFill = fillRow(null);
  const capVals: CellRow[] = new Array<CellRow>(n).fill(undefined);
  const kritVals: CellRow[] = new Array<CellRow>(n).fill(undefined);
  const kritFills: FillRow[] = new Array<FillRow>(n).fill(noFill);
  const annVals: CellRow[] = new Array<CellRow>(n).fill(undefined);
  const statVals: CellRow[] = new Array<CellRow>(n).fill(undefined);
  const statFills: FillRow[] = new Array<FillRow>(n).fill(noFill);
  // Nilai capaian, only under a profile that converts capaian (the layout then has the column).
  const conversion = cols.nilai === undefined ? undefined : profile.nilaiCapaian;
  const nilaiVals: CellRow[] = new Array<CellRow>(conversion ? n : 0).fill(undefined);
  // Realisasi computed from pembilang / penyebut, written only into empty realisasi cells.
  const realVals: CellRow[] = new Array<CellRow>(n).fill(undefined);
  let ratioWritten = 0;
  let ratioExample = '';

  // Each sasaran, by perspective and sasaran as the summary names them (blank: the implicit
  // name), grouped here while reading: one lookup per change of sasaran, not one per indicator.
  const groups: Grouped[] = [];
  const byName = new Map<string, Map<string, SasaranEntry>>();
  const entryOf = (p: string, s: string): SasaranEntry => {
    const pName = p || IMPLICIT.perspektif[lang];
    const sName = s || IMPLICIT.sasaran[lang];
    let bySasaran = byName.get(pName);
    if (!bySasaran) byName.set(pName, (bySasaran = new Map()));
    let entry = bySasaran.get(sName);
    if (!entry) bySasaran.set(sName, (entry = new SasaranEntry(pName, sName)));
    return entry;
  };
  // The same polarity word fills the whole column: read each distinct word once.
  const polaritasCache = new Map<CellValue, Polaritas | undefined>();
  const polaritasOf = (v: CellValue): Polaritas | undefined => {
    if (polaritasCache.has(v)) return polaritasCache.get(v);
    const p = readPolaritas(v);
    if (polaritasCache.size < 1000) polaritasCache.set(v, p);
    return p;
  };
  let perspektif = cols.perspektif === undefined ? IMPLICIT.perspektif[lang] : '';
  let sasaran = cols.sasaran === undefined ? IMPLICIT.sasaran[lang] : '';
  let current = entryOf(perspektif, sasaran);
  // Indicator names seen under the sasaran as the sheet names it, for duplicates.
  let seen = current.seenFor(perspektif === '', sasaran === '');
  const at = (values: readonly CellValue[], col: number | undefined): CellValue => (col === undefined ? null : (values[col - grid.left] ?? null));
  // Audits of output columns the sheet already has (an appended column has nothing to audit).
  const auditCapaian = appended.has('capaian') ? undefined : cols.capaian;
  const auditKriteria = appended.has('kriteria') ? undefined : cols.kriteria;
  const auditCapaianTahunan = appended.has('capaianTahunan') ? undefined : cols.capaianTahunan;
  const auditStatus = appended.has('status') ? undefined : cols.status;
  const auditNilai = appended.has('nilai') ? undefined : cols.nilai;
  // The numeric inputs, read as they show (SPEC §8: a percent-formatted 0.9519 is 95.19).
  const tIn = new InputColumn(grid, tCol);
  const rIn = new InputColumn(grid, rCol);
  const ttIn = annual && period !== 'TAHUNAN' && ttCol !== undefined ? new InputColumn(grid, ttCol) : undefined;
  const pair = new PercentPair(tIn, COLUMN_NAME.target as string, rIn, 'Realisasi');
  const annualPair = ttIn ? new PercentPair(ttIn, COLUMN_NAME.targetTahunan as string, rIn, 'Realisasi') : undefined;
  // Weights (issue 15): the profile's rule, read from the Bobot column or by the Jenis column.
  const rule = profile.bobot;
  const weightCol = rule === undefined ? undefined : rule.mode === 'kolom' ? cols.bobot : cols.jenis;
  const weightColumn = rule?.mode === 'jenis' ? labelOf('jenis') : labelOf('bobot');
  if (rule === undefined && cols.bobot !== undefined) sink.at(...headerRef(cols.bobot), 'info', 'bobot-diabaikan', 'bobot-diabaikan', { column: labelOf('bobot'), profile: profile.name });
  // A Bobot column under a profile weighting by jenis is as unused as under a plain mean: said, not silently ignored.
  if (rule?.mode === 'jenis' && cols.bobot !== undefined) sink.at(...headerRef(cols.bobot), 'info', 'bobot-diabaikan', 'bobot-diabaikan-jenis', { column: labelOf('bobot'), profile: profile.name, jenisColumn: cols.jenis !== undefined ? labelOf('jenis') : 'Jenis Indikator' });
  if (rule !== undefined && weightCol === undefined) sink.at(...headerRef(firstCol), 'warning', 'bobot-tanpa-kolom', 'bobot-tanpa-kolom', { column: rule.mode === 'kolom' ? 'Bobot' : 'Jenis Indikator', profile: profile.name });
  const bobotIn = rule?.mode === 'kolom' && weightCol !== undefined ? new InputColumn(grid, weightCol) : undefined;
  const jenisWeights = rule?.mode === 'jenis' ? new Map(Object.entries(rule.jenis).map(([k, w]) => [jenisKey(k), w])) : undefined;
  // Indicators counted in an NPS without a usable weight, per sasaran: given the sasaran's mean weight after the loop.
  const missingWeights = new Map<Grouped, MissingWeight[]>();
  // Pembilang and penyebut (issue 15): both columns, or the ratio is not read at all.
  const pbIn = cols.pembilang !== undefined && cols.penyebut !== undefined ? new InputColumn(grid, cols.pembilang) : undefined;
  const pyIn = pbIn && cols.penyebut !== undefined ? new InputColumn(grid, cols.penyebut) : undefined;

  let rows = 0;
  // One small object per indicator row, only when asked (a rekap): the check alone allocates none.
  const keep = opts.indicators === true;
  const indicators: IndicatorOutcome[] = [];
  // Its cell as `E12`: the column's letters once, not per row.
  const nameLetters = columnLetter(cols.indikator ?? firstCol);
  for (let i = 0; i < n; i++) {
    const row = first + i;
    const values = grid.values[row - grid.top];
    if (!values) continue;
    const pv = at(values, cols.perspektif);
    const sv = at(values, cols.sasaran);
    const iv = at(values, cols.indikator);
    const tv = at(values, tCol);
    const rv = at(values, rCol);
    // The header repeated across pasted pages (its Target / Realisasi cells hold words or
    // quarter labels): skipped before it can pass for a sasaran.
    const headerish = labelLike(tv) || labelLike(rv) || (isBlank(tv) && isBlank(rv) && labelLike(iv) && headerRole(iv, 'kinerja') !== null);
    if (headerish && isHeaderLikeRow(values, 'kinerja')) continue;
    // Blank Perspektif / Sasaran = same as above: how merged cells read.
    const p2 = isBlank(pv) ? perspektif : cellText(pv);
    const s2 = isBlank(sv) ? sasaran : cellText(sv);
    if (p2 !== perspektif || s2 !== sasaran) {
      perspektif = p2;
      sasaran = s2;
      current = entryOf(perspektif, sasaran);
      seen = current.seenFor(perspektif === '', sasaran === '');
    }
    if (isBlank(iv) && isBlank(tv) && isBlank(rv)) continue; // a heading, wrapped text or blank row
    rows++;
    const indikator = cellText(iv);

    if (indikator !== '') {
      const before = seen.firstOrAdd(indikator, row);
      if (before !== undefined) sink.at(row, cols.indikator as number, 'warning', 'indikator-ganda', 'indikator-ganda', { indikator: short(indikator), first: before + 1 });
      // The template's example row left in would count as the unit's own result.
      if (isTemplateExample(indikator)) sink.at(row, cols.indikator as number, 'warning', 'baris-contoh', 'baris-contoh', { indikator: short(indikator) });
    }

    let usable = true;
    const pol = cols.polaritas === undefined ? 'maximize' : polaritasOf(at(values, cols.polaritas));
    if (pol === undefined) {
      usable = false;
      sink.at(row, cols.polaritas as number, 'error', 'polaritas-tidak-dikenal', 'polaritas-tidak-dikenal', { text: cellText(at(values, cols.polaritas)) }, 'unknown-polaritas');
    }
    const target = readTargetCell(tv, row, tIn, COLUMN_NAME.target as string);
    let realisasi = readNumberCell(rv, row, rIn, 'Realisasi');
    pair.note(sink, row, tv, rv);
    if (pbIn && pyIn) {
      const ratio = ratioOf(values, row, i, indikator, rv, realisasi);
      if (ratio === 'blocked') usable = false;
      else if (ratio !== undefined) realisasi = ratio;
    }
    if (target === undefined || realisasi === undefined) usable = false;

    // A polarity written in the cell (not the default of a sheet without the column) can contradict a range target.
    const named = cols.polaritas !== undefined && !isBlank(at(values, cols.polaritas)) ? (pol ?? null) : null;
    const c: Capaian = !usable ? LEFT_OUT : rangeNeedsStabilize(target ?? null, named, rangeRule) ? { status: 'invalid', reason: 'range-needs-stabilize' } : capaian({ realisasi: realisasi ?? null, target: target ?? null, polaritas: pol, rangeRule });
    if (usable && c.status === 'invalid') {
      sink.at(row, tCol, 'error', 'target-tidak-valid', 'target-tidak-valid', { text: tIn.typed(row, tv, lang) }, c.reason);
    } else if (usable && c.status === 'not-assessed' && c.reason === 'not-reported') {
      sink.at(row, rCol, 'warning', 'realisasi-kosong', 'realisasi-kosong', { target: tIn.typed(row, tv, lang), indikator: short(indikator) });
    } else if (usable && typeof target === 'number' && target === 0) {
      sink.at(row, tCol, 'warning', 'target-tidak-valid', 'target-nol', { text: tIn.typed(row, tv, lang) });
    }
    // A Perspektif / Sasaran column whose first rows are blank: those rows get the implicit name
    // (sasaranChanged). Only an assessed capaian counts in NPS, so only its number is kept.
    const group = current.group ?? current.open(groups);
    if (c.status === 'ok') {
      group.capaian = withItem(group.capaian, c.value);
      if (weightCol !== undefined) group.bobot = withItem(group.bobot ?? [], weightOf(values, row, indikator, group, weightCol));
    }

    const value = c.status === 'ok' ? c.value : null;
    const grade: Category | null = value === null ? null : classify(profile.kriteria, displayRound(value, profile.decimals));
    capVals[i] = value === null ? dash : [value];
    kritVals[i] = grade ? cellRow(grade.label) : dash;
    kritFills[i] = grade ? fillRow(grade.colour) : noFill;
    if (keep) indicators.push({ row: row + 1, cell: nameLetters + String(row + 1), perspektif: current.perspektif, sasaran: current.nama, indikator, capaian: value, kriteria: grade });
    // A row already in error (unreadable input, unknown polarity) is not audited: one finding says it.
    if (usable) {
      const why = value === null ? NOT_ASSESSED.period[noValue(c)] : formulaReason(typeof target !== 'number', pol ?? 'maximize', rangeRule);
      auditNumber(values, row, auditCapaian, value, why, tIn, tv);
      auditLabel(values, row, auditKriteria, grade?.label ?? null, 'audit-kriteria', value, value === null ? why : 'pita-kriteria');
    }
    if (conversion) {
      const nc = value === null ? null : nilaiCapaian(value, profile);
      nilaiVals[i] = nc === null ? dash : [nc.nilai];
      if (usable) auditNilaiCell(values, row, auditNilai, value, nc, NOT_ASSESSED.period[noValue(c)]);
    }

    if (annual) {
      let ca: Capaian = c;
      let annualIn = tIn;
      let annualTv = tv;
      let annualWhy: NoValue | undefined;
      let annualRange = typeof target !== 'number';
      if (ttIn !== undefined) {
        const ttv = at(values, ttIn.col);
        const tt = readTargetCell(ttv, row, ttIn, COLUMN_NAME.targetTahunan as string);
        annualPair?.note(sink, row, ttv, rv);
        ca = !usable || tt === undefined ? LEFT_OUT : rangeNeedsStabilize(tt, named, rangeRule) ? { status: 'invalid', reason: 'range-needs-stabilize' } : capaian({ realisasi: realisasi ?? null, target: tt, polaritas: pol, rangeRule });
        if (ca.status === 'invalid') sink.at(row, ttIn.col, 'error', 'target-tidak-valid', 'target-tidak-valid', { text: ttIn.typed(row, ttv, lang) }, ca.reason);
        annualIn = ttIn;
        annualTv = ttv;
        annualRange = tt !== null && tt !== undefined && typeof tt !== 'number';
        if (tt === undefined) annualWhy = 'unreadable';
      }
      const av = ca.status === 'ok' ? ca.value : null;
      const st = av === null ? null : classify(profile.status, displayRound(av, profile.decimals));
      annVals[i] = av === null ? dash : [av];
      statVals[i] = st ? cellRow(st.label) : dash;
      statFills[i] = st ? fillRow(st.colour) : noFill;
      if (usable) {
        const why = av === null ? NOT_ASSESSED.annual[annualWhy ?? noValue(ca)] : formulaReason(annualRange, pol ?? 'maximize', rangeRule);
        auditNumber(values, row, auditCapaianTahunan, av, why, annualIn, annualTv);
        auditLabel(values, row, auditStatus, st?.label ?? null, 'audit-status', av, av === null ? why : 'pita-status');
      }
    }
  }

  pair.report(sink);
  annualPair?.report(sink);

  if (ratioWritten > 0 && pbIn && pyIn) {
    sink.at(...headerRef(rCol), 'info', 'realisasi-dari-rasio', 'realisasi-dari-rasio', { count: ratioWritten, pembilangCol: labelOf('pembilang'), penyebutCol: labelOf('penyebut'), example: ratioExample });
  }

  for (const [group, missing] of missingWeights) {
    const weights = group.bobot as number[];
    const known = weights.filter((w) => !Number.isNaN(w));
    const assumed = known.length === 0 ? 1 : known.reduce((a, b) => a + b, 0) / known.length;
    for (let k = 0; k < weights.length; k++) if (Number.isNaN(weights[k])) weights[k] = assumed;
    for (const m of missing) sink.at(m.row, m.col, 'warning', 'bobot-kosong', 'bobot-kosong', { indikator: short(m.indikator), problem: m.problem, assumed: show(assumed, lang), sasaran: short(group.nama), column: weightColumn });
  }

  const summary = summarizeGroups(groups, profile);
  const outputs: OutputColumn[] = [];
  const output = (role: KinerjaRole, numeric: boolean, vals: CellRow[], fills?: FillRow[]): OutputColumn | undefined => {
    const col = cols[role];
    if (col === undefined) return undefined;
    const out: OutputColumn = { col, label: labelOf(role), numeric, values: vals, fills, header: appended.get(role) };
    outputs.push(out);
    return out;
  };
  // The realisasi column is an output only for the rows whose empty realisasi the counts filled.
  if (ratioWritten > 0) output('realisasi', true, realVals);
  const capOut = output('capaian', true, capVals);
  const kritOut = output('kriteria', false, kritVals, kritFills);
  const nilaiOut = conversion ? output('nilai', true, nilaiVals) : undefined;
  const annOut = annual ? output('capaianTahunan', true, annVals) : undefined;
  const statOut = annual ? output('status', false, statVals, statFills) : undefined;

  // Live formulas (opts.writeFormulas): one spilled call per column, en-US syntax (DESIGN.md).
  const ctx = contextOf(grid, layout, opts);
  const range = (col: number): string => columnRange(col, first, layout.lastDataRow);
  const pol = cols.polaritas === undefined ? '' : `,${range(cols.polaritas)}`;
  const spillRef = (out: OutputColumn): string => (spills(out, ctx) ? `${a1(first, out.col)}#` : range(out.col));
  if (capOut) capOut.formula = `=SAKIP.CAPAIAN(${range(rCol)},${range(tCol)}${pol})`;
  if (kritOut && capOut) kritOut.formula = `=SAKIP.KRITERIA(${spillRef(capOut)})`;
  if (nilaiOut && capOut) nilaiOut.formula = `=SAKIP.NILAI(${spillRef(capOut)})`;
  if (annOut && ttCol !== undefined) annOut.formula = `=SAKIP.CAPAIAN(${range(rCol)},${range(ttCol)}${pol})`;
  if (statOut) {
    const source = annOut ?? capOut;
    if (source) statOut.formula = `=SAKIP.STATUS(${spillRef(source)})`;
  }
  return { summary, outputs, computable, rows, indicators };

  /** The weight of an assessed indicator by the profile's rule, or NaN (noted) when it has none. */
  function weightOf(values: readonly CellValue[], row: number, indikator: string, group: Grouped, col: number): number {
    const v = at(values, col);
    let problem: WeightProblem | undefined;
    let text = '';
    let weight = Number.NaN;
    if (isBlank(v)) problem = 'kosong';
    else if (bobotIn) {
      // Read without readNumberCell's error: an unreadable weight is one bobot-kosong warning (the mean is assumed), not also an error.
      const read = typeof v === 'number' && Number.isFinite(v) ? ({ kind: 'number', value: bobotIn.number(row, v) } as const) : readNumber(v, sep);
      const n = read.kind === 'number' ? read.value : read.kind === 'unreadable' ? undefined : null;
      if (n === undefined) problem = 'tidak-terbaca';
      else if (n === null) problem = 'kosong';
      else if (n < 0) problem = 'negatif';
      else weight = n;
      text = bobotIn.typed(row, v, lang);
    } else if (jenisWeights) {
      text = cellText(v);
      const w = jenisWeights.get(jenisKey(text));
      if (w === undefined) problem = 'jenis-tidak-dikenal';
      else weight = w;
    }
    if (problem !== undefined) {
      let list = missingWeights.get(group);
      if (!list) missingWeights.set(group, (list = []));
      list.push({ row, col, indikator, problem: formatMessage(WEIGHT_PROBLEM[problem], lang, { text: short(text, 40), jenis: jenisWeights ? [...jenisWeights.keys()].join(', ') : '' }) });
    }
    return weight;
  }

  /**
   * Realisasi from the row's pembilang / penyebut: the ratio when the realisasi cell is empty
   * (no value, no formula; it is then written), undefined when the counts are not both there or
   * the written realisasi is used (audited against the ratio), 'blocked' when the counts give
   * no realisasi (penyebut 0, a negative or unreadable count): the indicator is not assessed.
   */
  function ratioOf(values: readonly CellValue[], row: number, i: number, indikator: string, rv: CellValue, written: number | null | undefined): number | 'blocked' | undefined {
    if (!pbIn || !pyIn) return undefined;
    const pbv = at(values, pbIn.col);
    const pyv = at(values, pyIn.col);
    if (isBlank(pbv) || isBlank(pyv)) return undefined;
    const pb = readNumberCell(pbv, row, pbIn, 'Pembilang');
    const py = readNumberCell(pyv, row, pyIn, 'Penyebut');
    const empty = isBlank(rv) && formulaAt(grid, row, rCol) === null;
    if (pb === undefined || py === undefined) return empty ? 'blocked' : undefined;
    if (pb === null || py === null) return undefined; // a "-" count: no ratio this period
    const r = realisasiDariRasio(pb, py);
    const counts = { pembilang: pbIn.typed(row, pbv, lang), penyebut: pyIn.typed(row, pyv, lang), indikator: short(indikator) };
    if (r.status !== 'ok') {
      const col = r.reason === 'penyebut-nol' ? pyIn.col : pb < 0 ? pbIn.col : pyIn.col;
      if (empty) {
        sink.at(row, col, 'warning', 'rasio-tidak-terhitung', 'rasio-tidak-terhitung', { ...counts, text: `${counts.pembilang} / ${counts.penyebut}` }, r.reason);
        return 'blocked';
      }
      // README: a filled realisasi is the user's and is used; the finding says so, not "not assessed".
      const why = r.reason === 'penyebut-nol' ? (lang === 'en' ? 'denominator 0' : 'penyebut 0') : lang === 'en' ? 'a negative count' : 'jumlah negatif';
      sink.at(row, col, 'warning', 'rasio-tidak-terhitung', 'rasio-tidak-terhitung-tertulis', { ...counts, why, realisasiRef: a1(row, rCol), found: rIn.typed(row, rv, lang) });
      return undefined;
    }
    if (empty) {
      realVals[i] = [r.value];
      if (ratioWritten++ === 0) ratioExample = `${a1(row, rCol)} = ${counts.pembilang} / ${counts.penyebut} × 100 = ${show(r.value, lang)}`;
      return r.value;
    }
    if (typeof written === 'number' && displayRound(written, profile.decimals) !== displayRound(r.value, profile.decimals)) {
      sink.at(row, rCol, 'warning', 'audit-realisasi', 'audit-realisasi', { ...counts, found: rIn.typed(row, rv, lang), expected: show(r.value, lang) });
    }
    return undefined;
  }

  // A finite number cell (nearly every cell of a large sheet) reads as it shows: no reading object.
  function readTargetCell(v: CellValue, row: number, input: InputColumn, column: string): Target | null | undefined {
    if (typeof v === 'number' && Number.isFinite(v)) return input.number(row, v);
    const col = input.col;
    const r = readTarget(v, sep);
    if (r.kind === 'number') return r.value;
    if (r.kind === 'range') return { bawah: r.bawah, atas: r.atas };
    if (r.kind === 'unreadable') {
      sink.at(row, col, 'error', 'angka-tidak-terbaca', 'angka-tidak-terbaca', { column, text: r.text }, r.reason);
      return undefined;
    }
    return null;
  }

  function readNumberCell(v: CellValue, row: number, input: InputColumn, column: string): number | null | undefined {
    if (typeof v === 'number' && Number.isFinite(v)) return input.number(row, v);
    const col = input.col;
    const r = readNumber(v, sep);
    if (r.kind === 'number') return r.value;
    if (r.kind === 'unreadable') {
      sink.at(row, col, 'error', 'angka-tidak-terbaca', 'angka-tidak-terbaca', { column, text: r.text }, r.reason);
      return undefined;
    }
    return null;
  }

  // The target it was computed against comes as its column and value: typed out only for a finding.
  function auditNumber(values: readonly CellValue[], row: number, col: number | undefined, expected: number | null, why: FindingReasonCode, targetIn: InputColumn, targetValue: CellValue): void {
    if (col === undefined) return;
    const v = at(values, col);
    if (v === null) return; // blank: nothing shown to audit
    const shown = readShown(v, sep);
    if (shown === null || sameShown(shown, expected, profile.decimals)) return;
    sink.at(
      row,
      col,
      expected === null ? 'info' : 'warning',
      'audit-capaian',
      'audit-capaian',
      {
        found: quoteShown(shown, lang),
        expected: expected === null ? '"-"' : show(expected, lang),
        realisasi: rIn.typed(row, at(values, rCol), lang),
        target: targetIn.typed(row, targetValue, lang),
      },
      why,
    );
  }

  /** A Nilai Capaian the sheet shows, against the profile's conversion of the row's capaian. */
  function auditNilaiCell(values: readonly CellValue[], row: number, col: number | undefined, basis: number | null, expected: { readonly label: string; readonly nilai: number } | null, why: FindingReasonCode): void {
    if (col === undefined || !conversion) return;
    const v = at(values, col);
    if (v === null) return; // blank: nothing shown to audit
    const shown = readShown(v, sep);
    if (shown === null || sameShown(shown, expected?.nilai ?? null, profile.decimals)) return;
    const capaianShown = basis === null ? null : displayRound(basis, profile.decimals);
    sink.at(
      row,
      col,
      expected === null ? 'info' : 'warning',
      'audit-nilai',
      'audit-nilai',
      {
        found: quoteShown(shown, lang),
        expected: expected === null ? '"-"' : show(expected.nilai, lang),
        ...(expected === null || capaianShown === null ? {} : { capaian: show(capaianShown, lang), band: bandText(conversion, capaianShown, lang), label: expected.label, profile: profile.name }),
      },
      expected === null ? why : 'pita-nilai',
    );
  }

  function auditLabel(values: readonly CellValue[], row: number, col: number | undefined, expected: string | null, code: 'audit-kriteria' | 'audit-status', basis: number | null, why: FindingReasonCode): void {
    if (col === undefined) return;
    const v = at(values, col);
    if (isBlank(v)) return;
    const found = cellText(v);
    if (sameLabel(found, expected ?? '-')) return;
    const shown = basis === null ? null : displayRound(basis, profile.decimals);
    const table = code === 'audit-kriteria' ? profile.kriteria : profile.status;
    sink.at(
      row,
      col,
      expected === null ? 'info' : 'warning',
      code,
      code,
      { found: short(found, 40), expected: expected ?? '-', ...(shown === null ? {} : { capaian: show(shown, lang), band: bandText(table, shown, lang), profile: profile.name }) },
      why,
    );
  }
}

type FillRow = readonly (string | null)[];

const SEEN_LIST_MAX = 16;

// `İ` (U+0130) is the one character whose lower case is longer (`i̇`): without it, names of
// different lengths never match ignoring case, and need no lower-casing to tell.
const hasDottedI = (s: string): boolean => s.includes('\u0130');
// The empty list every SeenNames starts with (never written: lists are replaced, see withItem).
const NONE: (string | number)[] = [];

/**
 * `list` with `item` added: copied to its exact size while short (concat allocates exactly), in
 * place once long (no quadratic copying). Most sasaran hold two or three indicators, and a
 * pushed-to array reserves 16 more slots: over 40k sasaran, megabytes for the collector to move.
 */
function withItem(list: number[], item: number): number[] {
  if (list.length < SEEN_LIST_MAX) return list.concat(item);
  list.push(item);
  return list;
}

/**
 * Indicator names seen under one sasaran and the row of each, compared ignoring case. A sasaran
 * holds a handful, and a sheet tens of thousands of sasaran: a short list each (names as read,
 * lower-cased only to compare), a Map once it grows.
 */
class SeenNames {
  // name, row, name, row, …
  private list: (string | number)[] = NONE;
  private map: Map<string, number> | undefined;

  /** The row where `name` was seen first, or undefined when new (then it is kept with `row`). */
  firstOrAdd(name: string, row: number): number | undefined {
    if (this.map) {
      const key = name.toLowerCase();
      const before = this.map.get(key);
      if (before === undefined) this.map.set(key, row);
      return before;
    }
    const list = this.list;
    let key: string | undefined;
    for (let i = 0; i < list.length; i += 2) {
      const other = list[i] as string;
      if (other === name) return list[i + 1] as number;
      if (other.length !== name.length && !hasDottedI(other) && !hasDottedI(name)) continue;
      key ??= name.toLowerCase();
      if (other.toLowerCase() === key) return list[i + 1] as number;
    }
    if (list.length >= 2 * SEEN_LIST_MAX) {
      this.map = new Map();
      for (let i = 0; i < list.length; i += 2) this.map.set((list[i] as string).toLowerCase(), list[i + 1] as number);
      this.map.set(name.toLowerCase(), row);
      this.list = NONE;
    } else this.list = list.concat(name, row); // exact size, see withItem
    return undefined;
  }
}

/** A sasaran's group for the summary (once it has an indicator). */
interface Grouped extends SasaranGroup {
  capaian: number[];
  /** Weights index for index with `capaian` when the profile weighs NPS; NaN until assumed. */
  bobot?: number[];
}

/** An assessed indicator without a usable weight: where, and what was wrong (in the run's language). */
interface MissingWeight {
  readonly row: number;
  readonly col: number;
  readonly indikator: string;
  readonly problem: string;
}

type WeightProblem = 'kosong' | 'tidak-terbaca' | 'negatif' | 'jenis-tidak-dikenal';

/** What is wrong with an indicator's weight, as the `bobot-kosong` finding words it. */
const WEIGHT_PROBLEM: Readonly<Record<WeightProblem, Bilingual>> = {
  kosong: { id: 'kosong', en: 'is empty' },
  'tidak-terbaca': { id: '"{text}" tidak terbaca sebagai angka', en: '"{text}" cannot be read as a number' },
  negatif: { id: '{text} negatif', en: '{text} is negative' },
  'jenis-tidak-dikenal': { id: 'tidak diketahui: jenis "{text}" tidak ada dalam tabel bobot profil ({jenis})', en: 'is unknown: the type "{text}" is not in the profile\'s weight table ({jenis})' },
};

/** An indicator type as the profile's weight table is looked up: case and spacing ignored. */
const jenisKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One sasaran as the summary names it. Its indicator names are kept apart by how the sheet
 * wrote the names: a typed "(tanpa sasaran)" is not a blank Sasaran cell, though both count
 * in the one implicit sasaran.
 */
class SasaranEntry extends SeenNames {
  group: Grouped | undefined;
  private blank: (SeenNames | undefined)[] | undefined;

  constructor(
    readonly perspektif: string,
    readonly nama: string,
  ) {
    super();
  }

  /** The names seen under this sasaran written with a blank perspective and/or sasaran, or as named. */
  seenFor(blankPerspektif: boolean, blankSasaran: boolean): SeenNames {
    if (!blankPerspektif && !blankSasaran) return this;
    const kind = (blankPerspektif ? 1 : 0) + (blankSasaran ? 2 : 0);
    this.blank ??= [];
    return (this.blank[kind] ??= new SeenNames());
  }

  /** Starts the group at the sasaran's first indicator (summary order is first appearance). */
  open(groups: Grouped[]): Grouped {
    this.group = { nama: this.nama, perspektif: this.perspektif, capaian: [] };
    groups.push(this.group);
    return this.group;
  }
}
