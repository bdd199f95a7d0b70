/**
 * Table names as Excel gives them: Table.name "must follow the guidelines specified in the Rename an Excel table
 * article" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-name-member), among
 * them "Duplicate names aren't allowed … another name … in the same workbook" and "Names can't be the same as a
 * cell reference" (https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114).
 * A user's workbook can hold a defined name TierLadder would give its tasks table; Excel would refuse the write.
 */
import { createExcelHost } from "../../../src/host/excel";
import { WorkbookState } from "../../../src/host/fake-excel/state";
import { createOfficeJsExcel } from "../../support/office-js";
import { oneVisitTasks } from "./example-plans";

/** A workbook with sheet Data (A1:B2) and the defined names given, workbook-scoped, as an opened file keeps them. */
function withNames(...names: string[]) {
  const state = new WorkbookState();
  const data = state.addSheet("Data");
  [
    ["Customer", "Sales"],
    ["Acme", 120],
  ].forEach((row, r) => row.forEach((v, c) => state.setRaw(data, r, c, v)));
  for (const name of names)
    state.definedNames.push({ name, xml: `<definedName name="${name}">Data!$A$1</definedName>` });
  state.definedNames.push({
    name: "_xlnm._FilterDatabase",
    xml: '<definedName name="_xlnm._FilterDatabase" hidden="1">Data!$A$1:$B$2</definedName>',
  });
  return createOfficeJsExcel({ sheets: [], state });
}

describe("table names against the workbook's other names", () => {
  it("gives the tasks table a free name when the workbook has a defined name TierLadderTasks", async () => {
    const fake = withNames("TierLadderTasks");
    await createExcelHost(fake.env).applyPlan(oneVisitTasks());
    expect(fake.workbookState.tables().map((t) => t.name)).toEqual(["TierLadderTasks_2"]);
  });

  it("lists the workbook's names through Workbook.names, leaving out Excel's built-in _xlnm names", async () => {
    const fake = withNames("Regions", "hidden_one");
    const names = await fake.run(async (ctx) => {
      const items = ctx.workbook.names.load("items/name");
      await ctx.sync();
      return items.items.map((n) => n.name);
    });
    expect(names).toEqual(["Regions", "hidden_one"]);
  });

  it("refuses a table named like a defined name, whatever its case, with InvalidArgument", async () => {
    const fake = withNames("Regions");
    const attempt = fake.run(async (ctx) => {
      ctx.workbook.tables.add("Data!A1:B2", true).name = "REGIONS";
      await ctx.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    // A batch is not undone when one of its operations fails: the table stays with the name Excel gave it.
    expect(fake.workbookState.tables().map((t) => t.name)).toEqual(["Table1"]);
  });

  it.each(["Q1", "XFD1048576", "R", "c", "R1C1", "R2", "C3", "rc"])(
    "refuses %s, a cell reference, as a table name",
    async (name) => {
      const fake = withNames();
      const attempt = fake.run(async (ctx) => {
        ctx.workbook.tables.add("Data!A1:B2", true).name = name;
        await ctx.sync();
      });
      await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    },
  );

  it.each(["Sales_2024", "XFE1", "Q1_Sales", "_Regions", "\\Regions"])(
    "takes %s, which is not a reference",
    async (name) => {
      const fake = withNames();
      await fake.run(async (ctx) => {
        ctx.workbook.tables.add("Data!A1:B2", true).name = name;
        await ctx.sync();
      });
      expect(fake.workbookState.tables().map((t) => t.name)).toEqual([name]);
    },
  );

  it("numbers a new table past a defined name Table1, as Excel's own Table1, Table2 … skip taken names", async () => {
    const fake = withNames("Table1");
    await fake.run(async (ctx) => {
      ctx.workbook.tables.add("Data!A1:B2", true);
      await ctx.sync();
    });
    expect(fake.workbookState.tables().map((t) => t.name)).toEqual(["Table2"]);
  });
});
