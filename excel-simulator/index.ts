/**
 * The old imitation of the Office.js CLIENT (kept while tests move to `wire-host.ts`, which
 * serves Microsoft's real client library at the wire instead).
 * A simulated Excel host: the subset of the Excel JavaScript API the add-in uses, over an
 * in-memory workbook (SimBook). It keeps Office's rules so code that passes here behaves on
 * Excel: nothing is read until it was loaded and synced (PropertyNotLoaded otherwise),
 * writes wait in a queue until `context.sync()`, a batch is not a transaction (actions before
 * a failure stay applied), and a request or response above the payload limit fails with
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded as on Excel on the web.
 * It counts syncs and the bytes that cross (UTF-8 size of the JSON). Pure TypeScript, no Node imports:
 * jest uses it, and webpack bundles it in place of office.js for the browser preview.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  SimBook,
  SimCell,
  SimChart,
  SimSheet,
  ensureCell,
  findSheet,
  isBlank,
  literalFormulaValue,
  parseAddress,
  quoteSheet,
  rectAddress,
  typedContent,
} from './model';

export * from './model';
export * from './snapshot';

/** Options of the simulated host. */
export interface SimOptions {
  /** Highest ExcelApi version the host supports (`1.20` by default). */
  apiVersion?: string;
  /** Office.context.displayLanguage (`id-ID` by default). */
  displayLanguage?: string;
  /** Request/response limit in bytes (5 MB, Excel on the web). */
  payloadLimit?: number;
  /** Cells one range read may cover (5,000,000). */
  cellLimit?: number;
  /** Fail the k-th sync (1-based, counted from creation or the last stats reset). */
  failOnSync?: number;
  /** How many of that sync's actions run before it fails (default: half, so the write is torn). */
  failAfterActions?: number;
  /** Computes a written formula's value; default: literals, else `#NAME?`. */
  evaluate?: (formula: string, sheet: string, row: number, col: number) => SimCell['value'];
}

/** What crossed between the add-in and the host. */
export interface SimStats {
  syncs: number;
  runs: number;
  /** The options each Excel.run got (mergeUndoGroup…). */
  runOptions: Record<string, unknown>[];
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  /** Largest response delivered. */
  maxResponseBytes: number;
  /** Syncs refused for a payload over the limit (their responses never crossed). */
  rejected: number;
  /** Per sync: request and response bytes, and what it loaded (each load's property list, e.g. `numberFormat`). */
  perSync: { request: number; response: number; loads: string[] }[];
  /** Zeroes the counters (failOnSync counts from here). */
  reset(): void;
}

/** 5 MB: the request and response limit of Excel on the web. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** A range read may cover at most five million cells. */
export const CELL_LIMIT = 5_000_000;

/** The error Office.js throws (OfficeExtension.Error): a code, a message, debugInfo. */
export class SimOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

// ------------------------------------------------------------------ batching machinery

interface Wire {
  readonly o: string;
  readonly k: 'load' | 'set' | 'call';
  readonly p: string;
  readonly a?: unknown;
}

interface Tx {
  readonly commits: (() => void)[];
  readonly response: unknown[];
}

interface Action {
  readonly wire: Wire;
  run(tx: Tx): void;
}

interface Read {
  readonly data: unknown;
  commit(): void;
}

const utf8 = new TextEncoder();

/** What a payload weighs on the wire: UTF-8 bytes of its JSON. */
function byteSize(payload: unknown): number {
  const json = JSON.stringify(payload);
  // ASCII-only JSON (the usual case) weighs its length; only other text needs encoding.
  return /[\u0080-\uffff]/.test(json) ? utf8.encode(json).byteLength : json.length;
}

class Host {
  readonly stats: SimStats;
  constructor(
    readonly book: SimBook,
    readonly options: SimOptions,
  ) {
    const stats: SimStats = {
      syncs: 0,
      runs: 0,
      runOptions: [],
      requestBytes: 0,
      responseBytes: 0,
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      rejected: 0,
      perSync: [],
      reset() {
        stats.syncs = 0;
        stats.runs = 0;
        stats.runOptions = [];
        stats.requestBytes = 0;
        stats.responseBytes = 0;
        stats.maxRequestBytes = 0;
        stats.maxResponseBytes = 0;
        stats.rejected = 0;
        stats.perSync = [];
      },
    };
    this.stats = stats;
  }

  /** Highest ExcelApi version this host supports. */
  get apiVersion(): string {
    return this.options.apiVersion ?? '1.20';
  }

