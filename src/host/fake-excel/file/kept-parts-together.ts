/**
 * Which of a sheet's kept-part groups (kept-parts.ts) go into the download, given which were found whole: some
 * only make sense beside others, and one without the other is not what Excel wrote.
 */

/** A group of a sheet's kept parts: an element's (by its name) or a relationship's alone (by its type's last segment). */
export interface PartGroup {
  readonly name: string;
}

/** The notes' text (comments, §18.7) and their boxes (the VML of the legacyDrawing, CT_LegacyDrawing). */
const NOTES = new Set(["legacyDrawing", "comments"]);

/**
 * Elements whose objects are drawn by a shape in the sheet's VML: an oleObject's and a control's shapeId is "the
 * drawing shape in the Legacy Drawing part" (ECMA-376 Part 1 §18.3.1.19 control; §18.3.1.59 oleObject, and Part 3's
 * primer on embeddings in SpreadsheetML: the legacyDrawing's VML holds the object's shape and picture).
 */
const DRAWN_IN_VML = new Set(["oleObjects", "controls"]);

/**
 * For each group, whether it is kept: found whole, and
 * - notes: the comments and the legacyDrawing go together or not at all (one without the other is not a note
 *   Excel shows), and threaded comments (MS-XLSX threadedComment) go only with them, since Excel writes each thread
 *   as a note too, for versions without threaded comments;
 * - embedded objects and controls go only with the legacyDrawing whose shapes draw them.
 */
export function groupsKept(groups: readonly PartGroup[], found: readonly boolean[]): boolean[] {
  const notesBroken = groups.some((g, i) => NOTES.has(g.name) && !found[i]);
  const kept = groups.map((g, i) => found[i] && !(notesBroken && (NOTES.has(g.name) || g.name === "threadedComment")));
  const shapesKept = groups.some((g, i) => g.name === "legacyDrawing" && kept[i]);
  return groups.map((g, i) => kept[i] && (shapesKept || !DRAWN_IN_VML.has(g.name)));
}
