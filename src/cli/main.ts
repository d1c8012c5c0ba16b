/**
 * The `sakip` command: `periksa` (check) and `hitung` (recalculate) SAKIP tables in .xlsx files
 * through the same engine as the task pane (src/workbook) and the exceljs port (src/xlsx).
 * `main` takes its output streams as arguments so the tests drive it without a process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROFILES, formatEn, formatId } from '../core';
import type { Lang, Nilai, RuleProfile, StrategySummary } from '../core';
import { ApplyError, sheetRef } from '../workbook';
import type { Finding } from '../workbook';
import { RunSummary, UnknownSheetError, WorkbookRun, runWorkbook, summaryLine } from '../app';
import { XlsxWorkbook } from '../xlsx';
import { CliArgs, parseArgs } from './args';
import { helpText } from './help';

/** Where the command writes: injected so tests capture it. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes (issue 4): no errors, error findings, usage or unreadable file. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The `--json` object of one file. Numbers unrounded; null where not assessed. */
export interface FileReport {
  readonly file: string;
  readonly npss: number | null;
  readonly predikat: string | null;
  readonly perspektif: readonly { readonly nama: string; readonly np: number | null }[];
  readonly sasaran: readonly { readonly nama: string; readonly perspektif: string; readonly nps: number | null }[];
  readonly findings: readonly Pick<Finding, 'sheet' | 'cell' | 'severity' | 'code' | 'message'>[];
  /** What was checked, and the findings by severity (the line `periksa` always ends with). */
  readonly summary: RunSummary;
  /** `hitung` only: the file written. */
  readonly output?: string;
}

export { summaryLine };
export type { RunSummary };

/** A problem that stops one file (usage or unreadable input): one clear line, exit 2. */
class FileProblem extends Error {}

const say = (lang: Lang, id: string, en: string): string => (lang === 'en' ? en : id);

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
  if (parsed.kind === 'error') {
    io.stderr(`sakip: ${parsed.message}\n`);
    return EXIT.usage;
  }
  const args = parsed.args;
  const lang = args.lang;
  const profile = PROFILES.find((p) => p.id === (args.profile ?? PROFILES[0].id));
  if (!profile) {
    io.stderr(`sakip: ${say(lang, 'profil tidak dikenal', 'unknown profile')}: ${args.profile} (${PROFILES.map((p) => p.id).join(', ')})\n`);
    return EXIT.usage;
  }
  let outputs: string[];
  try {
    outputs = args.command === 'hitung' ? outputPaths(args) : [];
  } catch (err) {
    io.stderr(`sakip: ${(err as Error).message}\n`);
    return EXIT.usage;
  }

  let exit: number = EXIT.ok;
  const many = args.files.length > 1;
  for (const [i, file] of args.files.entries()) {
    if (many) io.stderr(`[${i + 1}/${args.files.length}] ${file}\n`);
    try {
      const report = await runFile(file, args, profile, outputs[i] ?? null);
      if (args.json) io.stdout(`${JSON.stringify(report)}\n`);
      else io.stdout(textReport(report, args, many));
      if (report.findings.some((f) => f.severity === 'error')) exit = Math.max(exit, EXIT.findings);
      // A period the headers leave open needs --periode: a usage error, as before the app layer.
      if (report.findings.some((f) => f.code === 'periode-belum-dipilih')) exit = EXIT.usage;
    } catch (err) {
      const message = err instanceof FileProblem ? err.message : say(lang, `kesalahan tak terduga: ${errorText(err)}`, `unexpected error: ${errorText(err)}`);
      io.stderr(`sakip: ${file}: ${message}\n`);
      exit = EXIT.usage;
    }
  }
  return exit;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The output file of each input: `-o`, or the input's name with `-hasil` before `.xlsx`. */
function outputPaths(args: CliArgs): string[] {
  const lang = args.lang;
  const named = (file: string, dir: string) => {
    const ext = path.extname(file);
    const base = path.basename(file, /^\.xls[xm]$/i.test(ext) ? ext : '');
    return path.join(dir, `${base}-hasil.xlsx`);
  };
  const isDir = args.output !== null && fs.existsSync(args.output) && fs.statSync(args.output).isDirectory();
  if (args.output !== null && !isDir) {
    if (args.files.length > 1) throw new Error(say(lang, `dengan beberapa berkas, -o harus sebuah folder yang sudah ada (${args.output})`, `with several files, -o must be an existing folder (${args.output})`));
    return [args.output];
  }
  const outs = args.files.map((f) => named(f, isDir ? (args.output as string) : path.dirname(f)));
  // A default name must not land on an input (`a.xlsx` beside last run's `a-hasil.xlsx`, both given)
  // nor on another output (`a.xlsx` and `a.xlsm`): the input is only ever overwritten when -o names it.
  const inputs = new Set(args.files.map((f) => path.resolve(f)));
  const seen = new Set<string>();
  for (const out of outs) {
    const full = path.resolve(out);
    if (inputs.has(full)) throw new Error(say(lang, `berkas hasil ${out} juga berkas masukan; berkas itu tidak ditimpa (sebut -o untuk menentukan tempat hasil)`, `the output ${out} is also an input file; it is not overwritten (give -o to choose where results go)`));
    if (seen.has(full)) throw new Error(say(lang, `dua berkas masukan akan menghasilkan berkas yang sama ${out} (sebut -o sebuah folder lain)`, `two inputs would write the same output ${out} (give -o another folder)`));
    seen.add(full);
  }
  return outs;
}