  get limit(): number {
    return this.options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  async sync(ctx: SimContext): Promise<void> {
    const actions = ctx.takeQueue();
    // A round trip is asynchronous: let other work run, as the real host would.
    await Promise.resolve();
    this.stats.syncs += 1;
    const n = this.stats.syncs;
    const requestBytes = byteSize(actions.map((a) => a.wire));
    this.stats.requestBytes += requestBytes;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    const loads: string[] = [];
    for (const a of actions) if (a.wire.k === 'load' && typeof a.wire.p === 'string' && !loads.includes(a.wire.p)) loads.push(a.wire.p);
    const record = { request: requestBytes, response: 0, loads };
    this.stats.perSync.push(record);
    if (this.book.cellEditMode) {
      throw new SimOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
    }
    if (requestBytes > this.limit) {
      this.stats.rejected += 1;
      throw new SimOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
    const failing = this.options.failOnSync === n;
    const stopAt = failing ? (this.options.failAfterActions ?? Math.floor(actions.length / 2)) : Infinity;
    const tx: Tx = { commits: [], response: [] };
    actions.forEach((action, i) => {
      if (i >= stopAt) throw new SimOfficeError('GeneralException', `Simulated failure of sync ${n} after ${stopAt} of ${actions.length} actions.`);
      action.run(tx);
    });
    if (failing) throw new SimOfficeError('GeneralException', `Simulated failure of sync ${n} after all ${actions.length} actions.`);
    const responseBytes = byteSize(tx.response);
    record.response = responseBytes;
    if (responseBytes > this.limit) {
      this.stats.rejected += 1;
      throw new SimOfficeError('ResponsePayloadSizeLimitExceeded', 'The size of the payload exceeded the limit. Read the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.');
    }
    this.stats.responseBytes += responseBytes;
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, responseBytes);
    for (const commit of tx.commits) commit();
  }

  evaluate(formula: string, sheet: string, row: number, col: number): SimCell['value'] {
    return this.options.evaluate ? this.options.evaluate(formula, sheet, row, col) : literalFormulaValue(formula);
  }

  sheet(name: string): SimSheet {
    const sheet = findSheet(this.book, name);
    if (!sheet) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist. (worksheet '${name}')`);
    return sheet;
  }

  writable(sheet: SimSheet): SimSheet {
    if (sheet.protected) throw new SimOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
    return sheet;
  }
}

/** The request context handed to the batch of Excel.run. */
class SimContext {
  private queue: Action[] = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  constructor(readonly host: Host) {
    this.workbook = new WorkbookProxy(this, 'workbook');
    this.application = new ApplicationProxy(this, 'application');
  }
  push(action: Action): void {
    this.queue.push(action);
  }
  takeQueue(): Action[] {
    const q = this.queue;
    this.queue = [];
    return q;
  }
  get pending(): number {
    return this.queue.length;
  }
  sync(): Promise<void> {
    return this.host.sync(this);
  }
}

function splitLoad(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(splitLoad);
  if (typeof spec === 'object') {
    const select = (spec as { select?: unknown }).select;
    if (select !== undefined) return splitLoad(select);
    // Object form: { format: { fill: { color: true } } }.
    const out: string[] = [];
    const walk = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (v === true) out.push(prefix + k);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(spec as Record<string, unknown>, '');
    return out;
  }
  return [];
}

/** Groups `a/b`, `a/c`, `d` into { a: [b, c], d: [] }. */
function groupPaths(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    const key = head.trim();
    if (!groups.has(key)) groups.set(key, []);
    if (rest.length) groups.get(key)!.push(rest.join('/'));
  }
  return groups;
}

/** A proxy object: loaded properties, queued sets and calls. */
abstract class SimProxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    readonly ctx: SimContext,
    readonly path: string,
  ) {}

  /** `untrack()` (Range, RangeAreas…): this imitation keeps no references, so there is nothing to release. */
  untrack(): this {
    return this;
  }

  /** Host state for this proxy at execution time; null for a null object. */
  protected abstract exists(): boolean;
  /** A scalar property's current host value. */
  protected abstract scalar(prop: string): unknown;
  /** Navigation properties (format, fill, protection…). */
  protected child(_prop: string): SimProxy | undefined {
    return undefined;
  }
  /** Scalars loaded by an empty load(). */
  protected defaultScalars(): string[] {
    return [];
  }

  get isNullObject(): boolean {
    return this.got('isNullObject');
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new SimOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, this.path);
    }
    return this.loaded.get(prop) as T;
  }

  protected queueSet(prop: string, value: unknown, apply: () => void): void {
    this.ctx.push({ wire: { o: this.path, k: 'set', p: prop, a: value }, run: () => apply() });
    this.loaded.set(prop, value);
  }

  protected queueCall(method: string, args: unknown, run: (tx: Tx) => void): void {
    this.ctx.push({ wire: { o: this.path, k: 'call', p: method, a: args }, run });
  }

  load(spec?: unknown): this {
    const paths = splitLoad(spec);
    this.ctx.push({
      wire: { o: this.path, k: 'load', p: paths.join(',') },
      run: (tx) => {
        const read = this.read(paths.length ? paths : this.defaultScalars());
        tx.response.push(read.data);
        tx.commits.push(read.commit);
      },
    });
    return this;
  }

  /** Reads `paths` from the host now; the values reach the proxy only when the sync succeeds. */
  read(paths: readonly string[]): Read {
    if (!this.exists()) {
      return { data: { isNullObject: true }, commit: () => this.loaded.set('isNullObject', true) };
    }
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [() => this.loaded.set('isNullObject', false)];
    for (const [head, rest] of groupPaths(paths)) {
      const child = this.child(head);
      if (child) {
        const sub = child.read(rest.length ? rest : child.defaultScalars());
        data[head] = sub.data;
        commits.push(sub.commit);
      } else if (head !== 'isNullObject') {
        const value = this.scalar(head);
        data[head] = value;
        commits.push(() => this.loaded.set(head, value));
      }
    }
    return { data, commit: () => commits.forEach((c) => c()) };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A result of a method (getCellProperties): its value is there after the sync. */
class SimClientResult<T> {
  private has = false;
  private v: T | undefined;
  constructor(private readonly where: string) {}
  set(value: T): void {
    this.has = true;
    this.v = value;
  }
  get value(): T {
    if (!this.has) throw new SimOfficeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.', this.where);
    return this.v as T;
  }
}

// ------------------------------------------------------------------ workbook, sheets

class WorkbookProxy extends SimProxy {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(ctx: SimContext, path: string) {
    super(ctx, path);
    this.worksheets = new WorksheetCollectionProxy(ctx, `${path}.worksheets`);
  }
  protected exists(): boolean {
    return true;
  }
  protected scalar(prop: string): unknown {
    throw new SimOfficeError('InvalidArgument', `Unknown workbook property ${prop}`);
  }
  getSelectedRange(): RangeProxy {
    const host = this.ctx.host;
    return new RangeProxy(this.ctx, `${this.path}.selected`, () => {
      const sel = host.book.selection;
      const sheet = host.sheet(sel?.sheet ?? host.book.activeSheet);
      const r = parseAddress(sel?.address ?? 'A1')!;
      return { sheet, ...r };
    });
  }
}

class WorksheetCollectionProxy extends SimProxy {
  protected exists(): boolean {
    return true;
  }
  protected scalar(prop: string): unknown {
    if (prop === 'count') return this.ctx.host.book.sheets.length;
    throw new SimOfficeError('InvalidArgument', `Unknown worksheets property ${prop}`);
  }
  get items(): WorksheetProxy[] {
    return this.got('items');
  }
  override read(paths: readonly string[]): Read {
    const groups = groupPaths(paths);
    const itemPaths = groups.get('items') ?? (paths.length === 0 ? ['name'] : undefined);
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    if (itemPaths) {
      const sheets = [...this.ctx.host.book.sheets];
      const proxies = sheets.map((s) => new WorksheetProxy(this.ctx, `${this.path}[${JSON.stringify(s.name)}]`, () => s));
      const reads = proxies.map((p) => p.read(itemPaths.length ? itemPaths : ['name']));
      data.items = reads.map((r) => r.data);
      commits.push(() => {
        reads.forEach((r) => r.commit());
        this.loaded.set('items', proxies);
      });
    }
    if (groups.has('count')) {
      const count = this.ctx.host.book.sheets.length;
      data.count = count;
      commits.push(() => this.loaded.set('count', count));
    }
    return { data, commit: () => commits.forEach((c) => c()) };
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => this.ctx.host.sheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => findSheet(this.ctx.host.book, name) ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.active`, () => this.ctx.host.sheet(this.ctx.host.book.activeSheet));
  }
  add(name: string): WorksheetProxy {
    const host = this.ctx.host;
    this.queueCall('add', [name], () => {
      if (findSheet(host.book, name)) throw new SimOfficeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
      host.book.sheets.push({ name, rows: [], protected: false, charts: [], columnWidths: {} });
    });
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => host.sheet(name));
  }
}

