/**
 * The whole-sheet cases: the add-in's pipeline through OfficeWorkbookPort, and the naive
 * row-by-row pattern many samples show, both through Microsoft's real Excel client library
 * over the wire-level host (`bench/wire.ts`), on the same sheet.
 */
import { BPOM_UPT_2024, capaian, kriteria, readNumber, readPolaritas, readTarget, status } from '../src/core';
import { OfficeWorkbookPort } from '../src/excel';
import { encodeValue } from '../src/excel/cells';
import { WritePlan, recalculate } from '../src/workbook';
import { simBook, simSheet } from '../excel-simulator/model';
import { WireRequestRecord } from '../excel-simulator/wire-host';
import { opts } from '../test/workbook/support';
import { FIRST_DATA_ROW, kinerjaRows } from './sheet';
import { cpuMsSince, cpuNow, forceGc } from './measure';
import { BenchClient, CLIENT, Wire, benchClient, fewestSyncs, settle, syncRequestBytes, wireOf } from './wire';

/** One line of the recalc or naive case: what crossed (`Wire`, read and apply together), and more. */
export interface PipelineFigures extends Wire {
  readonly case: 'recalc' | 'naive';
  readonly rows: number;
  /** The Excel client library the figures come from (`office.js 1.1.110`). */
  readonly client: string;
  readonly floorBytes: number;
  /** The fewest round trips for this run's read and write bytes under Excel's 5 MB limits (`fewestSyncs` in wire.ts). */
  readonly fewestSyncs: number;
  /** User + system CPU of the process from the read to the end of apply (the client library, our code and the host). */
  readonly cpuMs: number;
  /** Of `cpuMs`, what the host took inside its request handling (on a real Excel: Excel's work). */
  readonly hostCpuMs: number;
  /** `cpuMs − hostCpuMs`: our code plus Microsoft's client library (building requests, parsing responses). */
  readonly addinCpuMs: number;
  readonly modeledWallMs: number;
  /** CPU per phase (recalc only): where the time goes. */
  readonly phaseCpuMs?: { readonly read: number; readonly compute: number; readonly apply: number };
  /** Of the read and apply CPU, what the host took (recalc only). */
  readonly phaseHostCpuMs?: { readonly read: number; readonly apply: number };
  /**
   * The read and the apply separately (recalc only); `formats` is the part of the read that
   * loads the number formats of the input columns (SPEC §8), already in `read`.
   */
  readonly phaseWire?: { readonly read: Wire; readonly formats: Wire; readonly apply: Wire };
  /** Requests the host refused or failed, by error code (a failed cleanup leaves the run's result alone). */
  readonly failedRequests?: Record<string, number>;
  /** Cells written (every planned cell, or what the naive loop wrote). */
  readonly cellsWritten: number;
}

/** A recalc or naive case that could not run, and why. */
export interface PipelineFailure {
  readonly case: 'recalc' | 'naive';
  readonly rows: number;
  readonly client: string;
  readonly error: string;
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

/** The requests that loaded number formats alone: the read of the input columns' formats. */
function formatReads(requests: readonly WireRequestRecord[]): Wire {
  return wireOf(requests.filter((r) => !r.cleanup && r.loads.length > 0 && r.loads.every((l) => l === 'numberFormat')));
}

function failures(requests: readonly WireRequestRecord[]): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const r of requests) if (r.error) out[r.error] = (out[r.error] ?? 0) + 1;
  return Object.keys(out).length ? out : undefined;
}

/** The bench's sheet on a fresh client; closed by the caller. */
function kinerjaClient(rows: number): BenchClient {
  return benchClient(simBook([simSheet('Kinerja', kinerjaRows(rows))]));
}

/** read → validate → compute → plan → apply, through the Office adapter on the real client. */
export async function recalcCase(rows: number, latencyMs: number): Promise<PipelineFigures> {
  const bench = kinerjaClient(rows);
  try {
    const { client } = bench;
    const port = new OfficeWorkbookPort({ excel: client.Excel, office: client.Office });
    forceGc();
    client.host.reset();
    const host0 = bench.hostCpuMs();
    const t0 = cpuNow();
    const grid = await port.read('Kinerja');
    await settle();
    const t1 = cpuNow();
    const readHost = bench.hostCpuMs() - host0;
    const readRequests = [...bench.requests()];
    const result = recalculate(grid, opts());
    const t2 = cpuNow();
    await port.apply(result.plan);
    await settle();
    const cpuMs = cpuMsSince(t0);
    const apply = cpuMsSince(t2);
    const hostCpuMs = bench.hostCpuMs() - host0;
    const all = bench.requests();
    const applyRequests = all.slice(readRequests.length);
    if (result.findings.some((f) => f.severity === 'error')) throw new Error(`recalc ${rows}: the sheet has errors: ${result.findings[0].message}`);
    const read = wireOf(readRequests);
    const total = wireOf(all);
    return {
      case: 'recalc',
      rows,
      client: CLIENT,
      ...total,
      floorBytes: floorBytes(result.plan),
      fewestSyncs: fewestSyncs(read.responseBytes, syncRequestBytes(applyRequests)),
      cpuMs: round(cpuMs),
      hostCpuMs: round(hostCpuMs),
      addinCpuMs: round(cpuMs - hostCpuMs),
      modeledWallMs: round(cpuMs + total.syncs * latencyMs),
      phaseCpuMs: { read: round(t1.ms - t0.ms), compute: round(t2.ms - t1.ms), apply: round(apply) },
      phaseHostCpuMs: { read: round(readHost), apply: round(hostCpuMs - readHost) },
      phaseWire: { read, formats: formatReads(readRequests), apply: wireOf(applyRequests) },
      ...(failures(all) ? { failedRequests: failures(all) } : {}),
      cellsWritten: cellsOf(result.plan),
    };
  } finally {
    bench.client.close();
  }
}

/**
 * The pattern users would otherwise get: a fixed column layout, one sync to read each row and
 * one to write its results (Capaian, Kriteria with its colour, Capaian tahunan, Status).
 */
export async function naiveCase(rows: number, latencyMs: number): Promise<PipelineFigures> {
  const bench = kinerjaClient(rows);
  try {
    const { client } = bench;
    const profile = BPOM_UPT_2024;
    let floor = 0;
    let cells = 0;
    forceGc();
    client.host.reset();
    const host0 = bench.hostCpuMs();
    const t0 = cpuNow();
    await client.Excel.run(async (ctx) => {
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
    await settle();
    const cpuMs = cpuMsSince(t0);
    const hostCpuMs = bench.hostCpuMs() - host0;
    const all = bench.requests();
    const total = wireOf(all);
    return {
      case: 'naive',
      rows,
      client: CLIENT,
      ...total,
      floorBytes: floor,
      // Reads and writes interleave here: all its responses are the read, all its own requests the writes.
      fewestSyncs: fewestSyncs(total.responseBytes, syncRequestBytes(all)),
      cpuMs: round(cpuMs),
      hostCpuMs: round(hostCpuMs),
      addinCpuMs: round(cpuMs - hostCpuMs),
      modeledWallMs: round(cpuMs + total.syncs * latencyMs),
      ...(failures(all) ? { failedRequests: failures(all) } : {}),
      cellsWritten: cells,
    };
  } finally {
    bench.client.close();
  }
}
