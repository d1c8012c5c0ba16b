/**
 * A profile file's bytes to its text, the one rule the CLI (`--profil FILE`, `sakip profil
 * periksa`) and the pane's Impor profil share: refused when empty or far too large for a rule
 * profile (before any decoding), UTF-16 LE when it starts with that byte-order mark (Windows
 * Notepad's "Unicode"), UTF-8 otherwise (its byte-order mark dropped). Pure: bytes in.
 */
import { formatEn, formatId } from './format';
import { Lang, formatMessage } from './messages';

/** A rule profile is a few KB; anything above this is the wrong file, refused unread. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** Why a profile file's bytes give no text. */
export type ProfileBytesProblem = { readonly kind: 'empty' } | { readonly kind: 'too-large'; readonly size: number; readonly max: number };

/** The bytes' text, or why there is none. */
export function decodeProfileBytes(bytes: Uint8Array): { readonly text: string } | { readonly problem: ProfileBytesProblem } {
  if (bytes.length === 0) return { problem: { kind: 'empty' } };
  if (bytes.length > MAX_PROFILE_BYTES) return { problem: { kind: 'too-large', size: bytes.length, max: MAX_PROFILE_BYTES } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  // TextDecoder drops a UTF-8 byte-order mark by itself.
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

const MESSAGES = {
  empty: { id: 'berkas {file} kosong (0 byte); pilih berkas profil .json yang berisi', en: 'the file {file} is empty (0 bytes); choose a profile .json file that has content' },
  'too-large': {
    id: 'berkas profil {file} terlalu besar ({size} byte, batas {max} byte); profil aturan hanya beberapa KB — apakah ini berkas yang benar?',
    en: 'the profile file {file} is too large ({size} bytes, limit {max} bytes); a rule profile is a few KB — is this the right file?',
  },
} as const;

/** The problem in words, naming the file; sizes grouped as the language writes them (1.048.576 / 1,048,576). */
export function profileBytesProblemText(problem: ProfileBytesProblem, file: string, lang: Lang): string {
  const number = (n: number) => (lang === 'en' ? formatEn(n, 0) : formatId(n, 0));
  if (problem.kind === 'empty') return formatMessage(MESSAGES.empty, lang, { file });
  return formatMessage(MESSAGES['too-large'], lang, { file, size: number(problem.size), max: number(problem.max) });
}