type SheetResolver = () => SimSheet | null;

class WorksheetProxy extends SimProxy {
  readonly protection: WorksheetProtectionProxy;
  readonly charts: ChartCollectionProxy;
  constructor(
    ctx: SimContext,
    path: string,
    readonly resolve: SheetResolver,
  ) {
    super(ctx, path);
    this.protection = new WorksheetProtectionProxy(ctx, `${path}.protection`, resolve);
    this.charts = new ChartCollectionProxy(ctx, `${path}.charts`, resolve);
  }
  protected exists(): boolean {
    return this.resolve() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['name', 'position', 'visibility'];
  }
  protected scalar(prop: string): unknown {
    const sheet = this.resolve()!;
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'position':
        return this.ctx.host.book.sheets.indexOf(sheet);
      case 'visibility':
        return 'Visible';
      case 'id':
        return `{${sheet.name}}`;
      default:
        throw new SimOfficeError('InvalidArgument', `Unknown worksheet property ${prop}`);
    }
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'protection' ? this.protection : undefined;
  }
  get name(): string {
    return this.got('name');
  }
  private need(): SimSheet {
    const sheet = this.resolve();
    if (!sheet) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist. (${this.path})`);
    return sheet;
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      if (address === undefined || address === '') return { sheet, row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const r = parseAddress(address);
      if (!r) throw new SimOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address ${address})`);
      return { sheet, ...r };
    });
  }
  /** RangeAreas from `A1:B2,D4` (ExcelApi 1.9); the whole address fails when one part is invalid. */
  getRanges(address: string): RangeAreasProxy {
    if (!versionAtLeast(this.ctx.host.apiVersion, '1.9')) throw new SimOfficeError('ApiNotFound', 'The API you are trying to use could not be found. (Worksheet.getRanges needs ExcelApi 1.9)');
    let parts: { row: number; col: number; rows: number; cols: number }[] | undefined;
    return new RangeAreasProxy(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      parts ??= address.split(',').map((part) => {
        const r = parseAddress(part.trim());
        if (!r || part.includes('!')) throw new SimOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address ${address})`);
        return r;
      });
      return parts.map((r) => ({ sheet, ...r }));
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
        throw new SimOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (getRangeByIndexes ${row},${col},${rows},${cols})`);
      }
      return { sheet, row, col, rows, cols };
    });
  }
  private used(valuesOnly: boolean, nullable: boolean): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getUsedRange${nullable ? 'OrNullObject' : ''}(${valuesOnly})`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const box = usedBox(sheet, valuesOnly);
      if (box) return { sheet, ...box };
      return nullable ? null : { sheet, row: 0, col: 0, rows: 1, cols: 1 };
    });
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, true);
  }
  activate(): void {
    this.queueCall('activate', [], () => {
      this.ctx.host.book.activeSheet = this.need().name;
    });
  }
  delete(): void {
    this.queueCall('delete', [], () => {
      const sheet = this.need();
      const book = this.ctx.host.book;
      if (book.sheets.length === 1) throw new SimOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      if (book.activeSheet === sheet.name) book.activeSheet = book.sheets[0].name;
      if (book.selection?.sheet === sheet.name) book.selection = null;
    });
  }
}

function usedBox(sheet: SimSheet, valuesOnly: boolean): { row: number; col: number; rows: number; cols: number } | null {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (isBlank(cell, valuesOnly)) return;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    });
  });
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

class WorksheetProtectionProxy extends SimProxy {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly resolve: SheetResolver,
  ) {
    super(ctx, path);
  }
  protected exists(): boolean {
    return this.resolve() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['protected'];
  }
  protected scalar(prop: string): unknown {
    if (prop === 'protected') return this.resolve()!.protected;
    throw new SimOfficeError('InvalidArgument', `Unknown protection property ${prop}`);
  }
  get protected(): boolean {
    return this.got('protected');
  }
}

// ------------------------------------------------------------------ ranges

interface RangeHost {
  sheet: SimSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

type RangeResolver = () => RangeHost | null;

const NO_FILL_COLOR = '#FFFFFF';

/** Cells a format proxy works on: one rectangle (Range) or several (RangeAreas). */
interface CellTarget {
  /** The rectangles, or null for a null object. */
  resolveRects(): RangeHost[] | null;
  /** The rectangles, failing like Excel when they are missing. */
  needRects(): RangeHost[];
}

class RangeProxy extends SimProxy implements CellTarget {
  readonly format: RangeFormatProxy;
  constructor(
    ctx: SimContext,
    path: string,
    readonly resolve: RangeResolver,
  ) {
    super(ctx, path);
    this.format = new RangeFormatProxy(ctx, `${path}.format`, this);
  }
  protected exists(): boolean {
    return this.resolve() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'format' ? this.format : undefined;
  }
  resolveRects(): RangeHost[] | null {
    const r = this.resolve();
    return r ? [r] : null;
  }
  needRects(): RangeHost[] {
    return [this.need()];
  }
  /** The host rectangle, failing like Excel when it is missing. */
  need(): RangeHost {
    const r = this.resolve();
    if (!r) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist. (${this.path})`);
    return r;
  }
  private cells<T>(map: (cell: SimCell | undefined) => T): T[][] {
    const r = this.need();
    const limit = this.ctx.host.options.cellLimit ?? CELL_LIMIT;
    if (r.rows * r.cols > limit) {
      throw new SimOfficeError('ResponsePayloadSizeLimitExceeded', `The range ${rectAddress(r.row, r.col, r.rows, r.cols)} has ${r.rows * r.cols} cells; a read may cover at most ${limit}.`);
    }
    const out: T[][] = new Array(r.rows);
    for (let i = 0; i < r.rows; i++) {
      const row = r.sheet.rows[r.row + i];
      const line: T[] = new Array(r.cols);
      for (let j = 0; j < r.cols; j++) line[j] = map(row?.[r.col + j]);
      out[i] = line;
    }
    return out;
  }
  protected scalar(prop: string): unknown {
    const r = this.need();
    switch (prop) {
      case 'address':
        return `${quoteSheet(r.sheet.name)}!${rectAddress(r.row, r.col, r.rows, r.cols)}`;
      case 'addressLocal':
        return `${quoteSheet(r.sheet.name)}!${rectAddress(r.row, r.col, r.rows, r.cols)}`;
      case 'rowIndex':
        return r.row;
      case 'columnIndex':
        return r.col;
      case 'rowCount':
        return r.rows;
      case 'columnCount':
        return r.cols;
      case 'cellCount':
        return r.rows * r.cols;
      case 'values':
        return this.cells((c) => (c?.value === undefined || c.value === null ? '' : c.value));
      case 'formulas':
        // A constant cell reports its value: only formula cells report text starting with "=".
        return this.cells((c) => (c?.formula ?? (c?.value === undefined || c.value === null ? '' : c.value)));
      case 'numberFormat':
        return this.cells((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.cells((c) =>
          c?.value === undefined || c.value === null || c.value === ''
            ? 'Empty'
            : typeof c.value === 'number'
              ? 'Double'
              : typeof c.value === 'boolean'
                ? 'Boolean'
                : /^#/.test(String(c.value))
                  ? 'Error'
                  : 'String',
        );
      default:
        throw new SimOfficeError('InvalidArgument', `Unknown range property ${prop}`);
    }
  }

  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(v: unknown[][]) {
    this.writeGrid('values', v);
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeGrid('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.queueSet('numberFormat', v, () => {
      const r = this.need();
      this.ctx.host.writable(r.sheet);
      const grid = shaped(v, r, 'numberFormat');
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          const f = grid(i, j);
          if (f === null || f === undefined) continue; // null leaves the cell as it is
          const cell = ensureCell(r.sheet, r.row + i, r.col + j);
          cell.numberFormat = String(f) === 'General' ? undefined : String(f);
        }
      }
    });
  }
  get valueTypes(): string[][] {
    return this.got('valueTypes');
  }

  private writeGrid(prop: 'values' | 'formulas', v: unknown[][]): void {
    this.queueSet(prop, v, () => {
      const r = this.need();
      const host = this.ctx.host;
      host.writable(r.sheet);
      const grid = shaped(v, r, prop);
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          const input = grid(i, j);
          if (input === null || input === undefined) continue; // Office: null leaves the cell unchanged
          const cell = ensureCell(r.sheet, r.row + i, r.col + j);
          if (typeof input === 'number' || typeof input === 'boolean') {
            // A number or logical value is stored as it is (typedContent's first rule, without its object).
            cell.value = input;
            if (cell.formula !== undefined) delete cell.formula;
            continue;
          }
          const typed = typedContent(input, (f) => host.evaluate(f, r.sheet.name, r.row + i, r.col + j));
          cell.value = typed.value;
          if (typed.formula === undefined) delete cell.formula;
          else cell.formula = typed.formula;
          if (typed.percent && cell.numberFormat === undefined) cell.numberFormat = '0%';
        }
      }
    });
  }

  /** The cells this range shares with `other` (a Range or an address); a null object when none. */
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    const label = typeof other === 'string' ? JSON.stringify(other) : other.path;
    return new RangeProxy(this.ctx, `${this.path}.getIntersectionOrNullObject(${label})`, () => {
      const a = this.resolve();
      if (!a) return null;
      const b = typeof other === 'string' ? { sheet: a.sheet, ...(parseAddress(other) ?? invalidAddress(other)) } : other.need();
      if (b.sheet !== a.sheet) throw new SimOfficeError('InvalidArgument', 'The ranges are on different worksheets.');
      const row = Math.max(a.row, b.row);
      const col = Math.max(a.col, b.col);
      const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
      const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
      return rows > 0 && cols > 0 ? { sheet: a.sheet, row, col, rows, cols } : null;
    });
  }

  /** RangeAreas of the formula cells (`Formulas`) or constants (`Constants`) in the range; a null object when none (ExcelApi 1.9). */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    if (!versionAtLeast(this.ctx.host.apiVersion, '1.9')) throw new SimOfficeError('ApiNotFound', 'The API you are trying to use could not be found. (Range.getSpecialCellsOrNullObject needs ExcelApi 1.9)');
    const keep =
      cellType === 'Formulas'
        ? (c: SimCell | undefined) => c?.formula !== undefined
        : cellType === 'Constants'
          ? (c: SimCell | undefined) => c?.formula === undefined && c?.value !== undefined && c.value !== null && c.value !== ''
          : null;
    if (!keep) throw new SimOfficeError('InvalidArgument', `Unsupported special cell type ${cellType}`);
    return new RangeAreasProxy(this.ctx, `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)})`, () => {
      const r = this.resolve();
      if (!r) return null;
      const rects = specialRects(r, keep);
      return rects.length ? rects : null;
    });
  }

  getCellProperties(options: unknown): SimClientResult<unknown[][]> {
    const result = new SimClientResult<unknown[][]>(`${this.path}.getCellProperties`);
    const paths = splitLoad(options);
    this.queueCall('getCellProperties', options, (tx) => {
      const props = this.cells((cell) => cellProperties(cell, paths));
      tx.response.push(props);
      tx.commits.push(() => result.set(props));
    });
    return result;
  }

  setCellProperties(data: unknown[][]): void {
    this.queueCall('setCellProperties', data, () => {
      const r = this.need();
      this.ctx.host.writable(r.sheet);
      const grid = shaped(data, r, 'setCellProperties');
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          const p = grid(i, j) as { format?: { fill?: { color?: string }; font?: { bold?: boolean } } } | null | undefined;
          const fill = p?.format?.fill;
          const font = p?.format?.font;
          if (fill?.color !== undefined) ensureCell(r.sheet, r.row + i, r.col + j).fill = normalColor(fill.color);
          if (font?.bold !== undefined) ensureCell(r.sheet, r.row + i, r.col + j).bold = font.bold;
        }
      }
    });
  }

  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', [applyTo], () => {
      const r = this.need();
      this.ctx.host.writable(r.sheet);
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      forEachExisting(r, (cell) => {
        if (contents) {
          delete cell.value;
          delete cell.formula;
        }
        if (formats) {
          delete cell.numberFormat;
          delete cell.fill;
          delete cell.bold;
        }
      });
    });
  }

  select(): void {
    this.queueCall('select', [], () => {
      const r = this.need();
      const book = this.ctx.host.book;
      book.activeSheet = r.sheet.name;
      book.selection = { sheet: r.sheet.name, address: rectAddress(r.row, r.col, r.rows, r.cols) };
    });
  }
}

