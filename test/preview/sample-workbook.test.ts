import { previewSheets, customerRange } from "../../src/preview/sample-workbook";

describe("the preview's starting workbook", () => {
  it("holds 500 customers under a header on sheet Customers and their orders on sheet Orders", () => {
    const [customers, orders] = previewSheets("en-US");
    expect(customers.name).toBe("Customers");
    expect(customers.grid).toHaveLength(501);
    expect(customers.grid[0][0]).toBe("Customer");
    expect(orders.name).toBe("Orders");
    expect(orders.grid[0]).toEqual(["Customer", "Order date", "Amount", "Sales rep"]);
    expect(customerRange(customers)).toEqual({ row: 0, column: 0, rowCount: 501, columnCount: 8 });
  });

  it("uses Chinese headers for zh-CN", () => {
    const [customers, orders] = previewSheets("zh-CN");
    expect(customers.grid[0]).toEqual([
      "客户名称",
      "区域",
      "销售代表",
      "客户类型",
      "销售额",
      "订单数",
      "最近下单日期",
      "最近购买天数",
    ]);
    expect(orders.grid[0][0]).toBe("客户名称");
  });

  it("is the same on every load (seeded)", () => {
    expect(previewSheets("en-US")[0].grid).toEqual(previewSheets("en-US")[0].grid);
  });

  it("gives every column of each sheet a format slot", () => {
    for (const s of previewSheets("en-US")) expect(s.columnFormats).toHaveLength(s.grid[0].length);
  });
});
