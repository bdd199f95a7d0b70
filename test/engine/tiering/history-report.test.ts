import { joinHistory, readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import type { Scheme } from "../../../src/engine/scheme";

// A customer list joined with its orders: Dee never ordered, so her history cells are blank.
const customers = readTable([["Customer"], ["Acme"], ["Dee"]]);
const orders = readTable([
  ["Customer", "Date", "Amount"],
  ["Acme", 45600, 100],
]);
const joined = joinHistory(customers, orders, {
  customerKey: 0,
  orders: { customer: 0, date: 1, amount: 2, asOf: 45658 },
});

const scheme = (method: Scheme["method"], labels: string[]): Scheme => ({
  version: 1,
  source: { kind: "customers", columns: {}, asOf: "2025-01-01" },
  method,
  tiers: { labels, shares: labels.map(() => 100 / labels.length) },
});

describe("the input report on a joined customer list", () => {
  it("does not call a never-purchased customer's blank total value a mistake when the method does not tier by value", () => {
    const labels = ["Never purchased", "New", "Active", "At risk", "Lost"];
    const { result, report } = tierTable(joined.table, scheme({ kind: "lifecycle", first: 3, last: 4 }, labels));
    // By hand: Acme's first order 58 days before 2025-01-01 → New; Dee → Never purchased.
    expect(Array.from(result.tier, (t) => labels[t])).toEqual(["New", "Never purchased"]);
    expect(report.issues).toEqual([]);
  });

  it("still reports it when the method tiers by value, where the blank costs Dee her tier", () => {
    const { report } = tierTable(joined.table, scheme({ kind: "rank-share" }, ["A", "B"]));
    expect(report.issues.map((i) => [i.row, i.header, i.reason])).toEqual([[2, "Total order value", "blank"]]);
  });
});
