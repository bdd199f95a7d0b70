import { scrollForCell } from "../../src/preview/grid/scroll-into-view";
import { sheetGeometry } from "../../src/preview/grid/sheet-geometry";
import { PLAIN_LAYOUT } from "../../src/preview/grid/sheet-layout";

// 22 px rows under a 22 px header row, 112 px columns right of 52 px row numbers; row 1 and column A frozen.
const geometry = sheetGeometry(
  { ...PLAIN_LAYOUT, frozenRows: 1, frozenColumns: 1 },
  { rowCount: 1000, columnCount: 20, rowHeight: 22, columnWidth: 112 },
);
const view = { top: 0, left: 0, height: 220, width: 500 };

describe("scrolling the active cell into view", () => {
  it("scrolls down until the cell's bottom is at the view's bottom", () => {
    // Row 20 (index 19) spans 22 + 19 × 22 = 440 … 462 px; a 220 px view shows it from 462 − 220 = 242.
    expect(scrollForCell(geometry, { row: 19, column: 1 }, view)).toEqual({ top: 242, left: 0 });
  });

  it("scrolls up until the cell is just below the header and the frozen row", () => {
    // Row 5 (index 4) starts at 22 + 88 = 110 px; header and frozen row cover 44 px: scroll to 66.
    expect(scrollForCell(geometry, { row: 4, column: 1 }, { ...view, top: 300 })).toEqual({ top: 66, left: 0 });
  });

  it("scrolls sideways right of the row numbers and the frozen column, and never for a frozen cell", () => {
    // Column E (index 4) spans 52 + 448 = 500 … 612 px: scroll to 612 − 500 = 112.
    expect(scrollForCell(geometry, { row: 0, column: 4 }, view)).toEqual({ top: 0, left: 112 });
    expect(scrollForCell(geometry, { row: 0, column: 0 }, { ...view, top: 300, left: 400 })).toEqual({
      top: 300,
      left: 400,
    });
  });
});
