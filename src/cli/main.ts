/**
 * The `sakip` command: `periksa` (check) and `hitung` (recalculate) SAKIP tables in .xlsx files
 * through the shared workflow (src/app) over the exceljs port (src/xlsx). Every text comes from
 * src/app/texts.ts. Each file runs on its own: one that cannot be read, saved or processed gets
 * its own line on stderr and the batch goes on; the exit code is the worst of the files.
 * `main` takes its output streams as arguments so the tests drive it without a process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { formatEn, formatId } from '../core';
import type { Lang, Nilai, RuleProfile, StrategySummary } from '../core';
import { ApplyError, sheetRef } from '../workbook';
import type { Finding } from '../workbook';
import { RunSummary, UnknownSheetError, WorkbookRun, findingLine, listText, moreInfoText, reportItems, runWorkbook, saveErrorText, say, summaryLine, verdictText } from '../app';
import type { FileVerdictFacts, FileVerdictKind } from '../app';
import { XlsxWorkbook } from '../xlsx';
import { CliArgs, parseArgs } from './args';
import { helpText } from './help';
import { profileOption, runProfil } from './profil';
import { Progress, ProgressIo } from './progress';

/** Where the command writes: injected so tests capture it. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The terminal and clock for progress; absent (in-process callers): no timed progress. */
  readonly progress?: ProgressIo;
}

/** Exit codes: no errors, error findings, usage error or a file that cannot be read, saved or processed. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The `--json` object of one file. Numbers unrounded; null where not assessed. */
export interface FileReport {
  readonly file: string;
  readonly npss: number | null;
  readonly predikat: string | null;
  readonly perspektif: readonly { readonly nama: string; readonly np: number | null }[];
  readonly sasaran: readonly { readonly nama: string; readonly perspektif: string; readonly nps: number | null }[];
  readonly findings: readonly Pick<Finding, 'sheet' | 'cell' | 'severity' | 'code' | 'message'>[];
  /** What was checked, and the findings by severity (the line the text output ends with). */
  readonly summary: RunSummary;
  /** `hitung` only: the file written. */
  readonly output?: string;
}

export { findingLine, summaryLine };
export type { RunSummary };

/** A problem that stops one file (unreadable input, a refused write, a failed save): one line, exit 2. */
class FileProblem extends Error {}

