import { ElementsAsXml } from "./elements-as-xml";
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
 * fileSharing (§18.2.12: read-only recommended, the write-reservation password's hash), functionGroups (§18.2.15),
 * calcPr (§18.2.2: manual calculation, iteration, full calculation on load …; it replaces the calcPr ExcelJS
 * writes), oleSize (§18.2.16), smartTagPr and smartTagTypes (§18.2.21, §18.2.23), webPublishing (§18.2.24) and
 * fileRecoveryPr (§18.2.11).
 */
export const WB_KEPT_CHILDREN: ReadonlySet<string> = new Set([
  "fileSharing",
  "functionGroups",
  "calcPr",
  "oleSize",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
]);

/** The workbook part's kept children (WB_KEPT_CHILDREN) as XML, in the file's order. */
export function keptWorkbookChildren(workbookXml: string): string[] {
  const found = new ElementsAsXml((name, depth) => depth === 2 && WB_KEPT_CHILDREN.has(name));
  const scanner = new XmlScanner(found);
  scanner.write(workbookXml);
  scanner.end();
  return found.elements.map((e) => e.xml);
}
