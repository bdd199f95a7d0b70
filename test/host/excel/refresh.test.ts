import { tasksSheetPlan, type TaskRowInput } from "../../../src/engine/plans";
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";
import { ACME_VISIT } from "./example-plans";

// Due dates as Excel serials: 45663 is 2025-01-06 (=DATE(2025,1,6)), 45670 is 2025-01-13.
const visit: TaskRowInput = { ...ACME_VISIT, due: 45663 };
const call: TaskRowInput = {
  customer: "Bolt",
  tier: "B",
  type: "growth",
  task: "Call",
  channel: "phone",
  owner: "Wang",
  due: 45670,
};
const email: TaskRowInput = {
  customer: "Cara",
  tier: "C",
  type: "growth",
  task: "Email",
  channel: "email",
  owner: "Li",
  due: 45670,
};
const plan = (tasks: TaskRowInput[], lang: "en-US" | "zh-CN" = "en-US") =>
  tasksSheetPlan({ lang, tasks, workload: [{ owner: "Li", hoursPerWeek: 2, capacity: 10, overloaded: false }] });
const SHEET = "TierLadder Tasks";

function setup(requirementSets?: Record<string, string>) {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: [["Customer"], ["Acme"]] }], requirementSets });
  const host = createExcelHost(fake.env);
  const kinds: string[] = [];
  // A spy: failOn's matcher sees every action; returning false never fails one.
  const spy = () =>
    fake.testing.failOn((a) => {
      kinds.push(a.kind);
      return false;
    });
  return { fake, host, view: fake.workbookState, kinds, spy };
}

/** What a user does in Excel: pick statuses, type notes, add a row at the bottom of the table. */
async function userEdits(fake: ReturnType<typeof setup>["fake"]) {
  fake.testing.setCells(SHEET, "H2:I2", [["Done", "met the CFO"]]);
  fake.testing.setCells(SHEET, "H3", [["In progress"]]);
  await fake.run(async (ctx) => {
    ctx.workbook.tables
      .getItem("TierLadderTasks")
      .rows.add(undefined, [["Dana", "", "", "Send samples", "", "Wang", 45665, "In progress", "asked by phone"]]);
    await ctx.sync();
  });
}

