/**
 * Browser side of the simulated host: installs the wire host behind Microsoft's real Excel
 * client library in a page that has already run `excel-web-16.00.js` (from the installed
 * `@microsoft/office-js`, served unmodified as an ordinary script). It does in a browser what
 * load-client.ts does in jsdom: the host entry point `OSF.DDA.RichApi.executeRichApiRequestAsync`,
 * the client's own per-member requirement check turned on, and an `Office` whose prototype is
 * the real one with a context of ours (requirement sets, display language, document settings).
 *
 * The client file is the host-specific part of office.js: it has no `Office.onReady`,
 * `Office.HostType` or `CustomFunctions.associate` (office.js's loader and the custom-functions
 * runtime bring those in Excel), so the `Office` given here adds them as the loader would.
 * Pure TypeScript, no Node imports: webpack bundles it for the preview.
 */
import { SimBook } from './model';
import { SimOfficeContext, officeContext } from './office-context';
import { WireHost, WireHostOptions, WireRequestRecord } from './wire-host';
import { WireCallbackResult } from './wire-protocol';

/** Options of the browser host: the wire host's, plus what Office.context reports. */
export interface BrowserHostOptions extends WireHostOptions {
  /** Office.context.displayLanguage (default `id-ID`). */
  displayLanguage?: string;
  /** Called after the client got the answer to each request (the preview redraws its grid). */
  onAnswered?: (entry: WireLogEntry) => void;
}

/** One request of the real client as the host saw it: what the wire carried, in a form a test can read. */
export interface WireLogEntry extends Omit<WireRequestRecord, 'kinds' | 'names' | 'loads' | 'reads' | 'writes'> {
  /** `message[0]` and `message[2]` of the client's message: `IterativeExecutor`, `ProcessQuery`. */
  readonly executor: string;
  readonly verb: string;
  /** Top-level keys of the request JSON (`AutoKeepReference`, `Actions`, `ObjectPaths`). */
  readonly keys: string[];
  /** How many Actions and ObjectPaths the request carried. */
  readonly actions: number;
  readonly objectPaths: number;
  readonly kinds: Record<string, number>;
  readonly names: string[];
  readonly loads: string[];
  /** References the host keeps after this request (0 once a cleanup removed every one). */
  readonly liveReferences: number;
  /** `succeeded` or `failed`, as the client's callback got it. */
  status?: string;
}

/** `Office` as the page's scripts see it: the real object with our context and the loader's members. */
export interface BrowserOffice {
  readonly context: SimOfficeContext;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

/** What the installer leaves in the page. */
export interface BrowserHost {
  readonly host: WireHost;
  /** The real `Excel` namespace of the client library (untouched). */
  readonly Excel: unknown;
  /** `window.Office` after installation. */
  readonly Office: BrowserOffice;
  /** Every request the real client sent, in order. */
  readonly log: WireLogEntry[];
}

type Callback = (result: WireCallbackResult) => void;

interface ClientGlobals {
  OSF?: { DDA?: { RichApi?: Record<string, unknown> } };
  Office?: object;
  Excel?: unknown;
  OfficeExtension?: { CommonUtility?: { _doApiNotSupportedCheck?: boolean } };
  CustomFunctions?: Record<string, unknown>;
}

/**
 * Installs the wire host over `book` in `win`, whose `excel-web-16.00.js` already ran. After it,
 * the page's `Excel.run` (the real one) sends every request to the host, and `Office.onReady`
 * resolves as in Excel on the web.
 */
export function installBrowserHost(win: Window, book: SimBook, options: BrowserHostOptions = {}): BrowserHost {
  const g = win as unknown as ClientGlobals & Record<string, unknown>;
  const osf = g.OSF;
  const realOffice = g.Office;
  const officeExtension = g.OfficeExtension;
  if (!osf?.DDA || !realOffice || !g.Excel || !officeExtension?.CommonUtility) {
    throw new Error("Microsoft's Excel client library (excel-web-16.00.js) did not load before the host installer");
  }
  const host = new WireHost(book, options);
  const log: WireLogEntry[] = [];
  const selectionHandlers = new Set<() => void>();
  let lastSelection = JSON.stringify(book.selection);

  osf.DDA.RichApi ??= {};
  osf.DDA.RichApi.executeRichApiRequestAsync = (message: unknown, callback: Callback) => {
    const before = host.stats.requests.length;
    host.executeRichApiRequestAsync(message, (result) => {
      const entry = log[before];
      if (entry) entry.status = result.status;
      callback(result);
      const now = JSON.stringify(book.selection);
      if (now !== lastSelection) {
        lastSelection = now;
        selectionHandlers.forEach((h) => h());
      }
      if (entry) options.onAnswered?.(entry);
    });
    // The host applied the request synchronously: its record is there now.
    const stats = host.stats;
    const record = stats.requests[before];
    if (record) log.push(logEntry(message, record, stats.liveReferences));
  };

  // The per-member ExcelApi check is off in the shipped file; on, a call above the level fails client-side.
  officeExtension.CommonUtility._doApiNotSupportedCheck = true;

  const office = Object.create(realOffice) as BrowserOffice;
  const ready = { host: 'Excel', platform: 'OfficeOnline' };
  // Office.context is a non-configurable getter of the real object: our own `context` shadows it.
  Object.defineProperties(office, {
    context: { value: officeContext(book, host, options.displayLanguage ?? 'id-ID', selectionHandlers), enumerable: true },
    // What office.js's loader adds around the host file: onReady and the enums the add-in names.
    onReady: {
      value: (callback?: (info: typeof ready) => void) => Promise.resolve({ ...ready }).then((info) => (callback?.(info), info)),
      enumerable: true,
    },
    HostType: { value: { Excel: 'Excel' }, enumerable: true },
    PlatformType: { value: { OfficeOnline: 'OfficeOnline' }, enumerable: true },
  });
  g.Office = office;

  // The functions bundle registers itself at load; in Excel the custom-functions runtime adds `associate`.
  const customFunctions = g.CustomFunctions;
  if (customFunctions && typeof customFunctions.associate !== 'function') {
    const registry = new Map<string, unknown>();
    customFunctions.associate = (id: string | Record<string, unknown>, fn?: unknown) => {
      if (typeof id === 'string') registry.set(id.toUpperCase(), fn);
      else for (const [k, v] of Object.entries(id)) registry.set(k.toUpperCase(), v);
    };
  }
  return { host, Excel: g.Excel, Office: office, log };
}

function logEntry(message: unknown, record: WireRequestRecord, liveReferences: number): WireLogEntry {
  const parts = Array.isArray(message) ? message : [];
  let keys: string[] = [];
  let actions = 0;
  let objectPaths = 0;
  try {
    const body = JSON.parse(String(parts[4])) as { Actions?: unknown[]; ObjectPaths?: Record<string, unknown> };
    keys = Object.keys(body);
    actions = Array.isArray(body.Actions) ? body.Actions.length : 0;
    objectPaths = body.ObjectPaths ? Object.keys(body.ObjectPaths).length : 0;
  } catch {
    // The host already parsed it; a text it could not parse never gets here.
  }
  return {
    index: record.index,
    requestBytes: record.requestBytes,
    responseBytes: record.responseBytes,
    cleanup: record.cleanup,
    error: record.error,
    executor: String(parts[0]),
    verb: String(parts[2]),
    keys,
    actions,
    objectPaths,
    kinds: { ...record.kinds },
    names: [...record.names],
    loads: [...record.loads],
    liveReferences,
  };
}

