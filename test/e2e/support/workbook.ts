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
    numberFormats(sheet: string): string[][];
    tables(): { name: string; sheet: string; address: string; headers: string[] }[];
    validations(sheet: string): { address: string; list: string[] }[];
    conditionalFormats(sheet: string): { address: string; operator: string; formula1: string; fill?: string }[];
    frozenRows(sheet: string): number;
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

/** What a saved file must keep of a sheet besides its values: number formats, validation lists, conditional formats, frozen rows. */
export function sheetDetails(page: Page, sheet: string) {
  return page.evaluate((s) => {
    const hook = (window as unknown as Hook).__tierladderPreview;
    return {
      numberFormats: hook.numberFormats(s),
      validations: hook.validations(s),
      conditionalFormats: hook.conditionalFormats(s),
      frozenRows: hook.frozenRows(s),
    };
  }, sheet);
}

/** Every table of the workbook: name, sheet, address and header names. */
export function workbookTables(page: Page) {
  return page.evaluate(() => (window as unknown as Hook).__tierladderPreview.tables());
}
