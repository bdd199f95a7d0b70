import { fileColumnWidth, pointsOfFileWidth } from "../../../../src/host/fake-excel/file/column-width";

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

// ECMA-376 Part 1 §18.3.1.13, the stored width at run time: px = Truncate(((256 × width + Truncate(128 / 7)) / 256) × 7).
describe("a file's column width in points", () => {
  it("shows Excel's default column (9.140625) as 64 px = 48 pt, and 20 characters as 140 px = 105 pt", () => {
    // (2340 + 18) / 256 × 7 = 64.47 → 64 px; (5120 + 18) / 256 × 7 = 140.49 → 140 px; × 72 / 96.
    expect(pointsOfFileWidth(9.140625)).toBe(48);
    expect(pointsOfFileWidth(20)).toBe(105);
  });

  it("gives back the stored width of every column 0–2,999 px wide when saved again", () => {
    for (let px = 0; px < 3000; px++) {
      const stored = fileColumnWidth(px * 0.75);
      expect([px, pointsOfFileWidth(stored)]).toEqual([px, px * 0.75]);
      expect([px, fileColumnWidth(pointsOfFileWidth(stored))]).toEqual([px, stored]);
    }
  });
});
