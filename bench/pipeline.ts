/**
 * The whole-sheet cases: the add-in's pipeline through OfficeWorkbookPort, and the naive
 * row-by-row pattern many samples show, both on the simulated host and over the same sheet.
 */
import { BPOM_UPT_2024, capaian, kriteria, readNumber, readPolaritas, readTarget, status } from '../src/core';
import { ExcelHost, OfficeWorkbookPort } from '../src/excel';
import { encodeValue } from '../src/excel/cells';
import { WritePlan, recalculate } from '../src/workbook';
import { createSimulatedExcel, simBook, simSheet } from '../excel-simulator';
import { opts } from '../test/workbook/support';
import { FIRST_DATA_ROW, kinerjaRows } from './sheet';
import { cpuMsSince, cpuNow, forceGc } from './measure';

/** One line of the recalc or naive case. */
export interface PipelineFigures {
  readonly case: 'recalc' | 'naive';
  readonly rows: number;
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly floorBytes: number;
  readonly cpuMs: number;
  readonly modeledWallMs: number;
  /** CPU per phase (recalc only): where the time goes. */
  readonly phaseCpuMs?: { readonly read: number; readonly compute: number; readonly apply: number };
  /** Of the read and apply CPU, what the simulated host took (recalc only). */
  readonly phaseHostCpuMs?: { readonly read: number; readonly apply: number };
  /**
   * CPU spent inside `context.sync()` on the simulated host: JSON sizing of every request and
   * response plus the simulated Excel's own work on its cell model. On a real Excel most of it
   * happens in Excel's process (Office.js still serializes the request in the add-in's).
   */
  readonly hostCpuMs: number;
  /**
   * Syncs and bytes of the read and of the apply separately (recalc only); `formats` is the part
   * of the read that loads the number formats of the input columns (SPEC §8), already in `read`.
   */
  readonly phaseWire?: { readonly read: Wire; readonly formats: Wire; readonly apply: Wire };
  /** Cells written (every planned cell, or what the naive loop wrote). */
  readonly cellsWritten: number;
}

/** What one phase sent and received. */
export interface Wire {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** UTF-8 bytes of the plan's output cells as JSON, values only: what must cross the wire. */
export function floorBytes(plan: WritePlan): number {
  let bytes = 0;
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) bytes += Buffer.byteLength(JSON.stringify(block.values.map((row) => row.map(encodeValue))));
  }
  return bytes;
}

function cellsOf(plan: WritePlan): number {
  return plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.values.length * (b.values[0]?.length ?? 0), 0), 0);
}

/** The syncs that loaded number formats alone: the read of the input columns' formats. */
function formatReads(perSync: readonly { request: number; response: number; loads: string[] }[]): Wire {
  const syncs = perSync.filter((s) => s.loads.length > 0 && s.loads.every((l) => l === 'numberFormat'));
  return { syncs: syncs.length, requestBytes: syncs.reduce((n, s) => n + s.request, 0), responseBytes: syncs.reduce((n, s) => n + s.response, 0) };
}

/** The simulated host's `Excel`, timing the CPU each `context.sync()` takes until it resolves. */
function timedHost(excel: ExcelHost): { excel: ExcelHost; hostMs: () => number } {
  let total = 0;
  const wrap =
    <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
    (ctx: Excel.RequestContext): Promise<T> => {
      const sync = ctx.sync.bind(ctx);
      // Only the awaited sync runs between the call and its resolution: the pipeline is one flow.
      (ctx as { sync: () => Promise<void> }).sync = async () => {
        const t = cpuNow();
        try {
          await sync();
        } finally {
          total += cpuMsSince(t);
        }
      };
      return batch(ctx);
    };
  const timed: ExcelHost = {
    run<T>(a: Excel.RunOptions | ((ctx: Excel.RequestContext) => Promise<T>), b?: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
      return typeof a === 'function' ? excel.run(wrap(a)) : excel.run(a, wrap(b!));
    },
  };
  return { excel: timed, hostMs: () => total };
}

