import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";
import { HostError } from "../../../src/host/host-api";

const customers = [
  ["Customer", "Sales", "Since"],
  ["Acme", 120, 45000],
  ["Bolt", 80, 45100],
  ["Cara", 50, 45200],
];
const formats = [
  [],
  ["General", "General", "yyyy-mm-dd"],
  ["General", "General", "yyyy-mm-dd"],
  ["General", "General", "yyyy-mm-dd"],
];

function setup(requirementSets?: Record<string, string>) {
  const fake = createOfficeJsExcel({
    sheets: [{ name: "Data", grid: customers, numberFormats: formats }, { name: "Other" }],
    requirementSets,
  });
  return { fake, host: createExcelHost(fake.env) };
}

describe("reading the selection", () => {
  it("reads a small selection with its number formats in one sync", async () => {
    const { fake, host } = setup();
    fake.testing.setSelection("Data", "A1:C4");
    const read = await host.readSelection();
    expect(read).toMatchObject({ sheet: "Data", address: "Data!A1:C4", top: 0, left: 0, hiddenRows: [] });
    expect(read.grid).toEqual(customers);
    expect(read.numberFormats?.[1][2]).toBe("yyyy-mm-dd");
    expect(fake.stats.syncs).toBe(1);
  });

  it("trims a whole-column selection to the used cells", async () => {
    const { fake, host } = setup();
    fake.testing.setSelection("Data", "A:C");
    const read = await host.readSelection();
    expect(read.address).toBe("Data!A1:C4");
    expect(read.grid).toHaveLength(4);
  });

  it("reads the whole table, header included, when the selection lies inside an Excel table", async () => {
    const { fake, host } = setup();
    fake.testing.makeTable("Data", "A1:C4", "Customers");
    fake.testing.setSelection("Data", "B3");
    const read = await host.readSelection();
    expect(read).toMatchObject({ tableName: "Customers", address: "Data!A1:C4" });
    expect(read.grid[0]).toEqual(["Customer", "Sales", "Since"]);
  });

  it("stops with a clear message on a multi-area selection", async () => {
    const { fake, host } = setup();
    fake.testing.setSelection("Data", "A1:A4", "C1:C4");
    await expect(host.readSelection()).rejects.toThrow(HostError);
    await expect(host.readSelection()).rejects.toMatchObject({
      code: "MultiAreaSelection",
      message: expect.stringContaining("2 areas"),
    });
  });

  it("reports hidden or filtered-out rows by their grid index", async () => {
    const { fake, host } = setup();
    fake.testing.hideRows("Data", [2]); // sheet row 3 = grid row 2 (Bolt)
    fake.testing.setSelection("Data", "A1:C4");
    const read = await host.readSelection();
    expect(read.hiddenRows).toEqual([2]);
  });

  it("says the selection is empty instead of returning nothing", async () => {
    const { fake, host } = setup();
    fake.testing.setSelection("Other", "A1:D10");
    await expect(host.readSelection()).rejects.toMatchObject({ code: "EmptySelection" });
  });

  it("reads a large selection in row chunks whose responses stay under the budget", async () => {
    const grid = [["Customer", "Sales"], ...Array.from({ length: 30_000 }, (_, i) => [`Customer ${i}`, i])];
    const fake = createOfficeJsExcel({ sheets: [{ name: "Big", grid }] });
    const budget = 200_000;
    const host = createExcelHost(fake.env, { budgetBytes: budget });
    fake.testing.setSelection("Big", "A:B");
    const read = await host.readSelection();
    expect(read.grid).toHaveLength(30_001);
    expect(read.grid[30_000]).toEqual(["Customer 29999", 29999]);
    // First sync: geometry and the first window; later syncs: one chunk each, each under the budget.
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.stats.responseBytes.slice(1))).toBeLessThanOrEqual(budget);
    expect(Math.max(...fake.stats.officeJsResponseBytes.slice(1))).toBeLessThanOrEqual(budget); // as they travel to office.js
  });

  it("reads without table detection where Range.getTables (ExcelApi 1.9) is missing", async () => {
    const { fake, host } = setup({ ExcelApi: "1.8" });
    fake.testing.makeTable("Data", "A1:C4", "Customers");
    fake.testing.setSelection("Data", "A1:C4");
    const read = await host.readSelection();
    expect(read.tableName).toBeUndefined();
    expect(read.grid).toEqual(customers);
  });
});
