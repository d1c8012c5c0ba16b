/**
 * Excel's errors in the user's words: a refusal before anything changed (`ExcelAdapterError`), or
 * an interrupted write that carries the undo token (`ApplyError`).
 */
import { ApplyError, UndoToken } from '../workbook/types';
import { ExcelMessageCode } from './messages';

/** A message in the user's language, by code (`EXCEL_MESSAGES`). */
export type Say = (code: ExcelMessageCode, params?: Readonly<Record<string, string | number>>) => string;

/** Why the adapter refused before changing anything. */
export class ExcelAdapterError extends Error {
  constructor(
    readonly code: ExcelMessageCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ExcelAdapterError';
  }
}

/** The `code` Office.js puts on an OfficeExtension.Error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when a sync failed because its response would pass Excel's limit (a smaller read may pass). */
export function responseTooLarge(error: unknown): boolean {
  return errorCode(error) === 'ResponsePayloadSizeLimitExceeded';
}

/** A refusal before anything changed, in the user's language. */
export function refusal(say: Say, error: unknown, sheet?: string): Error {
  if (error instanceof ExcelAdapterError) return error;
  const code = errorCode(error);
  if (code === 'InvalidOperationInCellEditMode') return new ExcelAdapterError('cell-edit-mode', say('cell-edit-mode'), error);
  if (code === 'ItemNotFound' && sheet !== undefined) return new ExcelAdapterError('sheet-missing', say('sheet-missing', { sheet }), error);
  return new ExcelAdapterError('excel-refused', say('excel-refused', { reason: reasonOf(error) }), error);
}

/** A write that stopped part way: the message, and the token that restores what was written. */
export function interrupted(say: Say, error: unknown, token: UndoToken): ApplyError {
  const reason = errorCode(error) === 'InvalidOperationInCellEditMode' ? say('cell-edit-reason') : reasonOf(error);
  return new ApplyError(say('apply-interrupted', { reason }), token, error);
}

/** Excel's reason for a failure, its code once: `GeneralException: …`. */
export function reasonOf(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  // The real client's OfficeExtension.Error message may already start with its code.
  return code && !message.startsWith(`${code}:`) ? `${code}: ${message}` : message;
}
