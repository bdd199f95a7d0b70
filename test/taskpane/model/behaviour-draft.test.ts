/** The Tiers form for the behaviour method (issue 13): window and frequent count as typed, the columns of a customer list. */
import type { Table } from "../../../src/engine/table";
import { checkDraft, draftControls, initialDraft, withMethod } from "../../../src/taskpane/model/tier-draft";
import { schemeToDraft } from "../../../src/taskpane/model/scheme-to-draft";

const column = (index: number, header: string, role: Table["columns"][number]["role"]) =>
  ({ index, header, role, guessedRole: role, kind: role === "customer" ? "text" : "number" }) as const;
// A joined history as joinHistory tags it: "Orders" is the frequency column, the window's count is "other".
const customers: Table = {
  hasHeader: true,
  firstRow: 1,
  columns: [
    column(0, "Customer", "customer"),
    column(1, "Orders", "frequency"),
    column(2, "Orders in the last 90 days", "other"),
  ],
  rows: [
    ["A Co", 5, 3],
    ["B Co", null, null],
  ],
};
const orders: Table = {
  hasHeader: true,
  firstRow: 1,
  columns: [
    column(0, "Customer", "customer"),
    { ...column(1, "Date", "date"), kind: "date" },
    column(2, "Amount", "value"),
  ],
  rows: [["A Co", 45600, 10]],
};
const behaviour = withMethod(initialDraft(), "behaviour");

describe("the behaviour form", () => {
  it("starts with the defaults, 90 days and Frequent from 3, and builds an order list's scheme with them", () => {
    expect([behaviour.recentDays, behaviour.frequentFrom]).toEqual(["90", "3"]);
    const c = checkDraft(behaviour, orders, "orders", "2025-01-01");
    expect(c.problems).toEqual({});
    expect(c.scheme?.method).toEqual({ kind: "behaviour", days: 90, frequentFrom: 3 });
    expect(c.scheme?.source.asOf).toBe("2025-01-01");
  });

  it("asks a customer list for its column of orders in the window, and takes its orders in all by role", () => {
    expect(checkDraft(behaviour, customers, "customers").problems.recentOrders).toEqual({
      key: "behaviourColumnsMissing",
    });
    const c = checkDraft({ ...behaviour, recentOrdersColumn: 2 }, customers, "customers");
    expect(c.problems).toEqual({});
    // The column gives the window: no days in a customer list's scheme.
    expect(c.scheme?.method).toEqual({ kind: "behaviour", frequentFrom: 3, recent: 2 });
    expect(c.scheme?.source.columns.frequency).toBe(1);
  });

  it("shows the window on an order list only, the columns on a customer list only", () => {
    const controls = draftControls(behaviour);
    const lists = Object.fromEntries(
      controls.map((c) => ["testId" in c ? c.testId : c.type, "lists" in c ? c.lists : "both"]),
    );
    expect(lists).toEqual({
      "tiers-behaviour-days": "orders",
      "tiers-behaviour-frequent-from": "both",
      "tiers-behaviour-recent": "customers",
      "tiers-behaviour-orders": "customers",
    });
  });

  it("names the number that is wrong", () => {
    const problems = (recentDays: string, frequentFrom: string) =>
      checkDraft({ ...behaviour, recentDays, frequentFrom }, orders, "orders").problems;
    expect(problems("0", "3").recentDays).toEqual({ key: "recentDaysNotWhole", params: { text: "0" } });
    expect(problems("30.5", "3").recentDays).toEqual({ key: "recentDaysNotWhole", params: { text: "30.5" } });
    expect(problems("90", "x").frequentFrom).toEqual({ key: "frequentFromNotWhole", params: { text: "x" } });
    expect(problems("90", "0").frequentFrom).toEqual({ key: "frequentFromNotWhole", params: { text: "0" } });
    expect(problems("30", "2")).toEqual({});
    // A customer list does not use the window typed.
    expect(
      checkDraft({ ...behaviour, recentDays: "x", recentOrdersColumn: 2 }, customers, "customers").problems,
    ).toEqual({});
  });

  it("turns a saved behaviour scheme back into the same form", () => {
    const onOrders = checkDraft(
      { ...behaviour, recentDays: "30", frequentFrom: "2" },
      orders,
      "orders",
      "2025-01-01",
    ).scheme!;
    const back = schemeToDraft(onOrders, initialDraft());
    expect([back.recentDays, back.frequentFrom]).toEqual(["30", "2"]);
    expect(checkDraft(back, orders, "orders", "2025-01-01").scheme).toEqual(onOrders);
    const onCustomers = checkDraft({ ...behaviour, recentOrdersColumn: 2 }, customers, "customers").scheme!;
    expect(checkDraft(schemeToDraft(onCustomers, initialDraft()), customers, "customers").scheme).toEqual(onCustomers);
  });
});
