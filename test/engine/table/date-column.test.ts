import { dateColumn } from "../../../src/engine/table/date-column";
import { readTable } from "../../../src/engine/table/read-table";

describe("dateColumn", () => {
  test("gives serials for serial numbers and year-first text, and an issue for anything else", () => {
    const t = readTable([
      ["Customer", "Order date"],
      ["A", 45292],
      ["B", "2024-01-02"],
      ["C", "soon"],
      ["D", null],
      ["E", 60],
    ]);
    const { serials, issues } = dateColumn(t, 1);
    // DATE(2024,1,1) = 45292, DATE(2024,1,2) = 45293 in Excel.
    expect(Array.from(serials)).toEqual([45292, 45293, NaN, NaN, NaN]);
    expect(issues.map((i) => i.message)).toEqual([
      'Row 4, column "Order date": "soon" is not a date; expected a date.',
      'Row 5, column "Order date" is blank; expected a date.',
      'Row 6, column "Order date": 60 is not a date; expected a date.',
    ]);
    expect(issues.map((i) => i.reason)).toEqual(["not-a-date", "blank", "not-a-date"]);
  });
});
