/**
 * The pane's Rekap (issue 16, deliverable 3): the performance sheets of the open workbook (one
 * sheet per unit, or per quarter) read into unit reports by the same reader as `sakip rekap`,
 * consolidated, and written back as the rekap's owned sheets (Rekap Unit with its chart of NPSS
 * by unit, Rekap Indikator, Rekap Sasaran, Tren) through the port, which hands back the token
 * that undoes it. A user's own sheet called like ours keeps its content: ours takes another name.
 */
import type { Lang, RuleProfile } from '../core';
import { claimOwnedSheets, foreignOwnedSheets } from '../workbook';
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
}

/** Consolidates the workbook's performance sheets and writes the rekap sheets into it. */
export async function rekapWorkbook(port: WorkbookPort, req: RekapWorkbookRequest): Promise<RekapWorkbookOutcome> {
  // A sheet without a unit's name in its title is the unit of that name (one sheet per unit).
  const read = await readUnitReports(port, { file: req.workbook, sheets: req.sheets, period: req.period, profile: req.profile, lang: req.lang, fallback: 'sheet' });
  const rekap = rekapFromReads([{ file: req.workbook, ...read }], req.lang);
  if (rekap.units.length === 0) {
    const sheets = listText(req.sheets ?? (await offeredSheets(port)), req.lang) || '-';
    const finding = { file: req.workbook, cell: null, severity: 'error' as const, code: 'rekap-tidak-ditulis', message: say(req.lang, 'rekapWorkbookNothing', { sheets }) };
    return { rekap: { ...rekap, findings: [finding, ...rekap.findings] }, token: null, plan: null };
  }
  const taken = await foreignOwnedSheets(port, await port.sheets());
  const plan = claimOwnedSheets(rekapPlan(rekap, req.profile, req.lang), taken, null);
  const token = await port.apply(plan, req.onWrite);
  return { rekap, token, plan };
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
