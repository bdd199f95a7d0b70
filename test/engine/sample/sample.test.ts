import { mulberry32 } from "../../../src/engine/sample/mulberry32";
import { standardNormal } from "../../../src/engine/sample/standard-normal";
import { skewedValues } from "../../../src/engine/sample/skewed-values";
import { SAMPLE_AS_OF, sampleCustomers } from "../../../src/engine/sample/sample-customers";
import { sampleOrders } from "../../../src/engine/sample/sample-orders";
import { readTable } from "../../../src/engine/table/read-table";
import { inputReport } from "../../../src/engine/table/input-report";
import { aggregateOrders } from "../../../src/engine/table/aggregate-orders";
import { looksLikeOrderList } from "../../../src/engine/table/looks-like-order-list";
import { InputError } from "../../../src/engine/errors";

describe("mulberry32 and standardNormal", () => {
  test("gives the same sequence for the same seed and another for another seed", () => {
    const a = mulberry32(42),
      b = mulberry32(42),
      c = mulberry32(43);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
  });

  test("draws uniformly from [0, 1): mean 1/2 and variance 1/12 within sampling error over 100,000 draws", () => {
    // Uniform(0,1): mean 0.5, variance 1/12 ≈ 0.0833; standard error of the mean ≈ 0.289/√100000 ≈ 0.0009.
    const r = mulberry32(7);
    let sum = 0,
      sq = 0,
      min = 1,
      max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r();
      sum += u;
      sq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / 100_000;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sq / 100_000 - mean * mean - 1 / 12)).toBeLessThan(0.002);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });

  test("draws standard normals: mean 0 and standard deviation 1 within sampling error", () => {
    const r = mulberry32(3);
    const zs = Array.from({ length: 100_000 }, () => standardNormal(r));
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const sd = Math.sqrt(zs.reduce((a, z) => a + (z - mean) ** 2, 0) / zs.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });
});

describe("skewedValues", () => {
  test("is log-normal with median 8000 and the top 20 % holding about 60 % of the value", () => {
    // Log-normal(μ = ln 8000, σ = 1.1): median e^μ = 8000; share of the top fraction p of the total
    // = 1 − Φ(Φ⁻¹(1 − p) − σ) = 1 − Φ(0.8416 − 1.1) = Φ(0.2584) ≈ 0.602 (Lorenz curve of the log-normal).
    const v = Float64Array.from(skewedValues(200_000, 11)).sort().reverse();
    const median = (v[99_999] + v[100_000]) / 2;
    expect(Math.abs(median / 8000 - 1)).toBeLessThan(0.03);
    const total = v.reduce((a, b) => a + b, 0);
    const top = v.subarray(0, 40_000).reduce((a, b) => a + b, 0);
    expect(Math.abs(top / total - 0.602)).toBeLessThan(0.02);
  });

  test("is deterministic, rounded to cents, and rejects a count that is not whole", () => {
    expect(skewedValues(1000, 5)).toEqual(skewedValues(1000, 5));
    expect(skewedValues(1000, 5).every((x) => Math.round(x * 100) / 100 === x && x > 0)).toBe(true);
    expect(() => skewedValues(2.5)).toThrow(InputError);
  });
});

