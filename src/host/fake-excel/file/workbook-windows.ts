import { ElementsAsXml } from "./elements-as-xml";
import { type XmlHandler, XmlScanner, attr, bothHandlers } from "./xml-scanner";

/** The sheets a workbook window names by index (ECMA-376 Part 1 §18.2.30 workbookView activeTab, firstSheet). */
export interface WindowSheets<S> {
  /** The sheet the window shows (activeTab, 0 by default). */
  readonly active?: S;
  /** The first sheet whose tab the window's tab strip shows (firstSheet, 0 by default). */
  readonly first?: S;
}

/**
 * An opened file's workbook windows and custom views, kept as it wrote them: `bookViews` (§18.2.1, one
 * workbookView per window: its size and place, tab strip width, hidden scroll bars or sheet tabs …) and
 * `customWorkbookViews` (§18.2.4; View › Custom Views, each customWorkbookView with its sheets' customSheetView,
 * kept in the worksheets, sheet-elements-kept.ts). Both name sheets by number: activeTab and firstSheet by place in
 * the tab order, activeSheetId by sheetId (§18.2.3), and the download numbers sheets anew, so the sheets they name
 * are kept beside the XML, one per window or view in document order, as `S`: the sheet's name as read, the sheet
 * itself in the fake (a rename or a move follows it), its place in the download's tab order when written
 * (workbook-windows-writing.ts). Undefined: the sheet is not in the workbook (deleted, or never a sheet).
 */
export interface KeptWindows<S> {
  readonly bookViews?: string;
  readonly views: readonly WindowSheets<S>[];
  readonly customViews?: string;
  /** The sheet each customWorkbookView shows (activeSheetId). */
  readonly customViewSheets: readonly (S | undefined)[];
}

/** The same windows with each sheet taken through `to` (a name to a sheet, a sheet to its place). */
export function windowsWithSheets<A, B>(w: KeptWindows<A>, to: (sheet: A) => B | undefined): KeptWindows<B> {
  const sheet = (s: A | undefined) => (s === undefined ? undefined : to(s));
  const views = w.views.map((v) => {
    const active = sheet(v.active);
    const first = sheet(v.first);
    return { ...(active !== undefined ? { active } : {}), ...(first !== undefined ? { first } : {}) };
  });
  return { ...w, views, customViewSheets: w.customViewSheets.map(sheet) };
}

/**
 * The workbook part's windows and custom views (§18.2.1, §18.2.4) with the sheet each names, by name; undefined
 * when it has neither. An index past the last sheet, or a sheetId no sheet has, names no sheet.
 */
export function readWorkbookWindows(workbookXml: string): KeptWindows<string> | undefined {
  const found = new ElementsAsXml(
    (name, depth) => depth === 2 && (name === "bookViews" || name === "customWorkbookViews"),
  );
  const listed: string[] = [];
  const byId = new Map<string, string>();
  const views: WindowSheets<string>[] = [];
  const customViewSheets: string[] = [];
  let depth = 0;
  const named: XmlHandler = {
    open(name, tag) {
      depth++;
      if (depth !== 3) return;
      if (name === "sheet") {
        const sheet = attr(tag, "name") ?? "";
        listed.push(sheet);
        byId.set(attr(tag, "sheetId") ?? "", sheet);
      }
      if (name === "workbookView")
        views.push({ active: attr(tag, "activeTab") ?? "0", first: attr(tag, "firstSheet") ?? "0" });
      if (name === "customWorkbookView") customViewSheets.push(attr(tag, "activeSheetId") ?? "");
    },
    text() {},
    close() {
      depth--;
    },
  };
  const scanner = new XmlScanner(bothHandlers(found, named));
  scanner.write(workbookXml);
  scanner.end();
  const bookViews = found.elements.find((e) => e.name === "bookViews")?.xml;
  const customViews = found.elements.find((e) => e.name === "customWorkbookViews")?.xml;
  if (bookViews === undefined && customViews === undefined) return undefined;
  const byIndex = (index: string) => listed[Number(index)];
  return {
    ...(bookViews !== undefined ? { bookViews } : {}),
    views: windowsWithSheets({ views, customViewSheets: [] }, byIndex).views,
    ...(customViews !== undefined ? { customViews } : {}),
    customViewSheets: customViewSheets.map((id) => byId.get(id)),
  };
}
