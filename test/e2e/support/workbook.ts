import type { Page } from "playwright-core";

/** JSON-able cell values as the preview page exposes them (errors as their text, blanks as null). */
export type Cell = string | number | boolean | null;

export interface ChartJson {
  kind: string;
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

type Hook = {
  __tierladderPreview: {
    sheetNames(): string[];
    values(sheet: string): Cell[][];
    charts(sheet: string): ChartJson[];
    selection(): { sheet: string; row: number; column: number; rowCount: number; columnCount: number };
  };
};

/** Names of the workbook's sheets, read through the page's read-only test hook. */
export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Hook).__tierladderPreview.sheetNames());
}

/** A sheet's used range from A1, row-major. */
export function sheetValues(page: Page, sheet: string): Promise<Cell[][]> {
  return page.evaluate((s) => (window as unknown as Hook).__tierladderPreview.values(s), sheet);
}

export function sheetCharts(page: Page, sheet: string): Promise<ChartJson[]> {
  return page.evaluate((s) => (window as unknown as Hook).__tierladderPreview.charts(s), sheet);
}

export function selection(page: Page) {
  return page.evaluate(() => (window as unknown as Hook).__tierladderPreview.selection());
}

/** Sheets that appeared since `before` (TierLadder's output sheets). */
export async function newSheets(page: Page, before: string[]): Promise<string[]> {
  return (await sheetNames(page)).filter((n) => !before.includes(n));
}
