/**
 * `sakip rekap FILE… [--periode P] [-o rekap.xlsx] [--html rekap.html] [--json]` (issue 16): every
 * unit workbook read through the same engine and profile as `hitung` (in parallel, ./rekap-pool),
 * consolidated (src/app/rekap.ts → src/rekap), and written as a new workbook, a self-contained
 * HTML report and/or JSON. Without any output option the rekap is printed as text. A file that
 * cannot be read is its own line and finding; the others are still consolidated.
 */
import * as os from 'os';
import { formatId } from '../core';
import type { Lang } from '../core';
import { moreInfoText, plural, rekapFromReads, reportItems, say, severityWord, verdictText } from '../app';
import type { FileReadOutcome, FileVerdictFacts, UnitReportsRead } from '../app';
import { rekapHtml, rekapJson, rekapPlan, unitPeriodLabel } from '../rekap';
import type { Rekap, RekapFinding } from '../rekap';
import { XlsxWorkbook } from '../xlsx';
import type { RekapArgs } from './args';
import { FileProblem, saveBytes } from './output';
import { checkRekapOutputs, rekapOutputs } from './rekap-output';
import { profileOption } from './profil';
import { Progress, ProgressIo } from './progress';
import { readFiles } from './rekap-pool';
import { READ_UNITS_TASK } from './rekap-task';
import type { ReadUnitsOptions } from './rekap-task';

/** Where `sakip rekap` writes (the same shape as `main`'s Io). */
export interface RekapIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly progress?: ProgressIo;
}

/**
 * When worker threads pay: many files and cores to spare. Measured (bench/README.md, `rekap`): on
 * 2 cores, 304 files read no faster in 2 workers than in-process (each worker's exceljs start-up
 * and copying cost more CPU than the second core gives back) and take 60 % more memory; from 4
 * cores the reading is CPU-bound work the extra cores can share.
 */
const WORKERS_FROM_FILES = 100;
const WORKERS_FROM_CORES = 4;

/** Whether `files` files are read in worker threads on this machine. */
export function useWorkers(files: number, cores = os.availableParallelism()): boolean {
  return files >= WORKERS_FROM_FILES && cores >= WORKERS_FROM_CORES;
}

/** Runs `sakip rekap`; returns the exit code (0 clean, 1 error findings, 2 usage or a file not read or written). */
export async function runRekap(args: RekapArgs, io: RekapIo): Promise<number> {
  const lang = args.lang;
  const chosen = profileOption(args.profile, lang);
  if ('error' in chosen) {
    io.stderr(chosen.error);
    return 2;
  }
  const profile = chosen.profile;
  // The outputs are checked before any file is read: a refusal after minutes of reading wastes them.
  const outputs = checkRekapOutputs(args, lang);
  if (outputs.refused !== null) {
    io.stderr(`sakip: ${outputs.refused}\n`);
    return 2;
  }
  for (const w of outputs.warnings) io.stderr(`sakip: ${w}\n`);

  const progress = new Progress(io.stderr, io.progress ?? null, lang, args.quiet);
  const options: ReadUnitsOptions = { period: args.period, profile, lang, decimalSeparator: args.decimalSeparator };
  const run = await readFiles<ReadUnitsOptions, UnitReportsRead>(args.files, {
    task: READ_UNITS_TASK,
    options,
    mode: useWorkers(args.files.length) ? 'auto' : 'in-process',
    onDone: (r, done, total) => progress.fileRead(done, total, r.file),
  });
  progress.clear();

  let exit = 0;
  const reads: FileReadOutcome[] = run.results.map((r) => {
    if (r.ok) return { file: r.file, ...r.value };
    exit = 2;
    const message = unreadableText(r.error.fields, r.error.message, lang);
    io.stderr(`sakip: ${r.file}: ${message}\n`);
    return { file: r.file, failed: message };
  });
  const rekap = rekapFromReads(reads, lang);
  if (rekap.findings.some((f) => f.severity === 'error')) exit = Math.max(exit, 1);

  const written: string[] = [];
  const save = (bytes: Buffer | Uint8Array, out: string): boolean => {
    try {
      saveBytes(bytes, out, lang);
      written.push(out);
      return true;
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      io.stderr(`sakip: ${err.message}\n`);
      exit = 2;
      return false;
    }
  };
  // Nothing consolidated: no empty workbook or report is written, and that is said after the findings that say why.
  const nothing = rekap.units.length === 0 ? rekapOutputs(args) : [];
  if (args.output !== null && nothing.length === 0) {
    const wb = XlsxWorkbook.empty({ lang });
    const token = await wb.apply(rekapPlan(rekap, profile, lang));
    if (save(await wb.toBuffer(), args.output)) {
      // exceljs cannot draw charts: said, with where the chart is (the HTML report, or Excel's pane).
      for (const nw of token.notWritten ?? []) io.stderr(`${say(lang, 'rekapChartNotDrawn', { sheet: nw.sheet, title: nw.title })}\n`);
    }
  }
  if (args.html !== null && nothing.length === 0) {
    const title = say(lang, 'rekapTitle', { units: rekap.units.length, reportWord: plural(rekap.units.length, 'Report') });
    save(Buffer.from(rekapHtml(rekap, lang, { title }), 'utf8'), args.html);
  }

  if (args.json) io.stdout(`${JSON.stringify(rekapJson(rekap))}\n`);
  else io.stdout(rekapText(rekap, written, args.files.length, lang));
  for (const out of nothing) {
    io.stderr(`sakip: ${say(lang, 'rekapNothingToWrite', { output: out.output, where: say(lang, args.json ? 'rekapFindingsInJson' : 'rekapFindingsAbove') })}\n`);
    exit = Math.max(exit, 1);
  }
  return exit;
}

