import { numericColumn } from "../../../src/engine/table/numeric-column";
import { readTable } from "../../../src/engine/table/read-table";

const table = readTable([
  ["Customer", "Sales"], // grid row 0 → sheet row 1
  ["Acme", "1,234.5"],
  ["Beta", " 42 "],
  ["Gamma", "n/a"],
  ["Delta", null],
  ["Epsilon", true],
  ["Zeta", "#N/A"],
  ["Eta", { type: "#DIV/0!" }],
  ["Theta", -50],
  ["Iota", "12abc"],
  ["Kappa", Infinity],
]);

describe("numericColumn", () => {
  test("reads each data row by DESIGN.md's number rule, NaN where it is not a number", () => {
    const { values } = numericColumn(table, 1);
    expect(Array.from(values)).toEqual([1234.5, 42, NaN, NaN, NaN, NaN, NaN, -50, NaN, NaN]);
  });

  test("reports each cell that is not a number with its sheet row, column, value and reason", () => {
    const { issues } = numericColumn(table, 1);
    expect(issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [3, 1, "text"],
      [4, 1, "blank"],
      [5, 1, "boolean"],
      [6, 1, "error"],
      [7, 1, "error"],
      [8, 1, "negative"],
      [9, 1, "text"],
      [10, 1, "error"],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Row 4, column "Sales": "n/a" is text; expected a number.',
      'Row 5, column "Sales" is blank; expected a number.',
      'Row 6, column "Sales": TRUE is a logical value; expected a number.',
      'Row 7, column "Sales": #N/A is an Excel error; expected a number.',
      'Row 8, column "Sales": #DIV/0! is an Excel error; expected a number.',
      'Row 9, column "Sales": -50 is negative; kept, but check it.',
      'Row 10, column "Sales": "12abc" is text; expected a number.',
      'Row 11, column "Sales": Infinity is not a finite number; expected a number.',
    ]);
    expect(issues[0].value).toBe("n/a");
    expect(issues[0].header).toBe("Sales");
  });

  test("counts sheet rows from the first grid row when there is no header", () => {
    const t = readTable([
      ["Acme", 5],
      ["Beta", "x"],
      ["Gamma", 6],
    ]);
    expect(numericColumn(t, 1).issues[0].message).toBe('Row 2, column "Column B": "x" is text; expected a number.');
  });

  test("rejects a column index outside the table, naming the argument", () => {
    expect(() => numericColumn(table, 2)).toThrow(
      "columnIndex: column 2 does not exist; expected an index from 0 to 1.",
    );
    expect(() => numericColumn(table, 0.5)).toThrow(/columnIndex/);
  });
});
