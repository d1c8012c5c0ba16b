/**
 * Where `sakip rekap` writes, checked before any file is read (reading 300 workbooks takes
 * seconds to minutes, a refused target after that wastes them): -o and --html each name an
 * ordinary file (or one not there yet) in a folder that exists, not the same file as each other,
 * and never one of the inputs, however reached (a symbolic link or another spelling of the path
 * is compared by its real path). Every message names the option actually given.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../core';
import { say } from '../app';
import type { RekapArgs } from './args';
import { isFolder, nodeWhat } from './output';

/** One output option of a rekap: the option as typed, the path, and the extension its content has. */
export interface RekapOutput {
  readonly option: '-o' | '--html';
  readonly output: string;
  /** The extension the written content is, as said to the user. */
  readonly ext: '.xlsx' | '.html';
}

/** What the checks found: refusals (exit 2, nothing read), and warnings (said, the run goes on). */
export interface OutputCheck {
  readonly refused: string | null;
  readonly warnings: readonly string[];
}

/** Extensions each output may end in without a warning. */
const EXTENSIONS: Readonly<Record<RekapOutput['ext'], RegExp>> = { '.xlsx': /\.xlsx$/i, '.html': /\.html?$/i };

/** The outputs the command line names. */
export function rekapOutputs(args: Pick<RekapArgs, 'output' | 'html'>): RekapOutput[] {
  const outs: RekapOutput[] = [];
  if (args.output !== null) outs.push({ option: '-o', output: args.output, ext: '.xlsx' });
  if (args.html !== null) outs.push({ option: '--html', output: args.html, ext: '.html' });
  return outs;
}

/**
 * The real path of `file`: links followed. A file not there yet is its real folder joined with
 * its name (so `dir/link-to-folder/x` and `dir/folder/x` are one); null when its folder is not there either.
 */
export function realPath(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return null;
    }
  }
}

/** Why `out` cannot be written, in words naming its option; null when it can (an ordinary file, or none yet in an existing folder). */
function targetProblem(out: RekapOutput, lang: Lang): string | null {
  const params = { option: out.option, output: out.output, ext: out.ext };
  let link: fs.Stats;
  try {
    link = fs.lstatSync(out.output);
  } catch {
    const folder = path.dirname(out.output);
    return isFolder(folder) ? null : say(lang, 'rekapOutputFolderMissing', { ...params, folder });
  }
  let st: fs.Stats;
  try {
    st = fs.statSync(out.output);
  } catch {
    return say(lang, 'rekapOutputLinkBroken', params);
  }
  if (st.isFile()) return null;
  if (st.isDirectory()) return say(lang, 'rekapOutputIsFolder', params);
  const what = nodeWhat(st, lang);
  return say(lang, link.isSymbolicLink() ? 'rekapOutputLinkNotRegular' : 'rekapOutputNotRegular', { ...params, what, target: realPath(out.output) ?? out.output });
}

/** Checks the rekap's outputs against each other, the inputs and the file system; reads no workbook. */
export function checkRekapOutputs(args: Pick<RekapArgs, 'output' | 'html' | 'files'>, lang: Lang): OutputCheck {
  const outs = rekapOutputs(args);
  const refuse = (refused: string): OutputCheck => ({ refused, warnings: [] });
  for (const out of outs) {
    const problem = targetProblem(out, lang);
    if (problem !== null) return refuse(problem);
  }
  const real = outs.map((o) => realPath(o.output));
  if (outs.length === 2 && real[0] !== null && real[0] === real[1]) return refuse(say(lang, 'rekapOutputsSame', { output: outs[0].output, other: outs[1].output }));
  const inputs = new Map<string, string>();
  for (const f of args.files) {
    const r = realPath(f);
    if (r !== null && !inputs.has(r)) inputs.set(r, f);
  }
  for (const [i, out] of outs.entries()) {
    const input = real[i] === null ? undefined : inputs.get(real[i] as string);
    if (input !== undefined) return refuse(say(lang, 'rekapOutputIsInput', { option: out.option, output: out.output, input }));
  }
  // A name with another extension is written all the same (a script may want rekap.tmp), but said:
  // Excel or a browser opening it by its name would not know what it holds.
  const warnings = outs.filter((o) => !EXTENSIONS[o.ext].test(o.output)).map((o) => say(lang, 'rekapOutputExtension', { option: o.option, output: o.output, ext: o.ext }));
  return { refused: null, warnings };
}