describe("refreshing the tasks sheet", () => {
  it("keeps the statuses and notes the user typed, and the rows they added, at the end and marked", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    // The new list: the visit again (same customer, task and due date), the call moved a week, a new email.
    const report = await host.applyPlan(plan([visit, { ...call, due: 45677 }, email]));
    expect(view.values(SHEET, "A1:J6")).toEqual([
      ["Customer", "Tier", "Type", "Task", "Channel", "Owner", "Due date", "Status", "Notes", "Previous run"],
      ["Acme", "A", "maintenance", "Visit", "visit", "Li", 45663, "Done", "met the CFO", ""],
      // Sorted by owner, then due date (tasksSheetPlan): Li's two tasks, then Wang's.
      ["Cara", "C", "growth", "Email", "email", "Li", 45670, "Not started", "", ""],
      ["Bolt", "B", "growth", "Call", "phone", "Wang", 45677, "Not started", "", ""],
      ["Bolt", "B", "growth", "Call", "phone", "Wang", 45670, "In progress", "", "Kept from the previous run"],
      [
        "Dana",
        "",
        "",
        "Send samples",
        "",
        "Wang",
        45665,
        "In progress",
        "asked by phone",
        "Kept from the previous run",
      ],
    ]);
    expect(view.tables()).toEqual([
      { name: "TierLadderTasks", sheet: SHEET, address: `'${SHEET}'!A1:J6`, headers: expect.any(Array) },
    ]);
    expect(view.cell(SHEET, "G6")).toMatchObject({ value: 45665, numberFormat: "yyyy-mm-dd" });
    // The drop-down covers kept rows; the workload block moved one column right (K → L) past the new column.
    expect(view.validations(SHEET)).toEqual([{ address: "H2:H6", list: ["Not started", "In progress", "Done"] }]);
    expect(view.values(SHEET, "L1:L2")).toEqual([["Owner"], ["Li"]]);
    expect(view.values(SHEET, "K1:K2")).toEqual([[""], [""]]);
    expect(report.warnings).toContain(
      `${SHEET}: the status and notes of 1 task were carried over from the previous list; 2 earlier rows were kept at the end, marked "Kept from the previous run".`,
    );
  });

  it("refreshes in place: the same sheet and the same table, resized, so references to them stay valid", async () => {
    const { fake, host, view, kinds, spy } = setup();
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    spy();
    await host.applyPlan(plan([visit]));
    expect(kinds).not.toContain("worksheet.delete");
    expect(kinds).not.toContain("worksheets.add");
    expect(kinds).not.toContain("tables.add");
    expect(kinds).toContain("table.resize");
    expect(view.sheetNames()).toEqual(["Data", SHEET]);
    expect(view.tables().map((t) => t.name)).toEqual(["TierLadderTasks"]);
  });

  it("takes three syncs on a refresh, as on the first write: inspect, read the old sheet, write", async () => {
    const { fake, host } = setup();
    expect((await host.applyPlan(plan([visit, call]))).syncs).toBe(3);
    await userEdits(fake);
    expect((await host.applyPlan(plan([visit, call]))).syncs).toBe(3);
  });

  it("carries statuses over into the other language's drop-down values", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    await host.applyPlan(plan([visit, call], "zh-CN"));
    // The sheet keeps its name (references to it stay valid); headers and statuses are now Chinese.
    expect(view.values(SHEET, "H1:I2")).toEqual([
      ["状态", "备注"],
      ["已完成", "met the CFO"],
    ]);
    expect(view.values(SHEET, "H3")).toEqual([["进行中"]]);
  });

  it("re-creates the table under the same name, with a warning, where Table.resize (ExcelApi 1.13) is missing", async () => {
    const { fake, host, view } = setup({ ExcelApi: "1.12" });
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    const report = await host.applyPlan(plan([visit]));
    expect(view.tables()).toMatchObject([{ name: "TierLadderTasks", address: `'${SHEET}'!A1:J4` }]);
    expect(view.values(SHEET, "H2")).toEqual([["Done"]]);
    expect(report.warnings.join(" ")).toContain("1.13");
  });

  it("puts the old cells back, statuses included, when the refresh fails midway", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    const before = view.values(SHEET, "A1:N4");
    fake.testing.failOn((a) => a.kind === "table.resize");
    await expect(host.applyPlan(plan([email]))).rejects.toMatchObject({
      message: expect.stringContaining(`The cells of ${SHEET} were put back`),
    });
    expect(view.values(SHEET, "A1:N4")).toEqual(before);
    expect(view.tables()).toMatchObject([{ name: "TierLadderTasks", address: `'${SHEET}'!A1:I4` }]);
    // And the next run still finds the user's statuses.
    await host.applyPlan(plan([visit]));
    expect(view.values(SHEET, "H2:I2")).toEqual([["Done", "met the CFO"]]);
  });

  it("keeps a note the user typed in column BZ (past the 64 columns read at first), in place, number format included", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    fake.testing.setCells(SHEET, "BZ2", [["call back in May"]]);
    fake.testing.setCells(SHEET, "BZ3", [[45700]]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange("BZ3").numberFormat = [["yyyy-mm-dd"]];
      await ctx.sync();
    });
    const report = await host.applyPlan(plan([visit, call, email]));
    expect(view.values(SHEET, "BZ2:BZ3")).toEqual([["call back in May"], [45700]]);
    expect(view.cell(SHEET, "BZ3")).toMatchObject({ value: 45700, numberFormat: "yyyy-mm-dd" });
    // Still carried over as before, and kept on the next refresh too (the registry now records TierLadder's areas).
    expect(view.values(SHEET, "H2:I2")).toEqual([["Done", "met the CFO"]]);
    expect(report.warnings.join(" ")).not.toContain("moved");
    await host.applyPlan(plan([visit]));
    expect(view.values(SHEET, "BZ2")).toEqual([["call back in May"]]);
  });

  it("reads a sheet wider than 64 columns in one more sync (a narrow one takes three, as above)", async () => {
    const { fake, host } = setup();
    await host.applyPlan(plan([visit, call]));
    fake.testing.setCells(SHEET, "BZ2", [["wide"]]);
    // Inspect, look closer (first 64 columns), read all columns again, write.
    expect((await host.applyPlan(plan([visit, call]))).syncs).toBe(4);
  });

  it("keeps the cells the user typed beside the output in place, and moves them right, with a warning, when the output grows over them", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    // The first run wrote A1:I3 (tasks) and K1:N2 (workload: Owner, Hours per week, Capacity, Overloaded).
    fake.testing.setCells(SHEET, "O1", [["my total"]]); // just right of the workload block
    fake.testing.setCells(SHEET, "Q1", [[42]]);
    fake.testing.setCells(SHEET, "A10", [["remember the audit"]]); // below the table
    // The same output again: every cell stays where it is, in the usual three syncs.
    let report = await host.applyPlan(plan([visit, call]));
    expect(view.values(SHEET, "O1:Q1")).toEqual([["my total", "", 42]]);
    expect(view.values(SHEET, "A10")).toEqual([["remember the audit"]]);
    expect(report.syncs).toBe(3);
    // Kept rows add a "Previous run" column (J), so the workload block moves from K:N to L:O, over O1.
    // O1 and everything right of it move 1 column right (O1 → P1, Q1 → R1); A10 is clear of the output and stays.
    await userEdits(fake);
    report = await host.applyPlan(plan([visit]));
    expect(view.values(SHEET, "L1:O1")).toEqual([["Owner", "Hours per week", "Capacity", "Overloaded"]]);
    expect(view.values(SHEET, "P1:R1")).toEqual([["my total", "", 42]]);
    expect(view.values(SHEET, "A10")).toEqual([["remember the audit"]]);
    expect(report.warnings).toContain(
      `${SHEET}: 2 cells you typed outside TierLadder's output were in the way of the new output and moved 1 column right (column O is now column P).`,
    );
  });

  it("puts a note in column BZ back when the refresh fails midway", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    await userEdits(fake);
    fake.testing.setCells(SHEET, "BZ2", [["call back in May"]]);
    const before = view.values(SHEET, "A1:CA4");
    fake.testing.failOn((a) => a.kind === "table.resize");
    await expect(host.applyPlan(plan([email]))).rejects.toMatchObject({
      message: expect.stringContaining(`The cells of ${SHEET} were put back`),
    });
    expect(view.values(SHEET, "A1:CA4")).toEqual(before);
    expect(view.values(SHEET, "BZ2")).toEqual([["call back in May"]]);
  });

  it("on a sheet written before TierLadder recorded its areas, takes the first 64 columns for its own and keeps cells right of them", async () => {
    const { fake, host, view } = setup();
    await host.applyPlan(plan([visit, call]));
    // The registry as an earlier version wrote it: sheets without areas.
    const registry = view.settings()["TierLadder.outputs"] as { sheets: { areas?: unknown }[] };
    fake.testing.setSetting("TierLadder.outputs", {
      ...registry,
      sheets: registry.sheets.map((x) => ({ ...x, areas: undefined })),
    });
    fake.testing.setCells(SHEET, "P1", [["inside the first 64 columns"]]);
    fake.testing.setCells(SHEET, "BZ2", [["call back in May"]]);
    await host.applyPlan(plan([visit, call]));
    expect(view.values(SHEET, "P1")).toEqual([[""]]);
    expect(view.values(SHEET, "BZ2")).toEqual([["call back in May"]]);
  });
  describe("the user's formulas", () => {
    /** Range.formulas of one cell, as the add-in reads it. */
    async function formulaAt(fake: ReturnType<typeof setup>["fake"], address: string): Promise<unknown> {
      return fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem(SHEET).getRange(address).load("formulas");
        await ctx.sync();
        return r.formulas[0][0];
      });
    }
    // The first run writes A1:I3 (tasks: Notes in column I) and K1:N2 (workload); P1 is clear of both.
    // The fake does not evaluate formulas: the last values given here (0) only stand for Excel's results.
    function typeFormulas(fake: ReturnType<typeof setup>["fake"]) {
      fake.testing.setFormula(SHEET, "P1", "=SUM(A2:A3)", 0);
      fake.testing.setFormula(SHEET, "I2", "=SUM(A2:A3)", 0);
    }

    it("keeps a formula typed beside the tasks and one in a carried-over Notes cell as formulas, in the usual three syncs", async () => {
      const { fake, host, view } = setup();
      await host.applyPlan(plan([visit, call]));
      typeFormulas(fake);
      const report = await host.applyPlan(plan([visit, call, email]));
      expect(report.syncs).toBe(3);
      expect(view.cell(SHEET, "P1").isFormula).toBe(true);
      expect(await formulaAt(fake, "P1")).toBe("=SUM(A2:A3)");
      // The visit's row is still row 2, so its note (the formula) is carried into I2.
      expect(view.values(SHEET, "A2:D2")).toEqual([["Acme", "A", "maintenance", "Visit"]]);
      expect(view.cell(SHEET, "I2").isFormula).toBe(true);
      expect(await formulaAt(fake, "I2")).toBe("=SUM(A2:A3)");
    });

    it("keeps text that starts with = as text: TierLadder's own and a note the user typed with a leading apostrophe", async () => {
      const { fake, host, view } = setup();
      await host.applyPlan(plan([{ ...visit, task: "=Visit" }]));
      fake.testing.setCells(SHEET, "I2", [["'=not a formula"]]);
      await host.applyPlan(plan([{ ...visit, task: "=Visit" }]));
      expect(view.cell(SHEET, "D2")).toMatchObject({ value: "=Visit", isFormula: false });
      expect(view.cell(SHEET, "I2")).toMatchObject({ value: "=not a formula", isFormula: false });
    });

    it("puts the formulas back as formulas when the refresh fails midway", async () => {
      const { fake, host, view } = setup();
      await host.applyPlan(plan([visit, call]));
      typeFormulas(fake);
      fake.testing.failOn((a) => a.kind === "table.resize");
      await expect(host.applyPlan(plan([email]))).rejects.toMatchObject({
        message: expect.stringContaining(`The cells of ${SHEET} were put back`),
      });
      expect(view.cell(SHEET, "P1").isFormula).toBe(true);
      expect(view.cell(SHEET, "I2").isFormula).toBe(true);
      expect(await formulaAt(fake, "P1")).toBe("=SUM(A2:A3)");
      expect(await formulaAt(fake, "I2")).toBe("=SUM(A2:A3)");
      expect(view.values(SHEET, "A2:H2")).toEqual([
        ["Acme", "A", "maintenance", "Visit", "visit", "Li", 45663, "Not started"],
      ]);
    });
  });
});
