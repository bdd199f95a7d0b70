import { type XmlHandler, attr } from "./xml-scanner";

/**
 * What an .xlsx can hold that the standalone mode's in-memory workbook does not keep, so a workbook downloaded
 * after opening it will not have it. Found while the file is read and shown on the page, never dropped silently.
 */
export type NotKeptFeature =
  | "hyperlinks"
  | "drawings"
  | "comments"
  | "chartSheets"
  | "pivotTables"
  | "macros"
  | "printerSettings"
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
 * A sheet part's XML handler in front of the sheet's readers (`inner`): every event goes on to it; the start of an
 * element the workbook does not keep is noted for the sheet. (Conditional formats and data validations are kept:
 * sheet-rules-kept.ts.)
 */
export function watchingSheet(inner: XmlHandler, sheet: string, notKept: NotKeptList): XmlHandler {
  return {
    open(name, tag, selfClosing) {
      const feature = SHEET_ELEMENTS.get(name);
      if (feature !== undefined) notKept.add(feature, sheet);
      // pageSetup is kept, but its r:id's printer settings part (a printer driver's own bytes, §18.3.1.63) is not.
      if (name === "pageSetup" && attr(tag, "r:id") !== undefined) notKept.add("printerSettings", sheet);
      inner.open(name, tag, selfClosing);
    },
    close: (name) => inner.close(name),
    text: (raw, cdata) => inner.text(raw, cdata),
  };
}
