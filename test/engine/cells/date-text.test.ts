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

  test.each(["3/5/2024", "05.03.2024", "2024-02-30", "2024-13-01", "2024-03", "2024-03-05x", "Acme", "", "2024-3/5", "2024-03-05T25:00"])(
    "does not read %p as a date",
    (text) => expect(parseDateText(text)).toBeNaN(),
  );
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
