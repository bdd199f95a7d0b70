import { excelErrorText, isExcelError } from "../../../src/engine/cells/excel-error";

// The error values Excel shows (Microsoft, "How to correct a #… error" pages; Range.values hands them over as this text).
const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

describe("Excel errors as Range.values gives them (text)", () => {
  test.each(ERRORS)("%p is an error, reported as itself", (text) => {
    expect(isExcelError(text)).toBe(true);
    expect(excelErrorText(text)).toBe(text);
  });

  test.each<[string, unknown]>([
    ["text", "n/a"],
    ["lower case", "#n/a"],
    ["a hash tag", "#1"],
    ["a number", 7],
    ["a boolean", false],
    ["a blank", ""],
    ["null", null],
    ["undefined", undefined],
  ])("%s is not an error", (_, cell) => {
    expect(isExcelError(cell as never)).toBe(false);
    expect(excelErrorText(cell as never)).toBeUndefined();
  });
});

describe("Excel errors as a custom function receives them (objects)", () => {
  test.each<[string, object, string]>([
    // CustomFunctions.Error: code "#N/A", type "Error" — the code wins over the type.
    ["the runtime's Error, by its code", { type: "Error", code: "#DIV/0!" }, "#DIV/0!"],
    ["an error code", { errorCode: "#REF!" }, "#REF!"],
    ["a rich value's basic value", { basicValue: "#NUM!" }, "#NUM!"],
    ["a rich value's primitive", { primitive: "#NAME?" }, "#NAME?"],
    ["a type that is an error text", { type: "#N/A" }, "#N/A"],
    ["the first field that is an error text", { code: "oops", errorCode: "#NULL!", type: "#N/A" }, "#NULL!"],
    ["an error without any error text, as #VALUE!", { type: "Error", message: "bad" }, "#VALUE!"],
  ])("%s", (_, value, text) => {
    expect(isExcelError(value as never)).toBe(true);
    expect(excelErrorText(value as never)).toBe(text);
  });
});
