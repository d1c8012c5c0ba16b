/**
 * Where `sakip hitung` writes, and the writing itself: the output name of each input, the folder
 * `-o` names (created when missing), and a save that goes through a temporary file renamed over
 * the target once complete. Only an ordinary file is ever replaced: a device, a pipe or a socket
 * named by `-o` is refused in words (renaming over `/dev/full` would replace the device node), and
 * a symbolic link is followed to the file it names, which is replaced while the link stays.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../core';
import { saveErrorText, say } from '../app';
import type { AppTextKey, FileVerdictKind } from '../app';
import type { CliArgs } from './args';

/** What stopped one file, as `--json` names it: the file check's verdict, a usage error, a failed write, or a bug. */
export type ProblemKind = Exclude<FileVerdictKind, 'xlsx'> | 'usage' | 'write' | 'unexpected';

/** A problem that stops one file (unreadable input, a refused write, a failed save): one line, exit 2. */
export class FileProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}

/** The outputs of a `hitung` run, and the folder made for them (to be said), if any. */
export interface OutputPlan {
  readonly outputs: readonly string[];
  readonly created: string | null;
}

/** Whether `p` is a folder (following links); false when it is not there. */
export const isFolder = (p: string): boolean => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The output file of each input: `-o`, or the input's name with `-hasil` before `.xlsx`, in the
 * input's folder or the folder `-o` names. `-o` names a folder when one is there, when it ends in
 * `/`, or, with several files, when it has no extension; such a folder is created when missing.
 * A missing folder above a named file, a file where a folder is meant, or a target that is not an
 * ordinary file is said before any work.
 */
export function planOutputs(args: CliArgs): OutputPlan {
  const lang = args.lang;
  const named = (file: string, dir: string) => {
    const ext = path.extname(file);
    const base = path.basename(file, /^\.xls[xm]$/i.test(ext) ? ext : '');
    return path.join(dir, `${base}-hasil.xlsx`);
  };
  const output = args.output;
  const many = args.files.length > 1;
  let created: string | null = null;
  if (output !== null) {
    const meantFolder = isFolder(output) || /[\\/]$/.test(output) || (many && path.extname(output) === '');
    if (!meantFolder && many) throw new FileProblem('usage', say(lang, 'outputNeedsFolder', { output }));
    if (!meantFolder) {
      const folder = path.dirname(output);
      if (!isFolder(folder)) throw new FileProblem('usage', say(lang, 'outputFolderMissing', { folder }));
      writeTarget(output, lang);
      return { outputs: [output], created };
    }
    if (!isFolder(output)) {
      if (fs.existsSync(output)) throw new FileProblem('usage', say(lang, 'outputFolderIsFile', { output }));
      created = makeFolder(output, lang);
    }
  }
  const outs = args.files.map((f) => named(f, output ?? path.dirname(f)));
  // A default name must not land on an input (`a.xlsx` beside last run's `a-hasil.xlsx`, both given)
  // nor on another output (`a.xlsx` and `a.xlsm`): the input is only ever overwritten when -o names it.
  const inputs = new Set(args.files.map((f) => path.resolve(f)));
  const seen = new Set<string>();
  for (const out of outs) {
    const full = path.resolve(out);
    if (inputs.has(full)) throw new FileProblem('usage', say(lang, 'outputIsInput', { output: out }));
    if (seen.has(full)) throw new FileProblem('usage', say(lang, 'outputTwice', { output: out }));
    seen.add(full);
  }
  return { outputs: outs, created };
}

/** Creates the folder `-o` names (and any missing above it); returns it, or says why it cannot. */
function makeFolder(folder: string, lang: Lang): string {
  const bare = folder.replace(/[\\/]+$/, '') || folder;
  try {
    fs.mkdirSync(bare, { recursive: true });
  } catch (err) {
    const parent = path.dirname(bare);
    throw new FileProblem('usage', say(lang, 'folderCreateFailed', { folder: bare, reason: saveErrorText(err, bare, parent, lang, isFolder(parent)) }));
  }
  return bare;
}

const NODE_KIND: readonly [(s: fs.Stats) => boolean, AppTextKey][] = [
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'nodeDevice'],
  [(s) => s.isFIFO(), 'nodeFifo'],
  [(s) => s.isSocket(), 'nodeSocket'],
];

/** What a node that is not an ordinary file is, in words. */
export function nodeWhat(s: fs.Stats, lang: Lang): string {
  return say(lang, NODE_KIND.find(([test]) => test(s))?.[1] ?? 'nodeOther');
}

/**
 * The path the result is written to for `output`: the output itself when it is an ordinary file
 * or not there yet; for a symbolic link, the ordinary file it names. Anything else is refused
 * (a folder in the save's own words, the rest as what it is).
 */
export function writeTarget(output: string, lang: Lang): string {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(output);
  } catch {
    return output; // not there (or not visible): the save creates it or says why not
  }
  if (st.isFile()) return output;
  if (st.isDirectory()) throw new FileProblem('write', saveFailed(output, saveErrorText({ code: 'EISDIR' }, output, path.dirname(output), lang), lang));
  if (!st.isSymbolicLink()) throw new FileProblem('write', saveFailed(output, say(lang, 'outputNotRegular', { output, what: nodeWhat(st, lang) }), lang));
  let target: string;
  let t: fs.Stats;
  try {
    target = fs.realpathSync(output);
    t = fs.statSync(target);
  } catch {
    throw new FileProblem('write', saveFailed(output, say(lang, 'outputLinkBroken', { output }), lang));
  }
  if (t.isFile()) return target;
  if (t.isDirectory()) throw new FileProblem('write', saveFailed(output, saveErrorText({ code: 'EISDIR' }, output, path.dirname(output), lang), lang));
  throw new FileProblem('write', saveFailed(output, say(lang, 'outputLinkNotRegular', { output, target, what: nodeWhat(t, lang) }), lang));
}

function saveFailed(output: string, reason: string, lang: Lang): string {
  return say(lang, 'saveFailed', { output, reason });
}

/**
 * Saves `bytes` as `output` through a temporary file beside the file finally written, renamed
 * over it once complete: a failed save (disk full, permission) leaves no half-written file and
 * never damages one that was there, the input included when -o names it. The temporary file is
 * created exclusively, so nothing already at its name (a planted link) is followed. The failure
 * is said in words.
 */
export function saveBytes(bytes: Buffer | Uint8Array, output: string, lang: Lang): void {
  const target = writeTarget(output, lang);
  const folder = path.dirname(path.resolve(target));
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.sakip-tmp`);
  let made = false;
  try {
    const fd = fs.openSync(temp, 'wx');
    made = true;
    try {
      fs.writeFileSync(fd, bytes);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    if (made) fs.rmSync(temp, { force: true });
    const shown = path.dirname(target);
    throw new FileProblem('write', saveFailed(output, saveErrorText(err, output, shown, lang, isFolder(shown)), lang));
  }
}
