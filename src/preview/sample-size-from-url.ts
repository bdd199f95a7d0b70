import { PREVIEW_CUSTOMERS } from "./sample-workbook";

/** The most customers a sheet holds under its header row (Excel's 1,048,576 rows). */
export const MAX_PREVIEW_CUSTOMERS = 1_048_575;

/**
 * How many sample customers the preview opens with: `?customers=100000` asks for a larger sample (the typing
 * benchmark of issue 16 measures the pane at 100,000 and 1,048,575), else the 500 the browser tests know.
 * A value that is not a whole number from 1 to 1,048,575 is refused with a message, not quietly replaced.
 */
export function sampleSizeFromUrl(search: string): number {
  const asked = new URLSearchParams(search).get("customers");
  if (asked === null) return PREVIEW_CUSTOMERS;
  const n = Number(asked);
  if (!/^\d+$/.test(asked) || n < 1 || n > MAX_PREVIEW_CUSTOMERS) {
    throw new Error(
      `?customers=${asked}: expected a whole number of customers from 1 to ${MAX_PREVIEW_CUSTOMERS.toLocaleString("en-US")}.`,
    );
  }
  return n;
}