function invalidAddress(address: string): never {
  throw new SimOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address ${address})`);
}

function forEachExisting(r: RangeHost, fn: (cell: SimCell) => void): void {
  const lastRow = Math.min(r.row + r.rows, r.sheet.rows.length);
  for (let i = r.row; i < lastRow; i++) {
    const row = r.sheet.rows[i];
    if (!row) continue;
    const lastCol = Math.min(r.col + r.cols, row.length);
    for (let j = r.col; j < lastCol; j++) {
      const cell = row[j];
      if (cell) fn(cell);
    }
  }
}

/** Reads a 2D input the size of the range, failing like Excel when the shape differs. */
function shaped(v: unknown, r: RangeHost, what: string): (i: number, j: number) => unknown {
  // "If the argument is a single value, it will be applied to all cells in the range" (Range.values, formulas, numberFormat).
  if (!Array.isArray(v)) return () => v;
  if (!Array.isArray(v) || v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
    throw new SimOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what} for ${rectAddress(r.row, r.col, r.rows, r.cols)})`);
  }
  const rows = v as unknown[][];
  return (i, j) => rows[i][j];
}

function normalColor(color: string): string {
  return color.toUpperCase();
}

function cellProperties(cell: SimCell | undefined, paths: readonly string[]): unknown {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const path of paths) {
    const [a, b, c] = path.split('/');
    if (a !== 'format' || !b || !c) continue;
    let value: unknown;
    if (b === 'fill' && c === 'color') value = cell?.fill ? cell.fill : NO_FILL_COLOR;
    // No fill and a white fill both report #FFFFFF; only tintAndShade tells them apart (null = no fill).
    else if (b === 'fill' && c === 'tintAndShade') value = cell?.fill ? 0 : null;
    else if (b === 'fill' && c === 'pattern') value = cell?.fill ? 'Solid' : null;
    else if (b === 'font' && c === 'bold') value = cell?.bold ?? false;
    else throw new SimOfficeError('InvalidArgument', `Unsupported cell property ${path}`);
    out.format ??= {};
    out.format[b] ??= {};
    out.format[b][c] = value;
  }
  return out;
}

