/**
 * `npm run bench`: every figure of issues 6 and 13 measured side by side in one run, printed as
 * a table, or with `--json` as one JSON object per line. The Excel cases run Microsoft's real
 * client library over the wire-level host. Targets are judged from the figures and printed,
 * never asserted (speed is measured here, not in tests). A case that cannot run prints its
 * error in its place and misses its targets. Flags: `--json`, `--latency <ms>` (per-sync
 * latency of the wall-time model, default 50), `--build` (rebuild dist/ first).
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BundleFigures, bundleCase } from './bundle';
import { FunctionFigures, functionsCase } from './functions';
import { BUDGET_BYTES, BUDGET_LEVELS, BudgetFailure, BudgetFigures, budgetCase } from './budget';
import { PipelineFailure, PipelineFigures, naiveCase, recalcCase } from './pipeline';
import { RekapFailure, RekapFigures, generateUnits, rekapCase, rekapTargets } from './rekap';
import { Target, judge } from './targets';
import { CLIENT, messageOf } from './wire';

/** The repository root (this file runs from lib/bench/bench/). */
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Args {
  readonly json: boolean;
  readonly latencyMs: number;
  readonly build: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let json = false;
  let latencyMs = 50;
  let build = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--build') build = true;
    else if (a === '--latency' || a.startsWith('--latency=')) {
      const text = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      latencyMs = Number(text);
      if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error(`--latency wants milliseconds ≥ 0, got ${String(text)}`);
    } else throw new Error(`Unknown flag ${a}; use --json, --latency <ms>, --build`);
  }
  return { json, latencyMs, build };
}

const num = (x: number) => x.toLocaleString('en-US');

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? num(c) : c)))];
  const widths = head.map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  const line = (r: string[]) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

type Line = PipelineFigures | PipelineFailure;
type Budget = BudgetFigures | BudgetFailure;

