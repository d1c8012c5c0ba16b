/**
 * Calls a custom function the way Excel does, driven by the metadata Excel reads
 * (dist/functions.json), so that no test calls a function in a way Excel never would.
 * Microsoft, "Custom functions parameter options"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options):
 * - a `matrix` parameter always gets a 2-D array, one cell included (5 → [[5]]);
 * - an omitted optional argument arrives as `null`;
 * - a repeating parameter arrives as ONE argument: an array of the repeated arguments, each
 *   shaped as that parameter is (`any[][][]` for repeating ranges);
 * - every call gets an invocation object as its last argument ("Invocation parameter").
 * What a cell shows: a matrix result of one cell is that cell's value; a thrown
 * `CustomFunctions.Error` is the value of the formula's cell (Microsoft, "Handle and return
 * errors from your custom function").
 * Cells are passed as the test gives them: a blank cell is `null` (or `""`), an error cell an
 * Error-like object (`excelError('#N/A')`).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as F from '../../../src/functions/functions';
import { DIST, ensureDist } from './ensure-dist';
import { StubError } from './custom-functions-stub';

/** One parameter as functions.json declares it. */
export interface ParamMeta {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: 'scalar' | 'matrix';
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

/** One function as functions.json declares it. */
export interface FunctionMeta {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParamMeta[];
  readonly result: { readonly dimensionality?: 'scalar' | 'matrix'; readonly type?: string };
}

/** The functions.json document. */
export interface Metadata {
  readonly functions: readonly FunctionMeta[];
}

/** A custom function as registered: Excel calls it with positional arguments. */
export type Fn = (...args: unknown[]) => unknown;

/** Calls function `id` with the arguments as a formula writes them; returns what the cell shows. */
export type ExcelCall = (id: string, ...formulaArgs: unknown[]) => unknown;

/** An argument left empty in a formula, such as the third of `=SAKIP.CAPAIAN(A1; B1; )`. */
export const OMITTED: unique symbol = Symbol('omitted argument');

/** Reads dist/functions.json (build it first with `ensureDist()`). */
export function readMetadata(): Metadata {
  return JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as Metadata;
}

/** The invocation object Excel appends to every call (only what these functions could read). */
export function invocation(id: string): Readonly<{ functionName: string }> {
  return Object.freeze({ functionName: `SAKIP.${id}` });
}

const isRange = (v: unknown): v is readonly (readonly unknown[])[] => Array.isArray(v);

/** A range as Excel passes it: rows of equal, non-zero length; anything else is a test bug. */
function checkRange(id: string, param: string, range: readonly unknown[]): void {
  const width = Array.isArray(range[0]) ? range[0].length : -1;
  const ok = range.length > 0 && width > 0 && range.every((row) => Array.isArray(row) && row.length === width);
  if (!ok) throw new TypeError(`${id}(${param}): a range is a non-empty array of rows of equal length, as Excel passes it`);
}

/** One argument shaped by its parameter's dimensionality. */
function shape(id: string, p: ParamMeta, arg: unknown): unknown {
  if (p.dimensionality === 'matrix') {
    if (!isRange(arg)) return [[arg]];
    checkRange(id, p.name, arg);
    return arg;
  }
  // A scalar parameter gets one value; a range there would need Excel's implicit
  // intersection, which this helper does not model.
  if (isRange(arg)) throw new TypeError(`${id}(${p.name}): a scalar parameter takes one value, not a range`);
  return arg;
}

/**
 * The arguments Excel hands `meta`'s function for a formula's arguments. Refuses what Excel
 * would refuse: too many arguments, a missing or empty required one, a range in a scalar
 * parameter, a ragged range.
 */
export function excelArguments(meta: FunctionMeta, formulaArgs: readonly unknown[]): unknown[] {
  const { id, parameters } = meta;
  const first = parameters.findIndex((p) => p.repeating === true);
  if (first >= 0 && first !== parameters.length - 1) throw new TypeError(`${id}: only a last repeating parameter is modelled`);
  const fixed = first >= 0 ? parameters.slice(0, first) : parameters;
  if (first < 0 && formulaArgs.length > fixed.length) {
    throw new TypeError(`${id} takes at most ${fixed.length} arguments, got ${formulaArgs.length}`);
  }
  const out: unknown[] = fixed.map((p, i) => {
    const arg = i < formulaArgs.length ? formulaArgs[i] : OMITTED;
    if (arg !== OMITTED) return shape(id, p, arg);
    if (p.optional !== true) throw new TypeError(`${id}: the required argument ${p.name} is missing`);
    return null;
  });
  if (first >= 0) {
    const p = parameters[first];
    const repeated = formulaArgs.slice(fixed.length);
    if (repeated.length === 0 && p.optional !== true) throw new TypeError(`${id}: the required argument ${p.name} is missing`);
    // An empty argument among repeated ones (`NPS(A1;;A3)`) is not modelled: refuse it.
    if (repeated.includes(OMITTED)) throw new TypeError(`${id}: an empty ${p.name} among repeated arguments is not modelled`);
    out.push(repeated.map((arg) => shape(id, p, arg)));
  }
  out.push(invocation(id));
  return out;
}

/** What the formula's cell shows for a result: a 1×1 matrix result is its value. */
export function shownResult(meta: FunctionMeta, result: unknown): unknown {
  if (meta.result.dimensionality !== 'matrix') return result;
  if (!isRange(result)) throw new TypeError(`${meta.id} declares a matrix result but returned ${String(result)}`);
  checkRange(meta.id, 'result', result);
  return result.length === 1 && result[0].length === 1 ? result[0][0] : result;
}

/** A caller of the functions `lookup` finds, as functions.json (`metadata`) declares them. */
export function excelCaller(metadata: Metadata, lookup: (id: string) => Fn | undefined): ExcelCall {
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));
  return (id, ...formulaArgs) => {
    const meta = byId.get(id);
    const fn = lookup(id);
    if (!meta) throw new TypeError(`functions.json has no function ${id}`);
    if (!fn) throw new TypeError(`no code registered for ${id}`);
    const args = excelArguments(meta, formulaArgs);
    let result: unknown;
    try {
      result = fn(...args);
    } catch (e) {
      // Excel shows a thrown CustomFunctions.Error in the formula's cell; anything else is a bug.
      if (e instanceof StubError) return e;
      throw e;
    }
    return shownResult(meta, result);
  };
}

/** The exported function of src/functions/functions.ts for an id (`EFISIENSI.IE` → `EFISIENSI_IE`). */
export function sourceFunction(id: string): Fn | undefined {
  const fn = (F as Record<string, unknown>)[id.replace(/\./g, '_')];
  // The exports are typed per function; Excel calls them positionally with unknown values.
  return typeof fn === 'function' ? (fn as Fn) : undefined;
}

/** A caller of the sources, driven by the built dist/functions.json (built when stale). */
export async function sourceCaller(): Promise<ExcelCall> {
  await ensureDist();
  return excelCaller(readMetadata(), sourceFunction);
}
