/**
 * What a run looked at and found, counted once for the CLI's closing line, its `--json`
 * `summary` and the pane's status: sheets, tables, rows, findings by severity.
 */
import { formatEn, formatId } from '../core';
import type { Lang } from '../core';
import type { Finding, WritePlan } from '../workbook';
import { say } from './texts';

/** Counts of one run: sheets read, tables found, rows checked, findings by severity. */
export interface RunSummary {
  readonly sheets: number;
  readonly tables: number;
  readonly indicators: number;
  readonly activities: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Findings by severity. */
export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): Pick<RunSummary, 'errors' | 'warnings' | 'infos'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** English plural of a word for `count` (the Indonesian texts take no word). */
export const plural = (count: number, one: string, many = `${one}s`): string => (count === 1 ? one : many);

/** `Diperiksa: 1 lembar (1 berisi tabel), 25 indikator; 0 kesalahan, 1 peringatan, 0 informasi`. */
export function summaryLine(s: RunSummary, lang: Lang): string {
  // Counts grouped as the language writes them: 50.000 indikator / 50,000 indicators.
  const n = (k: number): string => (lang === 'en' ? formatEn(k, 0) : formatId(k, 0));
  const rows = [say(lang, 'rowsIndikator', { count: n(s.indicators), word: plural(s.indicators, 'indicator') })];
  if (s.activities > 0) rows.push(say(lang, 'rowsKegiatan', { count: n(s.activities), word: plural(s.activities, 'activity', 'activities') }));
  return say(lang, 'summaryLine', {
    sheets: n(s.sheets),
    tables: n(s.tables),
    errors: n(s.errors),
    warnings: n(s.warnings),
    infos: n(s.infos),
    rows: rows.join(', '),
    sheetWord: plural(s.sheets, 'sheet'),
    errorWord: plural(s.errors, 'error'),
    warningWord: plural(s.warnings, 'warning'),
  });
}

/** How many cells a plan writes. */
export function cellsIn(plan: WritePlan): number {
  let n = 0;
  for (const sheet of plan.sheets) for (const b of sheet.blocks) for (const row of b.values) n += row.length;
  return n;
}
