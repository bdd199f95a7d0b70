import { findUserCells, placeUserCells, userCellRects } from "../../../src/host/excel/user-cells";

// Hand-made grids; rows and columns are 0-based (row 0 = Excel row 1, column 0 = A).
describe("user cells on a refreshed sheet", () => {
  it("takes the non-blank cells outside TierLadder's areas, with their number formats", () => {
    const rect = { row: 0, column: 0, rowCount: 2, columnCount: 4 };
    const values = [
      ["Customer", "Tier", "", "note"],
      ["Acme", "A", "", 7],
    ];
    const formats = [
      ["General", "General", "General", "General"],
      ["General", "General", "General", "0.0"],
    ];
    const cells = findUserCells({ rect, values, formats }, [{ row: 0, column: 0, rowCount: 2, columnCount: 2 }]);
    expect(cells).toEqual([
      { row: 0, column: 3, value: "note", format: "General" },
      { row: 1, column: 3, value: 7, format: "0.0" },
    ]);
  });

  it("leaves cells clear of the new output where they are", () => {
    const cells = [{ row: 0, column: 5, value: "x", format: "General" }];
    expect(placeUserCells(cells, [{ row: 0, column: 0, rowCount: 3, columnCount: 5 }])).toEqual({
      cells,
      moved: 0,
      shift: 0,
      from: 0,
    });
  });

  it("moves the covered cells and every user cell right of them by one shift, landing just right of the output", () => {
    // Output A1:F3 (columns 0–5) covers E1 (column 4); the user's C5 (column 2, row 4) is clear and stays.
    // from = 4, right = 6, shift = 2: E1 → G1 and H1 (column 7) → J1 (column 9).
    const cells = [
      { row: 0, column: 4, value: "a", format: "General" },
      { row: 0, column: 7, value: "b", format: "General" },
      { row: 4, column: 2, value: "c", format: "General" },
    ];
    const placed = placeUserCells(cells, [{ row: 0, column: 0, rowCount: 3, columnCount: 6 }]);
    expect(placed.cells.map((c) => [c.row, c.column])).toEqual([
      [0, 6],
      [0, 9],
      [4, 2],
    ]);
    expect(placed).toMatchObject({ moved: 2, shift: 2, from: 4 });
  });

  it("refuses to move cells past column XFD", () => {
    const cells = [
      { row: 0, column: 16_383, value: "edge", format: "General" },
      { row: 0, column: 2, value: "in the way", format: "General" },
    ];
    expect(() => placeUserCells(cells, [{ row: 0, column: 0, rowCount: 1, columnCount: 3 }])).toThrow(/XFD/);
  });

  it("writes a typed block in one rectangle, blanks between included, but never across the output", () => {
    // Rows 0–1 have user cells in columns 3 and 5 (blank 4 between): one 2 × 3 rectangle.
    // Row 2 has cells in columns 0 and 3 with the output (column 1–2) between: two 1 × 1 rectangles.
    const c = (row: number, column: number) => ({ row, column, value: `${row}:${column}`, format: "General" });
    const rects = userCellRects(
      [c(0, 3), c(0, 5), c(1, 3), c(1, 5), c(2, 0), c(2, 3)],
      [{ row: 2, column: 1, rowCount: 1, columnCount: 2 }],
    );
    expect(rects.map((r) => r.rect)).toEqual([
      { row: 0, column: 3, rowCount: 2, columnCount: 3 },
      { row: 2, column: 0, rowCount: 1, columnCount: 1 },
      { row: 2, column: 3, rowCount: 1, columnCount: 1 },
    ]);
    expect(rects[0].values).toEqual([
      ["0:3", "", "0:5"],
      ["1:3", "", "1:5"],
    ]);
    expect(rects[0].formats[0]).toEqual(["General", "General", "General"]);
  });
});
