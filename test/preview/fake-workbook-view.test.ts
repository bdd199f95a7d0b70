import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/host/excel";
import { fakeExcelFromFile } from "../../src/host/fake-excel/file/fake-excel-from-file";
import { openWorkbookFile } from "../../src/host/fake-excel/file/open-workbook-file";
import { createFakeExcel } from "../../src/host/fake-excel";
import { fakeWorkbookView } from "../../src/preview/fake-workbook-view";

function sample() {
  return createFakeExcel({
    sheets: [
      {
        name: "Customers",
        grid: [
          ["Customer", "Sales", "Last order"],
          ["Contoso", 1200.5, 45292],
          ["Fabrikam", 300, 45293],
        ],
        numberFormats: [[], [undefined, "#,##0.00", "yyyy-mm-dd"], [undefined, "#,##0.00", "yyyy-mm-dd"]],
      },
      {
        name: "Orders",
        grid: [
          ["Customer", "Amount"],
          ["Contoso", 10],
        ],
      },
    ],
  });
}

describe("the preview's view of the fake Excel", () => {
  it("gives no tab to an opened file's hidden and very hidden sheets, as Excel shows none", async () => {
    // The file is written by ExcelJS (an outside program); its first sheet is hidden.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Setup", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("Customers").getCell("A1").value = "Customer";
    wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("A1").value = 2;
    wb.addWorksheet("Orders").getCell("A1").value = "Order";
    const opened = await openWorkbookFile("hidden.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const view = fakeWorkbookView(fakeExcelFromFile(opened, "en-US").fake);
    expect(view.sheetNames()).toEqual(["Customers", "Orders"]);
    expect(view.activeSheet()).toBe("Customers");
  });

  it("gives the grid an opened file's layout: merged cells, row heights, widths, hidden columns, frozen panes", async () => {
    // Written by ExcelJS (an outside program): a merged header, a hidden column, a tall row, frozen A1.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Customers", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    ws.getCell("A1").value = "Customers by region";
    ws.mergeCells("A1:C1");
    ws.getColumn(2).hidden = true;
    ws.getColumn(3).width = 20;
    ws.getRow(2).height = 30;
    ws.getCell("A2").value = "Contoso";
    const opened = await openWorkbookFile("layout.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const layout = fakeWorkbookView(fakeExcelFromFile(opened, "en-US").fake).sheet("Customers")!.layout!;
    expect(layout.mergedAreas).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 3 }]);
    expect([...layout.hiddenColumns]).toEqual([1]);
    expect(layout.rowHeights).toEqual([{ from: 1, count: 1, height: 30 }]);
    expect(layout.columnWidths.get(2)).toBeGreaterThan(100); // 20 characters, in points
    expect([layout.frozenRows, layout.frozenColumns]).toEqual([1, 1]);
  });

  it("shows each sheet's used range from A1 with values and number formats", () => {
    const view = fakeWorkbookView(sample());
    expect(view.sheetNames()).toEqual(["Customers", "Orders"]);
    const s = view.sheet("Customers")!;
    expect([s.rowCount, s.columnCount]).toEqual([3, 3]);
    expect(s.value(1, 0)).toBe("Contoso");
    expect(s.value(1, 1)).toBe(1200.5);
    expect(s.numberFormat(1, 2)).toBe("yyyy-mm-dd");
    expect(s.numberFormat(0, 0)).toBeUndefined(); // General
    expect(s.value(9, 9)).toBeNull();
  });

  it("moves the selection through the fake so the host reads it and its listeners hear of it", async () => {
    const fake = sample();
    const view = fakeWorkbookView(fake);
    const host = createExcelHost(fake.env);
    const heard = jest.fn();
    host.onSelectionChanged(heard);
    view.select({ sheet: "Customers", row: 0, column: 0, rowCount: 3, columnCount: 2 });
    expect(heard).toHaveBeenCalled();
    const read = await host.readSelection();
    expect(read.address).toBe("Customers!A1:B3");
    expect(read.grid).toEqual([
      ["Customer", "Sales"],
      ["Contoso", 1200.5],
      ["Fabrikam", 300],
    ]);
  });

  it("restores a sheet's last selection when its tab is picked again, as Excel does", () => {
    const view = fakeWorkbookView(sample());
    view.select({ sheet: "Customers", row: 1, column: 1, rowCount: 2, columnCount: 1 });
    view.activate("Orders");
    expect(view.activeSheet()).toBe("Orders");
    expect(view.selection()).toEqual({ sheet: "Orders", row: 0, column: 0, rowCount: 1, columnCount: 1 });
    view.activate("Customers");
    expect(view.selection()).toEqual({ sheet: "Customers", row: 1, column: 1, rowCount: 2, columnCount: 1 });
  });

  it("tells subscribers about writes and sees the new values", async () => {
    const fake = sample();
    const view = fakeWorkbookView(fake);
    const seen = jest.fn();
    view.subscribe(seen);
    const before = view.version();
    fake.testing.setCells("Orders", "B2", [[99]]);
    expect(seen).toHaveBeenCalled();
    expect(view.version()).toBeGreaterThan(before);
    expect(view.sheet("Orders")!.value(1, 1)).toBe(99);
  });

  it("draws a written chart from the cells its series point at", async () => {
    const fake = sample();
    const view = fakeWorkbookView(fake);
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Orders");
      sheet.getRange("D1:E4").values = [
        ["Stage", "Target"],
        ["Leads", 100],
        ["Proposal", 10],
        ["Signed", 3],
      ];
      const chart = sheet.charts.add("BarClustered", sheet.getRange("D1:E4"));
      chart.title.text = "Sales funnel";
      await ctx.sync();
    });
    const [chart] = view.sheet("Orders")!.charts();
    expect(chart.kind).toBe("bar");
    expect(chart.title).toBe("Sales funnel");
    expect(chart.categories).toEqual(["Leads", "Proposal", "Signed"]);
    expect(chart.series[0].values).toEqual([100, 10, 3]);
  });
});
