/**
 * The task the rekap pool runs on each file until the rekap reader (src/app/unit-reports.ts)
 * takes its place: open the workbook with the exceljs port and check every sheet through the
 * shared workflow, returning only a small summary (no grid), so a worker sends little back.
 */
import * as path from 'path';
import type { Lang, RuleProfile } from '../core';
import type { Period } from '../workbook';
import { runWorkbook } from '../app';
import { XlsxWorkbook } from '../xlsx';
import type { TaskRef } from './rekap-pool';

/** What every file is read with (plain data: it is copied to each worker). */
export interface ReadTaskOptions {
  /** The period; null: each sheet's headers decide. */
  readonly period: Period | null;
  readonly profile: RuleProfile;
  readonly lang: Lang;
}

/** One performance or efficiency table found. */
export interface ReadTable {
  readonly sheet: string;
  readonly kind: 'kinerja' | 'efisiensi';
  readonly periode: Period | null;
  /** Indicator (or activity) rows read. */
  readonly rows: number;
  /** NPSS of a kinerja table computed under a period; null otherwise. */
  readonly npss: number | null;
  readonly predikat: string | null;
}

/** What the task returns for one file. */
export interface ReadTaskResult {
  readonly sheets: readonly string[];
  readonly tables: readonly ReadTable[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Opens `file` and checks each sheet: the tables found, with their rows and NPSS, and the findings counted. */
export async function readWorkbookTask(file: string, options: ReadTaskOptions): Promise<ReadTaskResult> {
  const port = await XlsxWorkbook.open(file);
  const run = await runWorkbook(port, { command: 'periksa', sheets: null, period: options.period, profile: options.profile, lang: options.lang });
  const tables = run.sheets.flatMap((s): ReadTable[] =>
    s.kind === null
      ? []
      : [{ sheet: s.sheet, kind: s.kind, periode: s.period.period, rows: s.rows, npss: s.summary?.npss.status === 'ok' ? s.summary.npss.value : null, predikat: s.summary?.predikat?.label ?? null }],
  );
  return { sheets: await port.sheets(), tables, errors: run.counts.errors, warnings: run.counts.warnings, infos: run.counts.infos };
}

/** The task as the pool names it (swap the module and export here to read files another way). */
export const READ_WORKBOOK_TASK: TaskRef = { module: path.join(__dirname, 'rekap-task'), export: 'readWorkbookTask' };
