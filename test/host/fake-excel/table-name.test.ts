import { checkTableName, tableNameFree } from "../../../src/host/fake-excel/table-name";
import { type TableState, WorkbookState } from "../../../src/host/fake-excel/state";

/**
 * Excel's rules for a table's name, checked on the fake's state directly (table-names.test.ts checks them through
 * office.js). From "Rename an Excel table"
 * (https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114): "Use a
 * letter, an underscore character (_), or a backslash (\) as the first character of a name. Use letters, numbers,
 * periods, and underscore characters for the rest of the name"; "You can't use "C", "c", "R", or "r" for the name";
 * "Names can't be the same as a cell reference"; "A name can contain up to 255 characters"; no two names alike
 * without regard to case, in the same workbook. Office.js answers a refused name with InvalidArgument.
 */
function workbook() {
  const state = new WorkbookState();
  const data = state.addSheet("Data");
  const sales = { name: "Sales", sheet: data, rect: { row: 0, column: 0, rowCount: 2, columnCount: 2 } };
  state.tables.push(sales as TableState);
  return { state, data, sales: sales as TableState };
}

/** The message checkTableName refuses `name` with (for a new table), or undefined when it takes it. */
function refusal(name: string, state = workbook().state): string | undefined {
  try {
    checkTableName(state, undefined, name);
    return undefined;
  } catch (e) {
    expect(e).toMatchObject({ code: "InvalidArgument" });
    return (e as Error).message;
  }
}

describe("a table's name (Rename an Excel table)", () => {
  it.each(["1Sales", "Sales Q1", "Sales-Q1", ".Sales", "", "1客户", "客户 表", "客户-表"])(
    "refuses %j: a letter, _ or \\ first, then letters, numbers, periods and underscores",
    (name) => {
      expect(refusal(name)).toContain("must start with a letter, _ or \\");
    },
  );

  it.each(["Sales.Q1", "S", "_1", "\\x", "a.b_c\\d", "客户表", "表1", "Umsätze", "_客户.2024"])("takes %j", (name) => {
    expect(refusal(name)).toBeUndefined();
  });

  it("takes a name of 255 characters and refuses one of 256", () => {
    expect(refusal("a".repeat(255))).toBeUndefined();
    expect(refusal("a".repeat(256))).toContain("longer than 255 characters");
  });

  it.each(["A1", "aaa1", "XFD1", "A1048576", "r", "C", "R1C1", "r10", "c7"])("refuses %j, a cell reference", (name) => {
    expect(refusal(name)).toContain("is a cell reference");
  });

  // Past the sheet's last row (1,048,576) or column (XFD, the 16,384th), or not letters-then-digits: not a reference.
  it.each(["A1048577", "XFE1", "A0", "AAAA1", "A12345678", "Rates", "Bc", "Cr", "R1C1x", "xR1C"])(
    "takes %j, which is not a cell reference",
    (name) => {
      expect(refusal(name)).toBeUndefined();
    },
  );

  it("refuses another table's name whatever its case, and lets a table keep its own", () => {
    const { state, sales } = workbook();
    expect(refusal("SALES", state)).toBe('A table named "SALES" already exists.');
    expect(() => checkTableName(state, sales, "sales")).not.toThrow();
  });

  it("refuses a defined name of the workbook or of a sheet, whatever its case", () => {
    const { state, data } = workbook();
    state.definedNames.push({ name: "Regions", xml: "" });
    data.definedNames.push({ name: "Local", xml: "" });
    expect(refusal("REGIONS", state)).toBe('"REGIONS" is already a defined name in this workbook.');
    expect(refusal("local", state)).toBe('"local" is already a defined name in this workbook.');
    expect(tableNameFree(state, "regions")).toBe(false);
    expect(tableNameFree(state, "LOCAL")).toBe(false);
  });

  it("calls a name free only when no table and no defined name holds it", () => {
    const { state } = workbook();
    state.definedNames.push({ name: "Regions", xml: "" });
    expect(tableNameFree(state, "sales")).toBe(false);
    expect(tableNameFree(state, "Regions")).toBe(false);
    expect(tableNameFree(state, "Table1")).toBe(true);
  });
});
