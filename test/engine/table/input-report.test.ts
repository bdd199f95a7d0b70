import { inputReport } from "../../../src/engine/table/input-report";
import { readTable } from "../../../src/engine/table/read-table";

const table = readTable([
  ["Customer", "Sales"],
  ["Acme", 100], // sheet row 2
  ["Beta", "n/a"], // 3
  [" acme ", 50], // 4: Acme again (trimmed, case ignored)
  [null, 20], // 5: no customer
  ["Gamma", -5], // 6
  ["ACME", 10], // 7
  ["Beta", 1], // 8
]);

describe("inputReport", () => {
  const report = inputReport(table, 1, 0);

  test("lists customers named on several rows, ignoring case and spaces, with their grid rows", () => {
    expect(report.duplicates).toEqual([
      { customer: "Acme", rows: [1, 3, 6] },
      { customer: "Beta", rows: [2, 7] },
    ]);
  });

  test("lists value problems, missing customers and repeated customers in sheet-row order", () => {
    expect(report.issues.map((i) => i.message)).toEqual([
      'Row 3, column "Sales": "n/a" is text; expected a number.',
      'Row 4, column "Customer": "Acme" also appears on rows 2 and 7.',
      'Row 5, column "Customer" is blank; expected a customer name.',
      'Row 6, column "Sales": -5 is negative; kept, but check it.',
      'Row 7, column "Customer": "Acme" also appears on rows 2 and 4.',
      'Row 8, column "Customer": "Beta" also appears on row 3.',
    ]);
    expect(report.issues.map((i) => i.reason)).toEqual([
      "text",
      "duplicate-customer",
      "missing-customer",
      "negative",
      "duplicate-customer",
      "duplicate-customer",
    ]);
  });

  test("rejects column indexes outside the table, naming the argument", () => {
    expect(() => inputReport(table, 4, 0)).toThrow(/^valueColumn: column 4 does not exist/);
    expect(() => inputReport(table, 1, -1)).toThrow(/^customerColumn: column -1 does not exist/);
  });
});
