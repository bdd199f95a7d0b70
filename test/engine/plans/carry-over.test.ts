import { carryOverTable, refreshSheetPlan, tasksSheetPlan } from "../../../src/engine/plans";

// 2025-01-06 is Excel serial 45663 (=DATE(2025,1,6)); 2025-01-13 is 45670.
const tasks = (lang: "en-US" | "zh-CN" = "en-US") =>
  tasksSheetPlan({
    lang,
    tasks: [
      { customer: "Acme", tier: "A", type: "maintenance", task: "Visit", channel: "visit", owner: "Li", due: 45663 },
      { customer: "Bolt", tier: "B", type: "growth", task: "Call", channel: "phone", owner: "Wang", due: 45670 },
    ],
    workload: [{ owner: "Li", hoursPerWeek: 2, capacity: 10, overloaded: false }],
  });
const HEAD = ["Customer", "Tier", "Type", "Task", "Channel", "Owner", "Due date", "Status", "Notes"];

describe("carrying the user's work over a refresh of the task list", () => {
  it("keeps Status and Notes of the task with the same customer, task and due date, compared trimmed and case-insensitively", () => {
    const table = tasks().sheets[0].tables[0];
    const merged = carryOverTable(table, {
      headers: HEAD,
      rows: [[" ACME ", "B", "maintenance", "visit", "visit", "Li", 45663, "Done", "met the CFO"]],
    });
    expect(merged.table.rows).toEqual([
      ["Acme", "A", "maintenance", "Visit", "visit", "Li", 45663, "Done", "met the CFO"],
      ["Bolt", "B", "growth", "Call", "phone", "Wang", 45670, "Not started", null],
    ]);
    expect([merged.carried, merged.kept, merged.addedColumns]).toEqual([1, 0, 0]);
  });

  it("keeps rows added by hand and tasks no longer planned at the end, marked, and drops blank rows", () => {
    const table = tasks().sheets[0].tables[0];
    const merged = carryOverTable(table, {
      headers: HEAD,
      rows: [
        ["Acme", "A", "maintenance", "Visit", "visit", "Li", 45600, "In progress", ""], // due date moved: no longer planned
        ["Cara", "", "", "Send samples", "", "Li", 45665, "", "typed by hand"],
        ["", "", "", "", "", "", "", "", ""],
      ],
    });
    expect(merged.table.headers).toEqual([...HEAD, "Previous run"]);
    expect(merged.table.rows.slice(2)).toEqual([
      ["Acme", "A", "maintenance", "Visit", "visit", "Li", 45600, "In progress", null, "Kept from the previous run"],
      ["Cara", null, null, "Send samples", null, "Li", 45665, null, "typed by hand", "Kept from the previous run"],
    ]);
    expect(merged.table.rows[0][9]).toBeNull();
    expect([merged.carried, merged.kept, merged.addedColumns]).toEqual([0, 2, 1]);
  });

  it("keeps a column the user added to the table, its values following their rows", () => {
    const table = tasks().sheets[0].tables[0];
    const merged = carryOverTable(table, {
      headers: [...HEAD, "Priority"],
      rows: [["Bolt", "B", "growth", "Call", "phone", "Wang", 45670, "", "", "high"]],
      formats: [
        "General",
        "General",
        "General",
        "General",
        "General",
        "General",
        "yyyy-mm-dd",
        "General",
        "General",
        "General",
      ],
    });
    expect(merged.table.headers.at(-1)).toBe("Priority");
    expect(merged.table.rows.map((r) => r.at(-1))).toEqual([null, "high"]);
    // A blank status on the matched row leaves the new default in place.
    expect(merged.table.rows[1][7]).toBe("Not started");
  });

  it("translates a status carried from a list written in the other language", () => {
    const table = tasks("zh-CN").sheets[0].tables[0];
    const merged = carryOverTable(table, {
      headers: HEAD,
      rows: [["Acme", "A", "maintenance", "Visit", "visit", "Li", 45663, "Done", "ok"]],
    });
    // English headers are matched by position (each names no zh-CN column); "Done" → "已完成".
    expect(merged.table.rows[0].slice(7)).toEqual(["已完成", "ok"]);
  });

  it("moves the workload block right of a widened table and stretches the status drop-down over kept rows", () => {
    const sheet = tasks().sheets[0];
    const { sheet: refreshed, kept } = refreshSheetPlan(sheet, () => ({
      headers: [...HEAD, "Priority"],
      rows: [["Cara", "", "", "Send samples", "", "Li", 45665, "", "", "low"]],
    }));
    expect(kept).toBe(1);
    // Two columns added (Priority, Previous run): the workload block moves from column 10 (K) to 12 (M).
    expect(refreshed.blocks[0].column).toBe(12);
    expect(refreshed.conditionalFills[0].range.column).toBe(15);
    // Status drop-down H2:H4: two new rows and one kept row.
    expect(refreshed.validations[0].range).toEqual({ row: 1, column: 7, rowCount: 3, columnCount: 1 });
  });
});
