import { HostError } from "../host-api";

/** Human messages for the Office error codes TierLadder can meet (OfficeExtension.Error.code / Excel.ErrorCodes). */
const MESSAGES: Record<string, string> = {
  RequestPayloadSizeLimitExceeded:
    "The data sent to Excel was too large for one request (Excel on the web allows 5 MB).",
  ResponsePayloadSizeLimitExceeded:
    "The data read from Excel was too large for one response (Excel on the web allows 5 MB).",
  InvalidSelection: "The current selection can't be used here. Select one block of cells.",
  ItemNotFound: "A sheet, table or cell TierLadder needed was not found; it may have been renamed or deleted.",
  ItemAlreadyExists: "An item with that name already exists in the workbook.",
  ApiNotFound: "This version of Excel does not support a feature TierLadder tried to use.",
  AccessDenied: "Excel refused the change: the sheet or workbook may be protected.",
  InvalidOperationInCellEditMode: "Excel is in cell-editing mode. Press Enter or Esc, then try again.",
  InsertDeleteConflict: "The change conflicts with merged cells, a table or a filter on the sheet.",
  MergedRangeConflict: "The target cells overlap merged cells.",
  FilteredRangeConflict: "The target cells overlap a filtered range.",
  InvalidArgument: "Excel rejected a value TierLadder sent.",
  GeneralException: "Excel reported an internal error.",
  RequestAborted: "The request to Excel was aborted.",
  InvalidReference: "A reference TierLadder used is not valid in this workbook.",
};

/** Turns whatever Excel threw (OfficeExtension.Error, the fake's error, a plain Error) into a HostError with its code. */
export function toHostError(error: unknown, context?: string): HostError {
  if (error instanceof HostError) return error;
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: string } };
  const code = typeof e?.code === "string" ? e.code : "Unknown";
  const human = MESSAGES[code] ?? (typeof e?.message === "string" ? e.message : String(error));
  const where = e?.debugInfo?.errorLocation ? ` (at ${e.debugInfo.errorLocation})` : "";
  return new HostError(code, `${context ? `${context}: ` : ""}${human}${where} [${code}]`, `host.${code}`);
}

/** Office's error code of whatever was thrown, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" ? code : undefined;
}
