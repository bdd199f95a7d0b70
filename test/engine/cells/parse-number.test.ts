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
