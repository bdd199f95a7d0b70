/**
 * The messages office.js (@microsoft/office-js 1.1.110, pinned) hands a request executor and expects back.
 * These shapes are private to the library (read from dist/excel-web-16.00.debug.js: buildRequestMessageBody,
 * processRequestExecutorResponseMessage); that is why the version is pinned. Names on the wire are the
 * API's own names in PascalCase ("GetRange", "Values"); query selections are camelCase ("values").
 */

export interface WireArguments {
  Arguments?: unknown[];
  /** Per argument: the ObjectPath id of a client object passed there (0 for plain values). */
  ReferencedObjectPathIds?: unknown[];
}

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: WireArguments;
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: WireArguments;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null; Top?: number; Skip?: number };
}

export interface WireRequestBody {
  AutoKeepReference?: boolean;
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireRequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: WireRequestBody;
}

export interface WireError {
  Code: string;
  Message: string;
  Location?: string;
  /** Index into Actions of the action that failed: office.js prints that statement in debugInfo. */
  ActionIndex?: number;
}

export interface WireResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

export interface WireResponseMessage {
  ErrorCode: string;
  ErrorMessage: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: WireResponseBody | null;
}

/** ObjectPathType values (office.js ObjectPathFactory). */
export const PathType = {
  Global: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

/** ActionType values (office.js ActionFactory / CommonActionFactory). */
export const ActionKind = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4, Trace: 5 } as const;

/** Names office.js adds for its own bookkeeping, not members of the Excel API. */
export const KEEP_REFERENCE = "_KeepReference";
export const REMOVE_REFERENCE = "_RemoveReference";
export const VALIDATE_ARRAY_SIZE = "_ValidateArraySize";
/** Key of a collection's items in a query result (OfficeExtension.Constants.items). */
export const ITEMS = "_Items";
export const REFERENCE_ID = "_ReferenceId";

/** "GetRange" → "getRange": the JavaScript member the fake implements for a wire name. */
export const memberName = (wireName: string): string => wireName.charAt(0).toLowerCase() + wireName.slice(1);
/** "values" → "Values": a selected property's key in a query result. */
export const wireName = (member: string): string => member.charAt(0).toUpperCase() + member.slice(1);
