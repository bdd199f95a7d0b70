import { mergedAreaBoxes } from "../../src/preview/grid/merged-area-boxes";
import { sheetGeometry } from "../../src/preview/grid/sheet-geometry";
import { PLAIN_LAYOUT } from "../../src/preview/grid/sheet-layout";

// 22 px rows, 112 px columns right of the 52 px row numbers; row 1 and column A frozen; column D hidden.
const g = sheetGeometry(
  { ...PLAIN_LAYOUT, frozenRows: 1, frozenColumns: 1, hiddenColumns: new Set([3]) },
  { rowCount: 40, columnCount: 8, rowHeight: 22, columnWidth: 112 },
);

describe("where a row draws a merged area", () => {
  it("draws an area of the scrolling pane once, over all its rows and columns", () => {
    // B3:C4 in row 3: 2 × 112 px wide, 2 × 22 px tall, from the body part's left edge.
    expect(mergedAreaBoxes({ row: 2, column: 1, rowCount: 2, columnCount: 2 }, 2, g, false)).toEqual([
      { part: "body", box: { left: 0, top: 0, width: 224, height: 44 }, copy: false },
    ]);
  });

  it("draws an area across the frozen column line in both panes: cut in the frozen one, whole beneath it", () => {
    // A1:C1: the frozen pane's drawing ends at the line (112 px); the scrolling pane's starts 112 px left of its edge.
    expect(mergedAreaBoxes({ row: 0, column: 0, rowCount: 1, columnCount: 3 }, 0, g, true)).toEqual([
      { part: "frozen", box: { left: 52, top: 0, width: 112, height: 22 }, copy: false },
      { part: "body", box: { left: -112, top: 0, width: 336, height: 22 }, copy: true },
    ]);
  });

  it("cuts an area across the frozen row line at the line, and draws it again from the first scrolling row", () => {
    const a1a3 = { row: 0, column: 0, rowCount: 3, columnCount: 1 };
    expect(mergedAreaBoxes(a1a3, 0, g, true)).toEqual([
      { part: "frozen", box: { left: 52, top: 0, width: 112, height: 22 }, copy: false },
    ]);
    // Row 2 draws it whole, starting 22 px above its own top, under the frozen row.
    expect(mergedAreaBoxes(a1a3, 1, g, false)).toEqual([
      { part: "frozen", box: { left: 52, top: -22, width: 112, height: 66 }, copy: true },
    ]);
  });

  it("draws nothing for an area whose columns are all hidden", () => {
    expect(mergedAreaBoxes({ row: 4, column: 3, rowCount: 2, columnCount: 1 }, 4, g, false)).toEqual([]);
  });
});
