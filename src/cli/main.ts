/**
 * The `sakip` command: `periksa` (check) and `hitung` (recalculate) SAKIP tables in .xlsx files
 * through the shared workflow (src/app) over the exceljs port (src/xlsx). Its texts come from
 * src/app/texts.ts, the help from ./help.ts. Each file runs on its own: one that cannot be read,
 * saved or processed gets its own line on stderr (and with --json an object naming the failure)
 * and the batch goes on; the exit code is the worst of the files.
 * `main` takes its output streams as arguments so the tests drive it without a process.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Lang, RuleProfile } from '../core';
import { ApplyError, sheetRef } from '../workbook';
import { RunSummary, UnknownSheetError, WorkbookRun, findingLine, listText, runWorkbook, say, summaryLine, verdictText } from '../app';
import type { FileVerdictFacts } from '../app';
import { WorkbookFileError, XlsxWorkbook } from '../xlsx';
import { CliArgs, parseArgs } from './args';
import { helpText } from './help';
import { FileProblem, planOutputs, saveBytes } from './output';
import { profileForWorkbook, profileOption, runProfil } from './profil';
import { runRekap } from './rekap';
import { Progress, ProgressIo } from './progress';
import { FailedReport, FileReport, reportOf, textReport } from './report';

/** Where the command writes: injected so tests capture it. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The terminal and clock for progress; absent (in-process callers): no timed progress. */
  readonly progress?: ProgressIo;
}

/** Exit codes: no errors, error findings, usage error or a file that cannot be read, saved or processed. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export { findingLine, summaryLine };
export type { FailedReport, FileReport, RunSummary };

/** A `hitung` whose results could not be written: the refusal, and the run whose findings are still reported. */
class NotWritten extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly run: WorkbookRun,
  ) {
    super(problem.message);
  }
}

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
  if (parsed.kind === 'rekap') return runRekap(parsed.args, io);
  const args = parsed.args;
  const lang = args.lang;
  // --profil ID or FILE.json: a file with problems stops here, each problem on its line.
  const chosen = profileOption(args.profile, lang);
  if ('error' in chosen) {
    io.stderr(chosen.error);
    return EXIT.usage;
  }
  // Only an explicit --profil overrides the profile a workbook stores (profileForWorkbook).
  const explicit = args.profile === null ? null : chosen.profile;
  let outputs: readonly string[] = [];
  if (args.command === 'hitung') {
    try {
      const plan = planOutputs(args);
      outputs = plan.outputs;
      if (plan.created !== null) io.stderr(`${say(lang, 'folderCreated', { folder: plan.created })}\n`);
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      // Says what to do itself: no pointer to the help.
      io.stderr(`sakip: ${err.message}\n`);
      return EXIT.usage;
    }
  }

  const progress = new Progress(io.stderr, io.progress ?? null, lang, args.quiet);
  let exit: number = EXIT.ok;
  const many = args.files.length > 1;
  const worst = (report: Pick<FileReport, 'findings'>) => {
    if (report.findings.some((f) => f.severity === 'error')) exit = Math.max(exit, EXIT.findings);
    // A period the headers leave open needs --periode: a usage error.
    if (report.findings.some((f) => f.code === 'periode-belum-dipilih')) exit = Math.max(exit, EXIT.usage);
  };
  for (const [i, file] of args.files.entries()) {
    progress.file(i + 1, args.files.length, file);
    let done: FileDone;
    try {
      done = await runFile(file, args, explicit, outputs[i] ?? null, progress);
    } catch (err) {
      // One file's failure, expected or not, is its own line; the batch goes on.
      progress.clear();
      const problem = err instanceof NotWritten ? err.problem : err instanceof FileProblem ? err : new FileProblem('unexpected', say(lang, 'unexpected', { detail: errorDetail(err) }));
      const error = { kind: problem.kind, message: problem.message };
      if (err instanceof NotWritten) {
        // The results could not be written, but what the check found is still the user's to see.
        const { file: _file, output: _output, ...checked } = reportOf(file, err.run);
        worst(checked);
        io.stdout(args.json ? `${JSON.stringify({ file, error, ...checked } satisfies FailedReport)}\n` : textReport({ run: err.run, report: { file, ...checked }, results: false, notWritten: null }, lang, many));
      } else if (args.json) {
        io.stdout(`${JSON.stringify({ file, error } satisfies FailedReport)}\n`);
      }
      io.stderr(`sakip: ${file}: ${problem.message}\n`);
      exit = Math.max(exit, EXIT.usage);
      continue;
    }
    progress.clear();
    const { report } = done;
    // Which profile the workbook's own settings gave: one line, on stderr when stdout is JSON.
    for (const note of done.profileNotes) (args.json ? io.stderr : io.stdout)(`${many ? `${file}: ` : ''}${note}\n`);
    io.stdout(args.json ? `${JSON.stringify(report)}\n` : textReport(done, lang, many));
    worst(report);
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

/** The package's version: its package.json is the nearest one above this file (lib/src/cli when built, src/cli in the tests). */
function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string };
      return pkg.version ?? '0.0.0';
    } catch {
      if (path.dirname(dir) === dir) return '0.0.0';
    }
  }
}

