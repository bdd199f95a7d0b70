import { Axis } from "../../src/preview/grid/axis";
import { sheetMove } from "../../src/preview/grid/sheet-move";

// 10 rows with row 4 (index 3) hidden; 6 columns with B (index 1) hidden; C1:D2 merged.
const grid = {
  rows: new Axis([{ from: 3, count: 1, size: 0 }], 10, 22),
  columns: new Axis([{ from: 1, count: 1, size: 0 }], 6, 112),
  merges: [{ row: 0, column: 2, rowCount: 2, columnCount: 2 }],
};

describe("moving the active cell over a sheet's layout, as Excel does", () => {
  it("skips hidden columns and rows", () => {
    expect(sheetMove({ row: 0, column: 0 }, "ArrowRight", grid)).toEqual({ row: 0, column: 2 }); // A1 → C1
    expect(sheetMove({ row: 2, column: 2 }, "ArrowDown", grid)).toEqual({ row: 4, column: 2 }); // C3 → C5
    expect(sheetMove({ row: 4, column: 2 }, "ArrowUp", grid)).toEqual({ row: 2, column: 2 }); // C5 → C3
  });

  it("steps over a merged area as over one cell, from its far edge", () => {
    expect(sheetMove({ row: 0, column: 2 }, "ArrowRight", grid)).toEqual({ row: 0, column: 4 }); // C1:D2 → E1
    expect(sheetMove({ row: 0, column: 2 }, "ArrowDown", grid)).toEqual({ row: 2, column: 2 }); // C1:D2 → C3
    expect(sheetMove({ row: 1, column: 3 }, "ArrowLeft", grid)).toEqual({ row: 1, column: 0 }); // D2 → past B → A2
  });

  it("stays at the sheet's edge", () => {
    expect(sheetMove({ row: 0, column: 0 }, "ArrowUp", grid)).toEqual({ row: 0, column: 0 });
    expect(sheetMove({ row: 9, column: 5 }, "ArrowRight", grid)).toEqual({ row: 9, column: 5 });
  });

  it("lands paging, Home and End on shown cells", () => {
    expect(sheetMove({ row: 0, column: 4 }, "PageDown", grid, 3)).toEqual({ row: 4, column: 4 }); // row 4 hidden → 5
    expect(sheetMove({ row: 5, column: 4 }, "Home", grid)).toEqual({ row: 5, column: 0 });
    expect(sheetMove({ row: 5, column: 0 }, "End", grid)).toEqual({ row: 5, column: 5 });
    expect(sheetMove({ row: 5, column: 0 }, "a", grid)).toBeUndefined();
  });
});
