import type { CellValue } from "../cells/cell-value";
import { isExcelError } from "../cells/excel-error";

/**
 * The key two lists match a customer on (DESIGN.md "Customer history"): the name trimmed, full-width forms
 * made half-width and compatibility forms unified (Unicode NFKC, so "Ａｃｍｅ" = "Acme" and an ideographic
 * space U+3000 is a space), then lower case. Chinese names are unchanged by both steps.
 * https://unicode.org/reports/tr15/ (normalization forms)
 */
export function customerKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/**
 * The customer's name as shown (trimmed) and the key that identifies it (`customerKey`), or undefined
 * for a blank or error cell. Numbers (customer numbers) count as names.
 */
export function customerName(value: CellValue): { name: string; key: string } | undefined {
  if (value === null || value === undefined || typeof value === "boolean" || isExcelError(value)) return undefined;
  const name = String(value).trim();
  const key = customerKey(name);
  return key === "" ? undefined : { name, key };
}

/**
 * `customerName` remembering its answer per distinct cell text, for one pass over a list: an order list
 * repeats each customer's name on many lines, and NFKC on every line is the join's main cost (issue 13).
 * Keep the namer for one pass only, so its memory goes with the pass.
 */
export function customerNamer(): (value: CellValue) => { name: string; key: string } | undefined {
  const byText = new Map<string, { name: string; key: string } | undefined>();
  return (value) => {
    if (typeof value !== "string") return customerName(value);
    if (byText.has(value)) return byText.get(value);
    const id = customerName(value);
    byText.set(value, id);
    return id;
  };
}
