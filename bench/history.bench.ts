/**
 * Customer history (issue 13): joining 1,048,576 order lines (a sheet's row limit) to a list of 100,000
 * customers and grading every customer by lifecycle (tierTable on the joined table), against a Float64Array sort
 * of the 1,048,576 amounts in the same run. Target (issue 13): the join and the grading together under 1.5 s.
 */
import type { Bench } from "./harness";
import type { Grid } from "../src/engine/cells/cell-value";
import { mulberry32 } from "../src/engine/sample/mulberry32";
import { skewedValues } from "../src/engine/sample/skewed-values";
import { joinHistory } from "../src/engine/table/join-history";
import { readTable } from "../src/engine/table/read-table";
import { tierTable } from "../src/engine/tiering/tier-table";
import type { Scheme } from "../src/engine/scheme";

const LINES = 1_048_576;
const CUSTOMERS = 100_000;
const GROUP = "customer history: 1,048,576 order lines, 100,000 customers";
const BASE = "baseline: Float64Array sort of the amounts";

export default async function historyBench(h: Bench): Promise<void> {
  const random = mulberry32(11);
  const amounts = skewedValues(LINES, 5);
  const names = Array.from({ length: CUSTOMERS }, (_, i) => `Customer ${i + 1}`);
  const master: Grid = [["Customer", "Region"], ...names.map((n, i) => [n, ["East", "West", "North", "South"][i % 4]])];
  // Orders over two years before 2025-01-01 (serial 45658); names written in upper case a third of the time.
  const lines: Grid = [["Customer", "Order date", "Amount"]];
  for (let i = 0; i < LINES; i++) {
    const n = names[Math.floor(random() ** 2 * CUSTOMERS)];
    lines.push([i % 3 === 0 ? n.toUpperCase() : n, 45658 - Math.floor(random() * 730), amounts[i]]);
  }
  const customers = readTable(master);
  const orders = readTable(lines);
  await h.time(GROUP, BASE, () => Float64Array.from(amounts).sort());
  const join = () =>
    joinHistory(customers, orders, { customerKey: 0, orders: { customer: 0, date: 1, amount: 2, asOf: 45658 } });
  await h.time(GROUP, "joinHistory", join, { baseline: BASE });
  const lifecycle = (columns: { firstDate: number; lastDate: number }): Scheme => ({
    version: 1,
    source: { kind: "customers", columns: {}, asOf: "2025-01-01" },
    method: { kind: "lifecycle", first: columns.firstDate, last: columns.lastDate },
    tiers: { labels: ["Never purchased", "New", "Active", "At risk", "Lost"], shares: [] },
  });
  await h.time(
    GROUP,
    "joinHistory + lifecycle grades (tierTable)",
    () => {
      const joined = join();
      return tierTable(joined.table, lifecycle(joined.columns));
    },
    { baseline: BASE, maxMs: 1500 },
  );
}
