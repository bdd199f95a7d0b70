/** What the summary sheet says about a run: the method's own settings are named in the pane's language. */
import { createI18n } from "../../../src/i18n";
import type { Table } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering";
import { reportAbout } from "../../../src/taskpane/model/report-about";

const table: Table = {
  hasHeader: true,
  firstRow: 1,
  columns: [
    { index: 0, header: "Customer", role: "customer", guessedRole: "customer", kind: "text" },
    { index: 1, header: "First order", role: "other", guessedRole: "other", kind: "date" },
    { index: 2, header: "Last order", role: "date", guessedRole: "date", kind: "date" },
  ],
  rows: [
    ["A Co", 45600, 45640],
    ["B Co", 45000, 45400],
  ],
};
const run = { source: "Sheet1!A1:C3", date: new Date(Date.UTC(2025, 0, 2)) };

describe("reportAbout", () => {
  const { result } = tierTable(table, {
    version: 1,
    source: { kind: "customers", columns: {}, asOf: "2025-01-01" },
    method: { kind: "lifecycle", windows: { new: 30, atRisk: 120, lost: 400 }, first: 1, last: 2 },
    tiers: { labels: ["Never purchased", "New", "Active", "At risk", "Lost"], shares: [] },
  });

  it("states the lifecycle windows and the as-of date it counted to", () => {
    const about = reportAbout(createI18n("en-US").t, "en-US", result, run);
    expect(about.parameters).toContain("windows: new 30, at risk 120, lost 400 days, as of 01/01/2025");
  });

  it("says the same in Chinese", () => {
    const about = reportAbout(createI18n("zh-CN").t, "zh-CN", result, run);
    expect(about.parameters).toContain("期限：新客户 30 天、风险 120 天、流失 400 天，截至 2025/01/01");
  });
});
