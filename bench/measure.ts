/** CPU clocks and garbage collection for the benchmark (node --expose-gc). */

/** A point in CPU time: user + system milliseconds of this process. */
export interface CpuMark {
  readonly ms: number;
}

/** User + system CPU time so far (process.cpuUsage, in ms). */
export function cpuNow(): CpuMark {
  const { user, system } = process.cpuUsage();
  return { ms: (user + system) / 1000 };
}

/** CPU milliseconds spent since `mark`. */
export function cpuMsSince(mark: CpuMark): number {
  return cpuNow().ms - mark.ms;
}

/** Collects garbage between cases when node runs with --expose-gc, so one case does not pay for another's. */
export function forceGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** Median of a few numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
