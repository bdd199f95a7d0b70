import type { CellValue } from "../cells/cell-value";
import { isExcelError } from "../cells/excel-error";

/**
 * The key two lists match a customer on (DESIGN.md "Customer history"): the name trimmed, full-width forms
 * made half-width and compatibility forms unified (Unicode NFKC, so "Ａｃｍｅ" = "Acme" and an ideographic
 * space U+3000 is a space), then lower case. Chinese names are unchanged by both steps.
 * https://unicode.org/reports/tr15/ (normalization forms)
 */
export function customerKey(name: string): string {
  // NFKC leaves ASCII as it is (no ASCII character decomposes or composes; UAX #15, above), so plain names skip
  // it: a join of a million order lines normalises each distinct cell text, and NFKC is most of that cost.
  const normalised = isAscii(name) ? name : name.normalize("NFKC");
  return normalised.trim().toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
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