/** One value for the whole range, or null when the cells differ (Excel's rule for range formats). */
function uniform<T>(rects: readonly RangeHost[], get: (cell: SimCell | undefined) => T): T | null {
  let first: T | undefined;
  let seen = false;
  for (const r of rects) {
    for (let i = 0; i < r.rows; i++) {
      const row = r.sheet.rows[r.row + i];
      for (let j = 0; j < r.cols; j++) {
        const v = get(row?.[r.col + j]);
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
  }
  return first ?? null;
}

/** Runs `fn` on every cell of the rectangles, creating cells (a write). */
function forEachCell(rects: readonly RangeHost[], fn: (cell: SimCell) => void): void {
  for (const r of rects) for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(ensureCell(r.sheet, r.row + i, r.col + j));
}

class RangeFormatProxy extends SimProxy {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  constructor(
    ctx: SimContext,
    path: string,
    readonly range: CellTarget,
  ) {
    super(ctx, path);
    this.fill = new RangeFillProxy(ctx, `${path}.fill`, range);
    this.font = new RangeFontProxy(ctx, `${path}.font`, range);
  }
  protected exists(): boolean {
    return this.range.resolveRects() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['columnWidth'];
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'fill' ? this.fill : prop === 'font' ? this.font : undefined;
  }
  protected scalar(prop: string): unknown {
    const rects = this.range.needRects();
    if (prop === 'columnWidth') {
      const widths = new Set<number>();
      for (const r of rects) for (let j = 0; j < r.cols; j++) widths.add(r.sheet.columnWidths[r.col + j] ?? 48);
      return widths.size === 1 ? [...widths][0] : null;
    }
    throw new SimOfficeError('InvalidArgument', `Unknown format property ${prop}`);
  }
  get columnWidth(): number {
    return this.got('columnWidth');
  }
  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, () => {
      for (const r of this.range.needRects()) {
        this.ctx.host.writable(r.sheet);
        for (let j = 0; j < r.cols; j++) r.sheet.columnWidths[r.col + j] = points;
      }
    });
  }
}

