/** Issue 6's targets, judged from the measured figures (reported, never asserted). */
import { BundleFigures } from './bundle';
import { FunctionFigures } from './functions';
import { PipelineFigures } from './pipeline';

/** One target: what it asks, what was measured, and whether it is met. */
export interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

const FOUR_MB = 4 * 1024 * 1024;
const FUNCTIONS_JS_LIMIT = 40 * 1024;
const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

function find(all: readonly PipelineFigures[], kind: PipelineFigures['case'], rows: number): PipelineFigures {
  const found = all.find((p) => p.case === kind && p.rows === rows);
  if (!found) throw new Error(`no ${kind} figures at ${rows} rows`);
  return found;
}

/** Excel on the web's payload limit, each way. */
const FIVE_MB = 5 * 1024 * 1024;

/**
 * The fewest syncs any add-in could read and write these bytes in: the read's response in 5 MB
 * pieces (the used range's size can come with the first), then 1 (the undo snapshot, back
 * before the first write) + the apply's request in 5 MB pieces.
 */
export function fewestSyncs(read: { responseBytes: number }, apply: { requestBytes: number }): number {
  return Math.ceil(read.responseBytes / FIVE_MB) + 1 + Math.ceil(apply.requestBytes / FIVE_MB);
}

/** Every target of issue 6 against the figures of one run. */
export function judge(pipeline: readonly PipelineFigures[], fn: FunctionFigures, bundle: BundleFigures): Target[] {
  const big = find(pipeline, 'recalc', 100_000);
  const mid = find(pipeline, 'recalc', 10_000);
  const naive = find(pipeline, 'naive', 10_000);
  const syncBound = 2 + Math.ceil(big.requestBytes / FOUR_MB);
  const read = big.phaseWire?.read;
  const apply = big.phaseWire?.apply;
  const addinMs = big.cpuMs - big.hostCpuMs;
  const syncRatio = naive.syncs / mid.syncs;
  const wallRatio = naive.modeledWallMs / mid.modeledWallMs;
  const spillRatio = fn.spillNsPerCell / fn.floorNsPerCell;
  const out: Target[] = [
    { target: '100k rows: CPU ≤ 1,000 ms', measured: `${fmt(big.cpuMs, 1)} ms`, met: big.cpuMs <= 1000 },
    { target: '  (add-in side only, without the simulated host)', measured: `${fmt(addinMs, 1)} ms`, met: addinMs <= 1000 },
    { target: '100k rows: syncs ≤ 2 + ⌈requestBytes / 4 MB⌉ (read + apply)', measured: `${big.syncs} vs ${syncBound}`, met: big.syncs <= syncBound },
  ];
  if (read && apply) {
    const applyBound = 2 + Math.ceil(apply.requestBytes / FOUR_MB);
    const readBound = 2 + Math.ceil(read.responseBytes / FOUR_MB);
    out.push(
      { target: '  apply: syncs ≤ 2 + ⌈its requestBytes / 4 MB⌉', measured: `${apply.syncs} vs ${applyBound}`, met: apply.syncs <= applyBound },
      { target: '  read: syncs ≤ 2 + ⌈its responseBytes / 4 MB⌉', measured: `${read.syncs} vs ${readBound}`, met: read.syncs <= readBound },
      // Whether any add-in could meet the combined bound on this sheet: Excel on the web refuses a
      // response or request over 5 MB, and exact undo needs each chunk's old contents back one
      // sync before the chunk is written.
      { target: '  reachable at all? fewest syncs under 5 MB limits ≤ bound', measured: `${fewestSyncs(read, apply)} vs ${syncBound}`, met: fewestSyncs(read, apply) <= syncBound },
    );
  }
  out.push(
    { target: '100k rows: requestBytes ≤ 1.25 × floorBytes', measured: `${fmt(big.requestBytes / big.floorBytes)} ×`, met: big.requestBytes <= 1.25 * big.floorBytes },
    { target: '10k rows: ≥ 100× fewer syncs than naive', measured: `${fmt(syncRatio, 0)} ×`, met: syncRatio >= 100 },
    { target: '10k rows: ≥ 20× less modeled wall than naive', measured: `${fmt(wallRatio, 1)} ×`, met: wallRatio >= 20 },
    { target: 'spilled CAPAIAN ≤ 3 × floor per cell', measured: `${fmt(spillRatio, 1)} ×`, met: spillRatio <= 3 },
    { target: 'dist/functions.js ≤ 40 KB', measured: `${fmt(bundle.functionsJsBytes / 1024, 1)} KB`, met: bundle.functionsJsBytes <= FUNCTIONS_JS_LIMIT },
  );
  return out;
}
