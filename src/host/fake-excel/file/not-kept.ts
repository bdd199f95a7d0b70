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
  | "embeddedObjects"
  | "slicers"
  | "otherSheetParts"
  | "externalLinks"
  | "otherWorkbookParts"
  | "dataConnections"
  | "tableSettings"
  /** Grouped columns (an outline): the columns stay, shown or hidden, without their groups (rows' are kept). */
  | "grouping"
  /** Text with formatting within a cell (rich text runs): the text stays, in the cell's own format. */
  | "richText"
  /** What-If data tables: their cells keep their last results as values, no longer calculated. */
  | "dataTables"
  /** An array formula the file stores in part: a range not starting at its cell, a cm its metadata part lacks. */
  | "arrayFormulas";

/** A feature not kept, and the sheets it is on (none for one of the workbook's own, e.g. named ranges). */
export interface NotKept {
  readonly feature: NotKeptFeature;
  readonly sheets: string[];
}

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
