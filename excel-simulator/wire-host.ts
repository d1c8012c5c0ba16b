/**
 * The simulated Excel host at the wire: answers `OSF.DDA.RichApi.executeRichApiRequestAsync`
 * for Microsoft's real client library by decoding each request's ObjectPaths and Actions and
 * applying them to a SimBook. It serves the API surface the add-in uses (src/excel), enforces
 * what Excel enforces (5 MB request and response, five million cells per read, protected sheets,
 * array shapes, the ExcelApi level), fails the k-th request on demand, and counts what crosses.
 * Pure TypeScript (no Node imports); the response format it assumes is in wire-protocol.ts.
 */
import { MAX_COLS, MAX_ROWS, SimBook, SimCell, SimChart, SimSheet, SimValidation, findSheet, literalFormulaValue, parseAddress, quoteSheet, rectAddress } from './model';
import {
  DEFAULT_COLUMN_WIDTH,
  HostError,
  NO_FILL_COLOR,
  SheetRect,
  cellProperties,
  clearRect,
  forEachCell,
  forEachExisting,
  formulaOf,
  numberFormatOf,
  optionPaths,
  readCells,
  setCellProperties,
  specialKeep,
  specialRects,
  textOf,
  uniform,
  usedBox,
  valueOf,
  writable,
  writeContents,
  writeNumberFormats,
} from './sheet-ops';
import {
  ActionType,
  ITEMS,
  OSF_ERROR,
  PathType,
  REFERENCE_ID,
  WireAction,
  WireArguments,
  WireCallbackResult,
  WireError,
  WireRequest,
  WireResult,
  failed,
  parseRequest,
  pascal,
  statusOf,
  succeeded,
} from './wire-protocol';

/** Options of the wire host. */
export interface WireHostOptions {
  /** Highest ExcelApi version the host supports (default `1.20`). */
  apiVersion?: string;
  /** Request and response limit in bytes (default 5 MB, Excel on the web). */
  payloadLimit?: number;
  /** Cells one range read may cover (default 5,000,000). */
  cellLimit?: number;
  /** Fail the k-th request (1-based, counted from creation or the last reset; the cleanup request counts). */
  failOnRequest?: number;
  /** How many of that request's actions run before it fails (default: half, so a write is torn). */
  failAfterActions?: number;
  /** Computes a written formula's value; default: literals, else `#NAME?`. */
  evaluate?: (formula: string, sheet: string, row: number, col: number) => SimCell['value'];
}

/** What one request carried and what came back. */
export interface WireRequestRecord {
  /** 1-based, from creation or the last reset. */
  readonly index: number;
  /** UTF-8 bytes of the request JSON (message[4]). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the response JSON; 0 when refused before a response. */
  responseBytes: number;
  /** Actions by kind: Instantiate, Query, Method, SetProperty, and `_KeepReference`/`_RemoveReference` apart. */
  readonly kinds: Record<string, number>;
  /** Names of the properties set and methods called (e.g. `Values`, `GetCellProperties`), once each. */
  readonly names: string[];
  /** The properties each Query selected (joined by commas), once each. */
  readonly loads: string[];
  /** True for the request `Excel.run` sends at its end to remove every kept reference. */
  readonly cleanup: boolean;
  /** The error code the request failed with, if it did. */
  error?: string;
  /** Cell areas whose contents or formats the request's actions read (queries, getCellProperties), in action order. */
  readonly reads: CellAccess[];
  /** Cell areas the request's actions wrote or cleared, in action order (a torn request lists only what ran). */
  readonly writes: CellAccess[];
}

/** What of a cell an access touched: contents (values and formulas), number format, fill, bold. */
export type CellAspect = 'contents' | 'numberFormat' | 'fill' | 'bold';

/** One read or write of a rectangle of cells, as the request log keeps it (0-based, sheet by name). */
export interface CellAccess {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly aspects: readonly CellAspect[];
}

/** What crossed between the client library and the host. */
export interface WireHostStats {
  readonly requests: WireRequestRecord[];
  /** Requests that were not the end-of-run cleanup: the add-in's own syncs. */
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Bytes of each cleanup request, in order. */
  readonly cleanupRequestBytes: number[];
  /** References kept now (each costs a `_RemoveReference` in a later cleanup). */
  readonly liveReferences: number;
}

/** 5 MB: Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** A range read may cover at most five million cells. */
export const CELL_LIMIT = 5_000_000;

/** An object of the host's object model, as an ObjectPath resolves to it. */
type HostObject =
  | { readonly kind: 'workbook' }
  | { readonly kind: 'worksheets' }
  | { readonly kind: 'worksheet'; readonly sheet: SimSheet }
  | { readonly kind: 'protection'; readonly sheet: SimSheet }
  | { readonly kind: 'freezePanes' | 'pageLayout'; readonly sheet: SimSheet }
  | { readonly kind: 'range'; readonly rect: SheetRect }
  | { readonly kind: 'areas'; readonly sheet: SimSheet; readonly rects: SheetRect[] }
  | { readonly kind: 'rangeCollection'; readonly rects: SheetRect[] }
  | { readonly kind: 'format' | 'fill' | 'font'; readonly rects: SheetRect[] }
  | { readonly kind: 'dataValidation'; readonly rect: SheetRect }
  | { readonly kind: 'charts'; readonly sheet: SimSheet }
  | { readonly kind: 'chart'; readonly sheet: SimSheet; readonly chart: SimChart }
  | { readonly kind: 'chartTitle'; readonly sheet: SimSheet; readonly chart: SimChart }
  | { readonly kind: 'application' }
  | { readonly kind: 'cultureInfo' }
  | { readonly kind: 'numberFormatInfo' };

