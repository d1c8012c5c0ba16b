/**
 * What a file handed to the workflow turned out to be, and the one line that tells the user what
 * to do about it (issue 14). The shape is that of the file check's verdict (src/xlsx/inspect.ts,
 * `FileVerdict`, thrown by XlsxWorkbook.open in a WorkbookFileError): every field this needs is
 * optional here, so that union is accepted as it is (and the pane can say the same of a file it is handed).
 */
import { formatEn, formatId, formatMessage } from '../core';
import type { Lang } from '../core';
import type { FileVerdict } from '../xlsx';
import { APP_TEXT, OTHER_ZIP_TEXT, SAVE_ERROR_TEXT, TOO_LARGE_TEXT, VERDICT_TEXT } from './texts';

/**
 * The kinds of file the check tells apart, as the check itself names them (one list: a kind added
 * there and missing from VERDICT_TEXT is a type error); `xlsx` is the only one the workflow can read.
 */
export type FileVerdictKind = FileVerdict['kind'];

/** A verdict with the facts its sentence names. */
export interface FileVerdictFacts {
  readonly kind: FileVerdictKind;
  /** The file as the user named it. */
  readonly path?: string;
  /** `other-zip`: what the zip seems to be. */
  readonly seems?: string;
  /** `too-large`: which limit, the part, its unpacked and packed bytes, and the limit crossed (bytes, a ratio, or a count). */
  readonly limit?: 'total' | 'part' | 'ratio' | 'entries';
  readonly part?: string;
  readonly uncompressedBytes?: number;
  readonly compressedBytes?: number;
  readonly totalUncompressedBytes?: number;
  readonly max?: number;
}

/** The sentence for a file the workflow cannot read; null for `xlsx`. */
export function verdictText(verdict: FileVerdictFacts, lang: Lang): string | null {
  if (verdict.kind === 'xlsx') return null;
  const size = (n: number | undefined) => (n !== undefined ? sizeText(n, lang) : '?');
  if (verdict.kind === 'too-large') {
    const ratio = verdict.uncompressedBytes !== undefined && verdict.compressedBytes ? Math.round(verdict.uncompressedBytes / verdict.compressedBytes) : '?';
    const max = verdict.limit === 'ratio' || verdict.limit === 'entries' ? String(verdict.max ?? '?') : size(verdict.max);
    const text = formatMessage(TOO_LARGE_TEXT[verdict.limit ?? 'part'], lang, { part: verdict.part ?? '?', size: size(verdict.uncompressedBytes), total: size(verdict.totalUncompressedBytes), ratio, max });
    return `${text}; ${formatMessage(VERDICT_TEXT['too-large'], lang)}`;
  }
  const seems = verdict.seems !== undefined && Object.prototype.hasOwnProperty.call(OTHER_ZIP_TEXT, verdict.seems) ? (verdict.seems as keyof typeof OTHER_ZIP_TEXT) : 'zip';
  return formatMessage(VERDICT_TEXT[verdict.kind], lang, { file: verdict.path ?? '', what: formatMessage(OTHER_ZIP_TEXT[seems], lang) });
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
 * `folderExists` (the caller looked): ENOENT in a folder that is there means the file system takes
 * no new files (such as /proc), not a missing folder.
 */
export function saveErrorText(err: unknown, output: string, folder: string, lang: Lang, folderExists?: boolean): string {
  const code = typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : 'unknown';
  if (code === 'ENOENT' && folderExists === true) return formatMessage(APP_TEXT.saveNoNewFiles, lang, { folder });
  const key: SaveErrorCode = Object.prototype.hasOwnProperty.call(SAVE_ERROR_TEXT, code) ? (code as SaveErrorCode) : 'other';
  return formatMessage(SAVE_ERROR_TEXT[key], lang, { output, folder, code });
}
