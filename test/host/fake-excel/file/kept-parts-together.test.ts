import { groupsKept } from "../../../../src/host/fake-excel/file/kept-parts-together";

/**
 * groupsKept on a sheet's kept-part groups by name (an element's: legacyDrawing, oleObjects, controls, drawing; a
 * relationship's alone: comments, threadedComment), each with whether it was found whole.
 */
function keptOf(found: Record<string, boolean>): Record<string, boolean> {
  const names = Object.keys(found);
  const kept = groupsKept(
    names.map((name) => ({ name })),
    names.map((name) => found[name]),
  );
  return Object.fromEntries(names.map((name, i) => [name, kept[i]]));
}

describe("groupsKept", () => {
  it("keeps every group found whole when the notes and their boxes are all there", () => {
    const all = {
      drawing: true,
      legacyDrawing: true,
      comments: true,
      threadedComment: true,
      oleObjects: true,
      controls: true,
    };
    expect(keptOf(all)).toEqual(all);
  });

  it("drops a group not found whole and keeps the others", () => {
    expect(keptOf({ drawing: false, picture: true })).toEqual({ drawing: false, picture: true });
  });

  it("drops the note boxes and the threaded comments when the comments are broken, and keeps the drawing", () => {
    expect(keptOf({ legacyDrawing: true, comments: false, threadedComment: true, drawing: true })).toEqual({
      legacyDrawing: false,
      comments: false,
      threadedComment: false,
      drawing: true,
    });
  });

  it("drops the comments and the threaded comments when the note boxes are broken", () => {
    expect(keptOf({ comments: true, legacyDrawing: false, threadedComment: true })).toEqual({
      comments: false,
      legacyDrawing: false,
      threadedComment: false,
    });
  });

  it("keeps threaded comments found on a sheet whose notes are not groups at all", () => {
    expect(keptOf({ threadedComment: true, drawing: true })).toEqual({ threadedComment: true, drawing: true });
  });

  it("keeps embedded objects and controls with a kept legacyDrawing, even one without comments", () => {
    expect(keptOf({ oleObjects: true, controls: true, legacyDrawing: true })).toEqual({
      oleObjects: true,
      controls: true,
      legacyDrawing: true,
    });
  });

  it("drops embedded objects and controls with no legacyDrawing to draw them", () => {
    expect(keptOf({ oleObjects: true, controls: true, drawing: true })).toEqual({
      oleObjects: false,
      controls: false,
      drawing: true,
    });
  });

  it("drops embedded objects and controls when their legacyDrawing is dropped with broken comments", () => {
    expect(keptOf({ legacyDrawing: true, comments: false, oleObjects: true, controls: true })).toEqual({
      legacyDrawing: false,
      comments: false,
      oleObjects: false,
      controls: false,
    });
  });

  it("drops embedded objects whose legacyDrawing was not found whole", () => {
    expect(keptOf({ oleObjects: true, legacyDrawing: false })).toEqual({ oleObjects: false, legacyDrawing: false });
  });
});