/** Properties an empty `load()` brings, by kind (a subset of the client's scalar properties). */
const DEFAULT_SELECT: Partial<Record<HostObject['kind'], string[]>> = {
  worksheet: ['name', 'position', 'visibility'],
  protection: ['protected'],
  range: ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'],
  areas: ['address', 'areaCount'],
  format: ['columnWidth'],
  fill: ['color', 'tintAndShade'],
  font: ['bold'],
  chart: ['name'],
  chartTitle: ['text'],
  numberFormatInfo: ['numberDecimalSeparator', 'numberGroupSeparator'],
  cultureInfo: ['name'],
};

/** Members that need an ExcelApi level above 1.1 and that the host serves (the client checks them too when its check is on). */
const API_LEVEL: Record<string, string> = {
  GetRanges: '1.9',
  GetSpecialCellsOrNullObject: '1.9',
  GetCellProperties: '1.9',
  SetCellProperties: '1.9',
  CultureInfo: '1.11',
  PageLayout: '1.9',
};

/** True when ExcelApi `have` is at least `want` (`1.9` < `1.10`). */
export function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb] = have.split('.').map(Number);
  const [wa, wb] = want.split('.').map(Number);
  return ha > wa || (ha === wa && (hb || 0) >= (wb || 0));
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of a JSON text: what it weighs on the wire. */
export function utf8Bytes(text: string): number {
  // ASCII-only text (the usual case) weighs its length; only other text needs encoding.
  return /[\u0080-\uffff]/.test(text) ? utf8.encode(text).byteLength : text.length;
}

/** The wire-level host over one SimBook (changed in place). */
export class WireHost {
  private readonly records: WireRequestRecord[] = [];
  private readonly references = new Map<string, HostObject>();
  private nextReference = 1;
  private readonly sheetIds = new WeakMap<SimSheet, string>();
  private nextSheetId = 1;

  constructor(
    readonly book: SimBook,
    readonly options: WireHostOptions = {},
  ) {}

  /** Highest ExcelApi version this host supports. */
  get apiVersion(): string {
    return this.options.apiVersion ?? '1.20';
  }

  private get limit(): number {
    return this.options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  /** The counters since creation or the last reset. */
  get stats(): WireHostStats {
    const r = this.records;
    return {
      requests: r,
      syncs: r.filter((x) => !x.cleanup).length,
      requestBytes: r.reduce((n, x) => n + x.requestBytes, 0),
      responseBytes: r.reduce((n, x) => n + x.responseBytes, 0),
      maxRequestBytes: r.reduce((n, x) => Math.max(n, x.requestBytes), 0),
      maxResponseBytes: r.reduce((n, x) => Math.max(n, x.responseBytes), 0),
      cleanupRequestBytes: r.filter((x) => x.cleanup).map((x) => x.requestBytes),
      liveReferences: this.references.size,
    };
  }

  /** Zeroes the counters; failOnRequest counts from here. Kept references stay (they live in the workbook). */
  reset(): void {
    this.records.length = 0;
  }

  /**
   * The entry point the client calls: `message[4]` is the request JSON. Answers on a later
   * microtask, as a round trip would; the request itself is applied at once.
   */
  executeRichApiRequestAsync(message: unknown, callback: (result: WireCallbackResult) => void): void {
    const answer = this.handle(message);
    void Promise.resolve().then(() => callback(answer));
  }

  /** Applies one request and returns what the client's callback gets. */
  handle(message: unknown): WireCallbackResult {
    const text = Array.isArray(message) ? message[4] : undefined;
    if (typeof text !== 'string') throw new Error('executeRichApiRequestAsync: message[4] is not the request JSON');
    const request = parseRequest(text);
    const record = this.record(request, utf8Bytes(text));
    if (this.book.cellEditMode) {
      record.error = 'InvalidOperationInCellEditMode';
      return failed(OSF_ERROR.InvalidOperationInCellEditMode, 'Excel is in cell-editing mode.');
    }
    if (record.requestBytes > this.limit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      return failed(OSF_ERROR.RequestPayloadSizeLimitExceeded, `The request payload (${record.requestBytes} bytes) exceeds the limit of ${this.limit} bytes.`);
    }
    const failing = this.options.failOnRequest === record.index;
    const stopAt = failing ? (this.options.failAfterActions ?? Math.floor(request.Actions.length / 2)) : Infinity;
    const run = new RequestRun(this, request, record);
    const results: WireResult[] = [];
    let error: WireError | undefined;
    for (let i = 0; i < request.Actions.length; i++) {
      const action = request.Actions[i];
      if (i >= stopAt) {
        error = { Code: 'GeneralException', Message: `Simulated failure of request ${record.index} after ${stopAt} of ${request.Actions.length} actions.`, Location: '', ActionIndex: i, HttpStatusCode: 500 };
        break;
      }
      try {
        const result = run.act(action);
        if (result !== NO_RESULT) results.push({ ActionId: action.Id, Value: result });
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        error = { Code: e.code, Message: e.message, Location: run.location(action), ActionIndex: i, HttpStatusCode: statusOf(e.code) };
        break;
      }
    }
    if (failing && !error) {
      error = { Code: 'GeneralException', Message: `Simulated failure of request ${record.index} after all its actions.`, Location: '', ActionIndex: request.Actions.length - 1, HttpStatusCode: 500 };
    }
    const body = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
    const responseBytes = utf8Bytes(body);
    if (responseBytes > this.limit) {
      // The actions ran (writes stay, as Excel's do); only the answer cannot come back.
      record.error = 'ResponsePayloadSizeLimitExceeded';
      return failed(OSF_ERROR.ResponsePayloadSizeLimitExceeded, `The response payload (${responseBytes} bytes) exceeds the limit of ${this.limit} bytes.`);
    }
    record.responseBytes = responseBytes;
    if (error) record.error = error.Code;
    return succeeded(body);
  }

  private record(request: WireRequest, requestBytes: number): WireRequestRecord {
    const kinds: Record<string, number> = {};
    const names = new Set<string>();
    const loads = new Set<string>();
    let removals = 0;
    for (const a of request.Actions) {
      const kind = a.Name === '_KeepReference' || a.Name === '_RemoveReference' ? a.Name : (ACTION_KINDS[a.ActionType] ?? `Type${a.ActionType}`);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (a.Name === '_RemoveReference') removals++;
      if (a.ActionType === ActionType.Method || a.ActionType === ActionType.SetProperty) names.add(a.Name);
      if (a.ActionType === ActionType.Query) loads.add((a.QueryInfo?.Select ?? []).join(','));
    }
    // The end-of-run request: nothing but reference removals (and the instantiation they need).
    const cleanup = removals > 0 && request.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === ActionType.Instantiate);
    const record: WireRequestRecord = { index: this.records.length + 1, requestBytes, responseBytes: 0, kinds, names: [...names], loads: [...loads], cleanup, reads: [], writes: [] };
    this.records.push(record);
    return record;
  }

