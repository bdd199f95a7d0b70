import { ElementsAsXml } from "./elements-as-xml";
import { withAttributes } from "./start-tag-attributes";
import { XmlScanner } from "./xml-scanner";

/**
 * CT_Workbook's children in their schema order (ECMA-376 Part 1 §18.2.27), by which a kept child goes back into
 * the workbook part ExcelJS writes (workbook-children-xml.ts).
 */
export const WB_CHILD_ORDER: readonly string[] = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * The workbook children kept as the file wrote them, being self-contained (they name no sheet, part or id):
 * workbookPr (§18.2.28: whether objects are shown, links updated, a backup saved, the PivotTable field list
 * hidden …, and the VBA code name; it replaces the one ExcelJS writes, which adds filterPrivacy), fileSharing (§18.2.12: read-only recommended, the write-reservation password's hash), functionGroups (§18.2.15),
 * calcPr (§18.2.2: manual calculation, iteration, full calculation on load …; it replaces the calcPr ExcelJS
 * writes), oleSize (§18.2.16), smartTagPr and smartTagTypes (§18.2.21, §18.2.23), webPublishing (§18.2.24) and
 * fileRecoveryPr (§18.2.11).
 */
export const WB_KEPT_CHILDREN: ReadonlySet<string> = new Set([
  "workbookPr",
  "fileSharing",
  "functionGroups",
  "calcPr",
  "oleSize",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
]);

/**
 * The workbook part's kept children (WB_KEPT_CHILDREN) as XML, in the file's order. The workbookPr goes without
 * date1904: the download counts dates from 1900, a 1904 file's dates moved as they are read (sheet-cells.ts). A
 * file without one has every workbook property at its default, so it gets an empty one in place of ExcelJS's.
 */
export function keptWorkbookChildren(workbookXml: string): string[] {
  const found = new ElementsAsXml((name, depth) => depth === 2 && WB_KEPT_CHILDREN.has(name));
  const scanner = new XmlScanner(found);
  scanner.write(workbookXml);
  scanner.end();
  const kept = found.elements.map((e) =>
    e.name === "workbookPr" ? withAttributes(e.xml, { date1904: undefined }) : e.xml,
  );
  return found.elements.some((e) => e.name === "workbookPr") ? kept : ["<workbookPr/>", ...kept];
}