/** Fails like Excel when any rectangle lies on a protected sheet; returns them. */
function writableRects(ctx: SimContext, target: CellTarget): RangeHost[] {
  const rects = target.needRects();
  for (const r of rects) ctx.host.writable(r.sheet);
  return rects;
}

class RangeFillProxy extends SimProxy {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly range: CellTarget,
  ) {
    super(ctx, path);
  }
  protected exists(): boolean {
    return this.range.resolveRects() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['color', 'tintAndShade'];
  }
  protected scalar(prop: string): unknown {
    const rects = this.range.needRects();
    if (prop === 'color') return uniform(rects, (c) => (c?.fill ? c.fill : NO_FILL_COLOR));
    if (prop === 'tintAndShade') return uniform(rects, (c) => (c?.fill ? 0 : null));
    if (prop === 'pattern') return uniform(rects, (c) => (c?.fill ? 'Solid' : null));
    throw new SimOfficeError('InvalidArgument', `Unknown fill property ${prop}`);
  }
  get color(): string {
    return this.got('color');
  }
  set color(color: string) {
    this.queueSet('color', color, () => {
      const fill = normalColor(color);
      forEachCell(writableRects(this.ctx, this.range), (cell) => (cell.fill = fill));
    });
  }
  get tintAndShade(): number | null {
    return this.got('tintAndShade');
  }
  clear(): void {
    this.queueCall('clear', [], () => {
      // Assigned, not deleted: a delete per cell would turn every cell object into a slow dictionary.
      for (const r of writableRects(this.ctx, this.range)) forEachExisting(r, (cell) => cell.fill !== undefined && (cell.fill = undefined));
    });
  }
}

class RangeFontProxy extends SimProxy {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly range: CellTarget,
  ) {
    super(ctx, path);
  }
  protected exists(): boolean {
    return this.range.resolveRects() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['bold'];
  }
  protected scalar(prop: string): unknown {
    const rects = this.range.needRects();
    if (prop === 'bold') return uniform(rects, (c) => c?.bold ?? false);
    throw new SimOfficeError('InvalidArgument', `Unknown font property ${prop}`);
  }
  get bold(): boolean | null {
    return this.got('bold');
  }
  set bold(bold: boolean) {
    this.queueSet('bold', bold, () => forEachCell(writableRects(this.ctx, this.range), (cell) => (cell.bold = bold)));
  }
}

/**
 * RangeAreas (ExcelApi 1.9): several rectangles of one sheet from `worksheet.getRanges`, with
 * the members the add-in uses (address, areaCount, format). Its format setters apply to every
 * area; its format getters are null unless every cell agrees, as on a Range.
 */
