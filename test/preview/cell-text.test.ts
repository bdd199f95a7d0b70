import { cellDisplayText } from "../../src/preview/grid/cell-display-text";

// Expected texts are what Excel shows for the same value and number format.
describe("cell text in the preview grid", () => {
  it("shows blanks as empty and booleans in capitals", () => {
    expect(cellDisplayText(null)).toBe("");
    expect(cellDisplayText("")).toBe("");
    expect(cellDisplayText(true)).toBe("TRUE");
  });

  it("shows a serial under a date format as the date (Excel: DATE(2024,1,1) = 45292)", () => {
    expect(cellDisplayText(45292, "yyyy-mm-dd")).toBe("2024-01-01");
    expect(cellDisplayText(45292)).toBe("45292");
  });

  it("shows a fraction under a percent format as a percent (0.1234 with 0.0% → 12.3%)", () => {
    expect(cellDisplayText(0.1234, "0.0%")).toBe("12.3%");
    expect(cellDisplayText(0.5, "0%")).toBe("50%");
  });

  it("rounds long binary fractions to 10 significant digits as General does (0.1 + 0.2 → 0.3)", () => {
    expect(cellDisplayText(0.1 + 0.2)).toBe("0.3");
  });

  it("shows errors by their text and keeps formula-like text as text", () => {
    expect(cellDisplayText("#N/A")).toBe("#N/A");
    expect(cellDisplayText({ type: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellDisplayText("=SUM(A1)")).toBe("=SUM(A1)");
  });
});

describe("fixed number formats in the preview grid", () => {
  it("groups thousands and keeps the format's decimals (Excel: 3537.5 with #,##0.00 → 3,537.50)", () => {
    expect(cellDisplayText(3537.5, "#,##0.00")).toBe("3,537.50");
    expect(cellDisplayText(1234567.891, "#,##0")).toBe("1,234,568");
    expect(cellDisplayText(-1234.5, "#,##0.00")).toBe("-1,234.50");
    expect(cellDisplayText(2.5, "0")).toBe("3"); // Excel rounds half away from zero: 2.5 → 3
    expect(cellDisplayText(0.125, "0.00")).toBe("0.13");
  });
});
