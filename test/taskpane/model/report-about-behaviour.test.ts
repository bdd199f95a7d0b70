/** What the summary sheet says about a behaviour run: the window and the frequent count, or the column counted from. */
import { createI18n } from "../../../src/i18n";
import type { Table } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering";
import { reportAbout } from "../../../src/taskpane/model/report-about";

const col = (index: number, header: string, role: Table["columns"][number]["role"]) =>
  ({ index, header, role, guessedRole: role, kind: role === "customer" ? "text" : "number" }) as const;
const orders: Table = {
  hasHeader: true,
  firstRow: 1,
  columns: [col(0, "Customer", "customer"), { ...col(1, "Date", "date"), kind: "date" }, col(2, "Amount", "value")],
  rows: [
    ["A Co", 45600, 10],
    ["B Co", 45000, 5],
  ],
};
const customers: Table = {
  hasHeader: true,
  firstRow: 1,
  columns: [
    col(0, "Customer", "customer"),
    col(1, "Orders", "frequency"),
    col(2, "Orders in the last 90 days", "other"),
  ],
  rows: [["A Co", 5, 3]],
};
const run = { source: "Sheet1!A1:C3", date: new Date(Date.UTC(2025, 0, 2)) };
const tiers = { labels: ["Frequent", "Occasional", "Never purchased"], shares: [] };

describe("reportAbout for the behaviour method", () => {
  const onOrders = tierTable(orders, {
    version: 1,
    source: { kind: "orders", columns: {}, asOf: "2025-01-01" },
    method: { kind: "behaviour", days: 30, frequentFrom: 2 },
    tiers,
  }).result;
  const onCustomers = tierTable(customers, {
    version: 1,
    source: { kind: "customers", columns: {} },
    method: { kind: "behaviour", recent: 2 },
    tiers,
  }).result;

  it("states the window and the frequent count of an order list, in English and Chinese", () => {
    expect(reportAbout(createI18n("en-US").t, "en-US", onOrders, run).parameters).toContain(
      "frequent from 2 orders in the last 30 days",
    );
    expect(reportAbout(createI18n("zh-CN").t, "zh-CN", onOrders, run).parameters).toContain(
      "最近 30 天内下单 2 次及以上为频繁购买",
    );
  });

  it("names a customer list's column instead of a window it did not count (default Frequent from 3)", () => {
    const en = reportAbout(createI18n("en-US").t, "en-US", onCustomers, run).parameters;
    expect(en).toContain("frequent from 3 orders in “Orders in the last 90 days”");
    expect(en).not.toContain("{{");
    expect(reportAbout(createI18n("zh-CN").t, "zh-CN", onCustomers, run).parameters).toContain(
      "“Orders in the last 90 days”中 3 次及以上为频繁购买",
    );
  });
});
