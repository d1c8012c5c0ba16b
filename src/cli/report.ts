/**
 * What `sakip` prints for one file: the `--json` object (or, for a file that failed, the object
 * naming the failure) and the text report: the period each sheet was read under, the findings,
 * for `hitung` the NPSS of each performance table and where the results went, and the summary line.
 */
import { formatEn, formatId } from '../core';
import type { Lang, Nilai } from '../core';
import type { Finding, Period } from '../workbook';
import { findingLine, moreInfoText, reportItems, say, summaryLine } from '../app';
import type { RunSummary, SheetOutcome, WorkbookRun } from '../app';
import type { ProblemKind } from './output';

/** Where a sheet's period came from, as `--json` names it: chosen with --periode, or read from the headers. */
export type PeriodSource = 'pilihan' | 'judul';

/** One sheet with a table, in `--json`'s `lembar`. */
export interface SheetReport {
  readonly nama: string;
  readonly jenis: 'kinerja' | 'efisiensi';
  /** `TW2`…; null when no period was chosen and the headers name none. */
  readonly periode: Period | null;
  readonly periodeDari: PeriodSource | null;
  /** Performance tables only; null where not assessed. */
  readonly npss: number | null;
  readonly predikat: string | null;
}

/**
 * The `--json` object of one file. Numbers unrounded; null where not assessed. The top-level
 * `npss`, `predikat`, `perspektif`, `sasaran`, `periode` and `periodeDari` are those of the first
 * performance table (kept for the callers of earlier versions); `lembar` has every table's.
 */
export interface FileReport {
  readonly file: string;
  readonly periode: Period | null;
  readonly periodeDari: PeriodSource | null;
  readonly npss: number | null;
  readonly predikat: string | null;
  readonly perspektif: readonly { readonly nama: string; readonly np: number | null }[];
  readonly sasaran: readonly { readonly nama: string; readonly perspektif: string; readonly nps: number | null }[];
  readonly lembar: readonly SheetReport[];
  readonly findings: readonly Pick<Finding, 'sheet' | 'cell' | 'severity' | 'code' | 'message'>[];
  /** What was checked, and the findings by severity (the line the text output ends with). */
  readonly summary: RunSummary;
  /** `hitung` only: the file written. */
  readonly output?: string;
}

/**
 * The `--json` object of a file that failed: what stopped it, and when the file could still be
 * checked (its results could not be written) what the check found.
 */
export type FailedReport = { readonly file: string; readonly error: { readonly kind: ProblemKind; readonly message: string } } & Partial<Omit<FileReport, 'file' | 'output'>>;

const valueOf = (n: Nilai): number | null => (n.status === 'ok' ? n.value : null);
const SOURCE: Readonly<Record<SheetOutcome['period']['source'], PeriodSource | null>> = { chosen: 'pilihan', headers: 'judul', none: null };

/** The report of a run over one file (`output`: the file `hitung` wrote). */
export function reportOf(file: string, run: WorkbookRun, output?: string): FileReport {
  const summary = run.summary;
  const tables = run.sheets.filter((o): o is SheetOutcome & { kind: 'kinerja' | 'efisiensi' } => o.kind !== null);
  // The sheet the top-level numbers belong to: the first performance table with a summary (WorkbookRun.summary).
  const first = tables.find((o) => o.kind === 'kinerja' && o.summary !== null) ?? tables.find((o) => o.kind === 'kinerja') ?? tables[0];
  return {
    file,
    periode: first?.period.period ?? null,
    periodeDari: first ? SOURCE[first.period.source] : null,
    npss: summary ? valueOf(summary.npss) : null,
    predikat: summary?.predikat?.label ?? null,
    perspektif: summary ? summary.perspektif.map((p) => ({ nama: p.nama, np: valueOf(p.np) })) : [],
    sasaran: summary ? summary.sasaran.map((s) => ({ nama: s.nama, perspektif: s.perspektif, nps: valueOf(s.nps) })) : [],
    lembar: tables.map((o) => ({
      nama: o.sheet,
      jenis: o.kind,
      periode: o.period.period,
      periodeDari: SOURCE[o.period.source],
      npss: o.kind === 'kinerja' && o.summary ? valueOf(o.summary.npss) : null,
      predikat: o.kind === 'kinerja' ? (o.summary?.predikat?.label ?? null) : null,
    })),
    findings: run.findings.map(({ sheet, cell, severity, code, message }) => ({ sheet, cell, severity, code, message })),
    summary: run.counts,
    ...(output !== undefined ? { output } : {}),
  };
}

/** What the text report needs of one file. */
export interface TextInput {
  readonly run: WorkbookRun;
  readonly report: FileReport;
  /** `hitung`: the NPSS and where the results went; `periksa` (also a hitung whose results could not be written): neither. */
  readonly results: boolean;
  /** `hitung` with nothing written: why, in one line. */
  readonly notWritten: string | null;
}

/**
 * The text report of one file: the period each table was read under when the headers decided it,
 * every error and warning, info findings grouped past 20 of a kind, for `hitung` the NPSS of each
 * performance table computed under a period (named by sheet when the file has several) and where
 * the results went (or why nothing was written), and last the summary line. With several files
 * each line starts with the file's name.
 */
export function textReport(input: TextInput, lang: Lang, many: boolean): string {
  const { run, report } = input;
  const lead = many ? `${report.file}: ` : '';
  const tables = run.sheets.filter((o) => o.kind !== null);
  const lines: string[] = [];
  for (const o of tables) {
    if (o.period.source !== 'headers' || o.period.note === null) continue;
    lines.push(tables.length > 1 ? say(lang, 'periodSheetLine', { sheet: o.sheet, note: o.period.note }) : o.period.note);
  }
  for (const item of reportItems(report.findings)) lines.push(item.kind === 'finding' ? findingLine(item.finding, lang) : `${moreInfoText(item.count, lang)} (${say(lang, 'seeJson')})`);
  if (input.results) {
    const fmt = lang === 'en' ? formatEn : formatId;
    const performance = tables.filter((o) => o.kind === 'kinerja');
    // Only a performance table computed under a period has an NPSS to give (or to say is not assessed).
    for (const o of performance.filter((p) => p.period.period !== null)) {
      const npss = o.summary ? valueOf(o.summary.npss) : null;
      const predikat = o.summary?.predikat?.label;
      const params = { sheet: o.sheet, value: npss === null ? '' : fmt(npss, 2), predikat: predikat ? ` ${predikat}` : '' };
      if (performance.length > 1) lines.push(say(lang, npss === null ? 'npssSheetNotAssessed' : 'npssSheetLine', params));
      else lines.push(say(lang, npss === null ? 'npssNotAssessed' : 'npssLine', params));
    }
    lines.push(report.output !== undefined ? say(lang, 'writtenTo', { output: report.output }) : (input.notWritten ?? ''));
  }
  lines.push(summaryLine(report.summary, lang));
  return lines.map((l) => `${lead}${l}\n`).join('');
}