/** A file's failure in words: the file check's verdict when it gave one (a WorkbookFileError's, copied from the worker), else the task's message. */
function unreadableText(fields: Readonly<Record<string, unknown>>, message: string, lang: Lang): string {
  const verdict = fields.verdict as FileVerdictFacts | undefined;
  if (verdict !== undefined) return verdictText(verdict, lang) ?? verdictText({ kind: 'damaged' }, lang) ?? '';
  return say(lang, 'unexpected', { detail: message.split('\n')[0] });
}


/** Names (units, files) longer than this are cut in a line: a 20,000-character title must not make a 20 KB line. */
export const NAME_SHOWN_CHARS = 200;

/** `name` as shown in a line: cut to NAME_SHOWN_CHARS with `…` (the workbook, HTML and JSON keep it whole). */
export function clipName(name: string): string {
  return name.length > NAME_SHOWN_CHARS ? `${name.slice(0, NAME_SHOWN_CHARS - 1)}…` : name;
}

/**
 * The rekap as text: one line per unit report (sorted as the rekap), the findings (of each kind of
 * info the first 20, then a count, as periksa prints them; --json keeps them all), what was
 * written, the closing line.
 */
export function rekapText(rekap: Rekap, written: readonly string[], files: number, lang: Lang): string {
  const lines: string[] = [];
  const num = (v: number | null) => (v === null ? '-' : lang === 'id' ? formatId(v) : v.toFixed(2));
  rekap.units.forEach((u, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${clipName(u.unit)} — ${unitPeriodLabel(u, lang)}: NPSS ${num(u.npss)}${u.predikat ? ` ${u.predikat.label}` : ''} (${clipName(u.file)})`);
  });
  for (const item of reportItems(rekap.findings)) lines.push(item.kind === 'finding' ? rekapFindingLine(item.finding, lang) : `${moreInfoText(item.count, lang)} (${say(lang, 'seeJson')})`);
  for (const out of written) lines.push(say(lang, 'rekapWritten', { output: out }));
  const count = (s: RekapFinding['severity']) => rekap.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, units, indikator] = [count('error'), count('warning'), rekap.units.length, rekap.indikator.length];
  const words = { fileWord: plural(files, 'file'), reportWord: plural(units, 'report'), indicatorWord: plural(indikator, 'indicator'), errorWord: plural(errors, 'error'), warningWord: plural(warnings, 'warning') };
  lines.push(say(lang, 'rekapSummaryLine', { files, units, indikator, errors, warnings, infos: count('info'), ...words }));
  return `${lines.join('\n')}\n`;
}

/** `unit.xlsx Kinerja!E12 peringatan: message` — a finding of the rekap on its line (the file and cell it is about, when it has them). */
export function rekapFindingLine(f: RekapFinding, lang: Lang): string {
  const where = [f.file, f.cell].filter((x): x is string => x !== null).join(' ');
  return `${where === '' ? '' : `${where} `}${severityWord(f.severity, lang)}: ${f.message}`;
}
