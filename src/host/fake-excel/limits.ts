import { utf8Length } from "../excel";
import { FakeOfficeError } from "./office-error";

/**
 * Size limits of Excel that the fake enforces, each with its source.
 *
 * Range reads: "A range is limited to 5,000,000 cells for read operations" and the error code
 * RangeExceedsLimit ("The cell count in the range has exceeded the maximum supported number"):
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling (Excel-specific error codes).
 * The limit is "for get operations (not set operations). It applies to all platforms" (Excel's product team,
 * quoted in https://github.com/OfficeDev/office-js-docs-pr/pull/1423), so writes are not counted.
 * The 5 MB request and response limits of Excel on the web are in context.ts (same first page).
 */
export const RANGE_READ_CELL_LIMIT = 5_000_000;

export function checkRangeRead(rowCount: number, columnCount: number, address: string): void {
  const cells = rowCount * columnCount;
  if (cells > RANGE_READ_CELL_LIMIT) {
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      `The cell count in the range has exceeded the maximum supported number (${address}: ${cells} cells > ${RANGE_READ_CELL_LIMIT}).`,
      address,
    );
  }
}

/**
 * Add-in settings in the workbook. Office supports "2MB maximum for settings" (a maintainer quoting the
 * Office.Settings reference, https://github.com/OfficeDev/office-js/issues/621); users report
 * settings.add failing with InvalidArgument ("The argument is invalid or missing or has an incorrect
 * format") once one setting holds about 1 MB (https://github.com/OfficeDev/office-js/issues/3957).
 * How Excel measures the size is not documented: the fake counts UTF-8 bytes of key plus JSON value.
 */
export const SETTINGS_TOTAL_BYTES = 2 * 1024 * 1024;
export const SETTING_ONE_BYTES = 1024 * 1024;

/** Throws InvalidArgument when storing `json` under `key` would break either settings limit. */
export function checkSettingsSize(settings: ReadonlyMap<string, string>, key: string, json: string): void {
  const one = utf8Length(key) + utf8Length(json);
  if (one > SETTING_ONE_BYTES) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (the setting "${key}" is ${one} bytes; Excel refuses one setting of about 1 MB, office-js#3957).`,
    );
  }
  let total = one;
  for (const [k, v] of settings) if (k !== key) total += utf8Length(k) + utf8Length(v);
  if (total > SETTINGS_TOTAL_BYTES) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (the settings would hold ${total} bytes; Excel keeps at most 2 MB of add-in settings, office-js#621).`,
    );
  }
}
