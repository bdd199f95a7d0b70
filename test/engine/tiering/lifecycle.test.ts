/**
 * The lifecycle method (issue 13; DESIGN.md "Customer history"). Expected stages are worked by hand
 * from the rules: first match of no order → Never purchased; asOf − first ≤ new → New;
 * asOf − last > lost → Lost; asOf − last > at-risk → At risk; else Active. Serial 45658 is 2025-01-01
 * (Excel: =DATE(2025,1,1) → 45658), the issue's as-of date.
 */
import fc from "fast-check";
import { InputError } from "../../../src/engine/errors";
import { parseScheme, type Scheme } from "../../../src/engine/scheme";
import {
  explainRow,
  lifecycleStages,
  LIFECYCLE_NAMES,
  methodOf,
  NO_TIER,
  tierTable,
} from "../../../src/engine/tiering";
import { makeTable } from "./table-helper";

const AS_OF = 45658;
const W = { new: 90, atRisk: 180, lost: 365 };
const names = (tiers: Int32Array) => Array.from(tiers, (t) => (t < 0 ? "-" : LIFECYCLE_NAMES["en-US"][t]));

describe("lifecycleStages (the issue's hand cases, asOf 2025-01-01)", () => {
  it("gives New, Active, At risk, Lost and Never purchased", () => {
    // 45658 − 45600 = 58 ≤ 90 → New; 45658 − 45000 = 658 > 90 and 45658 − 45640 = 18 ≤ 180 → Active;
    // 45658 − 45400 = 258 > 180, ≤ 365 → At risk; 45658 − 45200 = 458 > 365 → Lost; no last order → Never.
    const first = [45600, 45000, 45000, 44000, NaN];
    const last = [45640, 45640, 45400, 45200, NaN];
    const noOrder = Uint8Array.from([0, 0, 0, 0, 1]);
    expect(names(lifecycleStages(first, last, noOrder, { asOf: AS_OF, windows: W }))).toEqual([
      "New",
      "Active",
      "At risk",
      "Lost",
      "Never purchased",
    ]);
  });

  it("counts whole days and takes the boundaries as the rules say (≤ new, > at-risk, > lost)", () => {
    // 90 days since the first order is still New; 180 days since the last is still Active; 365 is still At risk.
    const first = [AS_OF - 90, AS_OF - 91, AS_OF - 500, AS_OF - 500, AS_OF - 91.5];
    const last = [AS_OF - 10, AS_OF - 180, AS_OF - 181, AS_OF - 365, AS_OF - 10 + 0.75];
    expect(names(lifecycleStages(first, last, new Uint8Array(5), { asOf: AS_OF, windows: W }))).toEqual([
      "New",
      "Active",
      "At risk",
      "At risk",
      "Active",
    ]);
  });

  it("uses the windows given: with a 30-day new window the 58-day customer is Active", () => {
    const t = lifecycleStages([45600], [45640], new Uint8Array(1), {
      asOf: AS_OF,
      windows: { new: 30, atRisk: 180, lost: 365 },
    });
    expect(names(t)).toEqual(["Active"]);
  });

  it("gives no stage to dates that are not numbers or lie after the as-of date", () => {
    const t = lifecycleStages([NaN, 45000, 45700], [45640, NaN, 45710], new Uint8Array(3), { asOf: AS_OF, windows: W });
    expect(Array.from(t)).toEqual([NO_TIER, NO_TIER, NO_TIER]);
  });

  it("never makes a customer newer when the as-of date moves later (property)", () => {
    // Stage order in time: New (1) → Active (2) → At risk (3) → Lost (4); Never (0) stays Never.
    const customer = fc.tuple(fc.integer({ min: 40000, max: 45000 }), fc.integer({ min: 0, max: 2000 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, later) => {
          const first = rows.map(([f]) => f);
          const last = rows.map(([f, gap]) => f + gap);
          const noOrder = Uint8Array.from(rows, ([, , none]) => (none ? 1 : 0));
          const asOf = 47100; // after every date
          const before = lifecycleStages(first, last, noOrder, { asOf, windows: W });
          const after = lifecycleStages(first, last, noOrder, { asOf: asOf + later, windows: W });
          for (let i = 0; i < rows.length; i++) {
            expect(before[i]).toBeGreaterThanOrEqual(0); // every customer gets exactly one stage
            if (noOrder[i]) expect(after[i]).toBe(0);
            else expect(after[i]).toBeGreaterThanOrEqual(before[i]);
          }
        },
      ),
    );
  });
});