class RangeAreasProxy extends SimProxy implements CellTarget {
  readonly format: RangeFormatProxy;
  readonly areas: RangeCollectionProxy;
  constructor(
    ctx: SimContext,
    path: string,
    private readonly resolveAll: () => RangeHost[] | null,
  ) {
    super(ctx, path);
    this.format = new RangeFormatProxy(ctx, `${path}.format`, this);
    this.areas = new RangeCollectionProxy(ctx, `${path}.areas`, resolveAll);
  }
  resolveRects(): RangeHost[] | null {
    return this.resolveAll();
  }
  needRects(): RangeHost[] {
    const rects = this.resolveAll();
    if (!rects) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist. (${this.path})`);
    return rects;
  }
  protected exists(): boolean {
    return this.resolveAll() !== null;
  }
  protected override defaultScalars(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'format' ? this.format : prop === 'areas' ? this.areas : undefined;
  }
  protected scalar(prop: string): unknown {
    const rects = this.needRects();
    switch (prop) {
      case 'address':
        return rects.map((r) => `${quoteSheet(r.sheet.name)}!${rectAddress(r.row, r.col, r.rows, r.cols)}`).join(',');
      case 'areaCount':
        return rects.length;
      case 'cellCount':
        return rects.reduce((n, r) => n + r.rows * r.cols, 0);
      default:
        throw new SimOfficeError('InvalidArgument', `Unknown RangeAreas property ${prop}`);
    }
  }
  get address(): string {
    return this.got('address');
  }
  get areaCount(): number {
    return this.got('areaCount');
  }
}

/** The areas of a RangeAreas (ExcelApi 1.9): one Range per rectangle, loaded as `items/…`. */
class RangeCollectionProxy extends SimProxy {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly resolveAll: () => RangeHost[] | null,
  ) {
    super(ctx, path);
  }
  protected exists(): boolean {
    return this.resolveAll() !== null;
  }
  protected scalar(prop: string): unknown {
    if (prop === 'count') return (this.resolveAll() ?? []).length;
    throw new SimOfficeError('InvalidArgument', `Unknown range collection property ${prop}`);
  }
  get items(): RangeProxy[] {
    return this.got('items');
  }
  override read(paths: readonly string[]): Read {
    const groups = groupPaths(paths);
    const itemPaths = groups.get('items');
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    if (itemPaths) {
      const rects = this.resolveAll() ?? [];
      const proxies = rects.map((r, i) => new RangeProxy(this.ctx, `${this.path}[${i}]`, () => r));
      const reads = proxies.map((p) => p.read(itemPaths.length ? itemPaths : ['address']));
      data.items = reads.map((r) => r.data);
      commits.push(() => {
        reads.forEach((r) => r.commit());
        this.loaded.set('items', proxies);
      });
    }
    if (groups.has('count')) {
      const count = (this.resolveAll() ?? []).length;
      data.count = count;
      commits.push(() => this.loaded.set('count', count));
    }
    return { data, commit: () => commits.forEach((c) => c()) };
  }
}

/** Rectangles of the cells of `r` that `keep` selects: vertical runs per column, as Excel's areas list them. */
function specialRects(r: RangeHost, keep: (cell: SimCell | undefined) => boolean): RangeHost[] {
  const out: RangeHost[] = [];
  for (let j = 0; j < r.cols; j++) {
    for (let i = 0; i < r.rows; ) {
      if (!keep(r.sheet.rows[r.row + i]?.[r.col + j])) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < r.rows && keep(r.sheet.rows[r.row + end]?.[r.col + j])) end++;
      out.push({ sheet: r.sheet, row: r.row + i, col: r.col + j, rows: end - i, cols: 1 });
      i = end;
    }
  }
  return out;
}

// ------------------------------------------------------------------ charts

class ChartCollectionProxy extends SimProxy {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly resolve: SheetResolver,
  ) {
    super(ctx, path);
  }
  protected exists(): boolean {
    return this.resolve() !== null;
  }
  protected scalar(prop: string): unknown {
    if (prop === 'count') return this.resolve()!.charts.length;
    throw new SimOfficeError('InvalidArgument', `Unknown charts property ${prop}`);
  }
  get items(): ChartProxy[] {
    return this.got('items');
  }
  get count(): number {
    return this.got('count');
  }
  override read(paths: readonly string[]): Read {
    const sheet = this.resolve();
    if (!sheet) return super.read(paths);
    const groups = groupPaths(paths);
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    if (groups.has('items') || paths.length === 0) {
      const charts = [...sheet.charts];
      const proxies = charts.map((c) => new ChartProxy(this.ctx, `${this.path}[${JSON.stringify(c.name)}]`, sheet, { chart: c }));
      const sub = groups.get('items') ?? [];
      const reads = proxies.map((p) => p.read(sub.length ? sub : ['name']));
      data.items = reads.map((r) => r.data);
      commits.push(() => {
        reads.forEach((r) => r.commit());
        this.loaded.set('items', proxies);
      });
    }
    if (groups.has('count')) {
      data.count = sheet.charts.length;
      commits.push(() => this.loaded.set('count', data.count));
    }
    return { data, commit: () => commits.forEach((c) => c()) };
  }
  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    const ref: { chart?: SimChart } = {};
    const sheetName = () => this.resolve()?.name ?? '';
    const proxy = new ChartProxy(this.ctx, `${this.path}.add`, null, ref);
    this.queueCall('add', [type, source.path, seriesBy], () => {
      const sheet = this.resolve();
      if (!sheet) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist. (${this.path})`);
      this.ctx.host.writable(sheet);
      const r = source.need();
      if (r.sheet !== sheet) throw new SimOfficeError('InvalidArgument', `The chart source must be on ${sheetName()}.`);
      const chart: SimChart = { name: `Chart ${sheet.charts.length + 1}`, type, source: rectAddress(r.row, r.col, r.rows, r.cols), seriesBy, title: '' };
      sheet.charts.push(chart);
      ref.chart = chart;
    });
    return proxy;
  }
  getItem(name: string): ChartProxy {
    const ref: { chart?: SimChart } = {};
    return new ChartProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, null, ref, () => {
      const chart = this.resolve()?.charts.find((c) => c.name === name);
      if (!chart) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist. (chart ${name})`);
      return chart;
    });
  }
}

class ChartProxy extends SimProxy {
  readonly title: ChartTitleProxy;
  constructor(
    ctx: SimContext,
    path: string,
    _sheet: SimSheet | null,
    private readonly ref: { chart?: SimChart },
    private readonly lookup?: () => SimChart,
  ) {
    super(ctx, path);
    this.title = new ChartTitleProxy(ctx, `${path}.title`, () => this.chart());
  }
  chart(): SimChart {
    if (this.lookup) return this.lookup();
    if (!this.ref.chart) throw new SimOfficeError('ItemNotFound', `The chart does not exist yet. (${this.path})`);
    return this.ref.chart;
  }
  protected exists(): boolean {
    return true;
  }
  protected override defaultScalars(): string[] {
    return ['name'];
  }
  protected scalar(prop: string): unknown {
    const chart = this.chart();
    if (prop === 'name') return chart.name;
    if (prop === 'chartType') return chart.type;
    throw new SimOfficeError('InvalidArgument', `Unknown chart property ${prop}`);
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'title' ? this.title : undefined;
  }
  get name(): string {
    return this.got('name');
  }
  setPosition(startCell: string, _endCell?: string): void {
    this.queueCall('setPosition', [startCell, _endCell ?? null], () => {
      this.chart().anchor = startCell;
    });
  }
  delete(): void {
    this.queueCall('delete', [], () => {
      const chart = this.chart();
      for (const sheet of this.ctx.host.book.sheets) {
        const i = sheet.charts.indexOf(chart);
        if (i >= 0) {
          this.ctx.host.writable(sheet);
          sheet.charts.splice(i, 1);
        }
      }
    });
  }
}

class ChartTitleProxy extends SimProxy {
  constructor(
    ctx: SimContext,
    path: string,
    private readonly chart: () => SimChart,
  ) {
    super(ctx, path);
  }
  protected exists(): boolean {
    return true;
  }
  protected override defaultScalars(): string[] {
    return ['text'];
  }
  protected scalar(prop: string): unknown {
    if (prop === 'text') return this.chart().title;
    throw new SimOfficeError('InvalidArgument', `Unknown chart title property ${prop}`);
  }
  get text(): string {
    return this.got('text');
  }
  set text(text: string) {
    this.queueSet('text', text, () => {
      this.chart().title = text;
    });
  }
}

// ------------------------------------------------------------------ application

class ApplicationProxy extends SimProxy {
  readonly cultureInfo: CultureInfoProxy;
  constructor(ctx: SimContext, path: string) {
    super(ctx, path);
    this.cultureInfo = new CultureInfoProxy(ctx, `${path}.cultureInfo`);
  }
  protected exists(): boolean {
    return true;
  }
  protected scalar(prop: string): unknown {
    if (prop === 'calculationMode') return 'Automatic';
    throw new SimOfficeError('InvalidArgument', `Unknown application property ${prop}`);
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'cultureInfo' ? this.cultureInfo : undefined;
  }
  calculate(calculationType: string): void {
    this.queueCall('calculate', [calculationType], () => {
      this.ctx.host.book.calculations += 1;
    });
  }
}

class CultureInfoProxy extends SimProxy {
  readonly numberFormat: NumberFormatInfoProxy;
  constructor(ctx: SimContext, path: string) {
    super(ctx, path);
    this.numberFormat = new NumberFormatInfoProxy(ctx, `${path}.numberFormat`);
  }
  protected exists(): boolean {
    return true;
  }
  protected scalar(prop: string): unknown {
    if (prop === 'name') return this.ctx.host.book.decimalSeparator === ',' ? 'id-ID' : 'en-US';
    throw new SimOfficeError('InvalidArgument', `Unknown cultureInfo property ${prop}`);
  }
  protected override child(prop: string): SimProxy | undefined {
    return prop === 'numberFormat' ? this.numberFormat : undefined;
  }
}

class NumberFormatInfoProxy extends SimProxy {
  protected exists(): boolean {
    return true;
  }
  protected override defaultScalars(): string[] {
    return ['numberDecimalSeparator', 'numberGroupSeparator'];
  }
  protected scalar(prop: string): unknown {
    const dec = this.ctx.host.book.decimalSeparator;
    if (prop === 'numberDecimalSeparator') return dec;
    if (prop === 'numberGroupSeparator') return dec === ',' ? '.' : ',';
    throw new SimOfficeError('InvalidArgument', `Unknown numberFormat property ${prop}`);
  }
  get numberDecimalSeparator(): string {
    return this.got('numberDecimalSeparator');
  }
  get numberGroupSeparator(): string {
    return this.got('numberGroupSeparator');
  }
}

// ------------------------------------------------------------------ Excel.run and Office

/** The `Excel` namespace the simulated host offers: `run` plus the enums the add-in names. */
export interface SimExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly ErrorCodes: Record<string, string>;
}

/** The part of `Office` the add-in uses. */
export interface SimOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly document: {
      readonly settings: {
        get(key: string): unknown;
        set(key: string, value: unknown): void;
        remove(key: string): void;
        saveAsync(callback?: (result: { status: string; error?: unknown }) => void): void;
      };
      addHandlerAsync(eventType: string, handler: () => void, callback?: (result: { status: string }) => void): void;
      removeHandlerAsync(eventType: string, options?: unknown, callback?: (result: { status: string }) => void): void;
    };
  };
  readonly HostType: { Excel: 'Excel' };
  readonly AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  readonly EventType: { DocumentSelectionChanged: 'documentSelectionChanged' };
}

/** A simulated host: the two globals, the workbook behind them, and the counters. */
export interface SimulatedExcel {
  readonly Excel: SimExcel;
  readonly Office: SimOffice;
  readonly OfficeExtension: { Error: typeof SimOfficeError };
  readonly book: SimBook;
  readonly stats: SimStats;
  /** The options in force; tests may change them (e.g. clear failOnSync) between runs. */
  readonly options: SimOptions;
}

function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb] = have.split('.').map(Number);
  const [wa, wb] = want.split('.').map(Number);
  return ha > wa || (ha === wa && (hb || 0) >= (wb || 0));
}

const ERROR_CODES = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
};

/** Builds a simulated Excel over `book` (which it changes in place). */
export function createSimulatedExcel(book: SimBook, options: SimOptions = {}): SimulatedExcel {
  const host = new Host(book, options);
  const apiVersion = options.apiVersion ?? '1.20';
  const selectionHandlers = new Set<() => void>();
  let lastSelection = JSON.stringify(book.selection);

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: Excel.RequestContext) => Promise<T>;
    const runOptions = typeof a === 'function' ? {} : { ...(a as Record<string, unknown>) };
    if (runOptions.mergeUndoGroup !== undefined && !versionAtLeast(apiVersion, '1.20')) {
      // Older hosts ignore unknown options; record it so tests see the adapter sent it anyway.
      runOptions.ignored = true;
    }
    host.stats.runs += 1;
    host.stats.runOptions.push(runOptions);
    const ctx = new SimContext(host);
    // The real RequestContext has many more members; the add-in may touch only what the simulation offers.
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Like Excel.run, flush what the batch queued but did not sync.
    if (ctx.pending > 0) await ctx.sync();
    const now = JSON.stringify(book.selection);
    if (now !== lastSelection) {
      lastSelection = now;
      selectionHandlers.forEach((h) => h());
    }
    return result;
  }

  const pendingSettings = new Map<string, unknown>(Object.entries(book.settings));
  const Office: SimOffice = {
    onReady(callback) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'id-ID',
      requirements: {
        isSetSupported(name, minVersion) {
          if (name !== 'ExcelApi') return false;
          return minVersion === undefined ? true : versionAtLeast(apiVersion, String(minVersion));
        },
      },
      document: {
        settings: {
          get: (key) => (pendingSettings.has(key) ? pendingSettings.get(key) : null),
          set: (key, value) => void pendingSettings.set(key, value),
          remove: (key) => void pendingSettings.delete(key),
          saveAsync(callback) {
            for (const key of Object.keys(book.settings)) delete book.settings[key];
            for (const [key, value] of pendingSettings) book.settings[key] = value;
            setTimeout(() => callback?.({ status: 'succeeded' }), 0);
          },
        },
        addHandlerAsync(_eventType, handler, callback) {
          selectionHandlers.add(handler);
          callback?.({ status: 'succeeded' });
        },
        removeHandlerAsync(_eventType, options, callback) {
          const handler = (options as { handler?: () => void } | undefined)?.handler;
          if (handler) selectionHandlers.delete(handler);
          else selectionHandlers.clear();
          callback?.({ status: 'succeeded' });
        },
      },
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  };

  const ExcelNs: SimExcel = { run: run as SimExcel['run'], ErrorCodes: ERROR_CODES };
  return { Excel: ExcelNs, Office, OfficeExtension: { Error: SimOfficeError }, book, stats: host.stats, options };
}

/** Defines the globals `Office`, `Excel` and `OfficeExtension` on `target` (globalThis, window). */
export function installSimulatedExcel(target: object, book: SimBook, options: SimOptions = {}): SimulatedExcel {
  const sim = createSimulatedExcel(book, options);
  const g = target as Record<string, unknown>;
  g.Office = sim.Office;
  g.Excel = sim.Excel;
  g.OfficeExtension = sim.OfficeExtension;
  return sim;
}

