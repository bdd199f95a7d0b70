/**
 * The workflow store's reducer: the rules the pane's hooks used to keep in effects and refs, now pure
 * (a stale read dropped, a failed read clearing what was read, a re-run's list kind kept for the next
 * selection, the saved ticks not replacing the user's).
 */
import type { Grid } from "../../../src/engine/cells/cell-value";
import { defaultScheme, type Scheme } from "../../../src/engine/scheme";
import type { SelectionRead } from "../../../src/host/host-api";
import type { Action } from "../../../src/taskpane/store/actions";
import { initialState, workflowReducer, type WorkflowState } from "../../../src/taskpane/store/state";
import { staleOutputs } from "../../../src/taskpane/store/write-slice";

const CUSTOMERS: Grid = [
  ["Customer", "Sales"],
  ["Acme", 10],
  ["Bolt", 20],
];
// Customer, amount and date columns: readTable's roles make it an order list (looksLikeOrderList).
const ORDERS: Grid = [
  ["Customer", "Amount", "Order date"],
  ["Acme", 10, "2025-01-02"],
  ["Acme", 5, "2025-02-03"],
  ["Bolt", 7, "2025-01-09"],
];

const read = (grid: Grid, address = "Sheet1!A1:B3"): SelectionRead => ({
  address,
  sheet: "Sheet1",
  top: 0,
  left: 0,
  grid,
  hiddenRows: [],
});
const run = (actions: Action[], from: WorkflowState = initialState(new Date("2025-03-01T00:00:00Z"))) =>
  actions.reduce(workflowReducer, from);

describe("the Data slice", () => {
  it("drops a read that finishes after a newer one started", () => {
    const s = run([
      { type: "selectionRequested", id: 1 },
      { type: "selectionRequested", id: 2 },
      { type: "selectionRead", id: 2, read: read(CUSTOMERS, "Sheet1!A1:B3") },
      { type: "selectionRead", id: 1, read: read(ORDERS, "Sheet1!A1:C4") },
    ]);
    expect(s.data.read?.address).toBe("Sheet1!A1:B3");
    expect(s.data.loading).toBe(false);
  });

  it("clears what was read, and the role overrides, when a read fails", () => {
    const s = run([
      { type: "selectionRequested", id: 1 },
      { type: "selectionRead", id: 1, read: read(CUSTOMERS) },
      { type: "roleChosen", column: 1, role: "other" },
      { type: "selectionRequested", id: 2 },
      { type: "selectionFailed", id: 2, error: new Error("busy") },
    ]);
    expect(s.data.read).toBeUndefined();
    expect(s.data.roles).toEqual({});
    expect(s.data.error).toEqual(new Error("busy"));
  });

  it("detects an order list on a new selection and resets the role overrides", () => {
    const s = run([
      { type: "selectionRequested", id: 1 },
      { type: "selectionRead", id: 1, read: read(CUSTOMERS) },
      { type: "roleChosen", column: 1, role: "other" },
      { type: "selectionRequested", id: 2 },
      { type: "selectionRead", id: 2, read: read(ORDERS) },
    ]);
    expect(s.data.listKind).toBe("orders");
    expect(s.data.roles).toEqual({});
  });

  it("keeps a re-run scheme's list kind and as-of date for the next selection instead of re-detecting it", () => {
    const scheme: Scheme = { ...defaultScheme(), source: { kind: "customers", columns: {}, asOf: "2024-12-31" } };
    const s = run([
      { type: "rerunStarted", scheme },
      { type: "selectionRequested", id: 1 },
      { type: "selectionRead", id: 1, read: read(ORDERS) },
    ]);
    expect(s.data.listKind).toBe("customers");
    expect(s.data.asOf).toBe("2024-12-31");
    // Only the next selection: the one after is detected again.
    const next = run(
      [
        { type: "selectionRequested", id: 2 },
        { type: "selectionRead", id: 2, read: read(ORDERS) },
      ],
      s,
    );
    expect(next.data.listKind).toBe("orders");
  });
});

describe("the Write tab's outputs", () => {
  const withOutputs: Scheme = { ...defaultScheme(), outputs: ["tierColumns", "tasks"] };

  it("starts from the saved scheme's ticks", () => {
    const s = run([{ type: "savedSchemeLoaded", scheme: withOutputs }]);
    expect([...s.outputs.chosen]).toEqual(["tierColumns", "tasks"]);
    expect(s.saved.loaded).toBe(true);
  });

  it("keeps the user's ticks when the saved scheme arrives after them", () => {
    const s = run([
      { type: "outputsChosen", chosen: new Set(["summary"]) },
      { type: "savedSchemeLoaded", scheme: withOutputs },
    ]);
    expect([...s.outputs.chosen]).toEqual(["summary"]);
  });

  it("marks tier outputs written with other tiers as stale, and only those", () => {
    const s = run([{ type: "outputsWritten", outputs: ["tierColumns", "funnel"], signature: "3:10:abc" }]);
    expect(staleOutputs(s.outputs, "3:10:abc")).toEqual([]);
    expect(staleOutputs(s.outputs, "3:10:def")).toEqual(["tierColumns"]);
  });
});

describe("writing", () => {
  it("shows progress only while a write runs, then the report without the progress", () => {
    const report = { written: [], syncs: 1, warnings: [] };
    const s = run([
      { type: "writeStarted" },
      { type: "writeProgressed", progress: { fraction: 0.5, step: "Writing" } },
    ]);
    expect(s.write).toEqual({ busy: true, progress: { fraction: 0.5, step: "Writing" } });
    const done = run(
      [
        { type: "writeFinished", report },
        { type: "writeProgressed", progress: { fraction: 1, step: "late" } },
      ],
      s,
    );
    expect(done.write).toEqual({ busy: false, report, movement: undefined });
  });

  it("returns the same state for an action no slice takes (no render)", () => {
    const s = initialState();
    expect(workflowReducer(s, { type: "writeProgressed", progress: { fraction: 1, step: "" } })).toBe(s);
  });
});

describe("the Export slice (Copy as SQL)", () => {
  it("starts on DuckDB, table customers, no column renamed", () => {
    expect(initialState().export).toEqual({ dialect: "duckdb", table: "customers", renamed: {} });
  });

  it("keeps the dialect, the table and the renames across tabs and a new read of the selection", () => {
    const s = run([
      { type: "sqlDialectChosen", dialect: "postgres" },
      { type: "sqlTableRenamed", table: "crm.accounts" },
      { type: "sqlColumnRenamed", column: "Sales", name: "amount_usd" },
      { type: "tabChosen", tab: "tiers" },
      { type: "selectionRequested", id: 1 },
      { type: "selectionRead", id: 1, read: read(CUSTOMERS) },
      { type: "tabChosen", tab: "write" },
    ]);
    expect(s.export).toEqual({ dialect: "postgres", table: "crm.accounts", renamed: { Sales: "amount_usd" } });
  });

  it("renames one column without touching the others", () => {
    const s = run([
      { type: "sqlColumnRenamed", column: "Customer", name: "id" },
      { type: "sqlColumnRenamed", column: "Sales", name: "amount" },
      { type: "sqlColumnRenamed", column: "Customer", name: "customer_id" },
    ]);
    expect(s.export.renamed).toEqual({ Customer: "customer_id", Sales: "amount" });
  });
});
