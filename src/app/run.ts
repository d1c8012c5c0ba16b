/**
 * The workflow of both front ends, once: read each sheet, decide its period, check it, and for
 * `hitung` recalculate it, keep the user's own sheets safe (their Ringkasan is never cleared) and
 * apply the plan through the port. The task pane runs it on one sheet over Office; the CLI on a
 * file's sheets over exceljs. What goes wrong in a sheet is a finding; a write that fails is the
 * port's exception (ApplyError, with its undo token), left to the front end to report.
 */
import type { Lang, RuleProfile, StrategySummary } from '../core';
import { PERIOD_CHOICES, a1, check, claimOwnedSheets, foreignOwnedSheets, recalculate } from '../workbook';
import type { Finding, Grid, Period, RunOptions, UndoToken, WorkbookPort, WritePlan } from '../workbook';
import { PeriodChoice, choosePeriod } from './period';
import { RunSummary, countFindings } from './summary';
import { say } from './texts';

/** What to run. */
export interface RunRequest {
  readonly command: 'periksa' | 'hitung';
  /** The sheets to run; null: every sheet, reporting those with a table (or all, when none has one). */
  readonly sheets: readonly string[] | null;
  /** The period; null: each sheet's headers decide (a sheet they leave open gets an error finding). */
  readonly period: Period | null;
  readonly profile: RuleProfile;
  readonly lang: Lang;
  readonly writeFormulas?: boolean;
  readonly overwriteFormulas?: boolean;
  /** Told before each step, for a progress line or bar. */
  readonly onStep?: (step: RunStep) => void;
  /** Told as a plan is written: cells or blocks done of total, as the port counts them. */
  readonly onWrite?: (sheet: string, done: number, total: number) => void;
}

/** One step of a run, for progress. */
export interface RunStep {
  readonly step: 'read' | 'check' | 'write';
  readonly sheet: string;
  /** 1-based position of the sheet among those run, and their number. */
  readonly index: number;
  readonly count: number;
}

/** What became of one sheet. */
export interface SheetOutcome {
  readonly sheet: string;
  readonly grid: Grid;
  readonly period: PeriodChoice;
  /** The table found, or null. */
  readonly kind: 'kinerja' | 'efisiensi' | null;
  readonly findings: readonly Finding[];
  readonly summary: StrategySummary | null;
  /** Indicator (or activity) rows read. */
  readonly rows: number;
  /**
   * `hitung` only: `written` with the plan and its undo token; `not-computed` when the table
   * cannot be computed (see the error findings); `no-table` when there is none.
   */
  readonly write: null | { readonly state: 'written'; readonly plan: WritePlan; readonly token: UndoToken } | { readonly state: 'not-computed' | 'no-table' };
  /** `hitung`: how many audit findings the write corrected (their cells now hold the rule's value). */
  readonly corrected?: number;
}

/** The outcome of a run over a workbook. */
export interface WorkbookRun {
  /** The sheets reported: those run that hold a table, or every sheet run when none does. */
  readonly sheets: readonly SheetOutcome[];
  /** Their findings, in sheet order. */
  readonly findings: readonly Finding[];
  /** The strategy summary of the first performance table. */
  readonly summary: StrategySummary | null;
  readonly counts: RunSummary;
  /** `hitung`: whether anything was written (false: say so, and save nothing). */
  readonly written: boolean;
  /** `hitung`: audit findings the write corrected, over all sheets (not in `findings`). */
  readonly corrected: number;
}

/** A sheet that is not there: misuse of the request, the caller offers only existing sheets. */
export class UnknownSheetError extends Error {
  constructor(
    readonly sheet: string,
    readonly sheets: readonly string[],
  ) {
    super(`no sheet "${sheet}" (sheets: ${sheets.join(', ')})`);
  }
}

/** Runs `request` on the workbook behind `port`. */
export async function runWorkbook(port: WorkbookPort, request: RunRequest): Promise<WorkbookRun> {
  const names = await port.sheets();
  for (const s of request.sheets ?? []) if (!names.includes(s)) throw new UnknownSheetError(s, names);
  const order = request.sheets ?? names;
  const decimalSeparator = await port.decimalSeparator();
  const checked: SheetOutcome[] = [];
  for (const [i, sheet] of order.entries()) {
    const step = (s: RunStep['step']) => request.onStep?.({ step: s, sheet, index: i + 1, count: order.length });
    step('read');
    const grid = await port.read(sheet);
    step('check');
    checked.push(checkSheet(grid, request, decimalSeparator));
  }
  const tables = checked.filter((o) => o.kind !== null);
  const reported = request.sheets !== null || tables.length === 0 ? checked : tables;
  if (request.command === 'periksa') return summarise(checked, reported, false);

  // A user's own sheet named like the summary is never cleared: ours then gets its own name.
  const taken = await foreignOwnedSheets(port, names);
  const done: SheetOutcome[] = [];
  for (const [i, o] of reported.entries()) {
    if (o.kind === null || o.period.period === null) {
      done.push({ ...o, write: { state: o.kind === null ? 'no-table' : 'not-computed' } });
      continue;
    }
    const result = recalculate(o.grid, runOptions(request, o.period.period, decimalSeparator));
    const base = { ...o, findings: withPeriodNote(o, result.findings), summary: result.summary };
    // A table without rows (only its header) has nothing to compute: its empty Ringkasan is not a result.
    if (result.plan.sheets.length === 0 || o.rows === 0) {
      done.push({ ...base, write: { state: 'not-computed' } });
      continue;
    }
    request.onStep?.({ step: 'write', sheet: o.sheet, index: i + 1, count: reported.length });
    const plan = claimOwnedSheets(result.plan, taken, o.sheet);
    const token = await port.apply(plan, request.onWrite ? (d, t) => request.onWrite?.(o.sheet, d, t) : undefined);
    // What the write corrected is no longer a problem to fix, but it is said: an audit finding on
    // a cell the plan replaced ("Kriteria tertulis Baik, seharusnya Sangat Baik") becomes an info
    // that the old value was replaced, still linked to its cell.
    const fixed = auditsFixedBy(plan, o.sheet, base.findings);
    const findings = base.findings.map((f) => (fixed.has(f) ? corrected(f, request.lang) : f));
    done.push({ ...base, findings, corrected: fixed.size, write: { state: 'written', plan, token } });
  }
  return summarise(checked, done, done.some((o) => o.write?.state === 'written'));
}

