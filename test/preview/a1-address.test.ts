import { rectAddress } from "../../src/engine/cells/a1";
import { columnIndex, parseA1Range, rectBetween, rectContains } from "../../src/preview/grid/a1-address";

// Expected values follow Excel's A1 notation: column A is the 1st column, Z the 26th, AA the 27th,
// XFD the 16,384th (Microsoft, "Excel specifications and limits"); row numbers are 1-based.
describe("A1 addresses in the preview's address box", () => {
  it("turns column letters into 0-based indexes as Excel numbers columns", () => {
    expect(columnIndex("A")).toBe(0);
    expect(columnIndex("Z")).toBe(25);
    expect(columnIndex("aa")).toBe(26); // 26 + 1 = 27th column
    expect(columnIndex("XFD")).toBe(16383);
  });

  it("reads a block with a sheet name", () => {
    expect(parseA1Range("Customers!A1:H501")).toEqual({
      sheet: "Customers",
      rect: { row: 0, column: 0, rowCount: 501, columnCount: 8 },
    });
  });

  it("reads a quoted sheet name with a doubled apostrophe", () => {
    expect(parseA1Range("'Bob''s list'!B2")?.sheet).toBe("Bob's list");
  });

  it("normalises corners given in reverse order, as Excel does for D10:B2", () => {
    expect(parseA1Range("d10:$B$2")).toEqual({ rect: { row: 1, column: 1, rowCount: 9, columnCount: 3 } });
  });

  it("rejects text that is not an address", () => {
    expect(parseA1Range("sales")).toBeUndefined();
    expect(parseA1Range("A0")).toBeUndefined();
    expect(parseA1Range("A1:B2:C3")).toBeUndefined();
    expect(parseA1Range("A1048577")).toBeUndefined(); // one past Excel's last row
    expect(parseA1Range("!A1")).toBeUndefined();
  });

  it("writes one cell without a colon and a block with one (the engine's rectAddress, which the address box shows)", () => {
    expect(rectAddress({ row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("A1");
    expect(rectAddress({ row: 0, column: 0, rowCount: 501, columnCount: 8 })).toBe("A1:H501");
    expect(rectAddress({ row: 9, column: 26, rowCount: 1, columnCount: 2 })).toBe("AA10:AB10");
  });

  it("spans two corners in any order and knows which cells lie inside", () => {
    const r = rectBetween({ row: 5, column: 3 }, { row: 1, column: 0 });
    expect(r).toEqual({ row: 1, column: 0, rowCount: 5, columnCount: 4 });
    expect(rectContains(r, 1, 0)).toBe(true);
    expect(rectContains(r, 5, 3)).toBe(true);
    expect(rectContains(r, 6, 3)).toBe(false);
    expect(rectContains(r, 0, 0)).toBe(false);
  });
});
