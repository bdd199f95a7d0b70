import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";

// Re-reading a remembered range (the order history of a saved scheme) through Microsoft's office.js on the fake.
const orders = [
  ["Customer", "Amount", "Date"],
  ["Acme", 120, 45600],
  ["Bolt", 80, 45610],
];

function setup() {
  const fake = createOfficeJsExcel({
    sheets: [
      { name: "Customers", grid: [["Customer"], ["Acme"]] },
      { name: "Orders", grid: orders },
    ],
  });
  return { fake, host: createExcelHost(fake.env) };
}

describe("reading a remembered range", () => {
  it("reads the range as it is now, whatever is selected", async () => {
    const { fake, host } = setup();
    fake.testing.setSelection("Customers", "A1");
    const read = await host.readRange({ sheet: "Orders", address: "Orders!A1:C3" });
    expect(read).toMatchObject({ sheet: "Orders", address: "Orders!A1:C3", top: 0, left: 0 });
    expect(read.grid).toEqual(orders);
  });

  it("takes in order lines added below the range since it was read, in the same columns", async () => {
    const { fake, host } = setup();
    fake.testing.setCells("Orders", "A4:C5", [
      ["Cara", 50, 45620],
      ["Acme", 30, 45630],
    ]);
    fake.testing.setCells("Orders", "E1", [["a note beside the list"]]);
    const read = await host.readRange({ sheet: "Orders", address: "Orders!A1:C3" });
    expect(read.address).toBe("Orders!A1:C5");
    expect(read.grid.map((r) => r[0])).toEqual(["Customer", "Acme", "Bolt", "Cara", "Acme"]);
    expect(read.grid[0]).toHaveLength(3);
  });

  it("keeps the remembered columns when the first of them has gone blank at the top", async () => {
    const { fake, host } = setup();
    // The used cells of the columns start in column B: the read still starts at A, so column indexes hold.
    fake.testing.setCells("Orders", "A1:A3", [[null], [null], [null]]);
    const read = await host.readRange({ sheet: "Orders", address: "Orders!A1:C3" });
    expect(read).toMatchObject({ left: 0, address: "Orders!A1:C3" });
  });

  it("reads an Excel table as the table now is (rows added to it included)", async () => {
    const { fake, host } = setup();
    fake.testing.makeTable("Orders", "A1:C3", "OrderLines");
    const read = await host.readRange({ sheet: "Orders", address: "Orders!A1:C2", tableName: "OrderLines" });
    expect(read).toMatchObject({ tableName: "OrderLines", address: "Orders!A1:C3" });
  });

  it("says which sheet is gone when the range's sheet was deleted or renamed", async () => {
    const { host } = setup();
    await expect(host.readRange({ sheet: "Old orders", address: "'Old orders'!A1:C3" })).rejects.toMatchObject({
      code: "SheetMissing",
      message: expect.stringContaining('"Old orders"'),
      key: "host.sheetMissing",
    });
  });

  it("says the range is empty rather than reading nothing", async () => {
    const { fake, host } = setup();
    fake.testing.setCells("Orders", "A1:C3", [
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    await expect(host.readRange({ sheet: "Orders", address: "Orders!A1:C3" })).rejects.toMatchObject({
      code: "EmptySelection",
      key: "host.emptyRange",
    });
  });
});
