/**
 * The behaviour method (issue 13; DESIGN.md "Customer history"). Expected grades are worked by hand from
 * the rules: no order at all → Never purchased; orders in the last N days ≥ the frequent count → Frequent;
 * else Occasional. Defaults N = 90, Frequent from 3. Serial 45658 is 2025-01-01 (Excel: =DATE(2025,1,1)).
 */
import { parseScheme, type Scheme } from "../../../src/engine/scheme";
import { joinHistory } from "../../../src/engine/table/join-history";
import { BEHAVIOUR_NAMES, behaviourGrades, explainRow, methodOf, tierTable } from "../../../src/engine/tiering";
import { makeTable } from "./table-helper";

const names = (tiers: Int32Array) => Array.from(tiers, (t) => (t < 0 ? "-" : BEHAVIOUR_NAMES["en-US"][t]));

describe("behaviourGrades", () => {
  it("grades by the count in the window, frequent from the count given (≥), never on no order at all", () => {
    // From 3: 5 and 3 are Frequent (3 ≥ 3), 2 and 0 Occasional (0: ordered, only before the window);
    // the fifth has no order at all; 0.5 and −1 cannot be counts of orders.
    const recent = [5, 3, 2, 0, NaN, 0.5, -1];
    const noOrder = Uint8Array.from([0, 0, 0, 0, 1, 0, 0]);
    expect(names(behaviourGrades(recent, noOrder, 3))).toEqual([
      "Frequent",
      "Frequent",
      "Occasional",
      "Occasional",
      "Never purchased",
      "-",
      "-",
    ]);
    // From 6 the same counts: nobody is Frequent.
    expect(names(behaviourGrades([5, 3], new Uint8Array(2), 6))).toEqual(["Occasional", "Occasional"]);
  });
});

// Order lines, as of 2025-01-01 (45658). Days before it: Acme 0, 58, 90, 91 → 3 in the last 90 days
// (90 is inside, 91 is not); Beta 18, 658 → 1; Gamma 658, 1658 → 0; Delta −1 (after the as-of date, not
// counted), 8, 18 → 2.
const ORDER_LINES: [string, number, number][] = [
  ["Acme", 45658, 10],
  ["Acme", 45600, 10],
  ["Acme", 45568, 10],
  ["Acme", 45567, 10],
  ["Beta", 45640, 5],
  ["Beta", 45000, 5],
  ["Gamma", 45000, 1],
  ["Gamma", 44000, 1],
  ["Delta", 45659, 2],
  ["Delta", 45650, 2],
  ["Delta", 45640, 2],
];
const orders = makeTable(
  [
    ["Customer", "customer"],
    ["Date", "date"],
    ["Amount", "value"],
  ],
  ORDER_LINES,
);
const scheme = (kind: "orders" | "customers", method: Record<string, unknown>, groupBy?: number): Scheme =>
  parseScheme({
    version: 1,
    source: { kind, columns: {}, asOf: "2025-01-01" },
    method: { kind: "behaviour", ...method },
    tiers: { labels: ["A", "B"], shares: [] },
    ...(groupBy !== undefined ? { groupBy } : {}),
  });

describe("tierTable with the behaviour method on an order list", () => {
  it("counts each customer's orders in the last 90 days and grades them, Frequent from 3", () => {
    const { result } = tierTable(orders, scheme("orders", {}));
    expect(result.customers).toEqual(["Acme", "Beta", "Gamma", "Delta"]);
    expect(result.labels).toEqual(["Frequent", "Occasional", "Never purchased"]);
    expect(names(result.tier)).toEqual(["Frequent", "Occasional", "Occasional", "Occasional"]);
    expect(result.tiers.map((s) => s.customers)).toEqual([1, 3, 0]);
  });

  it("lets the method's window drive the count: over 89 days Acme has 2 orders, so with Frequent from 2 …", () => {
    // 89 days: Acme 0 and 58 days → 2; Beta 1; Gamma 0; Delta 2.
    const { result } = tierTable(orders, scheme("orders", { days: 89, frequentFrom: 2 }));
    expect(names(result.tier)).toEqual(["Frequent", "Occasional", "Occasional", "Frequent"]);
    expect(Array.from(result.method.figures!.recent)).toEqual([2, 1, 0, 2]);
  });

  it("explains a row with its count, the window and the frequent count", () => {
    const { result } = tierTable(orders, scheme("orders", {}));
    expect(explainRow(result, 0).parts.at(-1)).toEqual({
      key: "explain.because.behaviourRecent",
      params: { label: "Frequent", count: 3, days: 90, from: 3 },
      message: "tier Frequent because 3 orders in the last 90 days; frequent from 3",
    });
    expect(explainRow(result, 1).message).toContain(
      "tier Occasional because 1 order in the last 90 days; frequent from 3",
    );
    expect(explainRow(result, 2).message).toContain("because 0 orders in the last 90 days");
  });

  it("states its settings for the summary sheet: the window and the frequent count", () => {
    const { result } = tierTable(orders, scheme("orders", {}));
    expect(result.method.settings).toEqual({ days: 90, frequentFrom: 3 });
    expect(result.method.settingTexts).toBeUndefined();
  });
});

