import { createI18n } from "../../../src/i18n";
import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering/tier-table";
import { defaultScheme } from "../../../src/engine/scheme";
import { buildPlan } from "../../../src/taskpane/model/build-plans";
import type { OutputKind } from "../../../src/taskpane/model/output-kind";
import type { SelectionRead } from "../../../src/host/host-api";

/**
 * Building the plan for 100,000 rows (one "Why" per row) runs in the pane before the host writes, so it
 * must not freeze it for long. This only logs the time (performance is judged by benchmarks, not unit
 * tests) and checks the plan is complete.
 */
describe("the tier-columns plan for 100,000 rows", () => {
  const n = 100_000;
  const grid = [
    ["Customer", "Sales"],
    ...Array.from({ length: n }, (_, i) => [`Customer ${i + 1}`, ((i * 7919) % 100_003) + 1]),
  ];
  const read: SelectionRead = {
    address: `Sheet1!A1:B${n + 1}`,
    sheet: "Sheet1",
    top: 0,
    left: 0,
    grid,
    hiddenRows: [],
  };
  const table = readTable(grid);
  const output = tierTable(table, defaultScheme());

  it.each(["en-US", "zh-CN"] as const)("builds one explanation per row in %s", (lang) => {
    const { t } = createI18n(lang);
    const started = performance.now();
    const plan = buildPlan({ lang, t, read, table, output, outputs: new Set<OutputKind>(["tierColumns"]) });
    const ms = performance.now() - started;
    console.log(`buildPlan, ${n} rows, ${lang}: ${ms.toFixed(0)} ms`);
    const rows = plan.columns[0].rows;
    expect(rows).toHaveLength(n);
    expect(rows.every((r) => typeof r[r.length - 1] === "string" && (r[r.length - 1] as string).length > 10)).toBe(
      true,
    );
  });
});
