/**
 * The one interpreter of the signature table: reads each argument by its kind, lines ranges
 * up (a single cell broadcasts; other shapes must agree), calls the computation per cell and
 * turns problems into what Excel shows (through `errors.ts`).
 */
import { Lang, formatMessage } from '../core/messages';
import { readNumber } from '../core/parse-number';
import { readPolaritas } from '../core/polaritas';
import { readTarget } from '../core/target';
import { activeProfile } from './active-profile';
import { Problem, isExcelError, shownProblem } from './errors';
import { FUNCTION_MESSAGES, displayLang, showNumber } from './messages';
import { AggregateSpec, CallContext, CellResult, ElementwiseSpec, FunctionId, Kind, KindValues, ParamSpec, SIGNATURES } from './signatures';

/** What a custom function hands back to Excel for one cell. */
export type Cell = number | string | CustomFunctions.Error;

type Matrix = readonly (readonly unknown[])[];
type Shape = readonly [rows: number, cols: number];

// Reports use Indonesian decimals (SPEC §8); Excel passes real numbers as numbers, so this
// only decides text such as "1.500" typed into a cell.
const DECIMAL = ',';

/** An argument as a matrix, whatever Excel passed: omitted, one value, or a 2-D range. */
function toMatrix(arg: unknown): Matrix {
  if (arg === null || arg === undefined) return [[null]];
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [[null]];
  return Array.isArray(arg[0]) ? (arg as Matrix) : [arg];
}

const shapeOf = (m: Matrix): Shape => [m.length, m[0]?.length ?? 0];
const isSingle = ([rows, cols]: Shape) => rows === 1 && cols === 1;
const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'reason' in v;

function valueText(value: unknown, lang: Lang): string {
  return typeof value === 'number' ? showNumber(value, lang) : String(value ?? '');
}

/** Reads one cell as `kind`; a problem names the parameter and the value. */
function readCell<K extends Kind>(kind: K, value: unknown, param: string): KindValues[K] | Problem {
  // A blank or a finite number reads as null or itself without core's parsers: exactly what
  // `readNumber` and `readTarget` give for them, and most cells of a large range are these.
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && kind !== 'polaritas' && Number.isFinite(value)) return value as KindValues[K];
  if (isExcelError(value)) return { reason: 'input-error', code: value.code, param };
  if (kind === 'polaritas') {
    if (readNumber(value).kind === 'blank') return null;
    const p = readPolaritas(value);
    return (p ?? { reason: 'unknown-polaritas', text: String(value).trim(), param }) as KindValues[K] | Problem;
  }
  const reading = kind === 'target' ? readTarget(value, DECIMAL) : readNumber(value, DECIMAL);
  switch (reading.kind) {
    case 'number':
      return reading.value as KindValues[K];
    case 'range':
      return { bawah: reading.bawah, atas: reading.atas } as KindValues[K];
    case 'blank':
    case 'dash':
      return null;
    case 'unreadable':
      return { reason: reading.reason, text: reading.text, param };
  }
}

/** Reads a target written in two cells, lower bound then upper bound (SPEC §2). */
function readPair(lower: unknown, upper: unknown, param: string, lang: Lang): KindValues['target'] | Problem {
  const bawah = readCell('number', lower, param);
  if (isProblem(bawah)) return bawah;
  const atas = readCell('number', upper, param);
  if (isProblem(atas)) return atas;
  if (bawah === null && atas === null) return null;
  if (bawah === null || atas === null) {
    return { reason: 'range-incomplete', text: `${valueText(bawah, lang)}–${valueText(atas, lang)}`, param };
  }
  return { bawah, atas };
}

function sizeText([rows, cols]: Shape, lang: Lang): string {
  return formatMessage(FUNCTION_MESSAGES.size, lang, { rows, cols, rowWord: rows === 1 ? 'row' : 'rows', colWord: cols === 1 ? 'column' : 'columns' });
}

function mismatch(a: string, aShape: Shape, b: string, bShape: Shape, lang: Lang): CustomFunctions.Error {
  return shownProblem({ reason: 'shape-mismatch' }, lang, { a, aSize: sizeText(aShape, lang), b, bSize: sizeText(bShape, lang) }) as CustomFunctions.Error;
}

function shown(result: CellResult, lang: Lang): Cell {
  return isProblem(result) ? shownProblem(result, lang) : result;
}

function context(): CallContext {
  return { profile: activeProfile(), lang: displayLang() };
}

