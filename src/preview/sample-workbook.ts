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

/** Above this many customers the sample has no Orders sheet (their order lines would pass a sheet's rows). */
export const MAX_CUSTOMERS_WITH_ORDERS = 20_000;

/**
 * The workbook the preview opens with: sheet "Customers" (500 seeded customers by default, English or Chinese
 * headers) and sheet "Orders" (their order lines; only up to 20,000 customers). Pure, so the browser tests
 * build the same grids.
 */
export function previewSheets(lang: Lang, count = PREVIEW_CUSTOMERS): PreviewSheetSeed[] {
  const sample = lang === "zh-CN" ? "zh" : "en";
  const customers = sampleCustomers(count, PREVIEW_SEED, sample);
  const sheets: PreviewSheetSeed[] = [
    // Columns: customer, region, rep, type, sales, orders, last order date (serial), days since.
    {
      name: "Customers",
      grid: customers,
      columnFormats: [undefined, undefined, undefined, undefined, "#,##0.00", "0", "yyyy-mm-dd", "0"],
    },
  ];
  if (count > MAX_CUSTOMERS_WITH_ORDERS) return sheets;
  // Columns: customer, order date (serial), amount, rep.
  const orders = sampleOrders(customers, PREVIEW_SEED, sample);
  sheets.push({ name: "Orders", grid: orders, columnFormats: [undefined, "yyyy-mm-dd", "#,##0.00", undefined] });
  return sheets;
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

/** The sample's sheets as the fake Excel takes them: each column's number format on every row below the header. */
export function previewSheetInputs(sheets: readonly PreviewSheetSeed[]) {
  return sheets.map((s) => ({
    name: s.name,
    grid: s.grid,
    numberFormats: s.grid.map((row, r) => (r === 0 ? [] : [...s.columnFormats])),
  }));
}
