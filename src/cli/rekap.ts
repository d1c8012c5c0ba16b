/**
 * `sakip rekap FILE… [--periode P] [-o rekap.xlsx] [--html rekap.html] [--json]` (issue 16): every
 * unit workbook read through the same engine and profile as `hitung` (in parallel, ./rekap-pool),
 * consolidated (src/app/rekap.ts → src/rekap), and written as a new workbook, a self-contained
 * HTML report and/or JSON. Without any output option the rekap is printed as text. A file that
 * cannot be read is its own line and finding; the others are still consolidated.
 */
import * as path from 'path';
import { formatId } from '../core';
import type { Lang } from '../core';
import { rekapFromReads, say, severityWord, verdictText } from '../app';
import type { FileReadOutcome, FileVerdictFacts, UnitReportsRead } from '../app';
import { rekapHtml, rekapJson, rekapPlan, unitPeriodLabel } from '../rekap';
import type { Rekap, RekapFinding } from '../rekap';
import { XlsxWorkbook } from '../xlsx';
import type { RekapArgs } from './args';
import { FileProblem, saveBytes, writeTarget } from './output';
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

/** Files at which reading in worker threads starts to pay for their start-up (bench: 76 files no faster on 2 cores). */
const WORKERS_FROM_FILES = 100;

/** Runs `sakip rekap`; returns the exit code (0 clean, 1 error findings, 2 usage or a file not read or written). */
export async function runRekap(args: RekapArgs, io: RekapIo): Promise<number> {
  const lang = args.lang;
  const chosen = profileOption(args.profile, lang);
  if ('error' in chosen) {
    io.stderr(chosen.error);
    return 2;
  }
  const profile = chosen.profile;
  // The outputs are checked before hours of reading: a folder, a device, a missing folder.
  const inputs = new Set(args.files.map((f) => path.resolve(f)));
  for (const out of [args.output, args.html]) {
    if (out === null) continue;
    try {
      if (inputs.has(path.resolve(out))) throw new FileProblem('usage', say(lang, 'outputIsInput', { output: out }));
      writeTarget(out, lang);
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      io.stderr(`sakip: ${err.message}\n`);
      return 2;
    }
  }

  const progress = new Progress(io.stderr, io.progress ?? null, lang, args.quiet);
  const options: ReadUnitsOptions = { period: args.period, profile, lang, decimalSeparator: args.decimalSeparator };
  const run = await readFiles<ReadUnitsOptions, UnitReportsRead>(args.files, {
    task: READ_UNITS_TASK,
    options,
    mode: args.files.length >= WORKERS_FROM_FILES ? 'auto' : 'in-process',
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
  if (args.output !== null) {
    if (rekap.units.length === 0) {
      io.stderr(`sakip: ${say(lang, 'rekapNothingToWrite', { output: args.output })}\n`);
      exit = Math.max(exit, 1);
    } else {
      const wb = XlsxWorkbook.empty({ lang });
      const token = await wb.apply(rekapPlan(rekap, profile, lang));
      if (save(await wb.toBuffer(), args.output)) {
        // exceljs cannot draw charts: said, with where the chart is (the HTML report, or Excel's pane).
        for (const nw of token.notWritten ?? []) io.stderr(`${say(lang, 'rekapChartNotDrawn', { sheet: nw.sheet, title: nw.title })}\n`);
      }
    }
  }
  if (args.html !== null) save(Buffer.from(rekapHtml(rekap, lang, { title: say(lang, 'rekapTitle', { units: String(rekap.units.length) }) }), 'utf8'), args.html);

  if (args.json) io.stdout(`${JSON.stringify(rekapJson(rekap))}\n`);
  else io.stdout(rekapText(rekap, written, args.files.length, lang));
  return exit;
}

/** A file's failure in words: the file check's verdict when it gave one (a WorkbookFileError's, copied from the worker), else the task's message. */
function unreadableText(fields: Readonly<Record<string, unknown>>, message: string, lang: Lang): string {
  const verdict = fields.verdict as FileVerdictFacts | undefined;
  if (verdict !== undefined) return verdictText(verdict, lang) ?? verdictText({ kind: 'damaged' }, lang) ?? '';
  return say(lang, 'unexpected', { detail: message.split('\n')[0] });
}

/** The rekap as text: one line per unit report (sorted as the rekap), the findings, what was written, the closing line. */
export function rekapText(rekap: Rekap, written: readonly string[], files: number, lang: Lang): string {
  const lines: string[] = [];
  const num = (v: number | null) => (v === null ? '-' : lang === 'id' ? formatId(v) : v.toFixed(2));
  rekap.units.forEach((u, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${u.unit} — ${unitPeriodLabel(u, lang)}: NPSS ${num(u.npss)}${u.predikat ? ` ${u.predikat.label}` : ''} (${u.file})`);
  });
  for (const f of rekap.findings) lines.push(rekapFindingLine(f, lang));
  for (const out of written) lines.push(say(lang, 'rekapWritten', { output: out }));
  const count = (s: RekapFinding['severity']) => rekap.findings.filter((f) => f.severity === s).length;
  lines.push(say(lang, 'rekapSummaryLine', { files, units: rekap.units.length, indikator: rekap.indikator.length, errors: count('error'), warnings: count('warning'), infos: count('info') }));
  return `${lines.join('\n')}\n`;
}

/** `unit.xlsx Kinerja!E12 peringatan: message` — a finding of the rekap on its line (the file and cell it is about, when it has them). */
export function rekapFindingLine(f: RekapFinding, lang: Lang): string {
  const where = [f.file, f.cell].filter((x): x is string => x !== null).join(' ');
  return `${where === '' ? '' : `${where} `}${severityWord(f.severity, lang)}: ${f.message}`;
}