  /** Keeps `obj` under a new reference id; later requests name it by that id (ObjectPathType 6). */
  keep(obj: HostObject): string {
    // GUID-shaped, like the ids Excel gives worksheets: the cleanup request's size depends on it.
    const id = `{${(this.nextReference++).toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`;
    this.references.set(id, obj);
    return id;
  }

  /** The object a reference id names. */
  referenced(id: string): HostObject {
    const obj = this.references.get(id);
    if (!obj) throw new HostError('InvalidReference', `The reference ${id} is not kept by the host.`);
    return obj;
  }

  /** Forgets a kept reference (`_RemoveReference`); an unknown id is ignored, as removing twice is harmless. */
  release(id: string): void {
    this.references.delete(id);
  }

  /** The id the host reports for a worksheet (`worksheet.id`). */
  sheetId(sheet: SimSheet): string {
    let id = this.sheetIds.get(sheet);
    if (!id) this.sheetIds.set(sheet, (id = `{00000000-0001-0000-${(this.nextSheetId++).toString(16).padStart(4, '0')}-000000000000}`));
    return id;
  }

  /** The sheet named `name`, or the sheet whose id it is. */
  findSheet(name: string): SimSheet | undefined {
    return findSheet(this.book, name) ?? this.book.sheets.find((s) => this.sheetIds.get(s) === name);
  }

  evaluate(formula: string, sheet: string, row: number, col: number): SimCell['value'] {
    return this.options.evaluate ? this.options.evaluate(formula, sheet, row, col) : literalFormulaValue(formula);
  }

  /** Refuses a member above the host's ExcelApi level, as an older Excel would. */
  requireLevel(member: string): void {
    const level = API_LEVEL[member];
    if (level && !versionAtLeast(this.apiVersion, level)) throw new HostError('ApiNotFound', `${member} needs ExcelApi ${level}; this host has ${this.apiVersion}.`);
  }

  get cellLimit(): number {
    return this.options.cellLimit ?? CELL_LIMIT;
  }
}

const ACTION_KINDS: Record<number, string> = {
  [ActionType.Instantiate]: 'Instantiate',
  [ActionType.Query]: 'Query',
  [ActionType.Method]: 'Method',
  [ActionType.SetProperty]: 'SetProperty',
  [ActionType.Trace]: 'Trace',
};

/** An action without a result in the response (a set, a void method). */
const NO_RESULT = Symbol('no result');

/** One request being applied: its paths resolve once each (a method path such as `Add` runs once). */
class RequestRun {
  private readonly resolved = new Map<number, HostObject | null>();
  /** Paths kept in this request: their next Instantiate reports the `_ReferenceId`. */
  private readonly kept = new Map<number, string>();

  constructor(
    private readonly host: WireHost,
    private readonly request: WireRequest,
    private readonly record: WireRequestRecord,
  ) {}

  /** Logs a read or write of the rectangles of `obj` (a range, areas or their formats). */
  private access(list: CellAccess[], obj: HostObject, aspects: readonly CellAspect[]): void {
    if (!aspects.length) return;
    const rects = obj.kind === 'range' ? [obj.rect] : ((obj as { rects?: SheetRect[] }).rects ?? []);
    for (const r of rects) list.push({ sheet: r.sheet.name, row: r.row, col: r.col, rows: r.rows, cols: r.cols, aspects });
  }

  /** Where an action failed, as `Range.values` style text for error.debugInfo.errorLocation. */
  location(action: WireAction): string {
    const obj = this.resolved.get(action.ObjectPathId);
    const type = obj ? TYPE_NAMES[obj.kind] : (this.request.ObjectPaths[String(action.ObjectPathId)]?.Name ?? '');
    return action.Name ? `${type}.${action.Name.charAt(0).toLowerCase()}${action.Name.slice(1)}` : type;
  }

  act(action: WireAction): unknown {
    switch (action.ActionType) {
      case ActionType.Instantiate: {
        const obj = this.resolve(action.ObjectPathId);
        if (obj === null) return null;
        const ref = this.kept.get(action.ObjectPathId);
        return ref === undefined ? {} : { [REFERENCE_ID]: ref };
      }
      case ActionType.Query: {
        const obj = this.resolve(action.ObjectPathId);
        if (obj === null) return null;
        const select = action.QueryInfo?.Select;
        const chosen = select && select.length ? select : undefined;
        this.access(this.record.reads, obj, queriedAspects(obj.kind, chosen ?? DEFAULT_SELECT[obj.kind] ?? []));
        return this.query(obj, chosen);
      }
      case ActionType.SetProperty: {
        const obj = this.need(action.ObjectPathId);
        this.access(this.record.writes, obj, SET_ASPECTS[`${obj.kind}.${action.Name}`] ?? []);
        this.set(obj, action.Name, this.args(action.ArgumentInfo)[0]);
        return NO_RESULT;
      }
      case ActionType.Method:
        return this.call(action.ObjectPathId, action.Name, this.args(action.ArgumentInfo));
      case ActionType.Trace:
        return NO_RESULT;
      default:
        throw new HostError('InvalidArgument', `Unknown ActionType ${action.ActionType}`);
    }
  }

