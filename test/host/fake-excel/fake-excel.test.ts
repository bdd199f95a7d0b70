/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- these tests read before load()/sync() on purpose, to show the fake throws as Excel does. */
import { createFakeExcel } from "../../../src/host/fake-excel";

const sample = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Customers",
        grid: [
          ["Name", "Sales"],
          ["Acme", 120],
          ["Bolt", 80],
        ],
      },
    ],
  });

describe("fake Excel (test double of the Office.js subset)", () => {
  it("throws PropertyNotLoaded when a property is read before load() and sync()", async () => {
    const fake = sample();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Customers").getRange("A1:B3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["Name", "Sales"],
        ["Acme", 120],
        ["Bolt", 80],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("runs queued writes only at sync, in order, and counts syncs", async () => {
    const fake = sample();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Customers").getRange("C1");
      r.values = [["Tier"]];
      expect(fake.workbookState.values("Customers", "C1")).toEqual([[""]]);
      await ctx.sync();
    });
    expect(fake.workbookState.values("Customers", "C1")).toEqual([["Tier"]]);
    expect(fake.stats.syncs).toBe(1);
  });

  it("stores text that starts with = as a formula, as Excel does with typed input, unless quote-prefixed", async () => {
    const fake = sample();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Customers").getRange("D1:D3").values = [["=1+1"], ["'=1+1"], ["00123"]];
      await ctx.sync();
    });
    expect(fake.workbookState.cell("Customers", "D1").isFormula).toBe(true);
    expect(fake.workbookState.cell("Customers", "D2")).toMatchObject({
      value: "=1+1",
      isFormula: false,
      quotePrefix: true,
    });
    // Excel turns number-like input into a number: 00123 → 123
    expect(fake.workbookState.cell("Customers", "D3").value).toBe(123);
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const fake = sample();
    const big = Array.from({ length: 60_000 }, (_, i) => [`customer number ${i} with a long name ${"x".repeat(80)}`]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Customers").getRange(`F1:F${big.length}`).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.workbookState.usedAddress("Customers")).toBe("A1:B3");
  });

  it("gives null objects for missing items and ItemNotFound for getItem", async () => {
    const fake = sample();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("Nope");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("refuses APIs of requirement sets the host does not support (ApiNotFound)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }], requirementSets: { ExcelApi: "1.5" } });
    await expect(
      fake.run(async (ctx) => {
        ctx.application.suspendApiCalculationUntilNextSync();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reports a multi-area selection through getSelectedRanges and refuses getSelectedRange", async () => {
    const fake = sample();
    fake.testing.setSelection("Customers", "A1:A3", "B1:B3");
    await fake.run(async (ctx) => {
      const areas = ctx.workbook.getSelectedRanges().load("areaCount");
      await ctx.sync();
      expect(areas.areaCount).toBe(2);
      ctx.workbook.getSelectedRange().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    });
  });

  it("keeps tables, charts, validations and settings for the view", async () => {
    const fake = sample();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Customers");
      const t = ctx.workbook.tables.add("Customers!A1:B3", true);
      t.name = "People";
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Auto");
      chart.title.text = "Sales";
      ctx.workbook.settings.add("k", { a: [1, 2] });
      await ctx.sync();
    });
    expect(fake.workbookState.tables()).toEqual([
      { name: "People", sheet: "Customers", address: "Customers!A1:B3", headers: ["Name", "Sales"] },
    ]);
    expect(fake.workbookState.charts()[0]).toMatchObject({
      type: "ColumnClustered",
      title: "Sales",
      series: [{ name: "Sales", values: [120, 80], categories: ["Acme", "Bolt"] }],
    });
    expect(fake.workbookState.settings()).toEqual({ k: { a: [1, 2] } });
  });

  it("refuses an address with a third part (A1:B2:C3), naming it, where it used to give A1:B2", async () => {
    // What Excel's getRange does with a chained range is not documented
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-get shows one cell or two corners);
    // the fake throws rather than guess.
    const fake = sample();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Customers").getRange("A1:B2:C3");
      range.load("address");
      await expect(ctx.sync()).rejects.toThrow(/"A1:B2:C3"/);
    });
    expect(() => fake.workbookState.values("Customers", "A1:B2:C3")).toThrow(/"A1:B2:C3"/);
  });
});
