import { type XmlHandler, attr } from "./xml-scanner";

/**
 * What an .xlsx can hold that the standalone mode's in-memory workbook does not keep, so a workbook downloaded
 * after opening it will not have it. Found while the file is read and shown on the page, never dropped silently.
 */
export type NotKeptFeature =
  | "conditionalFormats"
  | "validation"
  | "hyperlinks"
  | "drawings"
  | "comments"
  | "chartSheets"
  | "workbookProtection"
  | "pivotTables"
  | "macros"
  | "printerSettings"
  | "normalStyleFormatting"
  | "threadedComments"
  | "embeddedObjects";

/** A feature not kept, and the sheets it is on (none for one of the workbook's own, e.g. named ranges). */
export interface NotKept {
  readonly feature: NotKeptFeature;
  readonly sheets: string[];
}

/**
 * Children of a worksheet (ECMA-376 Part 1 §18.3.1.99) the reader does not read: oleObjects and controls
 * (embedded objects, form and ActiveX controls: parts of their own, with shapes in the sheet's VML, not copied).
 * (The filter, the print settings, the hyperlinks and the sheet's protection are kept as XML:
 * sheet-elements-kept.ts; a hyperlink whose address is missing is named by hyperlink-targets.ts; drawings and
 * comments are copied part by part, sheet-parts-reading.ts, which names those whose parts are missing.)
 */
const SHEET_ELEMENTS: ReadonlyMap<string, NotKeptFeature> = new Map([
  ["oleObjects", "embeddedObjects"],
  ["controls", "embeddedObjects"],
]);

/** The features not kept, in the order first met, each with its sheets in the order met. */
export class NotKeptList {
  private readonly found = new Map<NotKeptFeature, string[]>();

  add(feature: NotKeptFeature, sheet?: string): void {
    let sheets = this.found.get(feature);
    if (!sheets) this.found.set(feature, (sheets = []));
    if (sheet !== undefined && !sheets.includes(sheet)) sheets.push(sheet);
  }

  list(): NotKept[] {
    return [...this.found].map(([feature, sheets]) => ({ feature, sheets }));
  }
}

/**
 * A sheet part's XML handler in front of the cell reader (`inner`): every event goes on to it; the events inside
 * dataValidations and conditionalFormatting (§18.3.1.33, §18.3.1.18, also the x14 ones of extLst) go to `rules`
 * too (sheet-rules.ts decides what of them the fake keeps); the start of an element the workbook does not keep is
 * noted for the sheet.
 */
export function watchingSheet(inner: XmlHandler, rules: XmlHandler, sheet: string, notKept: NotKeptList): XmlHandler {
  let inRules = 0; // depth inside dataValidations / conditionalFormatting
  return {
    open(name, tag, selfClosing) {
      const feature = SHEET_ELEMENTS.get(name);
      if (feature !== undefined) notKept.add(feature, sheet);
      // pageSetup is kept, but its r:id's printer settings part (a printer driver's own bytes, §18.3.1.63) is not.
      if (name === "pageSetup" && attr(tag, "r:id") !== undefined) notKept.add("printerSettings", sheet);
      if (name === "dataValidations" || name === "conditionalFormatting") inRules += selfClosing ? 0 : 1;
      if (inRules > 0) rules.open(name, tag, selfClosing);
      inner.open(name, tag, selfClosing);
    },
    close(name) {
      if (inRules > 0) rules.close(name);
      if (name === "dataValidations" || name === "conditionalFormatting") inRules--;
      inner.close(name);
    },
    text(raw, cdata) {
      if (inRules > 0) rules.text(raw, cdata);
      inner.text(raw, cdata);
    },
  };
}
