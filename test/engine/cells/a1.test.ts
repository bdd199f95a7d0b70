import { bounding, parseAddress, rectAddress } from "../../../src/engine/cells";

// Expected rectangles are counted by hand from Excel's A1 notation: row n is index n - 1, column A is 0,
// "D" is the 4th letter (index 3), "AA" follows "Z" (index 26).
describe("parseAddress (A1 notation)", () => {
  it("reads one cell, two corners in any order, whole columns and whole rows", () => {
    expect(parseAddress("B3")).toEqual({ sheet: undefined, rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 } });
    expect(parseAddress("D10:$B$2")).toEqual({ sheet: undefined, rect: { row: 1, column: 1, rowCount: 9, columnCount: 3 } });
    expect(parseAddress("'My sheet'!AA1:AA2")?.sheet).toBe("My sheet");
    expect(parseAddress("A:D")?.rect).toEqual({ row: 0, column: 0, rowCount: 1_048_576, columnCount: 4 });
    expect(parseAddress("3:7")?.rect).toEqual({ row: 2, column: 0, rowCount: 5, columnCount: 16_384 });
  });

  it("gives undefined for text that is not an address", () => {
    expect(parseAddress("Customers")).toBeUndefined();
    expect(parseAddress("A0")).toBeUndefined();
  });

  it("rejects a third part naming the address, where it used to read only the first two (A1:B2:C3 as A1:B2)", () => {
    expect(() => parseAddress("A1:B2:C3")).toThrow(/"A1:B2:C3".*3 parts/);
    expect(() => parseAddress("Sheet1!A1:B2:C3")).toThrow(/"Sheet1!A1:B2:C3"/);
  });

  it("writes back what it reads", () => {
    expect(rectAddress(parseAddress("B2:D10")!.rect, "Q1 sales")).toBe("'Q1 sales'!B2:D10");
  });
});

describe("bounding", () => {
  it("is the smallest block holding both, in either order (A1:B2 and C3:D4 → A1:D4; B2:B3 and A5 → A2:B5)", () => {
    const a1b2 = parseAddress("A1:B2")!.rect, c3d4 = parseAddress("C3:D4")!.rect;
    expect(rectAddress(bounding(a1b2, c3d4))).toBe("A1:D4");
    expect(rectAddress(bounding(c3d4, a1b2))).toBe("A1:D4");
    expect(rectAddress(bounding(parseAddress("B2:B3")!.rect, parseAddress("A5")!.rect))).toBe("A2:B5");
    expect(bounding(a1b2, a1b2)).toEqual(a1b2);
  });
});
