import { parseDateText } from "../../../src/engine/cells/date-text";
import { cellToSerial } from "../../../src/engine/cells/cell-to-serial";

// DATE(2024,3,5) = 45356 in Excel (45292 for 2024-01-01, + 31 + 29 + 4).
describe("parseDateText", () => {
  test.each(["2024-03-05", "2024/3/5", "2024-3-5", "2024.03.05", "2024年3月5日", " 2024-03-05 "])(
    "reads %p as DATE(2024,3,5) = 45356",
    (text) => expect(parseDateText(text)).toBe(45356),
  );

  test("adds an ISO time as a fraction of the day: 2024-03-05T06:00 is 45356.25", () => {
    expect(parseDateText("2024-03-05T06:00")).toBe(45356.25);
    expect(parseDateText("2024-03-05 18:00:00Z")).toBe(45356.75);
  });

  test.each([
    "3/5/2024",
    "05.03.2024",
    "2024-02-30",
    "2024-13-01",
    "2024-03",
    "2024-03-05x",
    "Acme",
    "",
    "2024-3/5",
    "2024-03-05T25:00",
  ])("does not read %p as a date", (text) => expect(parseDateText(text)).toBeNaN());
});

describe("cellToSerial", () => {
  test("takes numbers in Excel's range as serials and text through parseDateText", () => {
    expect(cellToSerial(45292)).toBe(45292);
    expect(cellToSerial(45292.5)).toBe(45292.5);
    expect(cellToSerial("2024-01-01")).toBe(45292);
  });

  test.each([[0], [-1], [60], [2958466], [Infinity], [true], [null], ["#N/A"], [{ type: "#N/A" }]])(
    "gives NaN for %p",
    (cell) => expect(cellToSerial(cell as never)).toBeNaN(),
  );
});

describe("parseDateText: times and the ends of the range", () => {
  test("reads seconds and minutes into the fraction: 06:30 is 6.5 / 24 of a day, 06:00:30 adds 30 / 86400", () => {
    expect(parseDateText("2024-03-05T06:30")).toBeCloseTo(45356 + 6.5 / 24, 10);
    expect(parseDateText("2024-03-05T06:00:30")).toBeCloseTo(45356 + (6 * 3600 + 30) / 86400, 10);
    expect(parseDateText("2024-03-05 6:00:30.5Z")).toBeCloseTo(45356 + (6 * 3600 + 30) / 86400, 10);
  });

  test("takes the last hour, minute and second of a day, and refuses one past them", () => {
    expect(parseDateText("2024-03-05T23:59:59")).toBeCloseTo(45356 + 86399 / 86400, 10);
    for (const t of ["24:00", "10:60", "10:00:60"]) expect(parseDateText(`2024-03-05T${t}`)).toBeNaN();
  });

  test("reads the last day Excel holds, 9999-12-31 = 2958465, and the Chinese form with one-digit month and day", () => {
    expect(parseDateText("9999-12-31")).toBe(2958465);
    expect(parseDateText("2024年12月31日")).toBe(45657); // DATE(2024,12,31) = 45292 + 365
    expect(parseDateText("2024/12/31")).toBe(45657);
  });

  test.each([
    "12024-03-05",
    "2024-03-05T",
    "2024-03-05T6",
    "2024-03-05T06:0",
    "2024-03-05T06:00:0",
    "2024-03-05T06:00:00.",
    "2024-03-05X06:00",
    "2024年3月5",
    "2024-03-05T06:00+08:00",
    "202-03-05",
  ])("does not read %p", (text) => expect(parseDateText(text)).toBeNaN());

  test("cellToSerial takes Excel's first and last serials", () => {
    expect(cellToSerial(1)).toBe(1);
    expect(cellToSerial(2958465.5)).toBe(2958465.5);
  });
});
