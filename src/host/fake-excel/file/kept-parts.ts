/**
 * A sheet's drawings and comments kept as the file wrote them, part by part, for the download (TierLadder never
 * edits them, so they are copied, not read): the parts the sheet's drawing (ECMA-376 Part 1 §18.3.1.36, a
 * SpreadsheetML drawing §20.5 with its charts §21.2 and images), legacyDrawing (§18.3.1.51, the VML of the note
 * boxes) and comments (§18.7) relationships reach, with their own relationships. sheet-parts-reading.ts collects
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
  /** The sheet part's relationships to them (drawing, vmlDrawing, comments), with the ids its elements use. */
  readonly relationships: readonly KeptRelationship[];
  /**
   * Every part those reach, each once, in the order reached; for threaded comments, the workbook's persons part
   * too, which their comments name their authors from (persons-part.ts).
   */
  readonly parts: readonly KeptPart[];
}

/** The worksheet children that point at a kept part through their r:id, and the relationship type they need. */
export const ELEMENT_RELATIONSHIPS: ReadonlyMap<string, string> = new Map([
  ["drawing", "drawing"], // §18.3.1.36: pictures, shapes, charts
  ["legacyDrawing", "vmlDrawing"], // §18.3.1.51: the note boxes (VML)
  ["legacyDrawingHF", "vmlDrawing"], // CT_LegacyDrawing: the header and footer pictures (VML)
  ["picture", "image"], // CT_SheetBackgroundPicture: the sheet's background picture
]);
