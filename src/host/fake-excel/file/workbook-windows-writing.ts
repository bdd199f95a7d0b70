import { withAttributes } from "./start-tag-attributes";
import { withWorkbookChildren } from "./workbook-children-xml";
import type { KeptWindows } from "./workbook-windows";
import { attr } from "./xml-scanner";

/** A start tag of `name`, with or without a prefix; a `>` inside a quoted value does not end it. */
const startTags = (name: string) => new RegExp(`<(?:\\w+:)?${name}\\b(?:"[^"]*"|'[^']*'|[^'">])*>`, "g");

/**
 * `tag` with each sheet index of `indexes` (§18.2.30 activeTab, firstSheet: 0 by default), changed only where the
 * tag says another: a window whose sheets kept their places stays as written, attribute order too.
 */
function withIndexes(tag: string, indexes: Readonly<Record<string, number>>): string {
  const changes: Record<string, number | undefined> = {};
  for (const [name, index] of Object.entries(indexes)) {
    if (Number(attr(tag, name) ?? 0) !== index) changes[name] = index === 0 ? undefined : index;
  }
  return withAttributes(tag, changes);
}

/**
 * The workbook part as written, its sheets in the download's tab order, with an opened file's windows and custom
 * views (workbook-windows.ts) in place of the one window ExcelJS writes, each as the file wrote it but for the
 * sheets it names, numbered for the download: the first window shows `active` (the sheet active in the page, as
 * the download's other parts say), another window the sheet it showed, or `active` when that sheet is gone; a
 * window's first tab (firstSheet) is the one it had, the first sheet when that is gone; a custom view shows the
 * sheet it showed (activeSheetId, the download's sheetId of that sheet, §18.2.3), or `active`'s when that is gone.
 */
export function withWorkbookWindows(workbookXml: string, windows: KeptWindows<number>, active: number): string {
  let xml = workbookXml;
  if (windows.bookViews !== undefined) {
    let n = 0;
    const bookViews = windows.bookViews.replace(startTags("workbookView"), (tag) => {
      const sheets = windows.views[n++] ?? {};
      const shows = n === 1 ? active : (sheets.active ?? active);
      return withIndexes(tag, { activeTab: shows, firstSheet: sheets.first ?? 0 });
    });
    xml = withWorkbookChildren(xml, [bookViews]);
  }
  if (windows.customViews !== undefined) {
    const sheetIds = [...xml.matchAll(startTags("sheet"))].map((m) => attr(m[0], "sheetId"));
    let n = 0;
    const customViews = windows.customViews.replace(startTags("customWorkbookView"), (tag) => {
      const sheetId = sheetIds[windows.customViewSheets[n++] ?? active] ?? sheetIds[active];
      return sheetId === attr(tag, "activeSheetId") ? tag : withAttributes(tag, { activeSheetId: sheetId });
    });
    xml = withWorkbookChildren(xml, [customViews]);
  }
  return xml;
}