  private args(info: WireArguments | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds;
    if (!refs) return args;
    return args.map((a, i) => (refs[i] ? new PathArg(this.resolve(refs[i])) : a));
  }

  /** A non-null object for a path, failing like Excel on a null object. */
  private need(id: number): HostObject {
    const obj = this.resolve(id);
    if (obj === null) throw new HostError('ItemNotFound', 'The requested resource doesn\'t exist (a null object).');
    return obj;
  }

  private resolve(id: number): HostObject | null {
    if (this.resolved.has(id)) return this.resolved.get(id) as HostObject | null;
    const path = this.request.ObjectPaths[String(id)];
    if (!path) throw new HostError('InvalidObjectPath', `ObjectPath ${id} is not in the request.`);
    let obj: HostObject | null;
    switch (path.ObjectPathType) {
      case PathType.Global:
        obj = { kind: 'workbook' };
        break;
      case PathType.ReferenceId:
        obj = this.host.referenced(path.Name);
        break;
      case PathType.NullObject:
        obj = null;
        break;
      case PathType.Property:
      case PathType.Indexer:
      case PathType.Method: {
        const parent = this.resolve(path.ParentObjectPathId ?? 0);
        if (parent === null) {
          obj = null;
          break;
        }
        const args = this.args(path.ArgumentInfo);
        obj =
          path.ObjectPathType === PathType.Property
            ? this.property(parent, path.Name)
            : path.ObjectPathType === PathType.Indexer
              ? this.method(parent, 'GetItem', args)
              : this.method(parent, path.Name, args);
        break;
      }
      default:
        throw new HostError('InvalidArgument', `The host does not serve ObjectPathType ${path.ObjectPathType}.`);
    }
    this.resolved.set(id, obj);
    return obj;
  }

  /** A navigation property: `Worksheets`, `Format`, `Fill`… */
  private property(parent: HostObject, name: string): HostObject {
    switch (`${parent.kind}.${name}`) {
      case 'workbook.Worksheets':
        return { kind: 'worksheets' };
      case 'workbook.Application':
        return { kind: 'application' };
      case 'worksheet.Protection':
        return { kind: 'protection', sheet: (parent as { sheet: SimSheet }).sheet };
      case 'worksheet.Charts':
        return { kind: 'charts', sheet: (parent as { sheet: SimSheet }).sheet };
      case 'worksheet.FreezePanes':
        return { kind: 'freezePanes', sheet: (parent as { sheet: SimSheet }).sheet };
      case 'worksheet.PageLayout':
        this.host.requireLevel('PageLayout');
        return { kind: 'pageLayout', sheet: (parent as { sheet: SimSheet }).sheet };
      case 'range.Format':
        return { kind: 'format', rects: [(parent as { rect: SheetRect }).rect] };
      case 'range.DataValidation':
        return { kind: 'dataValidation', rect: (parent as { rect: SheetRect }).rect };
      case 'areas.Format':
        return { kind: 'format', rects: (parent as { rects: SheetRect[] }).rects };
      case 'areas.Areas':
        return { kind: 'rangeCollection', rects: (parent as { rects: SheetRect[] }).rects };
      case 'format.Fill':
        return { kind: 'fill', rects: (parent as { rects: SheetRect[] }).rects };
      case 'format.Font':
        return { kind: 'font', rects: (parent as { rects: SheetRect[] }).rects };
      case 'chart.Title': {
        const p = parent as { sheet: SimSheet; chart: SimChart };
        return { kind: 'chartTitle', sheet: p.sheet, chart: p.chart };
      }
      case 'application.CultureInfo':
        this.host.requireLevel('CultureInfo');
        return { kind: 'cultureInfo' };
      case 'cultureInfo.NumberFormat':
        return { kind: 'numberFormatInfo' };
      default:
        throw new HostError('InvalidArgument', `The host does not serve ${TYPE_NAMES[parent.kind]}.${name}.`);
    }
  }

