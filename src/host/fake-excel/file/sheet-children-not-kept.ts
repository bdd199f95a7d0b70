import type { NotKeptFeature } from "./not-kept";
import { KEPT_SHEET_ELEMENTS } from "./sheet-elements-kept";
import { keptExtPlace } from "./sheet-rules-kept";
import { type XmlHandler, attr } from "./xml-scanner";

/**
 * The worksheet children (ECMA-376 Part 1 §18.3.1.99) the fake reads itself or writes anew: the sheet's properties,
 * size, views, row and column formats, cells, merged cells, rules and tables (sheet-cells.ts, sheet-looks.ts,
 * sheet-rules-kept.ts); extLst is judged by its extensions, a worksheet-level mc:AlternateContent by what it wraps
 * (sheet-elements-kept.ts).
 */
const READ = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "mergeCells",
  "conditionalFormatting",
  "dataValidations",
  "tableParts",
  "extLst",
  "AlternateContent",
]);

/**
 * The extensions that hold a sheet's slicers and timelines: x14:slicerList (MS-XLSX §2.2.4.12's table) and
 * Excel 2013's x15:slicerList for a table's slicers, and x15:timelineRefs (PivotTable timelines). Their r:ids point at slicer and timeline
 * parts, which need the workbook's slicer and timeline caches: named, except PivotTables' and tables' slicers when
 * the workbook's slicer caches are kept (slicer-caches.ts, table-slicers.ts, timelines.ts: the caller's `alsoKept`).
 */
const SLICER_URIS: ReadonlySet<string> = new Set([
  "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}",
  "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}",
  "{7E03D99C-DC04-49d9-9315-930204A7B6E9}",
]);

/**
 * A sheet part's handler that names what no other reader keeps: each worksheet child neither read nor kept (e.g.
 * one of a later schema) and each extLst extension whose uri is
 * not one of KEPT_EXT_URIS (slicers and timelines, and any other), so nothing in the sheet goes silently.
 */
export class SheetChildrenNotKept implements XmlHandler {
  private readonly found = new Set<NotKeptFeature>();

  /** `alsoKept`: the slicer extensions kept with the workbook's slicer caches (slicer-caches.ts), not named here. */
  constructor(private readonly alsoKept: readonly string[] = []) {}

  private depth = 0;
  private inExtLst = false;

  open(name: string, tag: string): void {
    this.depth++;
    if (this.depth === 2) {
      this.inExtLst = name === "extLst";
      if (!READ.has(name) && !KEPT_SHEET_ELEMENTS.has(name)) this.found.add("otherSheetParts");
    }
    if (this.depth === 3 && this.inExtLst && name === "ext") {
      const uri = attr(tag, "uri") ?? "";
      if (this.alsoKept.includes(uri)) return;
      if (SLICER_URIS.has(uri)) this.found.add("slicers");
      else if (keptExtPlace(uri) < 0) this.found.add("otherSheetParts");
    }
  }

  text(): void {}

  close(): void {
    this.depth--;
  }

  /** What the sheet had that is not kept, slicers first. */
  features(): NotKeptFeature[] {
    return (["slicers", "otherSheetParts"] as const).filter((f) => this.found.has(f));
  }
}
