import type { Grid } from "../engine/cells";
import { sampleCustomers, sampleOrders } from "../engine/sample";
import type { Lang } from "../i18n/language";

/** The preview's fixed seed: the same 500 customers on every load, so the browser tests can recompute them. */
export const PREVIEW_SEED = 2024;
export const PREVIEW_CUSTOMERS = 500;

export interface PreviewSheetSeed {
  readonly name: string;
  readonly grid: Grid;
  /** Number format per column (dates shown as dates, as a user's sheet would). */
  readonly columnFormats: readonly (string | undefined)[];
}

/**
 * The workbook the preview opens with: sheet "Customers" (500 seeded customers, English or Chinese
 * headers) and sheet "Orders" (their order lines). Pure, so the browser tests build the same grids.
 */
export function previewSheets(lang: Lang): PreviewSheetSeed[] {
  const sample = lang === "zh-CN" ? "zh" : "en";
  const customers = sampleCustomers(PREVIEW_CUSTOMERS, PREVIEW_SEED, sample);
  const orders = sampleOrders(customers, PREVIEW_SEED, sample);
  return [
    // Columns: customer, region, rep, type, sales, orders, last order date (serial), days since.
    {
      name: "Customers",
      grid: customers,
      columnFormats: [undefined, undefined, undefined, undefined, "#,##0.00", "0", "yyyy-mm-dd", "0"],
    },
    // Columns: customer, order date (serial), amount, rep.
    { name: "Orders", grid: orders, columnFormats: [undefined, "yyyy-mm-dd", "#,##0.00", undefined] },
  ];
}

/** The customer block with its header: A1 to the last used column and row, as a user would select it. */
export function customerRange(sheet: PreviewSheetSeed): {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
} {
  return { row: 0, column: 0, rowCount: sheet.grid.length, columnCount: sheet.grid[0].length };
}