  /** A method that returns an object (a method path, or an indexer as `GetItem`); null for a null object. */
  private method(parent: HostObject, name: string, args: unknown[]): HostObject | null {
    this.host.requireLevel(name);
    const host = this.host;
    switch (parent.kind) {
      case 'worksheets': {
        const sheetOf = (sheet: SimSheet | undefined): HostObject | null => (sheet ? { kind: 'worksheet', sheet } : null);
        if (name === 'GetItem') return sheetOf(host.findSheet(String(args[0])) ?? notFound(`worksheet '${String(args[0])}'`));
        if (name === 'GetItemOrNullObject') return sheetOf(host.findSheet(String(args[0])));
        if (name === 'GetActiveWorksheet') return sheetOf(host.findSheet(host.book.activeSheet) ?? notFound('active worksheet'));
        if (name === 'GetItemAt') return sheetOf(host.book.sheets[Number(args[0])] ?? notFound(`worksheet #${String(args[0])}`));
        if (name === 'Add') {
          const sheetName = typeof args[0] === 'string' && args[0] ? args[0] : `Sheet${host.book.sheets.length + 1}`;
          if (findSheet(host.book, sheetName)) throw new HostError('ItemAlreadyExists', `A worksheet named '${sheetName}' already exists.`);
          const sheet: SimSheet = { name: sheetName, rows: [], protected: false, charts: [], columnWidths: {} };
          host.book.sheets.push(sheet);
          return { kind: 'worksheet', sheet };
        }
        break;
      }
      case 'worksheet':
        return this.worksheetMethod(parent.sheet, name, args);
      case 'range':
        return this.rangeMethod(parent.rect, name, args);
      case 'rangeCollection':
        if (name === 'GetItemAt') {
          const rect = parent.rects[Number(args[0])] ?? notFound(`area #${String(args[0])}`);
          return { kind: 'range', rect };
        }
        break;
      case 'charts': {
        const sheet = parent.sheet;
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const chart = sheet.charts.find((c) => c.name === String(args[0]));
          if (!chart && name === 'GetItem') notFound(`chart '${String(args[0])}'`);
          return chart ? { kind: 'chart', sheet, chart } : null;
        }
        if (name === 'GetItemAt') return { kind: 'chart', sheet, chart: sheet.charts[Number(args[0])] ?? notFound(`chart #${String(args[0])}`) };
        if (name === 'Add') {
          writable(sheet);
          const source = args[1] instanceof PathArg ? args[1].obj : null;
          if (!source || source.kind !== 'range') throw new HostError('InvalidArgument', 'charts.add needs a source Range.');
          if (source.rect.sheet !== sheet) throw new HostError('InvalidArgument', `The chart source must be on ${sheet.name}.`);
          const r = source.rect;
          const chart: SimChart = { name: `Chart ${sheet.charts.length + 1}`, type: String(args[0]), source: rectAddress(r.row, r.col, r.rows, r.cols), seriesBy: String(args[2] ?? 'Auto'), title: '' };
          sheet.charts.push(chart);
          return { kind: 'chart', sheet, chart };
        }
        break;
      }
    }
    throw new HostError('InvalidArgument', `The host does not serve ${TYPE_NAMES[parent.kind]}.${name}.`);
  }

  private worksheetMethod(sheet: SimSheet, name: string, args: unknown[]): HostObject | null {
    switch (name) {
      case 'GetRange': {
        const address = args[0];
        if (address === undefined || address === null || address === '') return { kind: 'range', rect: { sheet, row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
        const r = parseAddress(String(address));
        if (!r) throw new HostError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address ${String(address)})`);
        return { kind: 'range', rect: { sheet, ...r } };
      }
      case 'GetRanges': {
        const address = String(args[0] ?? '');
        const rects = address.split(',').map((part) => {
          const r = parseAddress(part.trim());
          if (!r || part.includes('!')) throw new HostError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address ${address})`);
          return { sheet, ...r };
        });
        return { kind: 'areas', sheet, rects };
      }
      case 'GetRangeByIndexes': {
        const [row, col, rows, cols] = args.map(Number);
        if (!(row >= 0 && col >= 0 && rows >= 1 && cols >= 1 && row + rows <= MAX_ROWS && col + cols <= MAX_COLS)) {
          throw new HostError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (getRangeByIndexes ${args.join(',')})`);
        }
        return { kind: 'range', rect: { sheet, row, col, rows, cols } };
      }
      case 'GetUsedRange':
      case 'GetUsedRangeOrNullObject': {
        const box = usedBox(sheet, args[0] === true);
        if (box) return { kind: 'range', rect: { sheet, ...box } };
        // A blank sheet: getUsedRange gives A1, the OrNullObject form a null object.
        return name === 'GetUsedRange' ? { kind: 'range', rect: { sheet, row: 0, col: 0, rows: 1, cols: 1 } } : null;
      }
    }
    throw new HostError('InvalidArgument', `The host does not serve Worksheet.${name}.`);
  }

  private rangeMethod(a: SheetRect, name: string, args: unknown[]): HostObject | null {
    const other = (): SheetRect => {
      const arg = args[0];
      if (arg instanceof PathArg) {
        if (arg.obj?.kind !== 'range') throw new HostError('InvalidArgument', `${name} needs a Range.`);
        return arg.obj.rect;
      }
      const r = parseAddress(String(arg));
      if (!r) throw new HostError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (address ${String(arg)})`);
      return { sheet: a.sheet, ...r };
    };
    switch (name) {
      case 'GetIntersectionOrNullObject':
      case 'GetIntersection': {
        const b = other();
        if (b.sheet !== a.sheet) throw new HostError('InvalidArgument', 'The ranges are on different worksheets.');
        const row = Math.max(a.row, b.row);
        const col = Math.max(a.col, b.col);
        const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
        const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
        if (rows > 0 && cols > 0) return { kind: 'range', rect: { sheet: a.sheet, row, col, rows, cols } };
        if (name === 'GetIntersection') notFound('intersection');
        return null;
      }
      case 'GetBoundingRect': {
        const b = other();
        if (b.sheet !== a.sheet) throw new HostError('InvalidArgument', 'The ranges are on different worksheets.');
        const row = Math.min(a.row, b.row);
        const col = Math.min(a.col, b.col);
        return { kind: 'range', rect: { sheet: a.sheet, row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col } };
      }
      case 'GetRow':
      case 'GetColumn':
      case 'GetCell': {
        const [i, j] = args.map(Number);
        const rect =
          name === 'GetRow'
            ? { sheet: a.sheet, row: a.row + i, col: a.col, rows: 1, cols: a.cols }
            : name === 'GetColumn'
              ? { sheet: a.sheet, row: a.row, col: a.col + i, rows: a.rows, cols: 1 }
              : { sheet: a.sheet, row: a.row + i, col: a.col + j, rows: 1, cols: 1 };
        if (!(rect.row >= 0 && rect.col >= 0 && rect.row + rect.rows <= MAX_ROWS && rect.col + rect.cols <= MAX_COLS)) throw new HostError('InvalidArgument', `${name}(${args.join(',')}) is outside the sheet.`);
        return { kind: 'range', rect };
      }
      case 'GetSpecialCellsOrNullObject':
      case 'GetSpecialCells': {
        const keep = specialKeep(args[0]);
        if (!keep) throw new HostError('InvalidArgument', `The host does not model special cells of type ${String(args[0])}.`);
        const rects = specialRects(a, keep);
        if (rects.length) return { kind: 'areas', sheet: a.sheet, rects };
        if (name === 'GetSpecialCells') notFound('special cells');
        return null;
      }
    }
    throw new HostError('InvalidArgument', `The host does not serve Range.${name}.`);
  }

  /** A SetProperty action. */
  private set(obj: HostObject, name: string, value: unknown): void {
    const host = this.host;
    switch (`${obj.kind}.${name}`) {
      case 'range.Values':
      case 'range.Formulas': {
        const r = (obj as { rect: SheetRect }).rect;
        writeContents(r, value, name, (f, row, col) => host.evaluate(f, r.sheet.name, row, col));
        return;
      }
      case 'range.NumberFormat':
        writeNumberFormats((obj as { rect: SheetRect }).rect, value);
        return;
      case 'fill.Color': {
        const rects = writableRects(obj);
        const color = String(value).toUpperCase();
        forEachCell(rects, (cell) => (cell.fill = color));
        return;
      }
      case 'font.Bold': {
        const bold = value === true;
        forEachCell(writableRects(obj), (cell) => (cell.bold = bold));
        return;
      }
      case 'format.ColumnWidth':
        for (const r of writableRects(obj)) for (let j = 0; j < r.cols; j++) r.sheet.columnWidths[r.col + j] = Number(value);
        return;
      case 'format.RowHeight':
        for (const r of writableRects(obj)) for (let i = 0; i < r.rows; i++) (r.sheet.rowHeights ??= {})[r.row + i] = Number(value);
        return;
      case 'format.WrapText': {
        const wrap = value === true;
        forEachCell(writableRects(obj), (cell) => (cell.wrap = wrap));
        return;
      }
      case 'dataValidation.Rule':
      case 'dataValidation.ErrorAlert':
      case 'dataValidation.Prompt': {
        const v = validationAt((obj as { rect: SheetRect }).rect);
        const key = name === 'Rule' ? 'rule' : name === 'ErrorAlert' ? 'errorAlert' : 'prompt';
        v[key] = value;
        return;
      }
      case 'pageLayout.Orientation':
      case 'pageLayout.Zoom': {
        const sheet = (obj as { sheet: SimSheet }).sheet;
        const layout = (sheet.pageLayout ??= {});
        if (name === 'Orientation') layout.orientation = String(value);
        else layout.zoom = value;
        return;
      }
      case 'chartTitle.Text':
        writable((obj as { sheet: SimSheet }).sheet);
        (obj as { chart: SimChart }).chart.title = String(value);
        return;
    }
    throw new HostError('InvalidArgument', `The host does not serve setting ${TYPE_NAMES[obj.kind]}.${name}.`);
  }

  /** A Method action: a void method, or one whose value comes back (getCellProperties). */
  private call(id: number, name: string, args: unknown[]): unknown {
    const host = this.host;
    if (name === '_KeepReference') {
      // The client keeps every RangeAreas it creates, also one a ...OrNullObject call resolved
      // to null (getSpecialCellsOrNullObject on a sheet without formulas): nothing to keep, and
      // no error — an add-in reading such a sheet works in Excel (inferred; see WIRE-FORMAT.md).
      const obj = this.resolve(id);
      if (obj !== null) this.kept.set(id, host.keep(obj));
      return NO_RESULT;
    }
    const obj = this.need(id);
    host.requireLevel(name);
    switch (`${obj.kind}.${name}`) {
      case 'workbook._RemoveReference':
        host.release(String(args[0]));
        return NO_RESULT;
      case 'range._ValidateArraySize': {
        // Sent before a write the client slices: the whole array's shape must match the range.
        const r = obj as { rect: SheetRect };
        if (Number(args[0]) !== r.rect.rows || Number(args[1]) !== r.rect.cols) {
          throw new HostError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        return NO_RESULT;
      }
      case 'range.GetCellProperties': {
        const paths = optionPaths(args[0]);
        this.access(this.record.reads, obj, propertyAspects(paths));
        return readCells((obj as { rect: SheetRect }).rect, host.cellLimit, (cell) => cellProperties(cell, paths));
      }
      case 'range.SetCellProperties':
        this.access(this.record.writes, obj, writtenPropertyAspects(args[0]));
        setCellProperties((obj as { rect: SheetRect }).rect, args[0]);
        return NO_RESULT;
      case 'range.Clear':
        this.access(this.record.writes, obj, CLEAR_ASPECTS);
        clearRect((obj as { rect: SheetRect }).rect, typeof args[0] === 'string' ? args[0] : 'All');
        return NO_RESULT;
      case 'areas.Clear':
        this.access(this.record.writes, obj, CLEAR_ASPECTS);
        for (const r of (obj as { rects: SheetRect[] }).rects) clearRect(r, typeof args[0] === 'string' ? args[0] : 'All');
        return NO_RESULT;
      case 'range.Select': {
        const r = (obj as { rect: SheetRect }).rect;
        host.book.activeSheet = r.sheet.name;
        host.book.selection = { sheet: r.sheet.name, address: rectAddress(r.row, r.col, r.rows, r.cols) };
        return NO_RESULT;
      }
      case 'fill.Clear':
        this.access(this.record.writes, obj, ['fill']);
        // Assigned, not deleted: a delete per cell would turn every cell object into a slow dictionary.
        for (const r of writableRects(obj)) forEachExisting(r, (cell) => cell.fill !== undefined && (cell.fill = undefined));
        return NO_RESULT;
      case 'worksheet.Activate':
        host.book.activeSheet = (obj as { sheet: SimSheet }).sheet.name;
        return NO_RESULT;
      case 'freezePanes.FreezeAt': {
        // The range given is the top-left pane: the rows above and columns left of its far corner.
        const sheet = (obj as { sheet: SimSheet }).sheet;
        const at = args[0] instanceof PathArg ? args[0].obj : null;
        const r = at && at.kind === 'range' ? at.rect : typeof args[0] === 'string' ? { sheet, ...(parseAddress(args[0]) ?? { row: 0, col: 0, rows: 0, cols: 0 }) } : null;
        if (!r || r.rows === 0 || r.sheet !== sheet) throw new HostError('InvalidArgument', 'freezeAt needs a range of this worksheet.');
        sheet.freeze = { rows: r.row + r.rows, columns: r.col + r.cols };
        return NO_RESULT;
      }
      case 'freezePanes.FreezeRows':
      case 'freezePanes.FreezeColumns': {
        const sheet = (obj as { sheet: SimSheet }).sheet;
        const count = args[0] === undefined ? 1 : Number(args[0]);
        sheet.freeze = name === 'FreezeRows' ? { rows: count, columns: 0 } : { rows: 0, columns: count };
        return NO_RESULT;
      }
      case 'freezePanes.Unfreeze':
        delete (obj as { sheet: SimSheet }).sheet.freeze;
        return NO_RESULT;
      case 'worksheet.Delete': {
        const sheet = (obj as { sheet: SimSheet }).sheet;
        const book = host.book;
        const at = book.sheets.indexOf(sheet);
        if (at < 0) notFound(`worksheet '${sheet.name}'`);
        if (book.sheets.length === 1) throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        book.sheets.splice(at, 1);
        if (book.activeSheet === sheet.name) book.activeSheet = book.sheets[0].name;
        if (book.selection?.sheet === sheet.name) book.selection = null;
        return NO_RESULT;
      }
      case 'dataValidation.Clear': {
        const r = (obj as { rect: SheetRect }).rect;
        writable(r.sheet);
        const address = rectAddress(r.row, r.col, r.rows, r.cols);
        r.sheet.validations = (r.sheet.validations ?? []).filter((v) => v.address !== address);
        return NO_RESULT;
      }
      case 'chart.SetPosition':
        (obj as { chart: SimChart }).chart.anchor = String(args[0]);
        return NO_RESULT;
      case 'chart.Delete': {
        const { sheet, chart } = obj as { sheet: SimSheet; chart: SimChart };
        writable(sheet);
        const at = sheet.charts.indexOf(chart);
        if (at < 0) notFound(`chart '${chart.name}'`);
        sheet.charts.splice(at, 1);
        return NO_RESULT;
      }
      case 'application.Calculate':
        host.book.calculations += 1;
        return NO_RESULT;
    }
    throw new HostError('InvalidArgument', `The host does not serve ${TYPE_NAMES[obj.kind]}.${name}.`);
  }

  /** A Query's value: `{ PascalName: value, Nav: {…} }`, a collection as `{ _Items: […] }`. */
  private query(obj: HostObject, select: readonly string[] | undefined): unknown {
    if (obj.kind === 'worksheets' || obj.kind === 'charts' || obj.kind === 'rangeCollection') {
      return { [ITEMS]: this.items(obj).map((item) => this.query(item, select)) };
    }
    const paths = select ?? DEFAULT_SELECT[obj.kind] ?? [];
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      const key = head.trim();
      if (!groups.has(key)) groups.set(key, []);
      if (rest.length) groups.get(key)!.push(rest.join('/'));
    }
    const out: Record<string, unknown> = {};
    for (const [head, rest] of groups) {
      if (head === 'isNullObject') continue;
      const nav = NAVIGATION[obj.kind]?.[head];
      if (nav) out[pascal(head)] = this.query(this.property(obj, nav), rest.length ? rest : undefined);
      else out[pascal(head)] = this.scalar(obj, head);
    }
    return out;
  }

  private items(obj: HostObject): HostObject[] {
    if (obj.kind === 'worksheets') return this.host.book.sheets.map((sheet) => ({ kind: 'worksheet', sheet }));
    if (obj.kind === 'charts') return obj.sheet.charts.map((chart) => ({ kind: 'chart', sheet: obj.sheet, chart }));
    if (obj.kind === 'rangeCollection') return obj.rects.map((rect) => ({ kind: 'range', rect }));
    return [];
  }

  /** A scalar property of an object, as the response carries it. */
  private scalar(obj: HostObject, name: string): unknown {
    const host = this.host;
    switch (obj.kind) {
      case 'worksheet':
        if (name === 'name') return obj.sheet.name;
        if (name === 'position') return host.book.sheets.indexOf(obj.sheet);
        if (name === 'visibility') return 'Visible';
        if (name === 'id') return host.sheetId(obj.sheet);
        break;
      case 'protection':
        if (name === 'protected') return obj.sheet.protected;
        break;
      case 'range': {
        const r = obj.rect;
        switch (name) {
          case 'address':
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
            return readCells(r, host.cellLimit, valueOf);
          case 'formulas':
            return readCells(r, host.cellLimit, formulaOf);
          case 'numberFormat':
            return readCells(r, host.cellLimit, numberFormatOf);
          case 'text':
            return readCells(r, host.cellLimit, textOf);
        }
        break;
      }
      case 'areas':
        if (name === 'address') return obj.rects.map((r) => `${quoteSheet(r.sheet.name)}!${rectAddress(r.row, r.col, r.rows, r.cols)}`).join(',');
        if (name === 'areaCount') return obj.rects.length;
        if (name === 'cellCount') return obj.rects.reduce((n, r) => n + r.rows * r.cols, 0);
        break;
      case 'format':
        if (name === 'columnWidth') {
          const widths = new Set<number>();
          for (const r of obj.rects) for (let j = 0; j < Math.min(r.cols, MAX_COLS); j++) widths.add(r.sheet.columnWidths[r.col + j] ?? DEFAULT_COLUMN_WIDTH);
          return widths.size === 1 ? [...widths][0] : null;
        }
        break;
      case 'fill':
        if (name === 'color') return uniform(obj.rects, (c) => (c?.fill ? c.fill : NO_FILL_COLOR));
        if (name === 'tintAndShade') return uniform(obj.rects, (c) => (c?.fill ? 0 : null));
        if (name === 'pattern') return uniform(obj.rects, (c) => (c?.fill ? 'Solid' : 'None'));
        break;
      case 'font':
        if (name === 'bold') return uniform(obj.rects, (c) => c?.bold ?? false);
        break;
      case 'chart':
        if (name === 'name') return obj.chart.name;
        if (name === 'chartType') return obj.chart.type;
        break;
      case 'chartTitle':
        if (name === 'text') return obj.chart.title;
        break;
      case 'cultureInfo':
        if (name === 'name') return host.book.decimalSeparator === ',' ? 'id-ID' : 'en-US';
        break;
      case 'numberFormatInfo':
        if (name === 'numberDecimalSeparator') return host.book.decimalSeparator;
        if (name === 'numberGroupSeparator') return host.book.decimalSeparator === ',' ? '.' : ',';
        break;
    }
    throw new HostError('InvalidArgument', `The host does not serve ${TYPE_NAMES[obj.kind]}.${name}.`);
  }
}

