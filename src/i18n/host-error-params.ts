import type { HostError } from "../host";

/**
 * The details of a host error (which cells are in the way, how many areas were selected…) as params
 * for `errors.hostDetail.<key>`, so a Chinese message keeps them. The host passes them on the error
 * itself (HostError.params); undefined when the error has none.
 */
export function hostErrorParams(error: HostError): Readonly<Record<string, string | number>> | undefined {
  return error.params && Object.keys(error.params).length > 0 ? error.params : undefined;
}

/** Keys (without "host.") that have a detail line in the catalogs. */
export const HOST_DETAIL_KEYS = [
  "cellsNotEmpty",
  "outputChanged",
  "multiArea",
  "tableChanged",
  "settingTooLarge",
  "emptySelection",
  "sheetMissing",
  "emptyRange",
  "sheetProtected",
  "workbookProtected",
] as const;
