import {
  bounding,
  columnIndex,
  columnLetters,
  intersect,
  parseAddress,
  quoteSheetName,
  rectAddress,
  MAX_COLUMNS,
  MAX_ROWS,
} from "../../../src/engine/cells";

// Expected rectangles are counted by hand from Excel's A1 notation: row n is index n - 1, column A is 0,
// "D" is the 4th letter (index 3), "AA" follows "Z" (index 26).
describe("parseAddress (A1 notation)", () => {
  it("reads one cell, two corners in any order, whole columns and whole rows", () => {
    expect(parseAddress("B3")).toEqual({ sheet: undefined, rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 } });
    expect(parseAddress("D10:$B$2")).toEqual({
      sheet: undefined,
      rect: { row: 1, column: 1, rowCount: 9, columnCount: 3 },
    });
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
    const a1b2 = parseAddress("A1:B2")!.rect,
      c3d4 = parseAddress("C3:D4")!.rect;
    expect(rectAddress(bounding(a1b2, c3d4))).toBe("A1:D4");
    expect(rectAddress(bounding(c3d4, a1b2))).toBe("A1:D4");
    expect(rectAddress(bounding(parseAddress("B2:B3")!.rect, parseAddress("A5")!.rect))).toBe("A2:B5");
    expect(bounding(a1b2, a1b2)).toEqual(a1b2);
  });
});

// Excel's sheet: 1,048,576 rows by 16,384 columns, the last column XFD (Microsoft, "Excel specifications and limits",
// https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
describe("column letters", () => {
  // Bijective base 26, worked by hand: 26 = 1·26 + 0 → "AA"; 701 = 26·26 + 25 → "ZZ"; 702 → "AAA";
  // 16383 = 24·676 + 5·26 + 3 with digits X(24) F(6) D(4) after the 1-based shift → "XFD".
  test.each<[number, string]>([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %p is %p, and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  test.each(["", "A1", "ABCD", "Ä", " A"])("%p is not a column", (text) => expect(columnIndex(text)).toBe(-1));

  test("the sheet's size", () => {
    expect([MAX_ROWS, MAX_COLUMNS]).toEqual([1_048_576, 16_384]);
    expect(columnLetters(MAX_COLUMNS - 1)).toBe("XFD");
  });
});

// A sheet name with spaces or punctuation is quoted in a reference, an apostrophe in it doubled (Microsoft,
// "Create an external reference (link) to a cell range in another workbook": names with spaces or non-alphabetical
// characters are enclosed in single quotation marks).
describe("quoteSheetName", () => {
  test.each<[string, string]>([
    ["Sheet1", "Sheet1"],
    ["_data.2025", "_data.2025"],
    ["My sheet", "'My sheet'"],
    ["Bob's", "'Bob''s'"],
    ["2025", "'2025'"],
    ["汇总", "'汇总'"],
    ["a-b", "'a-b'"],
  ])("%p → %p", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));
});

describe("rectAddress", () => {
  test("names a block by its corners, one cell by itself, with the sheet when given", () => {
    expect(rectAddress({ row: 0, column: 0, rowCount: 10, columnCount: 4 })).toBe("A1:D10");
    expect(rectAddress({ row: 2, column: 4, rowCount: 11, columnCount: 4 }, "Sheet1")).toBe("Sheet1!E3:H13");
    expect(rectAddress({ row: 4, column: 27, rowCount: 1, columnCount: 1 }, "My sheet")).toBe("'My sheet'!AB5");
    // One row, two columns, and one column, two rows, are blocks, not cells.
    expect(rectAddress({ row: 0, column: 0, rowCount: 1, columnCount: 2 })).toBe("A1:B1");
    expect(rectAddress({ row: 0, column: 0, rowCount: 2, columnCount: 1 })).toBe("A1:A2");
  });
});

describe("parseAddress, case by case", () => {
  test.each<[string, { sheet?: string; rect: [number, number, number, number] }]>([
    ["A1", { rect: [0, 0, 1, 1] }],
    ["b3:d13", { rect: [2, 1, 11, 3] }],
    ["$A$1:$D$10", { rect: [0, 0, 10, 4] }],
    // Corners in any order name the same block.
    ["D10:A1", { rect: [0, 0, 10, 4] }],
    ["Sheet1!E3:H13", { sheet: "Sheet1", rect: [2, 4, 11, 4] }],
    ["'Bob''s sheet'!C2", { sheet: "Bob's sheet", rect: [1, 2, 1, 1] }],
    // Whole columns run over every row, whole rows over every column.
    ["A:D", { rect: [0, 0, MAX_ROWS, 4] }],
    ["D:B", { rect: [0, 1, MAX_ROWS, 3] }],
    ["3:7", { rect: [2, 0, 5, MAX_COLUMNS] }],
    ["7:3", { rect: [2, 0, 5, MAX_COLUMNS] }],
    [" XFD1048576 ", { rect: [MAX_ROWS - 1, MAX_COLUMNS - 1, 1, 1] }],
  ])("%p", (address, expected) => {
    const [row, column, rowCount, columnCount] = expected.rect;
    expect(parseAddress(address)).toEqual({ sheet: expected.sheet, rect: { row, column, rowCount, columnCount } });
  });

  test.each(["", "A0", "A1048577", "XFE1", "A1:B", "1:B2", "Sheet1!", "R1C1", "A1.5"])(
    "%p is not an address",
    (text) => {
      expect(parseAddress(text)).toBeUndefined();
    },
  );
});

describe("intersect", () => {
  test("the overlap of two blocks, none when they only touch or lie apart", () => {
    // B2:D5 and C4:F9 share C4:D5.
    expect(
      intersect({ row: 1, column: 1, rowCount: 4, columnCount: 3 }, { row: 3, column: 2, rowCount: 6, columnCount: 4 }),
    ).toEqual({ row: 3, column: 2, rowCount: 2, columnCount: 2 });
    // A1:B2 and C1:D2 touch at a border; A1:B2 and A3:B4 too.
    expect(
      intersect({ row: 0, column: 0, rowCount: 2, columnCount: 2 }, { row: 0, column: 2, rowCount: 2, columnCount: 2 }),
    ).toBeUndefined();
    expect(
      intersect({ row: 0, column: 0, rowCount: 2, columnCount: 2 }, { row: 2, column: 0, rowCount: 2, columnCount: 2 }),
    ).toBeUndefined();
    // A block inside another is the overlap.
    expect(
      intersect(
        { row: 0, column: 0, rowCount: 10, columnCount: 10 },
        { row: 4, column: 5, rowCount: 1, columnCount: 2 },
      ),
    ).toEqual({ row: 4, column: 5, rowCount: 1, columnCount: 2 });
  });
});
