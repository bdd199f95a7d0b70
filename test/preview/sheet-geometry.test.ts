import { sheetGeometry } from "../../src/preview/grid/sheet-geometry";
import { PLAIN_LAYOUT } from "../../src/preview/grid/sheet-layout";

const size = { rowCount: 40, columnCount: 8, rowHeight: 22, columnWidth: 112 };

describe("the grid's geometry of a sheet's layout", () => {
  it("draws rows and columns at their own sizes in points × 96/72, hidden ones at 0 px", () => {
    const g = sheetGeometry(
      {
        ...PLAIN_LAYOUT,
        rowHeights: [{ from: 1, count: 1, height: 30 }], // 30 pt = 40 px
        hiddenRows: new Set([2]),
        columnWidths: new Map([[1, 48]]), // 48 pt = 64 px, Excel's default column
        hiddenColumns: new Set([2]),
      },
      size,
    );
    // Row 3 (index 2) starts after 22 + 40 px, and is hidden: row 4 starts there too.
    expect([g.rows.offset(2), g.rows.offset(3), g.rows.offset(4)]).toEqual([62, 62, 84]);
    // Column D (index 3) starts after 112 + 64 + 0 px.
    expect(g.columns.offset(3)).toBe(176);
  });

  it("freezes no more rows and columns than the grid has", () => {
    const g = sheetGeometry({ ...PLAIN_LAYOUT, frozenRows: 100, frozenColumns: 2 }, size);
    expect([g.frozenRows, g.frozenColumns]).toEqual([40, 2]);
  });
});