/** Navigation properties by kind: the camelCase name a Select uses → the PascalCase path name. */
const NAVIGATION: Partial<Record<HostObject['kind'], Record<string, string>>> = {
  worksheet: { protection: 'Protection', charts: 'Charts', freezePanes: 'FreezePanes', pageLayout: 'PageLayout' },
  range: { format: 'Format' },
  areas: { format: 'Format', areas: 'Areas' },
  format: { fill: 'Fill', font: 'Font' },
  chart: { title: 'Title' },
  application: { cultureInfo: 'CultureInfo' },
  cultureInfo: { numberFormat: 'NumberFormat' },
};

/** The client's class names, for error locations and messages. */
const TYPE_NAMES: Record<HostObject['kind'], string> = {
  workbook: 'Workbook',
  worksheets: 'WorksheetCollection',
  worksheet: 'Worksheet',
  protection: 'WorksheetProtection',
  freezePanes: 'WorksheetFreezePanes',
  pageLayout: 'PageLayout',
  range: 'Range',
  areas: 'RangeAreas',
  rangeCollection: 'RangeCollection',
  format: 'RangeFormat',
  dataValidation: 'DataValidation',
  fill: 'RangeFill',
  font: 'RangeFont',
  charts: 'ChartCollection',
  chart: 'Chart',
  chartTitle: 'ChartTitle',
  application: 'Application',
  cultureInfo: 'CultureInfo',
  numberFormatInfo: 'NumberFormatInfo',
};

