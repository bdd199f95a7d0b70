import { parseNumber } from "../../../src/engine/cells/parse-number";
import { isExcelError } from "../../../src/engine/cells/excel-error";

// DESIGN.md "Numbers": finite numbers, or strings that parse as one after trimming, with "," as thousands separator.
describe("parseNumber follows DESIGN.md's number rule", () => {
  test.each<[unknown, number]>([
    ["1,234.5", 1234.5],
    [" 42 ", 42],
    ["1,234,567", 1234567],
    ["-3.5", -3.5],
    [".5", 0.5],
    ["1e3", 1000],
    [0, 0],
    [-7, -7],
  ])("reads %p as %p", (cell, expected) => expect(parseNumber(cell as never)).toBe(expected));

  test.each<[string, unknown]>([
    ["text with digits", "12abc"],
    ["a misplaced thousands separator", "1,23"],
    ["a boolean", true],
    ["the error text", "#N/A"],
    ["an error object", { type: "#N/A" }],
    ["Infinity", Infinity],
    ["NaN", Number.NaN],
    ["a blank", ""],
    ["whitespace", "   "],
    ["null", null],
    ["undefined", undefined],
    ["a lone sign", "-"],
    ["the text Infinity", "Infinity"],
  ])("does not read %s as a number", (_, cell) => {
    expect(parseNumber(cell as never)).toBeNaN();
  });

  test("recognises Excel errors as text and as custom-function error objects", () => {
    expect(isExcelError("#N/A")).toBe(true);
    expect(isExcelError({ errorCode: "#DIV/0!" })).toBe(true);
    expect(isExcelError("n/a")).toBe(false);
  });
});

describe("parseNumber: thousands groups and exponents, case by case (DESIGN.md number rule)", () => {
  test.each<[string, number]>([
    ["12,345", 12345],
    ["123,456", 123456],
    ["+1,000", 1000],
    ["-12,345.25", -12345.25],
    ["1.5e3", 1500],
    ["2E-2", 0.02],
    ["1e+2", 100],
    ["10e12", 10e12],
    [".25", 0.25],
    ["+7", 7],
  ])("reads %p as %p", (text, n) => expect(parseNumber(text)).toBe(n));

  test.each([
    "1,2345",
    "1234,567",
    ",123",
    "12,34,567",
    "1,234.",
    "1.",
    "1e",
    "1e+",
    "e5",
    "1.2.3",
    "+-1",
    "x1",
    "1 2",
    "1,23",
  ])("does not read %p", (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});
