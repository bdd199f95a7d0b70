import type { NotKeptFeature } from "./not-kept";
import { SLICER_CACHES_URI } from "./slicer-caches";
import { TABLE_SLICER_CACHES_URI } from "./table-slicers";
import { WB_KEPT_CHILDREN } from "./workbook-children-kept";
import { type XmlHandler, XmlScanner, attr } from "./xml-scanner";

/**
 * The workbook children (ECMA-376 Part 1 §18.2.27) the fake reads itself or ExcelJS writes anew: fileVersion (the
 * writing application's), workbookProtection (file-workbook-protection.ts), bookViews and customWorkbookViews
 * (workbook-windows.ts), sheets, externalReferences (external-links.ts), definedNames (file-defined-names.ts),
 * pivotCaches (pivot-caches.ts); extLst is
 * judged by its extensions.
 */
const WB_READ: ReadonlySet<string> = new Set([
  "fileVersion",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "externalReferences",
  "definedNames",
  "customWorkbookViews",
  "pivotCaches",
  "extLst",
]);

/**
 * The workbook extensions handled elsewhere: the PivotTable and table slicer caches (kept, or named "slicers",
 * slicer-caches.ts) and the timeline caches (x15:timelineCacheRefs, MS-XLSX §2.2.4.1, which go with the sheets'
 * timelines, named there).
 */
const WB_EXTS_ELSEWHERE: ReadonlySet<string> = new Set([
  SLICER_CACHES_URI,
  TABLE_SLICER_CACHES_URI,
  "{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}",
  // calcFeatures (xcalcf:calcFeatures, which Excel 365 writes into nearly every file): the saving application's own
  // record, "features that are part of the calculation engine" (MS-XLSB §2.4.15 BrtBeginCalcFeatures,
  // https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/2164d996-a340-40df-b07f-9fdc27ee4eca),
  // not the user's content, like fileVersion: Excel writes its own on the next save.
  "{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}",
]);

/**
 * What the workbook part has that nothing keeps, as "otherWorkbookParts": webPublishObjects (§18.2.26), a child of
 * a later schema and each extLst extension not handled elsewhere.
 */
export function workbookChildrenNotKept(workbookXml: string): NotKeptFeature[] {
  const found = new Set<NotKeptFeature>();
  let depth = 0;
  let inExtLst = false;
  const handler: XmlHandler = {
    open(name, tag) {
      depth++;
      if (depth === 2) {
        inExtLst = name === "extLst";
        if (!WB_READ.has(name) && !WB_KEPT_CHILDREN.has(name)) found.add("otherWorkbookParts");
      }
      if (depth === 3 && inExtLst && name === "ext" && !WB_EXTS_ELSEWHERE.has(attr(tag, "uri") ?? ""))
        found.add("otherWorkbookParts");
    },
    text() {},
    close() {
      depth--;
    },
  };
  const scanner = new XmlScanner(handler);
  scanner.write(workbookXml);
  scanner.end();
  return found.has("otherWorkbookParts") ? ["otherWorkbookParts"] : [];
}
