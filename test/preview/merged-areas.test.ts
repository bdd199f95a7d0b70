import { expandToMerges, mergeAt } from "../../src/preview/grid/merged-areas";
import { mergesInView } from "../../src/preview/grid/merges-in-view";

// A1:C1 (a header) and C2:D3 are merged.
const header = { row: 0, column: 0, rowCount: 1, columnCount: 3 };
const block = { row: 1, column: 2, rowCount: 2, columnCount: 2 };
const merges = [header, block];

describe("a selection over merged cells, as Excel grows it", () => {
  it("takes in the whole of a merged area it touches, and then those the grown block touches", () => {
    // B1:B2 touches A1:C1 → A1:C2, which touches C2:D3 → A1:D3.
    expect(expandToMerges({ row: 0, column: 1, rowCount: 2, columnCount: 1 }, merges)).toEqual({
      row: 0,
      column: 0,
      rowCount: 3,
      columnCount: 4,
    });
  });

  it("looks again after growing, whatever order the areas come in", () => {
    // C2:D3 first: B1:B2 does not touch it, then A1:C1 grows the block to A1:C2, which touches C2:D3 only now.
    expect(expandToMerges({ row: 0, column: 1, rowCount: 2, columnCount: 1 }, [block, header])).toEqual({
      row: 0,
      column: 0,
      rowCount: 3,
      columnCount: 4,
    });
  });

  it("selects the whole area for a click on any of its cells, and leaves other blocks as they are", () => {
    expect(expandToMerges({ row: 2, column: 3, rowCount: 1, columnCount: 1 }, merges)).toEqual(block);
    const apart = { row: 4, column: 0, rowCount: 2, columnCount: 2 };
    expect(expandToMerges(apart, merges)).toEqual(apart);
  });

  it("finds the area a cell belongs to", () => {
    expect(mergeAt(merges, 2, 3)).toBe(block);
    expect(mergeAt(merges, 2, 1)).toBeUndefined();
  });
});

describe("the merged areas among the rendered rows", () => {
  it("puts each under the first rendered row it covers, and leaves out those no rendered row covers", () => {
    const a = { row: 0, column: 0, rowCount: 2, columnCount: 2 }; // rows 0…1: none rendered
    const b = { row: 5, column: 0, rowCount: 3, columnCount: 1 }; // rows 5…7: 5 is hidden, so row 6 draws it
    const c = { row: 20, column: 0, rowCount: 1, columnCount: 2 }; // below the window
    const { byRow, inView } = mergesInView([a, b, c], [3, 4, 6, 7, 8]);
    expect([...byRow]).toEqual([[6, [b]]]);
    expect(inView).toEqual([b]);
  });
});
