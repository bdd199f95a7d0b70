import { defaultScheme } from "../../../src/engine/scheme";
import type { SelectionRead } from "../../../src/host/host-api";
import { deriveTable } from "../../../src/taskpane/model/table-model";
import { withHistory, type OrderHistory } from "../../../src/taskpane/model/order-history";
import { AS_OF, CUSTOMERS, ORDER_FORMATS, ORDERS } from "./fixtures";

const customersRead: SelectionRead = {
  address: "Sheet1!A1:B5",
  sheet: "Sheet1",
  top: 0,
  left: 0,
  grid: CUSTOMERS,
  hiddenRows: [],
};
const history: OrderHistory = {
  read: {
    address: "Orders!A1:C6",
    sheet: "Orders",
    top: 0,
    left: 0,
    grid: ORDERS,
    numberFormats: ORDER_FORMATS,
    hiddenRows: [],
  },
  columns: {},
  addUnmatched: false,
};
const choices = { roles: {}, listKind: "customers" as const, asOf: AS_OF, leaveOutHidden: true, history };

describe("a customer list with its order history, as the pane derives it", () => {
  it("adds the history's columns after the list's own, named in the pane's language", () => {
    const en = deriveTable(customersRead, choices, "en-US");
    expect(en.source!.columns.map((c) => c.header)).toEqual([
      "Customer",
      "Type",
      "Total order value",
      "Orders",
      "First order date",
      "Last order date",
      "Days since last order",
      "Average order value",
      "Orders in the last 90 days",
    ]);
    const zh = deriveTable(customersRead, choices, "zh-CN");
    expect(zh.source!.columns.slice(2).map((c) => c.header)).toEqual([
      "订单总额",
      "订单数",
      "首次下单日期",
      "最近下单日期",
      "距最近下单天数",
      "平均订单金额",
      "近 90 天订单数",
    ]);
    // The Data tab's column roles stay the selection's own two columns.
    expect(en.selection!.columns).toHaveLength(2);
  });

  it("gives each customer its own totals (by hand: bolt 50 + 70 = 120 over 2 orders; Dee blank)", () => {
    const rows = deriveTable(customersRead, choices).source!.rows;
    expect(rows.map((r) => r[2])).toEqual([100, 120, 30, null]);
    expect(rows.map((r) => r[3])).toEqual([1, 2, 1, null]);
    // Days since the last order to 2025-01-01 (45658): 58, 258, 1,658.
    expect(rows.map((r) => r[6])).toEqual([58, 258, 1658, null]);
  });

  it("is ignored for an order list, which is its own history", () => {
    const orders = deriveTable({ ...history.read }, { ...choices, listKind: "orders" });
    expect(orders.joined).toBeUndefined();
  });

  it("is remembered by the scheme (where, which columns, add or not) with the as-of date; no history, no change", () => {
    const scheme = defaultScheme();
    const joined = withHistory(scheme, { ...history, columns: { date: 1 }, addUnmatched: true }, AS_OF)!;
    expect(joined.source).toEqual({
      ...scheme.source,
      asOf: AS_OF,
      history: { sheet: "Orders", address: "Orders!A1:C6", columns: { date: 1 }, addUnmatched: true },
    });
    expect(withHistory(scheme, undefined, AS_OF)).toBe(scheme);
  });
});
