/**
 * `sakip profil daftar | ekspor ID [-o FILE] | periksa FILE`, and `--profil ID|FILE.json` for
 * `periksa` and `hitung`: rule profiles as files the user owns (format sakip-profil/1,
 * schemas/sakip-profil.schema.json). Reading and writing files is here; converting and checking
 * is core's `profileToJson` / `profileFromJson`. Every text comes from src/app/texts.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BPOM_UPT_2024, MAX_PROFILE_BYTES, PROFILES, PROFILE_SETTING, decodeProfileBytes, profileBytesProblemText, profileFromJson, profileProblemText, profileToJson, storedProfileValue } from '../core';
import type { Lang, ProfileProblem, RuleProfile } from '../core';
import type { WebExtensionSetting } from '../xlsx';
import { say } from '../app';
import type { ProfilArgs } from './args';
import { FileProblem, saveBytes } from './output';

/** Where the profile commands write (the same shape as main's Io). */
export interface ProfilIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes as main's EXIT: sound, problems found, usage or an unreadable file. */
const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A profile file read: the profile, its problems, or why the file itself cannot be read (one line). */
export type ProfileFileRead =
  | { readonly kind: 'profile'; readonly profile: RuleProfile }
  | { readonly kind: 'problems'; readonly problems: readonly ProfileProblem[] }
  | { readonly kind: 'unreadable'; readonly message: string };

/** Reads and checks a profile file. */
export function readProfileFile(file: string, lang: Lang): ProfileFileRead {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { kind: 'unreadable', message: say(lang, 'profilFileFolder', { file }) };
    // Refused before it is read: the same rule (and words) as the pane's Impor profil.
    const decoded = stat.size > MAX_PROFILE_BYTES ? { problem: { kind: 'too-large', size: stat.size, max: MAX_PROFILE_BYTES } as const } : decodeProfileBytes(fs.readFileSync(file));
    if ('problem' in decoded) return { kind: 'unreadable', message: profileBytesProblemText(decoded.problem, file, lang) };
    text = decoded.text;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code === 'ENOENT') return { kind: 'unreadable', message: say(lang, 'profilFileMissing', { file }) };
    return { kind: 'unreadable', message: say(lang, 'profilFileUnreadable', { file, code }) };
  }
  const read = profileFromJson(text);
  return 'profile' in read ? { kind: 'profile', profile: read.profile } : { kind: 'problems', problems: read.problems };
}

const problemWord = (count: number, lang: Lang): string => say(lang, count === 1 ? 'profilProblemOne' : 'profilProblemMany');

/** One line per problem, each starting with the file's name. */
const problemLines = (file: string, problems: readonly ProfileProblem[], lang: Lang): string => problems.map((p) => `${file}: ${profileProblemText(p, lang)}\n`).join('');

/**
 * The profile `--profil` names: none → the default; a value ending in .json, or naming an
 * existing file, is read as a profile file; anything else is a built-in id. When it cannot be
 * used, `error` is the whole stderr text (problem lines included) for exit 2.
 */
export function profileOption(value: string | null, lang: Lang): { readonly profile: RuleProfile } | { readonly error: string } {
  if (value === null) return { profile: PROFILES[0] };
  const builtIn = PROFILES.find((p) => p.id === value);
  const isFile = /\.json$/i.test(value) || (builtIn === undefined && fs.existsSync(value));
  if (!isFile) {
    if (builtIn) return { profile: builtIn };
    // A usage error like any other option's: it points to the help.
    return { error: `sakip: ${say(lang, 'profilUnknownOrFile', { profile: value, profiles: PROFILES.map((p) => p.id).join(', ') })} (${say(lang, 'seeHelp')})\n` };
  }
  const read = readProfileFile(value, lang);
  if (read.kind === 'profile') return { profile: read.profile };
  if (read.kind === 'unreadable') return { error: `sakip: ${read.message}\n` };
  const count = read.problems.length;
  return { error: `sakip: ${say(lang, 'profilNotUsable', { file: value, count, word: problemWord(count, lang) })}\n${problemLines(value, read.problems, lang)}` };
}

/** Runs `sakip profil …` and returns the exit code. */
export function runProfil(args: ProfilArgs, io: ProfilIo): number {
  const { lang, words, output } = args;
  const [sub, ...rest] = words;
  const usage = (message: string): number => {
    io.stderr(`sakip: ${message}\n${say(lang, 'profilUsage')}\n`);
    return EXIT.usage;
  };
  if (sub === undefined) {
    io.stderr(`sakip: ${say(lang, 'profilUsage')}\n`);
    return EXIT.usage;
  }
  if (sub !== 'daftar' && sub !== 'ekspor' && sub !== 'periksa') return usage(say(lang, 'profilUnknownSub', { sub }));
  if (output !== null && sub !== 'ekspor') return usage(say(lang, 'profilOutputOnlyEkspor'));
  const allowed = sub === 'daftar' ? 0 : 1;
  if (rest.length > allowed) return usage(say(lang, 'profilExtraArgs', { sub, extra: rest.slice(allowed).join(' ') }));
  if (sub === 'daftar') return list(io, lang);
  if (sub === 'ekspor') return exportProfile(rest[0], output, io, lang, usage);
  if (rest[0] === undefined) return usage(say(lang, 'profilNeedsFile'));
  // A built-in's id is not a file: say how to get its file rather than "not found".
  if (PROFILES.some((p) => p.id === rest[0]) && !fs.existsSync(rest[0])) return usage(say(lang, 'profilIsBuiltIn', { file: rest[0] }));
  return check(rest[0], io, lang);
}

