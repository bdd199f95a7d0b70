import { FakeOfficeError } from "../../../src/host/fake-excel";
import { createExcelHost } from "../../../src/host/excel";
import { createOfficeJsExcel, loadOfficeJs } from "../../support/office-js";

/*
 * Planted mistakes that real Excel punishes, caught by Microsoft's office.js (not by our fake): the bridge
 * only answers the requests office.js sends, so a property that was never loaded, or read before sync(),
 * is refused on the client by office.js itself, as in Excel.
 */
const { Excel, OfficeExtension } = loadOfficeJs();
const grid = [
  ["Customer", "Sales"],
  ["Acme", 120],
  ["Bolt", 80],
];
const setup = () => {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid }] });
  fake.testing.setSelection("Data", "A1:B3");
  return fake;
};

describe("office.js catches load/sync mistakes the way Excel does", () => {
  afterEach(() => jest.restoreAllMocks());

  it("refuses a property read that was never loaded, with office.js's own OfficeExtension.Error", async () => {
    const fake = setup();
    const error = await fake.env
      .run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B3").load("address");
        await ctx.sync();
        // The planted mistake: values was not loaded (eslint-plugin-office-addins does not see it).
        return range.values;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).not.toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({
      code: OfficeExtension.ErrorCodes.propertyNotLoaded,
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(fake.stats.syncs).toBe(1); // the request went through; the read was refused on the client
  });

  it("refuses a value used before sync(), even though it was loaded", async () => {
    const fake = setup();
    const error = await fake.env
      .run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B3").load("values");
        // The planted mistake: no sync() before the read (eslint-plugin-office-addins does not see it either).
        const first = range.values[0][0];
        await ctx.sync();
        return first;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({ code: "PropertyNotLoaded", debugInfo: { errorLocation: "Range.values" } });
    expect(fake.stats.syncs).toBe(0); // office.js refused before anything was sent
  });

  it("fails the real host when it forgets to load a property (rowHidden dropped from its load)", async () => {
    const fake = setup();
    const load = Excel.Range.prototype.load as (this: Excel.Range, names?: unknown) => Excel.Range;
    jest.spyOn(Excel.Range.prototype, "load").mockImplementation(function (this: Excel.Range, names?: unknown) {
      const planted =
        typeof names === "string"
          ? names
              .split(",")
              .filter((n) => n !== "rowHidden")
              .join(",")
          : names;
      return load.call(this, planted);
    } as never);
    await expect(createExcelHost(fake.env).readSelection()).rejects.toMatchObject({
      code: "PropertyNotLoaded",
      message: expect.stringContaining("(at Range.rowHidden)"), // office.js names the member; the fake's error does not
    });
  });

  it("fails the real host when a sync() is missing (the first one skipped)", async () => {
    const fake = setup();
    const sync = Excel.RequestContext.prototype.sync;
    let calls = 0;
    jest.spyOn(Excel.RequestContext.prototype, "sync").mockImplementation(function (this: Excel.RequestContext) {
      return ++calls === 1 ? Promise.resolve() : sync.call(this);
    });
    await expect(createExcelHost(fake.env).readSelection()).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    expect(fake.stats.syncs).toBe(0);
  });

  it("the same host code reads cleanly without the planted mistakes", async () => {
    const fake = setup();
    const read = await createExcelHost(fake.env).readSelection();
    expect(read.grid).toEqual(grid);
    expect(fake.stats.officeJsSyncs).toBeGreaterThan(0);
  });
});
