/**
 * What a file handed to the workflow turned out to be, and the one line that tells the user what
 * to do about it (issue 14). The kinds match the file check of src/xlsx (inspectWorkbookFile,
 * branch wip-fileguard): until that lands, the CLI classifies what it can itself
 * (src/cli/file-check.ts) and both speak through this table.
 */
import { formatEn, formatId, formatMessage } from '../core';
import type { Lang } from '../core';
import { SAVE_ERROR_TEXT, VERDICT_TEXT } from './texts';

/** The kinds of file the check tells apart; `xlsx` is the only one the workflow can read. */
export type FileVerdictKind = 'xlsx' | 'empty' | 'folder' | 'unreadable' | 'encrypted' | 'xls' | 'csv' | 'text' | 'ods' | 'other-zip' | 'damaged' | 'too-large' | 'unknown';

/** A verdict with what its sentence names: the file, and for `too-large` the part, its size and the limit. */
export interface FileVerdict {
  readonly kind: FileVerdictKind;
  readonly file?: string;
  readonly part?: string;
  /** Unpacked bytes of `part` (or as far as the guard read), and the limit it passed. */
  readonly bytes?: number;
  readonly limit?: number;
}

/** The sentence for a file the workflow cannot read; null for `xlsx`. */
export function verdictText(verdict: FileVerdict, lang: Lang): string | null {
  if (verdict.kind === 'xlsx') return null;
  return formatMessage(VERDICT_TEXT[verdict.kind], lang, {
    file: verdict.file ?? '',
    part: verdict.part ?? '?',
    size: verdict.bytes !== undefined ? sizeText(verdict.bytes, lang) : '?',
    limit: verdict.limit !== undefined ? sizeText(verdict.limit, lang) : '?',
  });
}

/** `1,5 MB` / `1.5 MB`: bytes as a person reads them. */
export function sizeText(bytes: number, lang: Lang): string {
  const fmt = lang === 'en' ? formatEn : formatId;
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${fmt(v, u === 0 ? 0 : 1)} ${units[u]}`;
}

/** A system error code the save table knows, else `other`. */
type SaveErrorCode = keyof typeof SAVE_ERROR_TEXT;

/**
 * Why saving `output` failed, in words, from the error the file system threw (its `code`, such
 * as ENOENT or ENOSPC); an error without a known code is named by its code only, with what to check.
 */
export function saveErrorText(err: unknown, output: string, folder: string, lang: Lang): string {
  const code = typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : 'unknown';
  const key: SaveErrorCode = code in SAVE_ERROR_TEXT ? (code as SaveErrorCode) : 'other';
  return formatMessage(SAVE_ERROR_TEXT[key], lang, { output, folder, code });
}
