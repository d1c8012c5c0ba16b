/**
 * The custom-function case: SAKIP.CAPAIAN spilled once over 100,000-row ranges, called
 * 100,000 times on single cells, and the floor: a bare loop doing the same division from the
 * same input matrices into the same output shape (a spill must hand Excel a matrix).
 * CAPAIAN gets what Excel hands it (as test/functions/support/excel-call.ts shapes it): every
 * argument a 2-D array, one cell included, the omitted polaritas `null`, the invocation last.
 */
import { CAPAIAN } from '../src/functions/functions';
import { installCustomFunctions } from '../test/functions/support/custom-functions-stub';
import { invocation } from '../test/functions/support/excel-call';
import { forceGc, median } from './measure';

/** The functions line. */
export interface FunctionFigures {
  readonly case: 'functions';
  readonly cells: number;
  readonly spillNsPerCell: number;
  readonly scalarNsPerCell: number;
  readonly floorNsPerCell: number;
}

/** Kept so the optimiser cannot drop the work. */
let sink = 0;

function timeNs(work: () => unknown): number {
  const start = process.hrtime.bigint();
  const out = work();
  const ns = Number(process.hrtime.bigint() - start);
  sink += Array.isArray(out) ? out.length : 1;
  return ns;
}

/** Median ns per cell of each way, after `warmups` untimed rounds, over `reps` timed rounds. */
export function functionsCase(cells = 100_000, reps = 7, warmups = 3): FunctionFigures {
  installCustomFunctions();
  // Realisasi and target as Excel passes ranges: one row per cell, numbers as numbers.
  const realisasi: number[][] = [];
  const target: number[][] = [];
  for (let i = 0; i < cells; i++) {
    realisasi.push([50 + (i % 97)]);
    target.push([60 + (i % 41)]);
  }

  // Excel calls positionally with the invocation object after the declared parameters, which
  // the TypeScript signature does not list.
  const excelCapaian = CAPAIAN as (...args: unknown[]) => unknown[][];
  const called = invocation('CAPAIAN');
  const spill = () => excelCapaian(realisasi, target, null, called);
  const scalar = () => {
    const out: unknown[][][] = new Array(cells);
    for (let i = 0; i < cells; i++) out[i] = excelCapaian([realisasi[i]], [target[i]], null, called);
    return out;
  };
  const floor = () => {
    const out: number[][] = new Array(cells);
    for (let i = 0; i < cells; i++) out[i] = [(realisasi[i][0] / target[i][0]) * 100];
    return out;
  };

  // Same answers, or the comparison means nothing.
  const a = spill();
  const b = floor();
  for (let i = 0; i < cells; i += 997) {
    if (a[i][0] !== b[i][0]) throw new Error(`CAPAIAN row ${i}: ${String(a[i][0])} ≠ floor ${b[i][0]}`);
  }

  const ways = { spill, scalar, floor };
  const times: Record<keyof typeof ways, number[]> = { spill: [], scalar: [], floor: [] };
  for (let w = 0; w < warmups; w++) for (const f of Object.values(ways)) f();
  for (let r = 0; r < reps; r++) {
    // Interleaved, so drift of the machine touches every way alike.
    for (const [name, f] of Object.entries(ways) as [keyof typeof ways, () => unknown][]) {
      forceGc();
      times[name].push(timeNs(f));
    }
  }
  if (sink === 0) throw new Error('nothing was computed');
  const perCell = (xs: number[]) => Math.round((median(xs) / cells) * 10) / 10;
  return { case: 'functions', cells, spillNsPerCell: perCell(times.spill), scalarNsPerCell: perCell(times.scalar), floorNsPerCell: perCell(times.floor) };
}