/** The cell aspects a property set writes, by `kind.Name`. */
const SET_ASPECTS: Record<string, readonly CellAspect[]> = {
  'range.Values': ['contents'],
  'range.Formulas': ['contents'],
  'range.NumberFormat': ['numberFormat'],
  'fill.Color': ['fill'],
  'font.Bold': ['bold'],
};

const CLEAR_ASPECTS: readonly CellAspect[] = ['contents', 'numberFormat', 'fill', 'bold'];

/** The cell aspects a Query reads: contents only with `formulas` (values alone cannot restore a formula). */
function queriedAspects(kind: HostObject['kind'], select: readonly string[]): CellAspect[] {
  const names = new Set(select.map((p) => p.trim()));
  const out: CellAspect[] = [];
  if (kind === 'range') {
    if (names.has('formulas')) out.push('contents');
    if (names.has('numberFormat')) out.push('numberFormat');
  }
  if (kind === 'fill' && names.has('color')) out.push('fill');
  if (kind === 'font' && names.has('bold')) out.push('bold');
  return out;
}

/** The cell aspects of getCellProperties/setCellProperties option paths (`format/fill/color`…). */
function propertyAspects(paths: readonly string[]): CellAspect[] {
  const out = new Set<CellAspect>();
  for (const p of paths) {
    if (p.startsWith('format/fill')) out.add('fill');
    if (p.startsWith('format/font/bold')) out.add('bold');
    if (p === 'numberFormat') out.add('numberFormat');
  }
  return [...out];
}