/** Runs `sakip` with argv (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(helpText(parsed.lang));
    return EXIT.ok;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === 'usage') {
    io.stderr(`${say(parsed.lang, 'usageShort')}\n${say(parsed.lang, 'seeHelp')}\n`);
    return EXIT.usage;
  }
  if (parsed.kind === 'error') return usageError(io, parsed.lang, parsed.message);
  if (parsed.kind === 'profil') return runProfil(parsed.args, io);
  const args = parsed.args;
  const lang = args.lang;
  // --profil ID or FILE.json: a file with problems stops here, each problem on its line.
  const chosen = profileOption(args.profile, lang);
  if ('error' in chosen) {
    io.stderr(chosen.error);
    return EXIT.usage;
  }
  const profile = chosen.profile;
  let outputs: string[];
  try {
    outputs = args.command === 'hitung' ? outputPaths(args) : [];
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err;
    // Says what to do itself: no pointer to the help.
    io.stderr(`sakip: ${err.message}\n`);
    return EXIT.usage;
  }

  const progress = new Progress(io.stderr, io.progress ?? null, lang, args.quiet);
  let exit: number = EXIT.ok;
  const many = args.files.length > 1;
  for (const [i, file] of args.files.entries()) {
    progress.file(i + 1, args.files.length, file);
    let done: FileDone;
    try {
      done = await runFile(file, args, profile, outputs[i] ?? null, progress);
    } catch (err) {
      // One file's failure, expected or not, is its own line; the batch goes on.
      progress.clear();
      io.stderr(`sakip: ${file}: ${err instanceof FileProblem ? err.message : say(lang, 'unexpected', { detail: errorDetail(err) })}\n`);
      exit = Math.max(exit, EXIT.usage);
      continue;
    }
    progress.clear();
    const { report } = done;
    io.stdout(args.json ? `${JSON.stringify(report)}\n` : textReport(done, args, many));
    if (report.findings.some((f) => f.severity === 'error')) exit = Math.max(exit, EXIT.findings);
    // A period the headers leave open needs --periode: a usage error.
    if (report.findings.some((f) => f.code === 'periode-belum-dipilih')) exit = Math.max(exit, EXIT.usage);
  }
  return exit;
}

function usageError(io: Io, lang: Lang, message: string): number {
  io.stderr(`sakip: ${message} (${say(lang, 'seeHelp')})\n`);
  return EXIT.usage;
}

/** An unexpected error in a few words for the developers: its kind and first line, never a stack. */
function errorDetail(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const first = text.split('\n')[0];
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const isFolder = (p: string): boolean => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The output file of each input: `-o`, or the input's name with `-hasil` before `.xlsx`, in the
 * input's folder or the folder `-o` names. A missing target folder is said before any work.
 */
function outputPaths(args: CliArgs): string[] {
  const lang = args.lang;
  const named = (file: string, dir: string) => {
    const ext = path.extname(file);
    const base = path.basename(file, /^\.xls[xm]$/i.test(ext) ? ext : '');
    return path.join(dir, `${base}-hasil.xlsx`);
  };
  const output = args.output;
  // `-o hasil/` means a folder even before it exists.
  const meantFolder = output !== null && (isFolder(output) || /[\\/]$/.test(output) || args.files.length > 1);
  if (output !== null && meantFolder && !isFolder(output)) {
    throw new FileProblem(fs.existsSync(output) ? say(lang, 'outputNeedsFolder', { output }) : say(lang, 'outputFolderMissing', { folder: output }));
  }
  if (output !== null && !meantFolder) {
    const folder = path.dirname(output);
    if (!isFolder(folder)) throw new FileProblem(say(lang, 'outputFolderMissing', { folder }));
    return [output];
  }
  const outs = args.files.map((f) => named(f, output ?? path.dirname(f)));
  // A default name must not land on an input (`a.xlsx` beside last run's `a-hasil.xlsx`, both given)
  // nor on another output (`a.xlsx` and `a.xlsm`): the input is only ever overwritten when -o names it.
  const inputs = new Set(args.files.map((f) => path.resolve(f)));
  const seen = new Set<string>();
  for (const out of outs) {
    const full = path.resolve(out);
    if (inputs.has(full)) throw new FileProblem(say(lang, 'outputIsInput', { output: out }));
    if (seen.has(full)) throw new FileProblem(say(lang, 'outputTwice', { output: out }));
    seen.add(full);
  }
  return outs;
}

const VERDICT_KINDS: readonly FileVerdictKind[] = ['xlsx', 'missing', 'empty', 'folder', 'unreadable', 'encrypted', 'xls', 'csv', 'text', 'ods', 'other-zip', 'damaged', 'too-large', 'unknown'];

/** The verdict an opening error carries (src/xlsx's WorkbookFileError has `.verdict`), if any. */
function verdictOf(err: unknown): FileVerdictFacts | null {
  const v = typeof err === 'object' && err !== null ? (err as { verdict?: unknown }).verdict : undefined;
  if (typeof v === 'object' && v !== null && (VERDICT_KINDS as readonly unknown[]).includes((v as { kind?: unknown }).kind)) return v as FileVerdictFacts;
  return null;
}

async function openWorkbook(file: string, args: CliArgs, progress: Progress): Promise<XlsxWorkbook> {
  const lang = args.lang;
  progress.opening();
  let wb: XlsxWorkbook;
  try {
    // The file check (src/xlsx/inspect.ts) refuses anything but a readable .xlsx before exceljs unpacks it.
    wb = await XlsxWorkbook.open(file, { decimalSeparator: args.decimalSeparator, lang: args.lang });
  } catch (err) {
    const verdict = verdictOf(err);
    if (verdict === null) throw err;
    throw new FileProblem(unreadable(verdict, lang));
  }
  // A zip naming xl/workbook.xml but holding no sheet: exceljs opens it empty; a real workbook has one.
  if ((await wb.sheets()).length === 0) throw new FileProblem(unreadable({ kind: 'damaged' }, lang));
  return wb;
}

/** The sentence for a file that is not a readable .xlsx (a verdict of `xlsx` here means exceljs still failed: damaged). */
function unreadable(verdict: FileVerdictFacts, lang: Lang): string {
  return verdictText(verdict, lang) ?? verdictText({ kind: 'damaged' }, lang) ?? '';
}

/** One file's report, and for `hitung` why nothing was written (null when a file was). */
interface FileDone {
  readonly report: FileReport;
  readonly notWritten: string | null;
}

async function runFile(file: string, args: CliArgs, profile: RuleProfile, output: string | null, progress: Progress): Promise<FileDone> {
  const lang = args.lang;
  const wb = await openWorkbook(file, args, progress);
  let run: WorkbookRun;
  try {
    run = await runWorkbook(wb, {
      command: args.command,
      sheets: args.sheet !== null ? [args.sheet] : null,
      period: args.period,
      profile,
      lang,
      overwriteFormulas: args.overwriteFormulas,
      onStep: (s) => progress.step(s),
      onWrite: (sheet, done, total) => progress.writing(sheet, done, total),
    });
  } catch (err) {
    if (err instanceof UnknownSheetError) throw new FileProblem(say(lang, 'unknownSheet', { sheet: err.sheet, sheets: err.sheets.join(', ') }));
    // E.g. an output cell inside a merged area: the Grid cannot show merges, the file can.
    if (!(err instanceof ApplyError)) throw err;
    const cause = err.cause instanceof Error ? err.cause.message : err.message;
    throw new FileProblem(say(lang, 'applyFailed', { cause }));
  }
  let written: string | undefined;
  if (args.command === 'hitung' && output !== null && run.written) {
    progress.saving(output);
    await save(wb, output, lang);
    written = output;
  }
  const report = { ...reportOf(file, run.summary, run.findings, run.counts), ...(written !== undefined ? { output: written } : {}) };
  return { report, notWritten: args.command === 'hitung' && written === undefined ? notWrittenReasons(run, lang) : null };
}

/**
 * Saves through a temporary file in the target folder, renamed over the output once complete: a
 * failed save (disk full, permission) leaves no half-written file and never damages one that was
 * there, the input included when -o names it. The failure is said in words.
 */
async function save(wb: XlsxWorkbook, output: string, lang: Lang): Promise<void> {
  const bytes = await wb.toBuffer();
  const folder = path.dirname(path.resolve(output));
  const temp = path.join(folder, `.${path.basename(output)}.${process.pid}.sakip-tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, output);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new FileProblem(say(lang, 'saveFailed', { output, reason: saveErrorText(err, output, path.dirname(output), lang) }));
  }
}

/** Why `hitung` wrote nothing: no table, a period not chosen, or tables the errors above stop. */
function notWrittenReasons(run: WorkbookRun, lang: Lang): string {
  const names = (pick: (o: WorkbookRun['sheets'][number]) => boolean) => run.sheets.filter(pick).map((o) => sheetRef(o.sheet));
  const reasons: string[] = [];
  if (run.sheets.every((o) => o.kind === null)) reasons.push(say(lang, 'reasonNoTable'));
  const open = names((o) => o.kind !== null && o.period.period === null);
  if (open.length > 0) reasons.push(say(lang, 'reasonPeriodOpen', { sheets: listText(open, lang) }));
  const stopped = names((o) => o.kind !== null && o.period.period !== null && o.write?.state !== 'written');
  if (stopped.length > 0) reasons.push(say(lang, 'reasonNotComputed', { sheets: listText(stopped, lang) }));
  return say(lang, 'nothingComputed', { reasons: reasons.join('; ') });
}

const valueOf = (n: Nilai): number | null => (n.status === 'ok' ? n.value : null);

function reportOf(file: string, summary: StrategySummary | null, findings: readonly Finding[], counts: RunSummary): FileReport {
  return {
    file,
    npss: summary ? valueOf(summary.npss) : null,
    predikat: summary?.predikat?.label ?? null,
    perspektif: summary ? summary.perspektif.map((p) => ({ nama: p.nama, np: valueOf(p.np) })) : [],
    sasaran: summary ? summary.sasaran.map((s) => ({ nama: s.nama, perspektif: s.perspektif, nps: valueOf(s.nps) })) : [],
    findings: findings.map(({ sheet, cell, severity, code, message }) => ({ sheet, cell, severity, code, message })),
    summary: counts,
  };
}

/**
 * The text report of one file: every error and warning, info findings grouped past 20 of a kind,
 * for `hitung` the NPSS and where the results went (or why nothing was written), and last the
 * summary line. With several files each line starts with the file's name.
 */
function textReport(done: FileDone, args: CliArgs, many: boolean): string {
  const { report, notWritten } = done;
  const lang = args.lang;
  const lead = many ? `${report.file}: ` : '';
  const lines = reportItems(report.findings).map((item) => (item.kind === 'finding' ? findingLine(item.finding, lang) : `${moreInfoText(item.count, lang)} (${say(lang, 'seeJson')})`));
  if (args.command === 'hitung') {
    const fmt = lang === 'en' ? formatEn : formatId;
    lines.push(report.npss === null ? say(lang, 'npssNotAssessed') : say(lang, 'npssLine', { value: fmt(report.npss, 2), predikat: report.predikat ? ` ${report.predikat}` : '' }));
    lines.push(report.output !== undefined ? say(lang, 'writtenTo', { output: report.output }) : (notWritten ?? ''));
  }
  lines.push(summaryLine(report.summary, lang));
  return lines.map((l) => `${lead}${l}\n`).join('');
}
