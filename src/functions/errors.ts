/**
 * The one place where a reason becomes what Excel shows: the text `-` for "not assessed"
 * (as the reports print it), `#N/A` for a value not reported yet, `#VALUE!` for input that
 * cannot be used. Only `#VALUE!` and `#N/A` carry a message in Excel, so no other code is used.
 */
import { Bilingual, CORE_MESSAGES, CoreMessageCode, Lang, formatMessage } from '../core/messages';
import { FUNCTION_MESSAGES, FunctionMessageCode } from './messages';

type Explained = CoreMessageCode | Exclude<FunctionMessageCode, 'size' | 'argument'>;

/**
 * Every reason a cell may have no number: core's, the functions layer's, and an Excel error
 * in an input cell (`input-error`), which is passed on as it came, without a message.
 */
export type Reason = Explained | 'input-error';

/** Why one result (or the whole call) has no value; `text` names the offending value. */
export interface Problem {
  readonly reason: Reason;
  readonly text?: string;
  /** The parameter the value came from, when the problem is in reading an argument. */
  readonly param?: string;
  /** For `input-error`: the Excel error code the input cell held, passed on unchanged. */
  readonly code?: string;
}

/** What Excel shows for a reason. */
type Shown = 'dash' | 'invalidValue' | 'notAvailable' | 'passOn';

// SPEC §2: no target is "not assessed", printed `-`; realisasi missing while a target exists
// is a finding the user must see (never a silent `-` or 0), hence #N/A with its reason.
// SPEC §7: input 0 leaves IE/TE undefined, printed `-`.
const SHOWN: Readonly<Record<Reason, Shown>> = {
  'no-target': 'dash',
  'input-zero': 'dash',
  'plan-zero': 'dash',
  'not-reported': 'notAvailable',
  'input-error': 'passOn',
  'not-a-number': 'invalidValue',
  'excel-error': 'invalidValue',
  boolean: 'invalidValue',
  date: 'invalidValue',
  'bad-grouping': 'invalidValue',
  'not-finite': 'invalidValue',
  'negative-target': 'invalidValue',
  'range-reversed': 'invalidValue',
  'range-negative': 'invalidValue',
  'range-needs-stabilize': 'invalidValue',
  'range-incomplete': 'invalidValue',
  'unknown-polaritas': 'invalidValue',
  'negative-input': 'invalidValue',
  'negative-output': 'invalidValue',
  'se-not-positive': 'invalidValue',
  // Nothing examined (penyebut 0): not assessed, printed `-` as a target-less indicator.
  'penyebut-nol': 'dash',
  'hitungan-negatif': 'invalidValue',
  'shape-mismatch': 'invalidValue',
  'no-nilai-conversion': 'invalidValue',
};

/** The text printed for "not assessed" (SPEC §2). */
export const DASH = '-';

/** The message of a problem in `lang`, prefixed by the parameter it came from. */
export function problemMessage(problem: Problem, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const table: Record<Explained, Bilingual> = { ...CORE_MESSAGES, ...FUNCTION_MESSAGES };
  const message = problem.reason === 'input-error' ? (problem.code ?? '') : formatMessage(table[problem.reason], lang, { text: problem.text ?? '', ...params });
  return problem.param ? formatMessage(FUNCTION_MESSAGES.argument, lang, { param: problem.param, message }) : message;
}

/** What Excel shows for a problem in one result cell: `-` or an error object. */
export function shownProblem(problem: Problem, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string | CustomFunctions.Error {
  const shown = SHOWN[problem.reason];
  if (shown === 'dash') return DASH;
  if (shown === 'passOn') return new CustomFunctions.Error(problem.code as CustomFunctions.ErrorCode);
  const code = shown === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, problemMessage(problem, lang, params));
}

/** True for an Excel error value arriving as an argument (an error object with a `#…` code). */
export function isExcelError(value: unknown): value is { readonly code: string } {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && (value as { code: string }).code.startsWith('#');
}
