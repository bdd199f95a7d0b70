import fc from "fast-check";
import { customerKey } from "../../../src/engine/table/customer-key";
import { joinHistory } from "../../../src/engine/table/join-history";
import { readTable } from "../../../src/engine/table/read-table";

// Serials from Excel's DATE(): 2025-01-01 = 45658 (the as-of date), 2024-11-05 = 45601… each figure below is
// worked out by hand in the comments.
const customers = readTable([
  ["Customer", "Region", "Sales"],
  ["Acme Ltd", "East", 5], // grid row 1 (sheet row 2)
  ["Ｂｅｔａ", "West", 7], // 2: full-width letters
  ["华为技术", "South", 9], // 3
  ["Delta", "North", 1], // 4: never ordered
  [null, "East", 2], // 5: no name
  ["acme ltd", "East", 3], // 6: the same customer again
]);
const orders = readTable([
  ["Customer", "Order date", "Amount"],
  [" ACME LTD ", 45600, 100], // grid row 1
  ["Beta", 45640, 50], // 2
  ["华为技术 ", 45000, 300], // 3
  ["华为技术", 45400, 200], // 4
  ["Gamma", 45650, 80], // 5: not in the customer list
  ["acme ltd", 45650, 20], // 6
  ["Beta", "n/a", 10], // 7: no date
]);
const base = { customerKey: 0, orders: { customer: 0, date: 1, amount: 2, asOf: 45658 } };

describe("customerKey", () => {
  test("matches names after trimming, full-width to half-width and case folding", () => {
    expect(customerKey("  Ａｃｍｅ　")).toBe("acme");
    expect(customerKey("ACME")).toBe(customerKey("acme"));
    expect(customerKey("华为技术")).toBe("华为技术");
  });

  test("is the name normalised by NFKC, trimmed and lower-cased, for ASCII names (no NFKC run) and all others", () => {
    // The definition (DESIGN.md "Customer history"), written out; text mixing ASCII with full-width forms,
    // ligatures, ideographic and no-break spaces, superscripts, fractions and Chinese characters, and plain ASCII with control characters.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.constantFrom(0xff21, 0xff41, 0x3000, 0xfb01, 0x2160, 0x212b, 0x4e00, 0x00c5, 0x0301, 0x00a0, 0x00b2, 0x00bd),
    );
    const text = fc.array(unit, { maxLength: 12 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(
      fc.property(text, (name) => customerKey(name) === name.normalize("NFKC").trim().toLowerCase()),
      { numRuns: 2000 },
    );
  });
});

describe("joinHistory", () => {
  const joined = joinHistory(customers, orders, base);
  const history = (row: number) => joined.table.rows[row].slice(3);

  test("gives each listed customer the sums of its order lines, matched on the messy key", () => {
    // Acme: 100 + 20 = 120 in 2 orders, first 45600, last 45650, 45658 − 45650 = 8 days, average 60,
    // both lines within 90 days (58 and 8 days ago).
    expect(history(0)).toEqual([120, 2, 45600, 45650, 8, 60, 2]);
    // Ｂｅｔａ = Beta: one valid line (the other has no date): 50, 1, 45640, 45640, 18 days, 50, 1.
    expect(history(1)).toEqual([50, 1, 45640, 45640, 18, 50, 1]);
    // 华为技术: 300 + 200 = 500 in 2, first 45000, last 45400, 258 days, average 250, none in 90 days.
    expect(history(2)).toEqual([500, 2, 45000, 45400, 258, 250, 0]);
  });

  test("leaves the history blank for a customer who never ordered, and lists it", () => {
    expect(history(3)).toEqual([null, null, null, null, null, null, null]);
    expect(joined.noOrders).toEqual([{ customer: "Delta", row: 4 }]);
  });

  test("gives a customer listed twice its history on the first row only", () => {
    expect(history(5)).toEqual([null, null, null, null, null, null, null]);
    expect(joined.noOrders.map((n) => n.customer)).not.toContain("acme ltd");
  });

  test("lists the order customers missing from the customer list with their order rows", () => {
    expect(joined.unmatched).toEqual([{ customer: "Gamma", rows: [5] }]);
    expect(joined.table.rows).toHaveLength(6);
    expect(joined.addedFrom).toBe(6);
  });

  test("reports order lines and customer rows it cannot use, each against its own list", () => {
    expect(joined.orderIssues.map((i) => [i.row, i.column, i.reason])).toEqual([[7, 1, "not-a-date"]]);
    expect(joined.customerIssues.map((i) => [i.row, i.column, i.reason])).toEqual([[5, 0, "missing-customer"]]);
  });

  test("names the history columns and gives them the value, frequency, date and recency roles", () => {
    const cols = joined.table.columns.slice(3).map((c) => [c.index, c.header, c.role]);
    expect(cols).toEqual([
      [3, "Total order value", "value"],
      [4, "Orders", "frequency"],
      [5, "First order date", "other"],
      [6, "Last order date", "date"],
      [7, "Days since last order", "recency"],
      [8, "Average order value", "other"],
      [9, "Orders in the last 90 days", "other"],
    ]);
    expect(joined.columns).toEqual({
      value: 3,
      orders: 4,
      firstDate: 5,
      lastDate: 6,
      recency: 7,
      averageValue: 8,
      recentOrders: 9,
    });
    // The list's own "Sales" was guessed as the value; the history's total now is, and Sales keeps its guess.
    expect(customers.columns[2].role).toBe("value");
    expect([joined.table.columns[2].role, joined.table.columns[2].guessedRole]).toEqual(["other", "value"]);
  });

  test("adds the unmatched customers as rows when asked", () => {
    const added = joinHistory(customers, orders, { ...base, addUnmatched: true });
    expect(added.addedFrom).toBe(6);
    // Gamma: 80 in one order on 45650, 8 days before the as-of date.
    expect(added.table.rows[6]).toEqual(["Gamma", null, null, 80, 1, 45650, 45650, 8, 80, 1]);
  });

  test("counts recency in calendar days when the last order has a time of day", () => {
    // DESIGN.md "Customer history": days from the last order's date to the as-of date. An order at 18:00 on
    // 2024-12-14 (serial 45640.75) is 45658 − 45640 = 18 days before 2025-01-01, not 17.25 or 17.
    const timed = readTable([
      ["Customer", "Order date", "Amount"],
      ["Acme Ltd", 45640.75, 10],
    ]);
    const joined = joinHistory(customers, timed, base);
    expect(joined.table.rows[0][joined.columns.recency]).toBe(18);
    expect(joined.table.rows[0][joined.columns.lastDate]).toBe(45640.75);
  });

  test("counts an order exactly N days old as within the last N days", () => {
    // Acme's lines are 58 and 8 days old: with N = 8 only the second counts; with N = 7 none does.
    expect(joinHistory(customers, orders, { ...base, recentDays: 8 }).table.rows[0][9]).toBe(1);
    expect(joinHistory(customers, orders, { ...base, recentDays: 7 }).table.rows[0][9]).toBe(0);
    expect(joinHistory(customers, orders, { ...base, recentDays: 7 }).table.columns[9].header).toBe(
      "Orders in the last 7 days",
    );
  });

  test("names the column it cannot find", () => {
    expect(() => joinHistory(customers, orders, { ...base, customerKey: 9 })).toThrow(/options.customerKey/);
  });
});
