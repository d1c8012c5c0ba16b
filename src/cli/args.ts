/**
 * Command-line arguments of `sakip`, parsed by hand (no dependency): options may come before or
 * after the files, as `--opt value` or `--opt=value`.
 */
import type { DecimalSeparator, Lang } from '../core';
import { parsePeriod } from '../workbook';
import type { Period } from '../workbook';

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
}

/** What the command line asks for: a run, the help text, or a usage error. */
export type Parsed = { readonly kind: 'run'; readonly args: CliArgs } | { readonly kind: 'help'; readonly lang: Lang } | { readonly kind: 'version' } | { readonly kind: 'error'; readonly lang: Lang; readonly message: string };

const VALUE_OPTIONS = new Set(['--sheet', '--periode', '--lang', '-o', '--output', '--desimal', '--profil']);
const FLAG_OPTIONS = new Set(['--json', '--timpa-rumus', '--help', '-h', '--versi', '--version']);

/** Parses argv (without `node` and the script path). */
export function parseArgs(argv: readonly string[]): Parsed {
  // The language is needed for the error texts themselves, so find it first.
  let lang: Lang = 'id';
  argv.forEach((a, i) => {
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'en' || v === 'id') lang = v;
  });
  const fail = (id: string, en: string): Parsed => ({ kind: 'error', lang, message: lang === 'en' ? en : id });

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
      if (v === undefined || v === '') return fail(`Opsi ${name} memerlukan nilai`, `The option ${name} needs a value`);
      values.set(name === '--output' ? '-o' : name, v);
    } else if (FLAG_OPTIONS.has(name) && eq < 0) {
      flags.add(name);
    } else if (a.startsWith('-') && a !== '-') {
      return fail(`Opsi tidak dikenal: ${a} (lihat sakip --help)`, `Unknown option: ${a} (see sakip --help)`);
    } else {
      positional.push(a);
    }
  }

  if (flags.has('--help') || flags.has('-h')) return { kind: 'help', lang };
  if (flags.has('--versi') || flags.has('--version')) return { kind: 'version' };
  const [command, ...files] = positional;
  if (command === undefined) return { kind: 'help', lang };
  if (command !== 'periksa' && command !== 'hitung') {
    return fail(`Perintah tidak dikenal: ${command} (gunakan periksa atau hitung)`, `Unknown command: ${command} (use periksa or hitung)`);
  }
  if (files.length === 0) return fail(`Sebutkan berkas .xlsx yang akan di${command}`, `Name the .xlsx file(s) to ${command === 'periksa' ? 'check' : 'recalculate'}`);

  const langValue = values.get('--lang');
  if (langValue !== undefined && langValue !== 'id' && langValue !== 'en') return fail(`--lang harus id atau en, bukan "${langValue}"`, `--lang must be id or en, not "${langValue}"`);
  let period: Period | null = null;
  const periodText = values.get('--periode');
  if (periodText !== undefined) {
    period = parsePeriod(periodText);
    if (period === null) return fail(`--periode harus TW1, TW2, TW3, TW4 atau TAHUNAN, bukan "${periodText}"`, `--periode must be TW1, TW2, TW3, TW4 or TAHUNAN, not "${periodText}"`);
  }
  const sep = values.get('--desimal') ?? ',';
  if (sep !== ',' && sep !== '.') return fail(`--desimal harus "," atau ".", bukan "${sep}"`, `--desimal must be "," or ".", not "${sep}"`);
  const output = values.get('-o') ?? null;
  if (command === 'periksa' && output !== null) return fail('Opsi -o hanya untuk perintah hitung', 'The -o option is for the hitung command only');
  if (command === 'periksa' && flags.has('--timpa-rumus')) return fail('Opsi --timpa-rumus hanya untuk perintah hitung', 'The --timpa-rumus option is for the hitung command only');

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
    },
  };
}