/** `daftar`: each built-in profile on its line, id first (what --profil takes), then name and source. */
function list(io: ProfilIo, lang: Lang): number {
  const width = Math.max(...PROFILES.map((p) => p.id.length));
  for (const [i, p] of PROFILES.entries()) {
    const params = { id: p.id.padEnd(width), name: p.name, default: i === 0 ? say(lang, 'profilListDefault') : '', source: p.source ?? say(lang, 'profilListNoSource') };
    io.stdout(`${say(lang, 'profilListLine', params)}\n`);
  }
  return EXIT.ok;
}

/** `ekspor ID [-o FILE]`: the built-in as a file's text, on stdout or saved whole to FILE. */
function exportProfile(id: string | undefined, output: string | null, io: ProfilIo, lang: Lang, usage: (m: string) => number): number {
  const ids = PROFILES.map((p) => p.id).join(', ');
  if (id === undefined) return usage(say(lang, 'profilNeedsId', { profiles: ids }));
  const profile = PROFILES.find((p) => p.id === id);
  if (!profile) return usage(say(lang, 'profilUnknownId', { profile: id, profiles: ids }));
  const text = profileToJson(profile);
  if (output === null) {
    io.stdout(text);
    return EXIT.ok;
  }
  // `-o profil/` names a folder: the file inside takes the profile's id.
  const target = isFolder(output) ? path.join(output, `${id}.json`) : output;
  return writeProfile(target, text, id, io, lang);
}

const isFolder = (p: string): boolean => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Saves the text whole or not at all, and says where (and that an old file was replaced). */
function writeProfile(output: string, text: string, id: string, io: ProfilIo, lang: Lang): number {
  const existed = fs.existsSync(output);
  // Through a temporary file renamed into place (never over a device, a pipe or a socket): a failed write never leaves half a profile.
  try {
    saveBytes(Buffer.from(text, 'utf8'), output, lang);
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err;
    io.stderr(`sakip: ${err.message}\n`);
    return EXIT.usage;
  }
  io.stdout(`${say(lang, existed ? 'profilExportedOver' : 'profilExported', { id, file: output })}\n`);
  return EXIT.ok;
}

/** `periksa FILE`: "baik" and exit 0, or one line per problem and exit 1; an unreadable file exits 2. */
function check(file: string, io: ProfilIo, lang: Lang): number {
  const read = readProfileFile(file, lang);
  if (read.kind === 'unreadable') {
    io.stderr(`sakip: ${read.message}\n`);
    return EXIT.usage;
  }
  if (read.kind === 'profile') {
    io.stdout(`${say(lang, 'profilSound', { name: read.profile.name, id: read.profile.id, file })}\n`);
    return EXIT.ok;
  }
  const count = read.problems.length;
  io.stdout(`${problemLines(file, read.problems, lang)}${say(lang, 'profilProblemCount', { count, word: problemWord(count, lang), file })}\n`);
  return EXIT.problems;
}

/** How many problems of a broken stored profile the warning quotes (as the pane does). */
const QUOTED = 3;

/**
 * The profile a workbook's run uses: `--profil` when given (with an info when the workbook stores
 * another), else the one the pane stored in the workbook's document settings (said in one line),
 * else the default. A stored profile that does not load gives the default and a warning saying why.
 */
export function profileForWorkbook(chosen: RuleProfile | null, settings: ReadonlyMap<string, WebExtensionSetting>, lang: Lang): { readonly profile: RuleProfile; readonly notes: readonly string[] } {
  const setting = settings.get(PROFILE_SETTING);
  const stored = setting === undefined ? { kind: 'none' as const } : 'invalid' in setting ? { kind: 'broken' as const, problems: [], detail: setting.invalid } : storedProfileValue(setting.value);
  if (chosen !== null) {
    const other = stored.kind === 'profile' && profileToJson(stored.profile) !== profileToJson(chosen);
    const storedName = stored.kind === 'profile' ? stored.profile.name : stored.kind === 'unknown-id' ? stored.id : null;
    const differs = other || (stored.kind !== 'none' && stored.kind !== 'profile');
    return { profile: chosen, notes: differs && storedName !== null ? [say(lang, 'profilOverridesStored', { chosen: chosen.id, stored: storedName })] : [] };
  }
  if (stored.kind === 'none') return { profile: BPOM_UPT_2024, notes: [] };
  if (stored.kind === 'profile') return { profile: stored.profile, notes: [say(lang, 'profilFromWorkbook', { name: stored.profile.name, id: stored.profile.id })] };
  if (stored.kind === 'unknown-id') return { profile: BPOM_UPT_2024, notes: [say(lang, 'profilStoredUnknown', { id: stored.id, name: BPOM_UPT_2024.name })] };
  const quoted = stored.detail !== null ? [stored.detail] : stored.problems.slice(0, QUOTED).map((p) => profileProblemText(p, lang));
  const more = stored.detail !== null ? 0 : stored.problems.length - quoted.length;
  const problems = more > 0 ? `${quoted.join('; ')}; +${more}` : quoted.join('; ');
  return { profile: BPOM_UPT_2024, notes: [say(lang, 'profilStoredBroken', { problems, name: BPOM_UPT_2024.name })] };
}
