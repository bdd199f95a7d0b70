import { serialToDate } from "../../../src/engine/cells/excel-serial-date";
import { aggregateOrders } from "../../../src/engine/table/aggregate-orders";
import { looksLikeOrderList } from "../../../src/engine/table/looks-like-order-list";
import { readTable } from "../../../src/engine/table/read-table";
import { InputError } from "../../../src/engine/errors";

// Serials from Excel's DATE(): 2024-01-05 = 45296, 01-09 = 45300, 01-19 = 45310, 01-29 = 45320,
// 02-01 = 45323, 02-29 = 45351 (2024-01-01 = 45292).
const orders = readTable([
  ["Customer", "Order date", "Amount", "Region", "Sales rep"],
  ["Acme", 45296, 100, "East", "Ann"], // sheet row 2
  ["Beta", 45300, 50, "West", "Bob"], // 3
  [" acme ", 45310, 250.5, "", "Ann"], // 4
  ["Beta", "soon", 70, "West", "Bob"], // 5: bad date
  ["Gamma", 45305, "n/a", "North", "Cy"], // 6: bad amount
  [null, 45306, 30, "East", "Ann"], // 7: no customer
  ["Acme", 45320, -20, "South", "Dee"], // 8: a return, kept in the total
  ["Beta", "2024-02-01", "1,000", "West", "Bob"], // 9
]);

describe("aggregateOrders", () => {
  const result = aggregateOrders(orders, { customer: 0, date: 1, amount: 2, region: 3, rep: 4, asOf: 45351 });

  test("sums each customer's valid lines (hand calculation in the comments)", () => {
    // Acme: rows 2, 4, 8 → 100 + 250.5 − 20 = 330.5, 3 orders, first 45296, last 45320, recency 45351 − 45320 = 31.
    // Beta: rows 3, 9 (row 5 has no date) → 50 + 1000 = 1050, 2 orders, first 45300, last 45323, recency 28.
    // Gamma: its only line has no amount, so it has no valid order and is not listed.
    expect(
      result.customers.map((c) => [c.customer, c.value, c.orders, c.firstSerial, c.lastSerial, c.recencyDays]),
    ).toEqual([
      ["Acme", 330.5, 3, 45296, 45320, 31],
      ["Beta", 1050, 2, 45300, 45323, 28],
    ]);
    expect(serialToDate(result.customers[0].lastSerial).toISOString()).toBe("2024-01-29T00:00:00.000Z");
    expect(serialToDate(result.customers[1].firstSerial).toISOString()).toBe("2024-01-09T00:00:00.000Z");
    expect(Array.from(result.rowsOf(0))).toEqual([1, 3, 7]);
  });

  test("keeps the first non-blank region and rep seen for each customer", () => {
    expect(result.customers.map((c) => [c.region, c.rep])).toEqual([
      ["East", "Ann"],
      ["West", "Bob"],
    ]);
  });

  test("reports the lines it left out", () => {
    expect(result.issues.map((i) => i.message)).toEqual([
      'Row 5, column "Order date": "soon" is not a date; expected a date.',
      'Row 6, column "Amount": "n/a" is text; expected a number.',
      'Row 7, column "Customer" is blank; expected a customer name.',
    ]);
  });

  test("returns a customer table the tiering code can use, with value, frequency and recency columns", () => {
    const { table, valueColumn, frequencyColumn, recencyColumn } = result;
    expect(table.columns.map((c) => c.header)).toEqual([
      "Customer",
      "Amount",
      "Orders",
      "First order date",
      "Last order date",
      "Days since last order",
      "Region",
      "Sales rep",
    ]);
    expect(table.columns[valueColumn].role).toBe("value");
    expect(table.columns[frequencyColumn].role).toBe("frequency");
    expect(table.columns[recencyColumn].role).toBe("recency");
    expect(table.rows).toEqual([
      ["Acme", 330.5, 3, 45296, 45320, 31, "East", "Ann"],
      ["Beta", 1050, 2, 45300, 45323, 28, "West", "Bob"],
    ]);
  });

  test("takes the as-of date as a Date too, read in UTC", () => {
    const r = aggregateOrders(orders, { customer: 0, date: 1, amount: 2, asOf: new Date("2024-02-29T00:00:00Z") });
    expect(r.customers.map((c) => c.recencyDays)).toEqual([31, 28]);
  });

  test("names computed columns in the caller's language", () => {
    const r = aggregateOrders(orders, {
      customer: 0,
      date: 1,
      amount: 2,
      asOf: 45351,
      headers: { orders: "订单数", recency: "最近购买天数" },
    });
    expect(r.table.columns[2].header).toBe("订单数");
    expect(r.table.columns[5].header).toBe("最近购买天数");
  });

  test("rejects a bad as-of date and missing columns with messages that name them", () => {
    expect(() => aggregateOrders(orders, { customer: 0, date: 1, amount: 2, asOf: 0 })).toThrow(InputError);
    expect(() => aggregateOrders(orders, { customer: 0, date: 1, amount: 2, asOf: 0 })).toThrow(
      /^asOf: 0 is not a date/,
    );
    expect(() => aggregateOrders(orders, { customer: 0, date: 9, amount: 2, asOf: 45351 })).toThrow(
      /^options\.date: column 9 does not exist/,
    );
  });
});

