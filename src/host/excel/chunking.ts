/**
 * Row chunking for requests and responses. Excel on the web refuses requests and responses over 5 MB
 * (Office docs, "Resource limits and performance optimization for Office Add-ins"); TierLadder aims at
 * 4 MB per sync to leave room for the protocol's own overhead.
 */
import { utf8Length } from "./utf8-length";

export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** How many rows fit in one request or response of `budget` bytes, at `bytesPerRow` (at least 1). */
export function rowsPerChunk(bytesPerRow: number, budget = PAYLOAD_BUDGET_BYTES): number {
  if (!(bytesPerRow > 0)) throw new RangeError(`bytesPerRow must be positive, got ${bytesPerRow}`);
  return Math.max(1, Math.floor(budget / bytesPerRow));
}

/**
 * Office.js sends a values/formulas/numberFormat write of more than 1,500 cells in blocks of about 1,500
 * cells, each addressed by its own getRow/getBoundingRect object paths and actions: about 870 bytes per
 * block in the request body (measured on office.js 1.1.110's real requests by test/support/office-js;
 * setRangePropertiesInBulk in its excel-web-16.00.js), budgeted at 1 KB since the ids in them grow.
 */
export const OFFICE_JS_BLOCK_CELLS = 1500;
export const OFFICE_JS_BLOCK_BYTES = 1024;

/** Request bytes office.js adds per written row of `columns` cells for its blocks (rows per block as office.js rounds them). */
export function blockBytesPerRow(columns: number): number {
  return OFFICE_JS_BLOCK_BYTES / Math.max(1, Math.round(OFFICE_JS_BLOCK_CELLS / Math.max(1, columns)));
}

/**
 * Request bytes of a written row as office.js sends it: the UTF-8 size of its JSON (values are JSON in
 * the request body), the separator, and its share of office.js's block overhead.
 */
export function rowBytes(row: readonly unknown[]): number {
  return utf8Length(JSON.stringify(row)) + 1 + blockBytesPerRow(row.length);
}

/**
 * Splits rows [0, total) into consecutive chunks whose summed row bytes stay within `budget`
 * (a single row bigger than the budget gets a chunk of its own).
 */
export function chunkRowsByBytes(
  total: number,
  bytesOfRow: (i: number) => number,
  budget = PAYLOAD_BUDGET_BYTES,
): { start: number; count: number }[] {
  const chunks: { start: number; count: number }[] = [];
  let start = 0,
    bytes = 0;
  for (let i = 0; i < total; i++) {
    const b = bytesOfRow(i);
    if (i > start && bytes + b > budget) {
      chunks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (total > start) chunks.push({ start, count: total - start });
  return chunks;
}

/** The fewest chunks `totalBytes` can travel in at `budget` per sync: the bound the benchmark compares with. */
export function minimumChunks(totalBytes: number, budget = PAYLOAD_BUDGET_BYTES): number {
  return Math.ceil(totalBytes / budget);
}
