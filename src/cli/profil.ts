/**
 * `sakip profil daftar | ekspor ID [-o FILE] | periksa FILE`, and `--profil ID|FILE.json` for
 * `periksa` and `hitung`: rule profiles as files the user owns (format sakip-profil/1,
 * schemas/sakip-profil.schema.json). Reading and writing files is here; converting and checking
 * is core's `profileToJson` / `profileFromJson`. Every text comes from src/app/texts.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROFILES, profileFromJson, profileProblemText, profileToJson } from '../core';
import type { Lang, ProfileProblem, RuleProfile } from '../core';
import { say } from '../app';
import type { ProfilArgs } from './args';
import { FileProblem, saveBytes } from './output';

/** Where the profile commands write (the same shape as main's Io). */
export interface ProfilIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A profile is a few KB; anything far larger is the wrong file, refused before it is read. */
const MAX_PROFILE_BYTES = 1024 * 1024;

/** Exit codes as main's EXIT: sound, problems found, usage or an unreadable file. */
const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A profile file read: the profile, its problems, or why the file itself cannot be read (one line). */
export type ProfileFileRead =
  | { readonly kind: 'profile'; readonly profile: RuleProfile }
  | { readonly kind: 'problems'; readonly problems: readonly ProfileProblem[] }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * The file's text: UTF-8, or UTF-16 LE when it starts with that byte-order mark (Windows Notepad's
 * "Unicode"), so such a file is read rather than reported as a JSON error at line 1.
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8');
}

/** Reads and checks a profile file. */
export function readProfileFile(file: string, lang: Lang): ProfileFileRead {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { kind: 'unreadable', message: say(lang, 'profilFileFolder', { file }) };
    if (stat.size > MAX_PROFILE_BYTES) return { kind: 'unreadable', message: say(lang, 'profilFileTooLarge', { file, size: stat.size, max: MAX_PROFILE_BYTES }) };
    text = decode(fs.readFileSync(file));
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