async function openWorkbook(file: string, args: CliArgs): Promise<XlsxWorkbook> {
  const lang = args.lang;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new FileProblem(say(lang, 'berkas tidak ditemukan', 'file not found'));
  }
  if (stat.isDirectory()) throw new FileProblem(say(lang, 'ini sebuah folder, bukan berkas .xlsx', 'this is a folder, not an .xlsx file'));
  let head: Buffer;
  try {
    head = Buffer.alloc(8);
    const fd = fs.openSync(file, 'r');
    fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
  } catch {
    throw new FileProblem(say(lang, 'berkas tidak dapat dibuka (periksa izin baca)', 'the file cannot be opened (check read permission)'));
  }
  // The old binary .xls format (an OLE2 compound file) needs saving as .xlsx first.
  if (head.readUInt32BE(0) === 0xd0cf11e0) throw new FileProblem(say(lang, 'berkas .xls lama; simpan ulang sebagai .xlsx di Excel', 'an old .xls file; save it as .xlsx in Excel first'));
  try {
    return await XlsxWorkbook.open(file, { decimalSeparator: args.decimalSeparator });
  } catch {
    throw new FileProblem(say(lang, 'bukan berkas .xlsx yang dapat dibaca', 'not a readable .xlsx file'));
  }
}

async function runFile(file: string, args: CliArgs, profile: RuleProfile, output: string | null): Promise<FileReport> {
  const lang = args.lang;
  const wb = await openWorkbook(file, args);
  let run: WorkbookRun;
  try {
    run = await runWorkbook(wb, { command: args.command === 'hitung' && output !== null ? 'hitung' : 'periksa', sheets: args.sheet !== null ? [args.sheet] : null, period: args.period, profile, lang, overwriteFormulas: args.overwriteFormulas });
  } catch (err) {
    if (err instanceof UnknownSheetError) throw new FileProblem(say(lang, `lembar "${err.sheet}" tidak ada (lembar: ${err.sheets.join(', ')})`, `no sheet "${err.sheet}" (sheets: ${err.sheets.join(', ')})`));
    // E.g. an output cell inside a merged area: the Grid cannot show merges, the file can.
    if (!(err instanceof ApplyError)) throw err;
    const cause = errorText(err.cause ?? err);
    throw new FileProblem(say(lang, `tidak dapat menulis hasil: ${cause}; tidak ada berkas ditulis`, `cannot write the results: ${cause}; no file written`));
  }
  let written: string | undefined;
  if (run.written && output !== null) {
    try {
      await wb.save(output);
    } catch (err) {
      throw new FileProblem(say(lang, `tidak dapat menulis ${output}: ${errorText(err)}`, `cannot write ${output}: ${errorText(err)}`));
    }
    written = output;
  }
  return { ...reportOf(file, run.summary, run.findings, run.counts), ...(written !== undefined ? { output: written } : {}) };
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

/** `Kinerja!F12 error angka-tidak-terbaca: …`; the message's own leading reference is not repeated. */
export function findingLine(f: Pick<Finding, 'sheet' | 'cell' | 'severity' | 'code' | 'message'>): string {
  const ref = f.cell !== null ? `${sheetRef(f.sheet)}!${f.cell}` : sheetRef(f.sheet);
  let message = f.message;
  for (const prefix of [`${ref}: `, `${ref} `, `${f.sheet}: `]) {
    if (message.startsWith(prefix)) {
      // `Kinerja!F12 (Target): …` keeps its column name: `Target: …`.
      message = message.slice(prefix.length).replace(/^\(([^)]*)\):\s*/, '$1: ');
      break;
    }
  }
  return `${ref} ${f.severity} ${f.code}: ${message}`;
}

function textReport(report: FileReport, args: CliArgs, many: boolean): string {
  const lang = args.lang;
  const lead = many ? `${report.file}: ` : '';
  const lines = report.findings.map((f) => `${lead}${findingLine(f)}`);
  lines.push(`${lead}${summaryLine(report.summary, lang)}`);
  if (args.command === 'hitung') {
    const fmt = lang === 'en' ? formatEn : formatId;
    const npss = report.npss === null ? say(lang, 'NPSS tidak dinilai', 'NPSS not assessed') : `NPSS ${fmt(report.npss, 2)}${report.predikat ? ` ${report.predikat}` : ''}`;
    lines.push(`${lead}${npss}`);
    lines.push(report.output !== undefined ? `${lead}${say(lang, 'Hasil ditulis ke', 'Written to')} ${report.output}` : `${lead}${say(lang, 'Tidak ada tabel untuk dihitung; tidak ada berkas ditulis', 'No table to recalculate; no file written')}`);
  }
  return `${lines.join('\n')}\n`;
}
