/**
 * The pane's Rekap (issue 16, deliverable 3): the performance sheets of the open workbook (one
 * sheet per unit, or per quarter) read into unit reports by the same reader as `sakip rekap`,
 * consolidated, and written back as the rekap's owned sheets (Rekap Unit with its chart of NPSS
 * by unit, Rekap Indikator, Rekap Sasaran, Tren) through the port, which hands back the token
 * that undoes it. A user's own sheet called like ours keeps its content: ours takes another name.
 * Rekap sheets of an earlier run that this one does not rewrite (a Tren when this run has one
 * period, the other language's names) are named in a warning, not deleted: undo brings back an
 * owned sheet's values and formulas only (not its formats or chart), so deleting them would lose
 * what the user may still want; the warning says to delete them if they are not needed.
 */
import type { Lang, RuleProfile } from '../core';
import { claimOwnedSheets, foreignOwnedSheets, isOwnRekapSheet, isOwnedNamed } from '../workbook';
import type { Finding, Period, UndoToken, WorkbookPort, WritePlan } from '../workbook';
import { rekapPlan } from '../rekap';
import type { Rekap, RekapFinding } from '../rekap';
import { rekapFromReads } from './rekap';
import { offeredSheets } from './sheets';
import { listText, say } from './texts';
import { readUnitReports } from './unit-reports';

/** What to consolidate. */
export interface RekapWorkbookRequest {
  /** How reports and findings name the workbook (the pane has no file name: "this workbook"). */
  readonly workbook: string;
  /** The performance sheets to read; null: every sheet offered (our own Ringkasan and Rekap sheets left out). */
  readonly sheets: readonly string[] | null;
  /** The period; null: every period each sheet's headers offer (a TW I–IV sheet gives four reports, hence a Tren). */
  readonly period: Period | null;
  readonly profile: RuleProfile;
  readonly lang: Lang;
  /** Told as the plan is written: cells or blocks done of total, as the port counts them. */
  readonly onWrite?: (done: number, total: number) => void;
}

/** The rekap, and the undo token of what was written (null: nothing written, a finding says why). */
export interface RekapWorkbookOutcome {
  readonly rekap: Rekap;
  readonly token: UndoToken | null;
  /** The plan written (sheet names as claimed), or null. */
  readonly plan: WritePlan | null;
  /**
   * The sheets of the plan that held an earlier rekap and were rewritten: undo brings back their
   * earlier values and formulas, not their number formats, fills, bold or chart (README).
   */
  readonly replaced: readonly string[];
}

/** Consolidates the workbook's performance sheets and writes the rekap sheets into it. */
export async function rekapWorkbook(port: WorkbookPort, req: RekapWorkbookRequest): Promise<RekapWorkbookOutcome> {
  // A sheet without a unit's name in its title is the unit of that name (one sheet per unit).
  const read = await readUnitReports(port, { file: req.workbook, sheets: req.sheets, period: req.period, profile: req.profile, lang: req.lang, fallback: 'sheet' });
  const rekap = rekapFromReads([{ file: req.workbook, ...read }], req.lang);
  if (rekap.units.length === 0) {
    const sheets = listText(req.sheets ?? (await offeredSheets(port)), req.lang) || '-';
    const finding = { file: req.workbook, cell: null, severity: 'error' as const, code: 'rekap-tidak-ditulis', message: say(req.lang, 'rekapWorkbookNothing', { sheets }) };
    return { rekap: { ...rekap, findings: [finding, ...rekap.findings] }, token: null, plan: null, replaced: [] };
  }
  const names = await port.sheets();
  const taken = await foreignOwnedSheets(port, names);
  const plan = claimOwnedSheets(rekapPlan(rekap, req.profile, req.lang), taken, null);
  const writing = new Set(plan.sheets.map((sp) => sp.sheet.toLowerCase()));
  const replaced = names.filter((n) => writing.has(n.toLowerCase()));
  const stale = await staleRekapSheets(port, names, writing);
  const token = await port.apply(plan, req.onWrite);
  const findings = stale.map((sheet) => ({
    file: req.workbook,
    cell: `'${sheet.replace(/'/g, "''")}'!A1`,
    severity: 'warning' as const,
    code: 'rekap-lama-tersisa',
    message: say(req.lang, 'rekapStaleSheet', { sheet }),
  }));
  return { rekap: { ...rekap, findings: [...rekap.findings, ...findings] }, token, plan, replaced };
}

/** The rekap sheets the add-in wrote earlier (by their title) that this run's plan does not rewrite, in workbook order. */
async function staleRekapSheets(port: Pick<WorkbookPort, 'read'>, names: readonly string[], writing: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    if (writing.has(name.toLowerCase()) || !isOwnedNamed(name)) continue;
    if (isOwnRekapSheet(await port.read(name))) out.push(name);
  }
  return out;
}

/**
 * A rekap finding as the pane lists it: its cell (`'Loka Dumai'!E12`, in this workbook) split
 * into sheet and cell, so the finding links to it like any other; without a cell, sheet-wide.
 */
export function findingOfRekap(f: RekapFinding): Finding {
  const m = f.cell === null ? null : /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)$/.exec(f.cell);
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : '';
  return { sheet, cell: m ? m[3].replace(/\$/g, '') : null, severity: f.severity, code: f.code, message: f.message, ...(f.advice ? { advice: f.advice } : {}) };
}
