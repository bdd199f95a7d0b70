import { fileColumnWidth } from "../../../../src/host/fake-excel/file/column-width";

// ECMA-376 Part 1 §18.3.1.13: width = Truncate(pixels / 7 × 256) / 256 for Calibri 11 (7-pixel digits), 96 px per 72 pt.
describe("a column width in points as the file stores it", () => {
  it("stores Excel's default column (8.43 characters, 64 px, 48 pt) as 9.140625, as Excel writes it", () => {
    // 48 pt = 64 px; 64 / 7 × 256 = 2340.57 → 2340; 2340 / 256 = 9.140625.
    expect(fileColumnWidth(48)).toBe(9.140625);
  });

  it("truncates to 1/256 of a character", () => {
    // 75 pt = 100 px; 100 / 7 × 256 = 3657.14 → 3657; 3657 / 256 = 14.28515625.
    expect(fileColumnWidth(75)).toBe(14.28515625);
    expect(fileColumnWidth(0)).toBe(0);
  });

  it("refuses a width that is not a number of points", () => {
    expect(() => fileColumnWidth(-1)).toThrow("-1 points");
    expect(() => fileColumnWidth(Number.NaN)).toThrow("NaN points");
  });
});