async function openWorkbook(file: string, args: CliArgs, progress: Progress): Promise<XlsxWorkbook> {
  const lang = args.lang;
  progress.opening();
  let wb: XlsxWorkbook;
  try {
    // The file check (src/xlsx/inspect.ts) refuses anything but a readable .xlsx before exceljs unpacks it.
    wb = await XlsxWorkbook.open(file, { decimalSeparator: args.decimalSeparator, lang: args.lang });
  } catch (err) {
    if (!(err instanceof WorkbookFileError)) throw err;
    throw new FileProblem(err.verdict.kind, unreadable(err.verdict, lang));
  }
  // A zip naming xl/workbook.xml but holding no sheet: exceljs opens it empty; a real workbook has one.
  if ((await wb.sheets()).length === 0) throw new FileProblem('damaged', unreadable({ kind: 'damaged' }, lang));
  return wb;
}

/** The sentence for a file that is not a readable .xlsx (a verdict of `xlsx` here means exceljs still failed: damaged). */
function unreadable(verdict: FileVerdictFacts, lang: Lang): string {
  return verdictText(verdict, lang) ?? verdictText({ kind: 'damaged' }, lang) ?? '';
}

/** One file's run and report, and for `hitung` why nothing was written (null when a file was). */
interface FileDone {
  readonly run: WorkbookRun;
  readonly report: FileReport;
  readonly results: boolean;
  readonly notWritten: string | null;
  /** What the CLI says about the profile used (the workbook's stored one, or --profil over it). */
  readonly profileNotes: readonly string[];
}

function runOf(wb: XlsxWorkbook, args: CliArgs, profile: RuleProfile, command: CliArgs['command'], progress: Progress | null): Promise<WorkbookRun> {
  return runWorkbook(wb, {
    command,
    sheets: args.sheet !== null ? [args.sheet] : null,
    period: args.period,
    profile,
    lang: args.lang,
    overwriteFormulas: args.overwriteFormulas,
    onStep: progress ? (s) => progress.step(s) : undefined,
    onWrite: progress ? (sheet, done, total) => progress.writing(sheet, done, total) : undefined,
  });
}

async function runFile(file: string, args: CliArgs, chosen: RuleProfile | null, output: string | null, progress: Progress): Promise<FileDone> {
  const lang = args.lang;
  const wb = await openWorkbook(file, args, progress);
  const { profile, notes: profileNotes } = profileForWorkbook(chosen, wb.documentSettings(), lang);
  let run: WorkbookRun;
  try {
    run = await runOf(wb, args, profile, args.command, progress);
  } catch (err) {
    if (err instanceof UnknownSheetError) {
      const sheets = err.sheets.map((s) => `"${s}"`).join(', ');
      const example = err.sheets.find((s) => /\s/.test(s)) ?? err.sheets[0] ?? '';
      throw new FileProblem('usage', say(lang, 'unknownSheet', { sheet: err.sheet, sheets, example }));
    }
    // E.g. an output cell inside a merged area: the Grid cannot show merges, the file can.
    if (!(err instanceof ApplyError)) throw err;
    const cause = err.cause instanceof Error ? err.cause.message : err.message;
    throw await notWritten(new FileProblem('write', say(lang, 'applyFailed', { cause })), file, args, profile, progress);
  }
  let written: string | undefined;
  if (args.command === 'hitung' && output !== null && run.written) {
    progress.saving(output);
    try {
      saveBytes(await wb.toBuffer(), output, lang);
    } catch (err) {
      if (err instanceof FileProblem) throw await notWritten(err, file, args, profile, progress);
      throw err;
    }
    written = output;
  }
  const hitung = args.command === 'hitung';
  return { run, report: reportOf(file, run, written), results: hitung, notWritten: hitung && written === undefined ? notWrittenReasons(run, lang) : null, profileNotes };
}

/**
 * A `hitung` whose results could not be written, with what a check of the file finds. The check
 * runs on the file as it is on disk: the workbook in memory may be half written, and hitung's own
 * findings say values were replaced, which is untrue once nothing is saved. Without a check (the
 * file cannot be read again) the refusal stands alone.
 */
async function notWritten(problem: FileProblem, file: string, args: CliArgs, profile: RuleProfile, progress: Progress): Promise<Error> {
  try {
    return new NotWritten(problem, await runOf(await openWorkbook(file, args, progress), args, profile, 'periksa', null));
  } catch {
    return problem;
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