/** The cell aspects a setCellProperties array writes (any cell's `format.fill` / `format.font.bold`). */
function writtenPropertyAspects(data: unknown): CellAspect[] {
  const out = new Set<CellAspect>();
  for (const row of Array.isArray(data) ? (data as unknown[]) : []) {
    for (const cell of Array.isArray(row) ? (row as { format?: { fill?: unknown; font?: { bold?: unknown } } }[]) : []) {
      if (cell?.format?.fill !== undefined) out.add('fill');
      if (cell?.format?.font?.bold !== undefined) out.add('bold');
    }
  }
  return [...out];
}

/** An argument that is an ObjectPath (ReferencedObjectPathIds): the object it resolved to. */
class PathArg {
  constructor(readonly obj: HostObject | null) {}
}

function notFound(what: string): never {
  throw new HostError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

/**
 * The validation of exactly this range, created on first use. A simplification: Excel splits and
 * merges rules of overlapping ranges; the add-in sets each rule on one whole range once.
 */
function validationAt(r: SheetRect): SimValidation {
  writable(r.sheet);
  const address = rectAddress(r.row, r.col, r.rows, r.cols);
  const list = (r.sheet.validations ??= []);
  let v = list.find((x) => x.address === address);
  if (!v) list.push((v = { address }));
  return v;
}

/** The rectangles of a format object, failing on a protected sheet as a format write does. */
function writableRects(obj: HostObject): SheetRect[] {
  const rects = (obj as { rects?: SheetRect[] }).rects ?? [];
  for (const r of rects) writable(r.sheet);
  return rects;
}
