/**
 * The task the rekap pool runs on each file (in a worker thread, or in-process): open the
 * workbook with the exceljs port and read its unit reports through the shared reader
 * (src/app/unit-reports.ts: the same engine, profile and period rule as `hitung`), returning only
 * the small reports (no grid), so a worker sends little back and memory does not grow with files.
 */
import * as path from 'path';
import type { DecimalSeparator, Lang, RuleProfile } from '../core';
import type { Period } from '../workbook';
import { readUnitReports } from '../app';
import type { UnitReportsRead } from '../app';
import { WorkbookFileError, XlsxWorkbook } from '../xlsx';
import type { TaskRef } from './rekap-pool';

/** What every file is read with (plain data: it is copied to each worker). */
export interface ReadUnitsOptions {
  /** The period; null: every period each sheet's headers offer. */
  readonly period: Period | null;
  readonly profile: RuleProfile;
  readonly lang: Lang;
  readonly decimalSeparator?: DecimalSeparator;
}

/** Opens `file` and reads its unit reports; a file that is not a readable workbook throws WorkbookFileError (its verdict travels as the error's field). */
export async function readUnitsTask(file: string, options: ReadUnitsOptions): Promise<UnitReportsRead> {
  const port = await XlsxWorkbook.open(file, { decimalSeparator: options.decimalSeparator ?? ',', lang: options.lang });
  // A zip naming xl/workbook.xml but holding no sheet opens empty; a real workbook has one.
  if ((await port.sheets()).length === 0) throw new WorkbookFileError({ kind: 'damaged', path: file, reason: 'no sheet' });
  return readUnitReports(port, { file, sheets: null, period: options.period, profile: options.profile, lang: options.lang, fallback: 'file' });
}

/** The task as the pool names it. */
export const READ_UNITS_TASK: TaskRef = { module: path.join(__dirname, 'rekap-task'), export: 'readUnitsTask' };