function runOptions(request: RunRequest, period: Period, decimalSeparator: RunOptions['decimalSeparator']): RunOptions {
  return { period, profile: request.profile, lang: request.lang, decimalSeparator, writeFormulas: request.writeFormulas ?? false, overwriteFormulas: request.overwriteFormulas ?? false };
}

/** Checks one sheet under its period; a period the headers leave open is an error finding, not a guess. */
function checkSheet(grid: Grid, request: RunRequest, decimalSeparator: RunOptions['decimalSeparator']): SheetOutcome {
  const choice = choosePeriod(grid, request.period, request.lang);
  if (choice.period === null) {
    // Still checked (under the year) so the structure's findings show, but not computed.
    const r = check(grid, runOptions(request, 'TAHUNAN', decimalSeparator));
    // No table at all: its own error says so; asking for a period there would send the user astray.
    if (r.kind === null) return { sheet: grid.sheet, grid, period: choice, kind: null, findings: r.findings, summary: null, rows: r.rows, write: null };
    const needed: Finding = { sheet: grid.sheet, cell: null, severity: 'error', code: 'periode-belum-dipilih', message: `${choice.note ?? ''} ${say(request.lang, 'periodHowToChoose', { choices: PERIOD_CHOICES })}`.trim() };
    // The rows are counted under a period the sheet has (under the year they have no columns).
    const rows = choice.offered.named.length > 0 ? check(grid, runOptions(request, choice.offered.named[0], decimalSeparator)).rows : r.rows;
    return { sheet: grid.sheet, grid, period: choice, kind: r.kind, findings: [needed, ...r.findings.filter((f) => f.code !== 'kolom-tidak-ditemukan')], summary: null, rows, write: null };
  }
  const r = check(grid, runOptions(request, choice.period, decimalSeparator));
  return { sheet: grid.sheet, grid, period: choice, kind: r.kind, findings: withPeriodNote({ period: choice }, r.findings), summary: r.summary, rows: r.rows, write: null };
}

/** An audit finding whose cell the write replaced: what was wrong, and that it is now the rule's value. */
function corrected(f: Finding, lang: Lang): Finding {
  const what = (f.advice && f.message.endsWith(f.advice) ? f.message.slice(0, -f.advice.length) : f.message).trim().replace(/\.$/, '');
  const advice = say(lang, 'auditCorrectedAdvice');
  return { ...f, severity: 'info', code: 'audit-diganti', message: `${say(lang, 'auditCorrected', { what })} ${advice}`, advice };
}

/** The audit findings (`audit-*`) on cells of `sheet` that `plan` writes. */
function auditsFixedBy(plan: WritePlan, sheet: string, findings: readonly Finding[]): Set<Finding> {
  const written = new Set<string>();
  for (const sp of plan.sheets) {
    if (sp.sheet !== sheet) continue;
    for (const b of sp.blocks) b.values.forEach((row, i) => row.forEach((_v, j) => written.add(a1(b.row + i, b.col + j))));
  }
  return new Set(findings.filter((f) => f.code.startsWith('audit-') && f.sheet === sheet && f.cell !== null && written.has(f.cell)));
}

/**
 * A chosen period the sheet has no columns for: the engine's missing-column error says which
 * column; this says which periods the sheet does have, so the user can switch.
 */
function withPeriodNote(o: Pick<SheetOutcome, 'period'>, findings: readonly Finding[]): Finding[] {
  const note = o.period.source === 'chosen' ? o.period.note : null;
  if (note === null || !findings.some((f) => f.code === 'kolom-tidak-ditemukan')) return [...findings];
  // Said once, after the first missing column: the periods the sheet has are the same for every column.
  const first = findings.findIndex((f) => f.code === 'kolom-tidak-ditemukan');
  return findings.map((f, i) => (i === first ? { ...f, message: `${f.message.replace(/\.?$/, '.')} ${note}` } : f));
}

function summarise(all: readonly SheetOutcome[], reported: readonly SheetOutcome[], written: boolean): WorkbookRun {
  const findings = reported.flatMap((o) => o.findings);
  const rows = (kind: 'kinerja' | 'efisiensi') => reported.reduce((n, o) => n + (o.kind === kind ? o.rows : 0), 0);
  return {
    sheets: reported,
    findings,
    summary: reported.find((o) => o.kind === 'kinerja' && o.summary !== null)?.summary ?? null,
    counts: { sheets: all.length, tables: all.filter((o) => o.kind !== null).length, indicators: rows('kinerja'), activities: rows('efisiensi'), ...countFindings(findings) },
    written,
    corrected: reported.reduce((n, o) => n + (o.corrected ?? 0), 0),
  };
}
