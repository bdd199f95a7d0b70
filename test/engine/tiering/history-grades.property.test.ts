/**
 * Properties of the grades made from a customer master joined with its order history (issue 13: "every
 * customer of the master gets exactly one lifecycle grade; moving asOf later never makes a customer newer").
 * Random masters and order lists, with the customer names spelled differently in the two lists (case,
 * spaces, full-width forms), are joined with joinHistory and graded with tierTable. The expected behaviour
 * grade is counted here straight from the generated lines (which customer each line belongs to is known
 * by construction, not read back through the join), by DESIGN.md's rules: no order → Never purchased;
 * ≥ 3 orders in the last 90 days (0 to 90 days before the as-of date) → Frequent; else Occasional.
 */
import fc from "fast-check";
import { serialToDate } from "../../../src/engine/cells";
import { parseScheme } from "../../../src/engine/scheme";
import { joinHistory } from "../../../src/engine/table/join-history";
import { BEHAVIOUR_NAMES, LIFECYCLE_NAMES, tierTable } from "../../../src/engine/tiering";
import { makeTable } from "./table-helper";

const AS_OF = 45658; // 2025-01-01
/** Each customer's spellings: the first is the master's, the others are how order lines may write it. */
const SPELLINGS = [
  ["Acme", " ACME ", "Ａｃｍｅ", "acme"],
  ["Beta", "beta ", "ＢＥＴＡ"],
  ["北京华联", " 北京华联\u3000"],
  ["Gamma Co", "GAMMA CO"],
  ["Delta", "delta"],
  ["Omega"],
  ["Stranger Ltd"], // never in a master drawn below from the first six
];

const line = fc.record({
  who: fc.integer({ min: 0, max: SPELLINGS.length - 1 }),
  spelling: fc.nat(),
  daysAgo: fc.integer({ min: 0, max: 800 }),
  amount: fc.integer({ min: 1, max: 1000 }),
});
const masterIds = fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 1 });
type Line = { who: number; spelling: number; daysAgo: number; amount: number };

function join(ids: number[], lines: Line[], asOf: number) {
  const master = makeTable(
    [
      ["Customer", "customer"],
      ["Type", "segment"],
    ],
    ids.map((id) => [SPELLINGS[id][0], id % 2 ? "B2B" : "B2C"]),
  );
  const orders = makeTable(
    [
      ["Customer", "customer"],
      ["Date", "date"],
      ["Amount", "value"],
    ],
    lines.map((l) => [SPELLINGS[l.who][l.spelling % SPELLINGS[l.who].length], asOf - l.daysAgo, l.amount]),
  );
  return joinHistory(master, orders, { customerKey: 0, orders: { customer: 0, amount: 2, date: 1, asOf } });
}

const isoDay = (serial: number) => serialToDate(serial).toISOString().slice(0, 10);
const scheme = (method: Record<string, unknown>, asOf: number) =>
  parseScheme({
    version: 1,
    source: { kind: "customers", columns: {}, asOf: isoDay(asOf) },
    method,
    tiers: { labels: ["A", "B"], shares: [] },
  });

describe("grades of a joined customer history (properties)", () => {
  it("gives every customer of the master exactly one lifecycle grade and one behaviour grade", () => {
    fc.assert(
      fc.property(masterIds, fc.array(line, { maxLength: 60 }), (ids, lines) => {
        const joined = join(ids, lines, AS_OF);
        const { columns } = joined;
        const lifecycle = tierTable(
          joined.table,
          scheme({ kind: "lifecycle", first: columns.firstDate, last: columns.lastDate }, AS_OF),
        ).result;
        const behaviour = tierTable(
          joined.table,
          scheme({ kind: "behaviour", recent: columns.recentOrders }, AS_OF),
        ).result;
        expect(lifecycle.tier.length).toBe(ids.length);
        expect(behaviour.tier.length).toBe(ids.length);
        ids.forEach((id, row) => {
          const mine = lines.filter((l) => l.who === id);
          const recent = mine.filter((l) => l.daysAgo <= 90).length;
          const expected = mine.length === 0 ? "Never purchased" : recent >= 3 ? "Frequent" : "Occasional";
          expect(BEHAVIOUR_NAMES["en-US"][behaviour.tier[row]]).toBe(expected);
          // One stage among the five; Never purchased exactly when the customer has no order line.
          expect(lifecycle.tier[row]).toBeGreaterThanOrEqual(0);
          expect(lifecycle.tier[row]).toBeLessThan(LIFECYCLE_NAMES["en-US"].length);
          expect(lifecycle.tier[row] === 0).toBe(mine.length === 0);
        });
        // Each customer is counted in one tier only.
        expect(lifecycle.tiers.reduce((s, t) => s + t.customers, 0)).toBe(ids.length);
        expect(behaviour.tiers.reduce((s, t) => s + t.customers, 0)).toBe(ids.length);
      }),
    );
  });

  it("never makes a customer newer in lifecycle when the as-of date moves later", () => {
    // Stage order in time: New (1) → Active (2) → At risk (3) → Lost (4); Never purchased (0) stays so.
    fc.assert(
      fc.property(
        masterIds,
        fc.array(line, { maxLength: 60 }),
        fc.integer({ min: 0, max: 600 }),
        (ids, lines, later) => {
          const joined = join(ids, lines, AS_OF);
          const method = { kind: "lifecycle", first: joined.columns.firstDate, last: joined.columns.lastDate };
          const before = tierTable(joined.table, scheme(method, AS_OF)).result.tier;
          const after = tierTable(joined.table, scheme(method, AS_OF + later)).result.tier;
          for (let row = 0; row < ids.length; row++) {
            if (before[row] === 0) expect(after[row]).toBe(0);
            else expect(after[row]).toBeGreaterThanOrEqual(before[row]);
          }
        },
      ),
    );
  });
});
