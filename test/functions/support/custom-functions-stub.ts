/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides: enough for the
 * functions to build errors (`Error`, `ErrorCode`) and for a bundle to register (`associate`).
 */

/** Excel's error codes, as `CustomFunctions.ErrorCode` spells them. */
export const ERROR_CODES = {
  divisionByZero: '#DIV/0!',
  invalidName: '#NAME?',
  invalidNumber: '#NUM!',
  invalidReference: '#REF!',
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  nullReference: '#NULL!',
} as const;

/** The stub's error: the code Excel shows and the message of its tooltip. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** A `CustomFunctions` object that records what a bundle associates. */
export function makeCustomFunctions(registry: Map<string, (...args: unknown[]) => unknown> = new Map()) {
  return {
    associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof idOrMap === 'string') registry.set(idOrMap, fn!);
      else for (const [id, f] of Object.entries(idOrMap)) registry.set(id, f);
    },
    Error: StubError,
    ErrorCode: ERROR_CODES,
    registry,
  };
}

/** Installs the stub as the global `CustomFunctions` (for unit tests of src/functions). */
export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeCustomFunctions();
}

/** Sets (or, with undefined, removes) Office's display language as `Office.context` reports it. */
export function setDisplayLanguage(tag: string | undefined): void {
  const g = globalThis as unknown as { Office?: unknown };
  if (tag === undefined) delete g.Office;
  else g.Office = { context: { displayLanguage: tag } };
}

/** An error the functions return, as a plain object to compare against. */
export const excelError = (code: string, message?: string) => new StubError(code, message);