const customers = makeTable(
  [
    ["Customer", "customer"],
    ["First order", "other"],
    ["Last order", "date"],
    ["Sales", "value"],
  ],
  [
    ["New Co", 45600, 45640, 100],
    ["Active Co", 45000, 45640, 300],
    ["Risk Co", 45000, 45400, 200],
    ["Lost Co", 44000, 45200, 50],
    ["Never Co", null, null, 0],
    ["Typo Co", 45000, "soon", 10],
  ],
);
const lifecycleScheme = (method: Record<string, unknown>, asOf = "2025-01-01"): Scheme =>
  parseScheme({
    version: 1,
    source: { kind: "customers", columns: {}, asOf },
    method: { kind: "lifecycle", ...method },
    tiers: { labels: ["A", "B"], shares: [] },
  });

describe("tierTable with the lifecycle method", () => {
  it("grades a customer list from its first and last order date columns", () => {
    const { result, report } = tierTable(customers, lifecycleScheme({ first: 1 }));
    expect(result.labels).toEqual(["Never purchased", "New", "Active", "At risk", "Lost"]);
    expect(names(result.tier)).toEqual(["New", "Active", "At risk", "Lost", "Never purchased", "-"]);
    // A blank last order date is "never purchased", not a mistake (nor is its blank first date); "soon"
    // is reported: grid row 1 + 5 = 6 (0-based, the header is row 0), column 2, not a date.
    expect(report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([[6, 2, "not-a-date"]]);
    expect(result.tiers.map((s) => s.customers)).toEqual([1, 1, 1, 1, 1]);
  });

  it("explains a row with its days and the window that decided it", () => {
    const { result } = tierTable(customers, lifecycleScheme({ first: 1 }));
    expect(explainRow(result, 2).message).toContain("tier At risk because last order 258 days ago, at-risk window 180");
    expect(explainRow(result, 3).parts.at(-1)).toEqual({
      key: "explain.because.lifecycleLost",
      params: { label: "Lost", days: 458, window: 365 },
      message: "tier Lost because last order 458 days ago, lost window 365",
    });
    expect(explainRow(result, 0).message).toContain("first order 58 days ago, new window 90");
    expect(explainRow(result, 4).parts.at(-1)?.key).toBe("explain.because.lifecycleNever");
  });

  it("grades an order list from each customer's first and last order", () => {
    const orders = makeTable(
      [
        ["Customer", "customer"],
        ["Date", "date"],
        ["Amount", "value"],
      ],
      [
        ["Acme", 45000, 10],
        ["Beta", 45600, 5],
        ["Acme", 45400, 20],
        ["Gamma", 44000, 1],
        ["Gamma", 45200, 2],
      ],
    );
    const { result } = tierTable(orders, {
      ...lifecycleScheme({}),
      source: { kind: "orders", columns: {}, asOf: "2025-01-01" },
    });
    // Acme 45000 / 45400 → At risk (258 days); Beta 45600 / 45600 → New (58 days); Gamma 44000 / 45200 → Lost (458 days).
    expect(result.customers).toEqual(["Acme", "Beta", "Gamma"]);
    expect(names(result.tier)).toEqual(["At risk", "New", "Lost"]);
  });

  it("notes customers whose orders lie after the as-of date instead of grading them", () => {
    const { result } = tierTable(customers, lifecycleScheme({ first: 1 }, "2024-06-01"));
    // 2024-06-01 is serial 45444: New Co (45600 / 45640) and Active Co (last 45640) lie after it.
    expect(result.tier[0]).toBe(NO_TIER);
    expect(result.tier[1]).toBe(NO_TIER);
    expect(result.notes.map((n) => n.key)).toContain("tiering.datesAfterAsOf");
    expect(result.notes.find((n) => n.key === "tiering.datesAfterAsOf")?.params).toEqual({ count: 2 });
  });

  it("asks for the first order date column of a customer list", () => {
    expect(() => tierTable(customers, lifecycleScheme({}))).toThrow(InputError);
    expect(() => tierTable(customers, lifecycleScheme({}))).toThrow(
      /method\.first: choose the column with each customer's first order date/,
    );
  });

  it("rejects an at-risk window that is not shorter than the lost window", () => {
    expect(() => lifecycleScheme({ windows: { new: 90, atRisk: 400, lost: 365 } })).toThrow(
      /method\.windows\.atRisk: expected fewer days than the lost window \(365\), found 400/,
    );
  });

  it("names its stages in the pane's language (glossary terms)", () => {
    const { result } = tierTable(customers, lifecycleScheme({ first: 1 }));
    expect(methodOf(result.method).labelNames?.(result.method, "zh-CN")).toEqual([
      "从未购买",
      "新客户",
      "活跃客户",
      "风险客户",
      "流失客户",
    ]);
  });
});
