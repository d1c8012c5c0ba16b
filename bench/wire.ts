/**
 * The bench's Excel: Microsoft's real client library (`@microsoft/office-js`) loaded into jsdom
 * over the wire-level host (`excel-simulator/load-client.ts`), with the host's CPU timed inside
 * its request handling so that the add-in's side (our code plus the client library) can be told
 * apart from the simulated Excel's.
 */
import { SimBook } from '../excel-simulator/model';
import { ClientOptions, LoadedClient, clientVersion, loadExcelClient } from '../excel-simulator/load-client';
import { WireRequestRecord } from '../excel-simulator/wire-host';
import { cpuMsSince, cpuNow } from './measure';

/** The client every Excel figure comes from, e.g. `office.js 1.1.110` (the installed package's version). */
export const CLIENT = `office.js ${clientVersion()}`;

/** Excel on the web's request and response limit (5 MB each way). */
export const FIVE_MB = 5 * 1024 * 1024;

/** A loaded client whose host counts the CPU it spends on each request. */
export interface BenchClient {
  readonly client: LoadedClient;
  /** CPU ms the host spent handling requests since the client was loaded. */
  hostCpuMs(): number;
  /** Every request since the last `client.host.reset()`, the end-of-run cleanups included. */
  requests(): readonly WireRequestRecord[];
}

/**
 * Loads the real client over `book`. The host's CPU is what `executeRichApiRequestAsync` takes:
 * the host decodes the request, applies it to its cell model and builds the response text there,
 * synchronously; the client's callback (parsing the response) runs on a later microtask, outside
 * the timing, and counts as the add-in's.
 */
export function benchClient(book: SimBook, options: ClientOptions = {}): BenchClient {
  const client = loadExcelClient(book, options);
  const host = client.host;
  const execute = host.executeRichApiRequestAsync.bind(host);
  let total = 0;
  // load-client's entry point calls host.executeRichApiRequestAsync at each request: this own
  // property shadows the class's method for this host alone.
  host.executeRichApiRequestAsync = (message, callback) => {
    const t = cpuNow();
    try {
      execute(message, callback);
    } finally {
      total += cpuMsSince(t);
    }
  };
  return { client, hostCpuMs: () => total, requests: () => host.stats.requests };
}

/**
 * Lets requests still under way reach the host. The client sends its end-of-run cleanup before
 * `Excel.run` resolves (measured), and does not wait for its answer; one macrotask is enough.
 */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a list of requests sent and received. */
export interface Wire {
  /** Round trips the add-in waited for: every request but the end-of-run cleanups. */
  readonly syncs: number;
  /** UTF-8 bytes of every request, the cleanups included. */
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Largest request, the cleanups included. */
  readonly maxRequestBytes: number;
  /** Cleanup requests (one per `Excel.run` that kept references) and their bytes, in `requestBytes`. */
  readonly cleanupRequests: number;
  readonly cleanupBytes: number;
}

/** Sums a list of requests. */
export function wireOf(requests: readonly WireRequestRecord[]): Wire {
  let syncs = 0;
  let requestBytes = 0;
  let responseBytes = 0;
  let maxRequestBytes = 0;
  let cleanupRequests = 0;
  let cleanupBytes = 0;
  for (const r of requests) {
    requestBytes += r.requestBytes;
    responseBytes += r.responseBytes;
    maxRequestBytes = Math.max(maxRequestBytes, r.requestBytes);
    if (r.cleanup) {
      cleanupRequests++;
      cleanupBytes += r.requestBytes;
    } else syncs++;
  }
  return { syncs, requestBytes, responseBytes, maxRequestBytes, cleanupRequests, cleanupBytes };
}

/**
 * The fewest round trips any add-in could move these bytes in under Excel's 5 MB limits: the
 * read's responses in 5 MB pieces (the used range's size can come with the first), then 1 (the
 * undo snapshot, back before the first write) + the writes' requests in 5 MB pieces. The
 * writes count the requests the add-in waits for; the end-of-run cleanup is not waited for.
 */
export function fewestSyncs(readResponseBytes: number, writeRequestBytes: number): number {
  return Math.ceil(readResponseBytes / FIVE_MB) + 1 + Math.ceil(writeRequestBytes / FIVE_MB);
}

/** The requests' own (non-cleanup) request bytes. */
export function syncRequestBytes(requests: readonly WireRequestRecord[]): number {
  return requests.reduce((n, r) => n + (r.cleanup ? 0 : r.requestBytes), 0);
}

/** The message of whatever was thrown, on one line. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
