/**
 * Tests on Microsoft's real Excel client library (excel-simulator/load-client.ts) and the wire
 * host behind it: loading and closing the client per describe, putting a fresh workbook behind
 * a loaded client, and the properties the adapter suites assert on the request log (issue 13):
 * no request over the budget, the cleanup included; the undo snapshot of each chunk in hand
 * before that chunk is written.
 */
import { SimBook } from '../../excel-simulator';
import { ClientOptions, LoadedClient, loadExcelClient } from '../../excel-simulator/load-client';
import { CellAccess, CellAspect, WireHostOptions, WireRequestRecord } from '../../excel-simulator/wire-host';

/** Lets the client's fire-and-forget end-of-run cleanup request reach the host. */
export const settle = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * Clients loaded by a test are closed after it (jsdom windows keep timers and memory).
 * Returns the loader to use in the tests of this file.
 */
export function closingClients(): (book: SimBook, options?: ClientOptions) => LoadedClient {
  const loaded: LoadedClient[] = [];
  afterEach(() => loaded.splice(0).forEach((c) => c.close()));
  return (book, options = {}) => {
    const c = loadExcelClient(book, options);
    loaded.push(c);
    return c;
  };
}

/**
 * One client for a whole describe (a load costs ≈0.3 s): loaded before its first test, closed
 * after its last. `use(book, options)` puts `book`'s contents behind it, with fresh counters
 * and the given host options (ExcelApi level, failing request, payload limit…).
 */
export function sharedClient(): { readonly client: () => LoadedClient; use(book: SimBook, options?: WireHostOptions): Promise<LoadedClient> } {
  let c: LoadedClient | undefined;
  beforeAll(() => {
    c = loadExcelClient(blankBook());
  });
  afterAll(() => c?.close());
  const client = () => {
    if (!c) throw new Error('sharedClient: used outside its describe');
    return c;
  };
  return {
    client,
    async use(book, options = {}) {
      const loaded = client();
      // An earlier run's cleanup request must land before the counters start again.
      await settle();
      Object.assign(loaded.host.book, book);
      const hostOptions = loaded.host.options as WireHostOptions;
      for (const key of Object.keys(hostOptions) as (keyof WireHostOptions)[]) delete hostOptions[key];
      Object.assign(hostOptions, options);
      loaded.host.reset();
      return loaded;
    },
  };
}

function blankBook(): SimBook {
  return { sheets: [], activeSheet: 'Sheet1', selection: null, settings: {}, decimalSeparator: ',', cellEditMode: false, calculations: 0 };
}

/** Requests over `budget` bytes (the cleanup included), as `#index bytes (cleanup)` lines: the property is that there are none. */
export function overBudget(requests: readonly WireRequestRecord[], budget: number): string[] {
  return requests.filter((r) => r.requestBytes > budget).map((r) => `#${r.index} ${r.requestBytes} B${r.cleanup ? ' (cleanup)' : ''} > ${budget}`);
}

/**
 * Writes to a cell whose earlier state (of the aspect written) no earlier request read: for
 * each write of request i on a sheet not in `exempt` (owned sheets, kept as a grid), every cell
 * of it must lie in areas that requests before i read for the same aspect (contents, number
 * format, fill, bold). A read in the same request does not count: its answer is not in hand.
 * Returns one line per uncovered write; the property is that there are none.
 */
export function writesWithoutSnapshot(requests: readonly WireRequestRecord[], exempt: readonly string[] = []): string[] {
  const out: string[] = [];
  const reads: CellAccess[] = [];
  for (const r of requests) {
    for (const w of r.writes) {
      if (exempt.includes(w.sheet)) continue;
      for (const aspect of w.aspects) {
        const gap = uncovered(w, aspect, reads);
        if (gap) out.push(`#${r.index} writes ${aspect} of ${w.sheet} R${w.row + 1}C${w.col + 1}:${w.rows}x${w.cols} before reading R${gap.row + 1}C${gap.col + 1}`);
      }
    }
    reads.push(...r.reads);
    if (out.length > 20) break;
  }
  return out;
}

/** The first cell of `w` no read of `aspect` covers, or null. */
function uncovered(w: CellAccess, aspect: CellAspect, reads: readonly CellAccess[]): { row: number; col: number } | null {
  const candidates = reads.filter((x) => x.sheet === w.sheet && x.aspects.includes(aspect) && x.col < w.col + w.cols && x.col + x.cols > w.col && x.row < w.row + w.rows && x.row + x.rows > w.row);
  for (let col = w.col; col < w.col + w.cols; col++) {
    const spans = candidates
      .filter((x) => x.col <= col && col < x.col + x.cols)
      .map((x) => [x.row, x.row + x.rows] as const)
      .sort((a, b) => a[0] - b[0]);
    let reached = w.row;
    for (const [from, to] of spans) {
      if (from > reached) break;
      reached = Math.max(reached, to);
    }
    if (reached < w.row + w.rows) return { row: reached, col };
  }
  return null;
}