/** read → validate → compute → plan → apply, through the Office adapter on the simulated host. */
export async function recalcCase(rows: number, latencyMs: number): Promise<PipelineFigures> {
  const sim = createSimulatedExcel(simBook([simSheet('Kinerja', kinerjaRows(rows))]));
  const host = timedHost(sim.Excel);
  const port = new OfficeWorkbookPort({ excel: host.excel, office: sim.Office });
  forceGc();
  sim.stats.reset();
  const t0 = cpuNow();
  const grid = await port.read('Kinerja');
  const t1 = cpuNow();
  const readHost = host.hostMs();
  const read: Wire = { syncs: sim.stats.syncs, requestBytes: sim.stats.requestBytes, responseBytes: sim.stats.responseBytes };
  const formats = formatReads(sim.stats.perSync);
  const result = recalculate(grid, opts());
  const t2 = cpuNow();
  await port.apply(result.plan);
  const cpuMs = cpuMsSince(t0);
  const apply = cpuMsSince(t2);
  const { syncs, requestBytes, responseBytes, rejected } = sim.stats;
  if (rejected > 0) throw new Error(`recalc ${rows}: the host refused ${rejected} syncs`);
  if (result.findings.some((f) => f.severity === 'error')) throw new Error(`recalc ${rows}: the sheet has errors: ${result.findings[0].message}`);
  return {
    case: 'recalc',
    rows,
    syncs,
    requestBytes,
    responseBytes,
    floorBytes: floorBytes(result.plan),
    cpuMs: round(cpuMs),
    modeledWallMs: round(cpuMs + syncs * latencyMs),
    phaseCpuMs: { read: round(t1.ms - t0.ms), compute: round(t2.ms - t1.ms), apply: round(apply) },
    hostCpuMs: round(host.hostMs()),
    phaseHostCpuMs: { read: round(readHost), apply: round(host.hostMs() - readHost) },
    phaseWire: { read, formats, apply: { syncs: syncs - read.syncs, requestBytes: requestBytes - read.requestBytes, responseBytes: responseBytes - read.responseBytes } },
    cellsWritten: cellsOf(result.plan),
  };
}

/**
 * The pattern users would otherwise get: a fixed column layout, one sync to read each row and
 * one to write its results (Capaian, Kriteria with its colour, Capaian tahunan, Status).
 */
export async function naiveCase(rows: number, latencyMs: number): Promise<PipelineFigures> {
  const sim = createSimulatedExcel(simBook([simSheet('Kinerja', kinerjaRows(rows))]));
  const profile = BPOM_UPT_2024;
  let floor = 0;
  let cells = 0;
  const host = timedHost(sim.Excel);
  forceGc();
  sim.stats.reset();
  const t0 = cpuNow();
  await host.excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Kinerja');
    const used = ws.getUsedRange(true).load('rowCount');
    await ctx.sync();
    for (let r = FIRST_DATA_ROW; r < used.rowCount; r++) {
      const input = ws.getRangeByIndexes(r, 0, 1, 12).load('values');
      await ctx.sync();
      const v = input.values[0];
      const num = (x: unknown) => {
        const n = readNumber(x, ',');
        return n.kind === 'number' ? n.value : null;
      };
      const t = readTarget(v[5], ',');
      const target = t.kind === 'number' ? t.value : t.kind === 'range' ? { bawah: t.bawah, atas: t.atas } : null;
      const polaritas = readPolaritas(v[4]) ?? 'maximize';
      const c = capaian({ realisasi: num(v[6]), target, polaritas });
      const annualTarget = num(v[9]);
      const ct = capaian({ realisasi: num(v[6]), target: annualTarget, polaritas });
      const k = c.status === 'ok' ? kriteria(c.value, profile) : null;
      const s = ct.status === 'ok' ? status(ct.value, profile) : null;
      const values = [[c.status === 'ok' ? c.value : '-', k ? k.label : '-', v[9], ct.status === 'ok' ? ct.value : '-', s ? s.label : '-']];
      const output = ws.getRangeByIndexes(r, 7, 1, 5);
      output.values = values as Excel.Range['values'];
      if (k) ws.getRangeByIndexes(r, 8, 1, 1).format.fill.color = k.colour;
      await ctx.sync();
      floor += Buffer.byteLength(JSON.stringify(values));
      cells += 5;
    }
  });
  const cpuMs = cpuMsSince(t0);
  const { syncs, requestBytes, responseBytes } = sim.stats;
  return { case: 'naive', rows, syncs, requestBytes, responseBytes, floorBytes: floor, cpuMs: round(cpuMs), modeledWallMs: round(cpuMs + syncs * latencyMs), hostCpuMs: round(host.hostMs()), cellsWritten: cells };
}
