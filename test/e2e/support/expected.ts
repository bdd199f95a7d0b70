import { numericColumn, readTable } from "../../../src/engine/table";
import { rankShareTiers } from "../../../src/engine/tiering/rank-share-tiers";
import { valueShareTiers } from "../../../src/engine/tiering/value-share-tiers";
import { previewSheets } from "../../../src/preview/sample-workbook";
import { defaultPlaybooks, generateTasks } from "../../../src/engine/tasks";

export type Method = "rank-share" | "value-share";

export interface ExpectedTiers {
  /** Label per data row of sheet Customers (row 2 onward), null where the row gets no tier. */
  readonly labels: (string | null)[];
  /** Per tier: customers and their total sales, counted here from the labels. */
  readonly summary: { label: string; customers: number; value: number }[];
  /** Header text of the value column the pane should pick (Sales / 销售额). */
  readonly valueHeader: string;
}

/**
 * What TierLadder must write for the preview's sample, computed in the test by the engine on the very
 * grid the page loads (same seed): rank-share 20/30/50 of customers, or Pareto 80/15/5 of value.
 */
export function expectedTiers(lang: "en-US" | "zh-CN", method: Method, labels = ["A", "B", "C"]): ExpectedTiers {
  const customers = previewSheets(lang)[0];
  const table = readTable(customers.grid);
  const valueColumn = table.columns.find((c) => c.role === "value");
  if (!valueColumn) throw new Error("the engine found no value column in the sample");
  const { values } = numericColumn(table, valueColumn.index);
  const tiers =
    method === "rank-share" ? rankShareTiers(values, [0.2, 0.3, 0.5]) : valueShareTiers(values, [0.8, 0.15, 0.05]);
  const summary = labels.map((label) => ({ label, customers: 0, value: 0 }));
  const out: (string | null)[] = [];
  for (let r = 0; r < tiers.length; r++) {
    const t = tiers[r];
    out.push(t >= 0 ? labels[t] : null);
    if (t >= 0) {
      summary[t].customers++;
      summary[t].value += values[r];
    }
  }
  return { labels: out, summary, valueHeader: valueColumn.header };
}

/**
 * Tasks per owner the engine plans for the sample over a horizon, given the written tiers: each tiered
 * customer with its sales rep as owner, the default playbooks for A/B/C (engine/tasks), as the pane does.
 */
export function expectedTasksPerOwner(
  lang: "en-US" | "zh-CN",
  tiers: readonly (string | null)[],
  start: Date,
  weeks: number,
): Map<string, number> {
  const customers = previewSheets(lang)[0];
  const table = readTable(customers.grid);
  const name = table.columns.find((c) => c.role === "customer")?.index ?? 0;
  const rep = table.columns.find((c) => c.role === "rep")?.index;
  const list = generateTasks({
    customers: table.rows.map((row, i) => ({
      name: String(row[name] ?? ""),
      tier: tiers[i],
      owner: rep === undefined ? null : String(row[rep] ?? "").trim() || null,
    })),
    playbooks: defaultPlaybooks(["A", "B", "C"]),
    start,
    weeks,
    lang,
  });
  const counts = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const owner = list.owners[list.owner[i]];
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return counts;
}
