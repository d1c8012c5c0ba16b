/**
 * The RichApi wire format as the wire host speaks it: the request's shapes, and how a response
 * is built. The response side is INFERRED from the parsing code of Microsoft's client library
 * (`@microsoft/office-js` 1.1.110, dist/excel-web-16.00.debug.js), not seen from a real Excel:
 * every such assumption lives in this file, and WIRE-FORMAT.md says where each comes from.
 */

/** ObjectPathType values the client sends (ObjectPathFactory in the client). */
export enum PathType {
  Global = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  /** An object kept by `_KeepReference`, named by the `_ReferenceId` the host gave it (ObjectPath.updateUsingObjectData). */
  ReferenceId = 6,
  /** A path the client turned into a null object (ObjectPath._updateAsNullObject). */
  NullObject = 7,
}

/** ActionType values the client sends (ActionFactory in the client). */
export enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
}

/** One ObjectPath of a request. */
export interface WirePath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: WireArguments;
}

/** Arguments of a path or action; `ReferencedObjectPathIds[i]` non-zero means argument i is an ObjectPath id. */
export interface WireArguments {
  readonly Arguments?: unknown[];
  readonly ReferencedObjectPathIds?: number[];
}

/** One Action of a request. */
export interface WireAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: WireArguments;
  readonly QueryInfo?: { readonly Select?: string[]; readonly Expand?: string[]; readonly Top?: number; readonly Skip?: number };
}

/** The request body: `message[4]` of `executeRichApiRequestAsync`. */
export interface WireRequest {
  readonly Actions: WireAction[];
  readonly ObjectPaths: Record<string, WirePath>;
  readonly AutoKeepReference?: boolean;
}

/** One result: `ClientRequestBase.processResponse` hands `Value` to the handler of action `ActionId`. */
export interface WireResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

/** A failure in the body (`processRequestExecutorResponseMessage` reads Code, Message, Location, ActionIndex, HttpStatusCode). */
export interface WireError {
  readonly Code: string;
  readonly Message: string;
  readonly Location: string;
  /** Index into Actions of the statement that failed: the client prints it in debugInfo.statement. */
  readonly ActionIndex: number;
  readonly HttpStatusCode: number;
}

/** What the client's callback receives (`OfficeJsRequestExecutor.executeAsync`). */
export type WireCallbackResult = { status: 'succeeded'; value: { data: [number, unknown[], string] } } | { status: 'failed'; error: { code: number; message: string } };

/**
 * OSF error codes the client maps to Excel error codes (`RichApiMessageUtility.buildResponseOnError`,
 * `RequestContext._processOfficeJsErrorResponse`): a host refusing a whole request answers with these.
 */
export const OSF_ERROR = {
  RequestPayloadSizeLimitExceeded: 5103,
  ResponsePayloadSizeLimitExceeded: 5104,
  InvalidOperationInCellEditMode: 5004,
} as const;

/** Collections answer `{ "_Items": [...] }` (CommonConstants.items; each *Collection._handleResult). */
export const ITEMS = '_Items';
/** A kept object's id in an Instantiate or Query result (CommonConstants.referenceId). */
export const REFERENCE_ID = '_ReferenceId';

/** The metadata's spelling of a property: PascalCase (`numberFormat` → `NumberFormat`, as each `_handleResult` reads it). */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The HTTP status a failure carries in the body (the client copies it into error.httpStatusCode; its value is our guess). */
export function statusOf(code: string): number {
  switch (code) {
    case 'ItemNotFound':
      return 404;
    case 'AccessDenied':
      return 403;
    case 'InvalidArgument':
    case 'InvalidReference':
    case 'ItemAlreadyExists':
    case 'ApiNotFound':
      return 400;
    default:
      return 500;
  }
}

/** A succeeded callback carrying `body` as the response text. */
export function succeeded(body: string): WireCallbackResult {
  return { status: 'succeeded', value: { data: [200, [], body] } };
}

/** A failed callback: the whole request refused by the host (payload limits, cell-edit mode). */
export function failed(code: number, message: string): WireCallbackResult {
  return { status: 'failed', error: { code, message } };
}

/** Narrows the request text to a WireRequest, or throws. */
export function parseRequest(text: string): WireRequest {
  const body: unknown = JSON.parse(text);
  if (!body || typeof body !== 'object') throw new Error('RichApi request is not an object');
  const { Actions, ObjectPaths } = body as { Actions?: unknown; ObjectPaths?: unknown };
  if (!Array.isArray(Actions) || !ObjectPaths || typeof ObjectPaths !== 'object') throw new Error('RichApi request lacks Actions or ObjectPaths');
  return body as WireRequest;
}
