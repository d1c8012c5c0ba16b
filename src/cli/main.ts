/**
 * The `sakip` command: `periksa` (check) and `hitung` (recalculate) SAKIP tables in .xlsx files
 * through the same engine as the task pane (src/workbook) and the exceljs port (src/xlsx).
 * `main` takes its output streams as arguments so the tests drive it without a process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROFILES, formatEn, formatId } from '../core';
import type { Lang, Nilai, RuleProfile, StrategySummary } from '../core';
import { ApplyError, check, claimOwnedSheets, detectLayout, foreignSummarySheets, recalculate, sheetRef } from '../workbook';
import type { Finding, Grid, Period, RunOptions } from '../workbook';
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

/** Counts of one file's run: sheets read, tables found, rows checked, findings by severity. */
export interface RunSummary {
  readonly sheets: number;
  readonly tables: number;
  readonly indicators: number;
  readonly activities: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

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

const QUARTER_PERIOD: Readonly<Record<number, Period>> = { 1: 'TW1', 2: 'TW2', 3: 'TW3', 4: 'TW4' };
const PERIOD_ROLES = new Set(['target', 'realisasi', 'capaian', 'kriteria', 'targetVolume', 'realisasiVolume', 'capaianOutput', 'pagu', 'realisasiAnggaran']);

/**
 * The period of a sheet when `--periode` is not given: the one quarter its headers name.
 * Several quarters, or a plain Target column, leave the choice to the user (SPEC §1: the
 * period decides which target counts, and the summary names it).
 */
function periodOf(grid: Grid, args: CliArgs): Period {
  if (args.period !== null) return args.period;
  const layout = detectLayout(grid, 'TAHUNAN', args.lang);
  if (!layout) return 'TAHUNAN';
  const quarters = new Set(layout.headers.filter((h) => h.quarter !== null && PERIOD_ROLES.has(h.role)).map((h) => h.quarter as number));
  if (quarters.size === 1) return QUARTER_PERIOD[[...quarters][0]];
  const lang = args.lang;
  if (quarters.size > 1) {
    throw new FileProblem(say(lang, `lembar ${grid.sheet} memuat kolom beberapa triwulan; pilih dengan --periode TW1|TW2|TW3|TW4|TAHUNAN`, `the sheet ${grid.sheet} has columns for several quarters; choose one with --periode TW1|TW2|TW3|TW4|TAHUNAN`));
  }
  if (layout.kind === 'kinerja' && layout.headers.some((h) => h.role === 'target')) {
    throw new FileProblem(say(lang, `judul kolom lembar ${grid.sheet} tidak menyebut periode; pilih dengan --periode TW1|TW2|TW3|TW4|TAHUNAN`, `the headers of the sheet ${grid.sheet} name no period; choose one with --periode TW1|TW2|TW3|TW4|TAHUNAN`));
  }
  return 'TAHUNAN';
}

interface SheetRun {
  readonly grid: Grid;
  readonly options: RunOptions;
  readonly kind: 'kinerja' | 'efisiensi' | null;
  readonly findings: readonly Finding[];
  readonly summary: StrategySummary | null;
  readonly rows: number;
}

async function runFile(file: string, args: CliArgs, profile: RuleProfile, output: string | null): Promise<FileReport> {
  const lang = args.lang;
  const wb = await openWorkbook(file, args);
  const names = await wb.sheets();
  if (args.sheet !== null && !names.includes(args.sheet)) {
    throw new FileProblem(say(lang, `lembar "${args.sheet}" tidak ada (lembar: ${names.join(', ')})`, `no sheet "${args.sheet}" (sheets: ${names.join(', ')})`));
  }
  const decimalSeparator = await wb.decimalSeparator();
  const runs: SheetRun[] = [];
  for (const sheet of args.sheet !== null ? [args.sheet] : names) {
    const grid = await wb.read(sheet);
    const options: RunOptions = { period: periodOf(grid, args), profile, lang, decimalSeparator, overwriteFormulas: args.overwriteFormulas };
    const r = check(grid, options);
    runs.push({ grid, options, kind: r.kind, findings: r.findings, summary: r.summary, rows: r.rows });
  }
  // Default: every sheet with a table; when none has one, say why for each sheet.
  const tables = runs.filter((r) => r.kind !== null);
  const chosen = args.sheet !== null || tables.length === 0 ? runs : tables;

  let findings: Finding[] = chosen.flatMap((r) => r.findings);
  let summary = chosen.find((r) => r.kind === 'kinerja' && r.summary !== null)?.summary ?? null;
  let written: string | undefined;
  if (args.command === 'hitung' && output !== null && tables.length > 0) {
    findings = [];
    summary = null;
    const owned = await foreignSummarySheets(wb, names);
    for (const r of chosen) {
      if (r.kind === null) {
        findings.push(...r.findings);
        continue;
      }
      const result = recalculate(r.grid, r.options);
      findings.push(...result.findings);
      if (summary === null && r.kind === 'kinerja') summary = result.summary;
      try {
        await wb.apply(claimOwnedSheets(result.plan, owned, r.grid.sheet));
      } catch (err) {
        // E.g. an output cell inside a merged area: the Grid cannot show merges, the file can.
        if (!(err instanceof ApplyError)) throw err;
        const cause = errorText(err.cause ?? err);
        throw new FileProblem(say(lang, `tidak dapat menulis hasil: ${cause}; tidak ada berkas ditulis`, `cannot write the results: ${cause}; no file written`));
      }
    }
    try {
      await wb.save(output);
    } catch (err) {
      throw new FileProblem(say(lang, `tidak dapat menulis ${output}: ${errorText(err)}`, `cannot write ${output}: ${errorText(err)}`));
    }
    written = output;
  }
  const counts = { sheets: runs.length, tables: tables.length, indicators: sumRows(chosen, 'kinerja'), activities: sumRows(chosen, 'efisiensi') };
  return { ...reportOf(file, summary, findings, counts), ...(written !== undefined ? { output: written } : {}) };
}

const sumRows = (runs: readonly SheetRun[], kind: 'kinerja' | 'efisiensi'): number => runs.reduce((n, r) => n + (r.kind === kind ? r.rows : 0), 0);

const valueOf = (n: Nilai): number | null => (n.status === 'ok' ? n.value : null);

function reportOf(file: string, summary: StrategySummary | null, findings: readonly Finding[], counts: Pick<RunSummary, 'sheets' | 'tables' | 'indicators' | 'activities'>): FileReport {
  const count = (severity: Finding['severity']): number => findings.reduce((n, f) => n + (f.severity === severity ? 1 : 0), 0);
  return {
    file,
    npss: summary ? valueOf(summary.npss) : null,
    predikat: summary?.predikat?.label ?? null,
    perspektif: summary ? summary.perspektif.map((p) => ({ nama: p.nama, np: valueOf(p.np) })) : [],
    sasaran: summary ? summary.sasaran.map((s) => ({ nama: s.nama, perspektif: s.perspektif, nps: valueOf(s.nps) })) : [],
    findings: findings.map(({ sheet, cell, severity, code, message }) => ({ sheet, cell, severity, code, message })),
    summary: { ...counts, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

/** `Diperiksa: 1 lembar (1 berisi tabel), 25 indikator; 0 kesalahan, 1 peringatan, 0 informasi`. */
export function summaryLine(s: RunSummary, lang: Lang): string {
  if (lang === 'en') {
    const n = (k: number, one: string, many = `${one}s`): string => `${k} ${k === 1 ? one : many}`;
    const rows = [n(s.indicators, 'indicator'), ...(s.activities > 0 ? [n(s.activities, 'activity', 'activities')] : [])].join(', ');
    return `Checked: ${n(s.sheets, 'sheet')} (${s.tables} with a table), ${rows}; ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${s.infos} info`;
  }
  const rows = [`${s.indicators} indikator`, ...(s.activities > 0 ? [`${s.activities} kegiatan`] : [])].join(', ');
  return `Diperiksa: ${s.sheets} lembar (${s.tables} berisi tabel), ${rows}; ${s.errors} kesalahan, ${s.warnings} peringatan, ${s.infos} informasi`;
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