// A customer master joined with the order lines above (joinHistory, 90 days): Zeta never ordered.
const master = makeTable(
  [
    ["Customer", "customer"],
    ["Region", "region"],
  ],
  [
    ["acme ", "North"],
    ["Beta", "South"],
    ["Gamma", "North"],
    ["Delta", "South"],
    ["Zeta", "North"],
  ],
);
const joined = joinHistory(master, orders, {
  customerKey: 0,
  orders: { customer: 0, amount: 2, date: 1, asOf: 45658 },
});

describe("tierTable with the behaviour method on a customer list", () => {
  it("grades the joined history from its 'Orders in the last 90 days' column; no order at all is Never purchased", () => {
    const { result, report } = tierTable(joined.table, scheme("customers", { recent: joined.columns.recentOrders }));
    expect(names(result.tier)).toEqual(["Frequent", "Occasional", "Occasional", "Occasional", "Never purchased"]);
    // Zeta's blank order counts and blank total value mean "never ordered", not a mistake: nothing is reported
    // (behaviour does not tier by value, so a blank value costs no row its tier).
    const read = [joined.columns.orders, joined.columns.recentOrders];
    expect(report.issues.filter((i) => read.includes(i.column))).toEqual([]);
    expect(report.issues).toEqual([]);
    expect(result.method.settingTexts).toEqual({ column: "Orders in the last 90 days" });
  });

  it("names the column it counted from in the explanation", () => {
    const { result } = tierTable(joined.table, scheme("customers", { recent: joined.columns.recentOrders }));
    expect(explainRow(result, 0).message).toContain(
      'tier Frequent because 3 orders in "Orders in the last 90 days"; frequent from 3',
    );
    expect(explainRow(result, 4).parts.at(-1)?.key).toBe("explain.because.behaviourNever");
  });

  it("grades within groups, each customer as alone", () => {
    const { result } = tierTable(joined.table, scheme("customers", { recent: joined.columns.recentOrders }, 1));
    expect(result.groups?.names).toEqual(["North", "South"]);
    expect(names(result.tier)).toEqual(["Frequent", "Occasional", "Occasional", "Occasional", "Never purchased"]);
  });

  it("questions a count that cannot be one instead of grading it, and reports cells that are not numbers", () => {
    const own = makeTable(
      [
        ["Customer", "customer"],
        ["Orders", "frequency"],
        ["Orders 90d", "other"],
      ],
      [
        ["A", 10, 4], // Frequent
        ["B", 0, null], // no order at all: Never purchased, blank count not reported
        ["C", null, null], // no order at all
        ["D", 2, 2.5], // not a whole number
        ["E", 2, 5], // more orders in 90 days than in all
        ["F", 3, "n/a"], // not a number: reported
      ],
    );
    const { result, report } = tierTable(own, scheme("customers", { recent: 2 }));
    expect(names(result.tier)).toEqual(["Frequent", "Never purchased", "Never purchased", "-", "-", "-"]);
    // Grid row 1 + 5 = 6 (the header is row 0), column 2.
    expect(report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([[6, 2, "text"]]);
    expect(result.notes.find((n) => n.key === "tiering.recentOrdersOdd")?.params).toEqual({
      count: 2,
      column: "Orders 90d",
    });
  });

  it("asks for the column of orders in the last N days, and for the orders in all", () => {
    expect(() => tierTable(joined.table, scheme("customers", {}))).toThrow(
      /method\.recent: choose the column with each customer's orders in the last N days/,
    );
    const noTotal = makeTable(
      [
        ["Customer", "customer"],
        ["Orders 90d", "other"],
      ],
      [["A", 1]],
    );
    expect(() => tierTable(noTotal, scheme("customers", { recent: 1 }))).toThrow(/no column has the role "frequency"/);
  });
});

describe("the behaviour scheme", () => {
  it("rejects a frequent count or a window below 1", () => {
    expect(() => scheme("orders", { frequentFrom: 0 })).toThrow(/method\.frequentFrom: expected 1 order or more/);
    expect(() => scheme("orders", { days: 0 })).toThrow(/method\.days: expected 1 day or more/);
    expect(() => scheme("orders", { days: 7.5 })).toThrow(/method\.days: expected a whole number of days/);
  });

  it("names its grades in the pane's language (glossary terms)", () => {
    const { result } = tierTable(orders, scheme("orders", {}));
    expect(methodOf(result.method).labelNames?.(result.method, "zh-CN")).toEqual(["频繁购买", "偶尔购买", "从不购买"]);
  });
});