describe("aggregateOrders: recent orders and remembered names (issue 13)", () => {
  test("recentDays counts lines 0 to N days before asOf, both ends included, none after asOf", () => {
    // asOf 45310 (2024-01-19): Acme's lines are 45310 − 45296 = 14, 0 and 45310 − 45320 = −10 days before it.
    const at = (recentDays?: number) =>
      aggregateOrders(orders, { customer: 0, date: 1, amount: 2, asOf: 45310, recentDays }).customers[0];
    expect(at(14).recentOrders).toBe(2);
    expect(at(13).recentOrders).toBe(1);
    expect(at(0).recentOrders).toBe(1);
    expect(at(undefined).recentOrders).toBe(0);
  });

  test("a repeated cell text is one customer whether its first line was valid or not", () => {
    const lines = readTable([
      ["Customer", "Order date", "Amount"],
      ["ＡＣＭＥ", 45296, "n/a"], // bad amount: reported, ACME not started
      ["ＡＣＭＥ", 45300, 10],
      ["Acme", 45301, 5],
      ["ＡＣＭＥ", 45302, "?"], // bad amount on a remembered text: still reported
      [1001, 45303, 7],
      ["1001", 45304, 8],
      ["  ", 45305, 9], // blank: no customer
    ]);
    const result = aggregateOrders(lines, { customer: 0, date: 1, amount: 2, asOf: 45310 });
    // NFKC("ＡＣＭＥ") = "ACME", lower case "acme" = "Acme" lower case: 10 + 5 = 15 over 2 lines.
    expect(result.customers.map((c) => [c.customer, c.value, c.orders])).toEqual([
      ["ＡＣＭＥ", 15, 2],
      ["1001", 15, 2],
    ]);
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [1, 2],
      [4, 2],
      [7, 0],
    ]);
  });
});

describe("looksLikeOrderList", () => {
  test("says yes for repeated customers with a date column", () => {
    expect(looksLikeOrderList(orders)).toBe(true);
  });

  test("says no for one row per customer", () => {
    const list = readTable([
      ["Customer", "Last order date", "Sales"],
      ["Acme", 45296, 1],
      ["Beta", 45300, 2],
      ["Gamma", 45301, 3],
    ]);
    expect(looksLikeOrderList(list)).toBe(false);
  });

  test("says no without a date column, however often customers repeat", () => {
    const list = readTable([
      ["Customer", "Sales"],
      ["Acme", 1],
      ["Acme", 2],
      ["Acme", 3],
    ]);
    expect(looksLikeOrderList(list)).toBe(false);
  });
});
