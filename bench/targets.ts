/** Issue 13's targets (issue 6's, on the real client), judged from the measured figures (reported, never asserted). */
import { BudgetFailure, BudgetFigures } from './budget';
import { BundleFigures } from './bundle';
import { FunctionFigures } from './functions';
import { PipelineFailure, PipelineFigures } from './pipeline';

/** One target: what it asks, what was measured, and whether it is met. */
export interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

const FUNCTIONS_JS_LIMIT = 40 * 1024;
const MAX_REQUEST_LIMIT = 4_500_000;
const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

type Line = PipelineFigures | PipelineFailure;

function find(all: readonly Line[], kind: Line['case'], rows: number): Line | undefined {
  return all.find((p) => p.case === kind && p.rows === rows);
}

const ran = (p: Line | undefined): p is PipelineFigures => p !== undefined && !('error' in p);
const notRun = (what: string, p: Line | undefined) => `not run (${what}${p && 'error' in p ? `: ${p.error}` : ''})`;

/** Every target of issue 13 against the figures of one run; a case that did not run misses its targets. */
export function judge(pipeline: readonly Line[], budgets: readonly (BudgetFigures | BudgetFailure)[], fn: FunctionFigures, bundle: BundleFigures): Target[] {
  const out: Target[] = [];
  const big = find(pipeline, 'recalc', 100_000);
  if (ran(big)) {
    out.push(
      { target: '100k rows: syncs ≤ fewestSyncs + 1', measured: `${big.syncs} vs ${big.fewestSyncs} + 1`, met: big.syncs <= big.fewestSyncs + 1 },
      {
        target: '100k rows: addinCpuMs ≤ 1,000',
        measured: `${fmt(big.addinCpuMs, 0)} ms (whole process ${fmt(big.cpuMs, 0)}, host ${fmt(big.hostCpuMs, 0)})`,
        met: big.addinCpuMs <= 1000,
      },
      { target: '100k rows: maxRequestBytes ≤ 4,500,000', measured: `${fmt(big.maxRequestBytes)} B`, met: big.maxRequestBytes <= MAX_REQUEST_LIMIT },
      { target: '100k rows: requestBytes ≤ 1.25 × floorBytes', measured: `${fmt(big.requestBytes / big.floorBytes)} ×`, met: big.requestBytes <= 1.25 * big.floorBytes },
    );
  } else {
    for (const target of ['syncs ≤ fewestSyncs + 1', 'addinCpuMs ≤ 1,000', 'maxRequestBytes ≤ 4,500,000', 'requestBytes ≤ 1.25 × floorBytes']) {
      out.push({ target: `100k rows: ${target}`, measured: notRun('recalc 100,000', big), met: false });
    }
  }
  const mid = find(pipeline, 'recalc', 10_000);
  const naive = find(pipeline, 'naive', 10_000);
  if (ran(mid) && ran(naive)) {
    const syncRatio = naive.syncs / mid.syncs;
    const wallRatio = naive.modeledWallMs / mid.modeledWallMs;
    out.push(
      { target: '10k rows: ≥ 100× fewer syncs than naive', measured: `${fmt(syncRatio, 0)} × (${fmt(naive.syncs)} vs ${mid.syncs})`, met: syncRatio >= 100 },
      { target: '10k rows: ≥ 20× less modeled wall than naive', measured: `${fmt(wallRatio, 1)} ×`, met: wallRatio >= 20 },
    );
  } else {
    const why = ran(mid) ? notRun('naive 10,000', naive) : notRun('recalc 10,000', mid);
    out.push({ target: '10k rows: ≥ 100× fewer syncs than naive', measured: why, met: false }, { target: '10k rows: ≥ 20× less modeled wall than naive', measured: why, met: false });
  }
  for (const b of budgets) {
    const target = `budget ${fmt(b.budgetBytes)} B, ExcelApi ${'asked' in b && b.asked ? `${b.asked} (ran on ${b.api})` : b.api}: maxRequestBytes ≤ budgetBytes`;
    if ('error' in b) out.push({ target, measured: `not run: ${b.error}`, met: false });
    else {
      const over = b.overBudget ? `, ${b.overBudget} of ${b.requests} requests over` : '';
      out.push({ target, measured: `${fmt(b.maxRequestBytes)} B${over}`, met: b.maxRequestBytes <= b.budgetBytes });
    }
  }
  const spillRatio = fn.spillNsPerCell / fn.floorNsPerCell;
  out.push(
    { target: 'spilled CAPAIAN ≤ 3 × floor per cell', measured: `${fmt(spillRatio, 1)} ×`, met: spillRatio <= 3 },
    { target: 'dist/functions.js ≤ 40 KB', measured: `${fmt(bundle.functionsJsBytes / 1024, 1)} KB`, met: bundle.functionsJsBytes <= FUNCTIONS_JS_LIMIT },
  );
  return out;
}
