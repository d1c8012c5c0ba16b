/**
 * Command-line arguments of `sakip`, parsed by hand (no dependency): options may come before or
 * after the files, as `--opt value` or `--opt=value`.
 */
import type { DecimalSeparator, Lang } from '../core';
import { PERIODS, parsePeriod } from '../workbook';
import type { Period } from '../workbook';
import { say } from '../app';
import type { AppTextKey } from '../app';

/** The two commands. */
export type Command = 'periksa' | 'hitung';

/** A parsed command line. */
export interface CliArgs {
  readonly command: Command;
  readonly files: readonly string[];
  readonly sheet: string | null;
  /** null: read the period from the sheet's headers. */
  readonly period: Period | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly output: string | null;
  readonly overwriteFormulas: boolean;
  readonly decimalSeparator: DecimalSeparator;
  readonly profile: string | null;
  /** `--diam`, `-q`, `--quiet`: no progress on stderr. */
  readonly quiet: boolean;
}

/** What the command line asks for: a run, the help text, a usage error, or no command at all (`sakip` alone). */
export type Parsed =
  | { readonly kind: 'run'; readonly args: CliArgs }
  | { readonly kind: 'help'; readonly lang: Lang }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly lang: Lang; readonly message: string }
  | { readonly kind: 'usage'; readonly lang: Lang }
  /** `sakip profil …`: its words after `profil` and -o, checked by src/cli/profil.ts. */
  | { readonly kind: 'profil'; readonly args: ProfilArgs }
  /** `sakip rekap FILE…`: many unit workbooks consolidated (src/cli/rekap.ts). */
  | { readonly kind: 'rekap'; readonly args: RekapArgs };

/** The command line of `sakip rekap FILE… [--periode P] [-o rekap.xlsx] [--html rekap.html] [--json]`. */
export interface RekapArgs {
  readonly files: readonly string[];
  /** null: every period each sheet's headers offer (a TW I–IV sheet gives four columns). */
  readonly period: Period | null;
  readonly lang: Lang;
  readonly profile: string | null;
  readonly decimalSeparator: DecimalSeparator;
  /** The consolidation workbook to write, or null. */
  readonly output: string | null;
  /** The HTML report to write, or null. */
  readonly html: string | null;
  readonly json: boolean;
  readonly quiet: boolean;
}

/** The command line of `sakip profil SUB …`. */
export interface ProfilArgs {
  readonly lang: Lang;
  /** The subcommand and its arguments, e.g. ['ekspor', 'bpom-upt-2024']. */
  readonly words: readonly string[];
  readonly output: string | null;
}

const VALUE_OPTIONS = new Set(['--sheet', '--periode', '--lang', '-o', '--output', '--desimal', '--profil', '--html']);
const FLAG_OPTIONS = new Set(['--json', '--timpa-rumus', '--help', '-h', '--versi', '--version', '--diam', '-q', '--quiet']);

/** Parses argv (without `node` and the script path). */
export function parseArgs(argv: readonly string[]): Parsed {
  // The language is needed for the error texts themselves, so find it first.
  let lang: Lang = 'id';
  argv.forEach((a, i) => {
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'en' || v === 'id') lang = v;
  });
  const fail = (key: AppTextKey, params: Readonly<Record<string, string>> = {}): Parsed => ({ kind: 'error', lang, message: say(lang, key, params) });

  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_OPTIONS.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') return fail('optionNeedsValue', { option: name });
      values.set(name === '--output' ? '-o' : name, v);
    } else if (FLAG_OPTIONS.has(name) && eq < 0) {
      flags.add(name);
    } else if (a.startsWith('-') && a !== '-') {
      return fail('unknownOption', { option: a });
    } else {
      positional.push(a);
    }
  }

  if (flags.has('--help') || flags.has('-h')) return { kind: 'help', lang };
  if (flags.has('--versi') || flags.has('--version')) return { kind: 'version' };
  const [command, ...files] = positional;
  if (command === undefined) return { kind: 'usage', lang };
  if (command === 'profil') {
    // Only -o (ekspor) and --lang mean something to the profile commands; anything else is refused, not ignored.
    const other = [...values.keys()].find((k) => k !== '-o' && k !== '--lang') ?? [...flags][0];
    if (other !== undefined) return fail('profilOptionNotHere', { option: other });
    const lv = values.get('--lang');
    if (lv !== undefined && lv !== 'id' && lv !== 'en') return fail('langInvalid', { value: lv });
    return { kind: 'profil', args: { lang, words: files, output: values.get('-o') ?? null } };
  }
  if (command !== 'periksa' && command !== 'hitung' && command !== 'rekap') {
    return fail('unknownCommand', { command });
  }
  if (files.length === 0) return fail(command === 'periksa' ? 'noFilesPeriksa' : command === 'hitung' ? 'noFilesHitung' : 'noFilesRekap');

  const langValue = values.get('--lang');
  if (langValue !== undefined && langValue !== 'id' && langValue !== 'en') return fail('langInvalid', { value: langValue });
  let period: Period | null = null;
  const periodText = values.get('--periode');
  if (periodText !== undefined) {
    period = parsePeriod(periodText);
    if (period === null) return fail('periodInvalid', { value: periodText, choices: PERIODS.slice(0, -1).join(', '), last: PERIODS[PERIODS.length - 1] });
  }
  const sep = values.get('--desimal') ?? ',';
  if (sep !== ',' && sep !== '.') return fail('decimalInvalid', { value: sep });
  const output = values.get('-o') ?? null;
  const quiet = flags.has('--diam') || flags.has('-q') || flags.has('--quiet');
  if (command === 'rekap') {
    // A rekap reads every sheet and writes a new workbook: options about one sheet or formulas do not apply.
    const other = ['--sheet', '--timpa-rumus'].find((o) => values.has(o) || flags.has(o));
    if (other !== undefined) return fail('rekapOptionNotHere', { option: other });
    const html = values.get('--html') ?? null;
    return { kind: 'rekap', args: { files, period, lang, profile: values.get('--profil') ?? null, decimalSeparator: sep, output, html, json: flags.has('--json'), quiet } };
  }
  if (values.has('--html')) return fail('onlyForRekap', { option: '--html' });
  if (command === 'periksa' && output !== null) return fail('onlyForHitung', { option: '-o' });
  if (command === 'periksa' && flags.has('--timpa-rumus')) return fail('onlyForHitung', { option: '--timpa-rumus' });

  return {
    kind: 'run',
    args: {
      command,
      files,
      sheet: values.get('--sheet') ?? null,
      period,
      json: flags.has('--json'),
      lang,
      output,
      overwriteFormulas: flags.has('--timpa-rumus'),
      decimalSeparator: sep,
      profile: values.get('--profil') ?? null,
      quiet,
    },
  };
}
