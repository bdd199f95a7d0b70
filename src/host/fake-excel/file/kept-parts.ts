/**
 * A sheet's drawings, comments, printer settings, embedded objects and controls kept as the file wrote them, part
 * by part, for the download (TierLadder never edits them, so they are copied, not read): the parts the sheet's
 * drawing (ECMA-376 Part 1 §18.3.1.36, a SpreadsheetML drawing §20.5 with its charts §21.2 and images),
 * legacyDrawing (CT_LegacyDrawing, the VML of the note boxes and of the objects' and controls' shapes), comments (§18.7),
 * pageSetup (§18.3.1.63), oleObjects and controls (§18.3.1.60, §18.3.1.21), customProperties (CT_CustomProperties) and
 * drawingHF (§18.3.1.37) relationships reach, with their own relationships. sheet-parts-reading.ts collects
 * them; sheet-parts-writing.ts puts them into the download under fresh names.
 */

/** A relationship as the file had it (ECMA-376 Part 2 §9.3). */
export interface KeptRelationship {
  readonly id: string;
  /** The relationship type's URI. */
  readonly type: string;
  /** Internal: the target part's name in the opened file ("xl/media/image1.png"); external: the target as written. */
  readonly target: string;
  /** TargetMode="External" (Part 2 §9.3.2.2: a web address, not a part), or a hyperlink to a place ("#Sheet1!A1"). */
  readonly external: boolean;
}

/** A part copied byte for byte, with its content type and its relationships. */
export interface KeptPart {
  /** The part's name in the opened file, without the leading "/" ("xl/drawings/drawing1.xml"). */
  readonly name: string;
  /** Its content type in the file's [Content_Types].xml (Part 2 §10.1.2). */
  readonly contentType: string;
  readonly bytes: Uint8Array;
  readonly relationships: readonly KeptRelationship[];
}

/** One sheet's kept parts. */
export interface SheetParts {
  /** The sheet part's relationships to them (drawing, vmlDrawing, comments, printerSettings …), with the ids its elements use. */
  readonly relationships: readonly KeptRelationship[];
  /**
   * Every part those reach, each once, in the order reached; for threaded comments, the workbook's persons part
   * too, which their comments name their authors from (persons-part.ts).
   */
  readonly parts: readonly KeptPart[];
}

/**
 * The worksheet children that point at kept parts through their r:id attributes (every one in the element, nested
 * ones too), and the relationship types (last segment) those may have.
 */
export const ELEMENT_RELATIONSHIPS: ReadonlyMap<string, readonly string[]> = new Map([
  ["drawing", ["drawing"]], // §18.3.1.36: pictures, shapes, charts
  ["legacyDrawing", ["vmlDrawing"]], // CT_LegacyDrawing: the note boxes, and the shapes of embedded objects and controls (VML)
  ["legacyDrawingHF", ["vmlDrawing"]], // CT_LegacyDrawing: the header and footer pictures (VML)
  ["picture", ["image"]], // CT_SheetBackgroundPicture: the sheet's background picture
  ["externalReferences", ["externalLink"]], // the workbook's §18.2.9: its links to other workbooks (external-links.ts)
  // §18.3.1.63: the printer driver's own settings (§15.2.15 Printer Settings part), bytes no one but it reads.
  ["pageSetup", ["printerSettings"]],
  // oleObjects §18.3.1.60: each oleObject's r:id is its Embedded Object or Embedded Package part (§15.2.11,
  // §15.2.12); Excel 2010's objectPr r:id (in an mc:AlternateContent's x14 Choice) the object's picture.
  ["oleObjects", ["oleObject", "package", "image"]],
  // controls §18.3.1.21: each control's r:id (§18.3.1.19) is an ActiveX control's part (§15.2.9, with its own
  // binary) or a form control's properties (MS-XLSX ctrlProp); controlPr's r:id (§18.3.1.20) its picture.
  ["controls", ["control", "ctrlProp", "image"]],
  // customProperties (CT_CustomProperties): each customPr's r:id (CT_CustomProperty) is a Custom Property part (Part 1
  // §12.3, relationship …/customProperty, content type …spreadsheetml.customProperty), the value's bytes.
  ["customProperties", ["customProperty"]],
  // drawingHF §18.3.1.37: the header and footer pictures in DrawingML, a drawing part (relationship …/drawing) as drawing's.
  ["drawingHF", ["drawing"]],
  // extLst: the kept PivotTable slicers' x14:slicer r:ids (slicer-caches.ts), each a Slicer part, and the kept
  // timelines' x15:timelineRef r:ids (timelines.ts), each a Timeline part.
  ["extLst", ["slicer", "timeline"]],
]);

/** An r:id attribute (either quote), its value the second group. */
const RELATIONSHIP_ID = /(\sr:id\s*=\s*)(["'])(.*?)\2/g;

/** The distinct ids an element's r:id attributes name, nested ones too, in the order written. */
export function relationshipIds(xml: string): string[] {
  return [...new Set([...xml.matchAll(RELATIONSHIP_ID)].map((m) => m[3]))];
}

/** An element's XML with each r:id attribute's id replaced by `to(id)`. */
export function withRelationshipIds(xml: string, to: (id: string) => string): string {
  return xml.replace(
    RELATIONSHIP_ID,
    (_, before: string, quote: string, id: string) => `${before}${quote}${to(id)}${quote}`,
  );
}