describe("sampleCustomers", () => {
  const en = sampleCustomers(500, 1, "en");

  test("gives the same grid for the same seed and a different one for another seed", () => {
    expect(sampleCustomers(500, 1, "en")).toEqual(en);
    expect(sampleCustomers(500, 2, "en")).not.toEqual(en);
  });

  test("has a header row and n rows of eight columns, headers in English or Chinese", () => {
    expect(en.length).toBe(501);
    expect(en.every((row) => row.length === 8)).toBe(true);
    expect(en[0]).toEqual([
      "Customer",
      "Region",
      "Sales rep",
      "Customer type",
      "Sales",
      "Orders",
      "Last order date",
      "Days since last order",
    ]);
    const zh = sampleCustomers(20, 1, "zh");
    expect(zh[0]).toEqual([
      "客户名称",
      "区域",
      "销售代表",
      "客户类型",
      "销售额",
      "订单数",
      "最近下单日期",
      "最近购买天数",
    ]);
    expect(new Set(zh.slice(1).map((r) => r[1]))).toEqual(new Set(["华东", "华南", "华北", "西南"]));
    expect(zh.slice(1).every((r) => /有限公司$/.test(String(r[0])))).toBe(true);
  });

  test("gives every customer a distinct name, even beyond the 2,500 word combinations", () => {
    const names = sampleCustomers(3000, 4)
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(names).size).toBe(3000);
  });

  test("has exactly three bad Sales cells: n/a, a blank and #N/A", () => {
    const sales = en.slice(1).map((r) => r[4]);
    const bad = sales.filter((v) => typeof v !== "number");
    expect(bad.sort()).toEqual(["#N/A", "n/a", null].sort());
    expect(sales.filter((v) => typeof v === "number").every((v) => (v as number) > 0)).toBe(true);
  });

  test("keeps dates consistent: days since the last order = as-of date − last order date", () => {
    for (const r of en.slice(1)) {
      expect(SAMPLE_AS_OF - (r[6] as number)).toBe(r[7]);
      expect(r[7]).toBeGreaterThanOrEqual(0);
      expect(r[7]).toBeLessThanOrEqual(730);
      expect(Number.isInteger(r[5]) && (r[5] as number) >= 1).toBe(true);
    }
  });

  test("reads back with the intended roles and an input report of the three bad cells", () => {
    for (const lang of ["en", "zh"] as const) {
      const t = readTable(sampleCustomers(200, 9, lang));
      expect(t.columns.map((c) => c.role)).toEqual([
        "customer",
        "region",
        "rep",
        "segment",
        "value",
        "frequency",
        "date",
        "recency",
      ]);
      const report = inputReport(t, 4, 0);
      expect(report.issues.map((i) => i.reason).sort()).toEqual(["blank", "error", "text"]);
      expect(report.duplicates).toEqual([]);
    }
  });

  test("rejects a bad count or language with a message naming the argument", () => {
    expect(() => sampleCustomers(0)).toThrow(/^n: 0 is not a customer count/);
    expect(() => sampleCustomers(10, 1, "fr" as never)).toThrow(/^lang: "fr"/);
  });
});

describe("sampleOrders", () => {
  const customers = sampleCustomers(300, 5, "en");
  const orders = sampleOrders(customers, 5, "en");

  test("is deterministic, sorted by date, with the order-list header", () => {
    expect(sampleOrders(customers, 5, "en")).toEqual(orders);
    expect(orders[0]).toEqual(["Customer", "Order date", "Amount", "Sales rep"]);
    expect(sampleOrders(sampleCustomers(5, 5, "zh"), 5, "zh")[0]).toEqual(["客户名称", "下单日期", "金额", "销售代表"]);
    const dates = orders.slice(1).map((r) => r[1] as number);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  test("aggregates back to the customer list it came from: sales to the cent, orders, last date, recency", () => {
    const table = readTable(orders);
    expect(looksLikeOrderList(table)).toBe(true);
    const agg = aggregateOrders(table, { customer: 0, date: 1, amount: 2, asOf: SAMPLE_AS_OF });
    const byName = new Map(agg.customers.map((c) => [c.customer, c]));
    let checked = 0;
    for (const r of customers.slice(1)) {
      if (typeof r[4] !== "number") continue;
      const c = byName.get(r[0] as string)!;
      expect(Math.round(c.value * 100)).toBe(Math.round((r[4] as number) * 100));
      expect([c.orders, c.lastSerial, c.recencyDays]).toEqual([r[5], r[6], r[7]]);
      checked++;
    }
    expect(checked).toBe(297);
    // The three bad Sales cells come through as bad amounts on their customers' first lines.
    expect(agg.issues.map((i) => i.reason).sort()).toEqual(["blank", "error", "text"]);
  });

  test("rejects a grid that is not a sample customer list", () => {
    expect(() => sampleOrders([["Customer", "Sales"]])).toThrow(InputError);
  });
});
