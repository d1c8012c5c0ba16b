/**
 * Node only: loads Microsoft's real Excel client library (`@microsoft/office-js`,
 * dist/excel-web-16.00.js) into a jsdom window and puts the wire host behind it. The library
 * is loaded as it ships (never copied or changed); only the window around it is ours: the host
 * entry point, the requirement-set answer for the ExcelApi level under test, and its own
 * per-member requirement check turned on.
 */
import fs from 'fs';
import path from 'path';
import { JSDOM } from 'jsdom';
import type { ExcelHost, OfficeHost } from '../src/excel/office-workbook';
import type { OfficeEnvHost } from '../src/excel/office-env';
import { SimBook } from './model';
import { officeContext } from './office-context';
import { WireHost, WireHostOptions } from './wire-host';

/** Options of a loaded client: the host's, plus what Office.context reports. */
export interface ClientOptions extends WireHostOptions {
  /** Office.context.displayLanguage (default `id-ID`). */
  displayLanguage?: string;
  /** Which client file of the package to load (default `excel-web-16.00.js`). */
  file?: string;
}

/** `Office` as the add-in sees it under test: the real object with a context of ours. */
export interface ClientOffice extends OfficeHost, OfficeEnvHost {
  readonly context: OfficeHost['context'] & OfficeEnvHost['context'] & { readonly displayLanguage: string };
}

/** The real client library in a window, and the host behind it. */
export interface LoadedClient {
  /** The real `Excel` namespace of the library. */
  readonly Excel: ExcelHost & typeof Excel;
  /** The real `Office`, with our context (requirement sets, display language, document settings). */
  readonly Office: ClientOffice;
  /** The real `OfficeExtension` (its Error class, CommonUtility…). */
  readonly OfficeExtension: typeof OfficeExtension;
  readonly host: WireHost;
  readonly window: Window;
  /** Closes the window (its timers keep a test process alive otherwise). */
  close(): void;
}

/** The npm package of Microsoft's client library (resolved from node_modules, never copied). */
export const CLIENT_PACKAGE = '@microsoft/office-js';

const sources = new Map<string, string>();

/** The client file's text, read once per process (3 MB; jsdom parses it again per load). */
function clientSource(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    const dir = path.dirname(require.resolve(`${CLIENT_PACKAGE}/package.json`));
    sources.set(file, (text = fs.readFileSync(path.join(dir, 'dist', file), 'utf8')));
  }
  return text;
}

/** The installed client library's version (`1.1.110`). */
export function clientVersion(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(require.resolve(`${CLIENT_PACKAGE}/package.json`), 'utf8'));
  return String((pkg as { version?: unknown }).version);
}

/**
 * Loads the client library into a fresh window over `book` (≈0.3 s) and installs the wire host.
 * `Excel.run` then sends every request to the host; the adapter takes
 * `new OfficeWorkbookPort({ excel: client.Excel, office: client.Office })`.
 */
export function loadExcelClient(book: SimBook, options: ClientOptions = {}): LoadedClient {
  // The library runs as a page's script element, as in a task pane: no string evaluation of ours.
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'dangerously', url: 'https://localhost/taskpane.html' });
  // The jsdom window has the library's globals once it ran; typed through one cast here.
  const win = dom.window as unknown as Window & Record<string, unknown>;
  const script = dom.window.document.createElement('script');
  script.textContent = clientSource(options.file ?? 'excel-web-16.00.js');
  dom.window.document.head.appendChild(script);
  const host = new WireHost(book, options);
  const osf = win.OSF as { DDA: { RichApi?: Record<string, unknown> } };
  osf.DDA.RichApi ??= {};
  const selectionHandlers = new Set<() => void>();
  osf.DDA.RichApi.executeRichApiRequestAsync = (message: unknown, callback: Parameters<WireHost['executeRichApiRequestAsync']>[1]) => {
    const selection = JSON.stringify(book.selection);
    host.executeRichApiRequestAsync(message, callback);
    // Office raises documentSelectionChanged after a request changed the selection, on a later task.
    if (JSON.stringify(book.selection) !== selection) setTimeout(() => selectionHandlers.forEach((handler) => handler()), 0);
  };
  const officeExtension = win.OfficeExtension as unknown as typeof OfficeExtension & { CommonUtility: { _doApiNotSupportedCheck: boolean } };
  // The per-member ExcelApi check is off in the shipped file; on, a call above the level fails client-side.
  officeExtension.CommonUtility._doApiNotSupportedCheck = true;
  const office = Object.create(win.Office as object) as ClientOffice;
  // Office.context is a non-configurable getter of the real object: our own `context` shadows it.
  Object.defineProperty(office, 'context', { value: officeContext(book, host, options.displayLanguage ?? 'id-ID', selectionHandlers), enumerable: true });
  win.Office = office;
  return { Excel: win.Excel as unknown as LoadedClient['Excel'], Office: office, OfficeExtension: officeExtension, host, window: win, close: () => dom.window.close() };
}