function report(pipeline: Line[], budgets: Budget[], fn: FunctionFigures, bundle: BundleFigures, rekap: (RekapFigures | RekapFailure)[], targets: Target[], latencyMs: number): string {
  const out: string[] = [];
  out.push(`Whole sheet, ${CLIENT} over the wire-level host, modeled wall = CPU + syncs × ${latencyMs} ms`);
  const ran = pipeline.filter((p): p is PipelineFigures => !('error' in p));
  out.push(
    table(
      ['case', 'rows', 'syncs', 'fewest', 'request B', 'max request B', 'cleanup B', 'response B', 'floor B', 'CPU ms', 'add-in', 'host', 'modeled wall ms', 'read/compute/apply CPU ms', 'read/apply syncs', 'of read: formats syncs / response B'],
      ran.map((p) => [
        p.case,
        p.rows,
        p.syncs,
        p.fewestSyncs,
        p.requestBytes,
        p.maxRequestBytes,
        p.cleanupBytes,
        p.responseBytes,
        p.floorBytes,
        p.cpuMs,
        p.addinCpuMs,
        p.hostCpuMs,
        p.modeledWallMs,
        p.phaseCpuMs ? `${p.phaseCpuMs.read} / ${p.phaseCpuMs.compute} / ${p.phaseCpuMs.apply}` : '-',
        p.phaseWire ? `${p.phaseWire.read.syncs} / ${p.phaseWire.apply.syncs}` : '-',
        p.phaseWire ? `${p.phaseWire.formats.syncs} / ${num(p.phaseWire.formats.responseBytes)}` : '-',
      ]),
    ),
  );
  for (const p of pipeline) if ('error' in p) out.push(`${p.case} ${num(p.rows)} rows: not run: ${p.error}`);
  out.push('');
  out.push(`Request budget, ${num(BUDGET_BYTES)} B, 3,000 one-row blocks (every request, the end-of-run cleanup included)`);
  out.push(
    table(
      ['ExcelApi', 'requests', 'of them syncs', 'max request B', 'max sync B', 'cleanup B', 'over budget'],
      budgets.map((b) =>
        'error' in b ? [b.api, 'not run', b.error, '', '', '', ''] : [b.asked ? `${b.api} (asked ${b.asked})` : b.api, b.requests, b.syncs, b.maxRequestBytes, b.maxSyncRequestBytes, b.cleanupRequestBytes.map(num).join(' + ') || '0', b.overBudget],
      ),
    ),
  );
  for (const b of budgets) if ('refused' in b && b.refused) out.push(`ExcelApi ${b.asked ?? ''} refused: ${b.refused}`);
  out.push('');
  out.push(`Custom function SAKIP.CAPAIAN, ${num(fn.cells)} cells (median ns per cell)`);
  out.push(table(['way', 'ns/cell'], [['one spilled call', fn.spillNsPerCell], ['scalar calls', fn.scalarNsPerCell], ['bare loop (floor)', fn.floorNsPerCell]]));
  out.push('');
  out.push('Bundles (dist/)');
  out.push(table(['file', 'bytes'], [['functions.js', bundle.functionsJsBytes], ['taskpane.js', bundle.taskpaneJsBytes], ['taskpane.js gzip -9', bundle.taskpaneJsGzipBytes]]));
  out.push('');
  out.push('Rekap: 76 units × TW I–IV generated; auto = the whole sakip rekap -o --html, in-process = the files only read (bench/rekap.ts), each in its own process');
  const read = rekap.filter((r): r is RekapFigures => !('error' in r));
  out.push(table(['mode', 'at once', 'files', 'ms', 'CPU ms', 'peak RSS MB', 'failed', 'one file ms'], read.map((r) => [r.mode, r.size, r.files, r.ms, r.cpuMs, r.peakRssMb, r.failed, r.oneFileMs ?? '-'])));
  for (const r of rekap) if ('error' in r) out.push(`rekap ${r.mode}: not run: ${r.error}`);
  out.push('');
  out.push('Targets');
  out.push(table(['target', 'measured', 'met'], targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO'])));
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const emit = (o: object) => args.json && process.stdout.write(`${JSON.stringify(o)}\n`);
  if (!(globalThis as { gc?: unknown }).gc) log('(run with node --expose-gc so that garbage from one case is collected before the next)');
  if (args.build) execSync('npm run build', { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });

  // Warm-up: the first run through the pipeline pays for JIT compilation, which a task pane
  // open for a session has already paid; its figures are not kept.
  await recalcCase(1_000, args.latencyMs).catch((error: unknown) => log(`warm-up failed: ${messageOf(error)}`));

  // A case that throws (a refused request, the host out of its depth) is reported, not fatal.
  const attempt = async (kind: Line['case'], rows: number, run: () => Promise<PipelineFigures>): Promise<Line> => {
    log(`${kind} ${num(rows)} rows…`);
    const started = Date.now();
    try {
      return await run();
    } catch (error) {
      return { case: kind, rows, client: CLIENT, error: messageOf(error) };
    } finally {
      log(`  ${((Date.now() - started) / 1000).toFixed(1)} s wall, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);
    }
  };
  const pipeline: Line[] = [];
  for (const rows of [1_000, 10_000, 100_000]) {
    pipeline.push(await attempt('recalc', rows, () => recalcCase(rows, args.latencyMs)));
    emit(pipeline[pipeline.length - 1]);
  }
  for (const rows of [1_000, 10_000]) {
    pipeline.push(await attempt('naive', rows, () => naiveCase(rows, args.latencyMs)));
    emit(pipeline[pipeline.length - 1]);
  }
  const budgets: Budget[] = [];
  for (const api of BUDGET_LEVELS) {
    log(`budget ExcelApi ${api}…`);
    budgets.push(await budgetCase(api));
    emit(budgets[budgets.length - 1]);
  }
  log('functions…');
  const fn = functionsCase();
  emit(fn);
  log('bundle…');
  const bundle = bundleCase(ROOT);
  emit(bundle);

  // Generated once; each reading runs in a child process so its peak RSS is its own.
  log('rekap: writing 76 × 4 unit workbooks…');
  const rekap: (RekapFigures | RekapFailure)[] = [];
  const units = await generateUnits();
  try {
    log(`  ${units.files} files in ${(units.ms / 1000).toFixed(1)} s`);
    for (const mode of ['auto', 'in-process'] as const) {
      log(`rekap ${mode}…`);
      rekap.push(await rekapCase(units.dir, units.files, mode));
      emit(rekap[rekap.length - 1]);
    }
  } finally {
    fs.rmSync(units.dir, { recursive: true, force: true });
  }

  const targets = [...judge(pipeline, budgets, fn, bundle), ...rekapTargets(rekap[0])];
  if (args.json) emit({ case: 'targets', results: targets });
  else process.stdout.write(`${report(pipeline, budgets, fn, bundle, rekap, targets, args.latencyMs)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