/** One argument of an elementwise call, laid out once per call rather than checked per cell. */
interface Argument {
  readonly matrix: Matrix;
  readonly param: ParamSpec;
  /** A single cell (or one two-cell target range) broadcast over every result. */
  readonly single: boolean;
  /** A two-column target read as one `bawah..atas` range per row. */
  readonly paired: boolean;
}

/** Reads an argument's value for result cell (r, c). */
function readArgument({ matrix, param, single, paired }: Argument, r: number, c: number, lang: Lang): unknown {
  const row = single ? matrix[0] : matrix[r];
  if (paired) return readPair(row[0], row[1], param.name, lang);
  return readCell(param.kind, single ? row[0] : row[c], param.name);
}

/** Applies an elementwise function over its arguments; throws `#VALUE!` when shapes disagree. */
function runElementwise(spec: ElementwiseSpec, args: readonly unknown[]): Cell[][] {
  const ctx = context();
  const n = spec.params.length;
  const matrices = spec.params.map((_, i) => toMatrix(args[i]));
  const shapes: Shape[] = matrices.map(shapeOf);
  // A two-column target pairs up when every other argument is one column wide.
  const paired = spec.params.map(
    (p, i) => p.pairs === true && shapes[i][1] === 2 && shapes.every((s, j) => j === i || s[1] <= 1),
  );
  const effective: Shape[] = shapes.map((s, i) => (paired[i] ? [s[0], 1] : s));

  let shape: Shape = [1, 1];
  let owner = -1;
  effective.forEach((s, i) => {
    if (isSingle(s)) return;
    if (owner < 0) [shape, owner] = [s, i];
    else if (s[0] !== shape[0] || s[1] !== shape[1]) throw mismatch(spec.params[owner].name, shapes[owner], spec.params[i].name, shapes[i], ctx.lang);
  });

  const argsIn: Argument[] = spec.params.map((param, i) => ({ matrix: matrices[i], param, single: isSingle(effective[i]), paired: paired[i] }));
  // A broadcast cell reads the same everywhere: read it once (reading is pure).
  const fixed = argsIn.map((a) => (a.single ? readArgument(a, 0, 0, ctx.lang) : undefined));
  // Filled anew for every cell: `compute` reads its arguments and keeps no reference to them.
  const values: unknown[] = new Array(n);

  const cellAt = (r: number, c: number): Cell => {
    for (let i = 0; i < n; i++) {
      const a = argsIn[i];
      const v = a.single ? fixed[i] : readArgument(a, r, c, ctx.lang);
      // Params are read in order and the first problem is the one shown.
      if (isProblem(v)) return shownProblem(v, ctx.lang);
      values[i] = v;
    }
    // `values` were read param by param with each param's kind: the tuple `compute` expects.
    return shown(spec.compute(values as never, ctx), ctx.lang);
  };

  const [rows, cols] = shape;
  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = cellAt(r, c);
    out[r] = line;
  }
  return out;
}

/**
 * The arguments of a repeating parameter as Excel passes them: ONE array whose items are the
 * repeated arguments, each a range (Microsoft, "Custom functions parameter options",
 * repeating parameters). A repeating parameter counts as optional, so none at all may come as
 * null or an empty array.
 */
function repeatedArguments(arg: unknown): readonly unknown[] {
  if (arg === null || arg === undefined) return [];
  return Array.isArray(arg) ? arg : [arg];
}

/** Applies an aggregate function to every number of its repeating ranges. */
function runAggregate(spec: AggregateSpec, repeating: unknown): Cell {
  const ctx = context();
  const param = spec.params[0].name;
  const values: number[] = [];
  for (const range of repeatedArguments(repeating)) {
    for (const row of toMatrix(range)) {
      for (const cell of row) {
        const v = readCell('number', cell, param);
        if (isProblem(v)) return shownProblem(v, ctx.lang);
        if (v !== null) values.push(v);
      }
    }
  }
  return shown(spec.compute(values, ctx), ctx.lang);
}

/** Runs the elementwise function `id` on Excel's arguments: a matrix of results (a spill). */
export function call(id: FunctionId, ...args: unknown[]): Cell[][] {
  const spec: ElementwiseSpec | AggregateSpec = SIGNATURES[id];
  if (spec.mode !== 'elementwise') throw new TypeError(`${id} is an aggregate function`);
  return runElementwise(spec, args);
}

/** Runs the aggregate function `id` over its repeating parameter (Excel's one array of ranges): one result. */
export function aggregate(id: FunctionId, repeating: unknown): Cell {
  const spec: ElementwiseSpec | AggregateSpec = SIGNATURES[id];
  if (spec.mode !== 'aggregate') throw new TypeError(`${id} is an elementwise function`);
  return runAggregate(spec, repeating);
}
