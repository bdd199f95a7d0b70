import { isDateNumberFormat } from "../../../src/engine/cells/date-number-format";

// Format codes as Excel's Format Cells dialog writes them (Range.numberFormat, English codes).
describe("isDateNumberFormat", () => {
  test.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d/m/yyyy",
    "mm/dd/yy",
    'yyyy"年"m"月"d"日"',
    "yyyy/m/d;@",
    "d-mmm-yy",
    "mmm-yy",
    "[$-F800]dddd, mmmm dd, yyyy",
    "[$-zh-CN]yyyy-m-d",
    "yyyy-mm-dd hh:mm:ss",
    "m/d/yyyy h:mm AM/PM",
    "mmmm",
  ])("sees a date in %p", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  test.each([
    "General",
    "0",
    "0.00",
    "#,##0.00",
    "@",
    "h:mm",
    "hh:mm:ss",
    "mm:ss",
    "[h]:mm",
    "[mm]:ss",
    "[h]:mm:ss",
    '0.0 "days"',
    "0 \\d",
    "0%",
    "[Red]-#,##0",
    '"Date: "0',
    "",
    "_(* #,##0_)",
  ])("sees no date in %p", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });

  test("sees no date where there is no format", () => {
    expect(isDateNumberFormat(undefined)).toBe(false);
    expect(isDateNumberFormat(null)).toBe(false);
  });
});

describe("isDateNumberFormat: what is stripped before looking for date codes", () => {
  test.each([
    '0" days"',
    '0.0 "yd"',
    "[Red]0.00",
    "[Blue]#,##0;[Red]-#,##0",
    "[hh]:mm",
    "[mm]:ss",
    "[ss].00",
    "\\d0",
    "_d0",
    "*d0",
  ])("%p is not a date", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });

  test.each(["[$-409]d-mmm-yy", '"Due "yyyy-mm-dd', "[Red]m/d/yyyy"])("%p is a date", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });
});
