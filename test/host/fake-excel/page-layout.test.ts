import { createFakeExcel } from "../../../src/host/fake-excel";

// The fake's page layout follows https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
// (ExcelApi 1.9) and .../excel.pagelayoutzoomoptions (scale 10–400, or pages wide/tall).
describe("the fake Excel's page layout and chart labels", () => {
  const fake = (sets?: Record<string, string>) =>
    createFakeExcel({
      sheets: [
        {
          name: "S",
          grid: [
            ["k", "v"],
            ["a", 1],
            ["b", 2],
          ],
        },
      ],
      requirementSets: sets,
      unsupportedChartMembers: { Pareto: ["dataLabels"] },
    });

  it("refuses page layout below ExcelApi 1.9", async () => {
    const f = fake({ ExcelApi: "1.8" });
    await expect(
      f.env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").pageLayout.orientation = "Landscape";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("refuses a zoom scale outside 10–400 and an unknown orientation", async () => {
    const f = fake();
    await expect(
      f.env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").pageLayout.zoom = { scale: 5 };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      f.env.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").pageLayout.orientation = "Sideways";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps a print area set by range, and refuses data labels where a test declares them unsupported", async () => {
    const f = fake();
    await f.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.pageLayout.setPrintArea(ws.getRange("A1:B3"));
      await ctx.sync();
    });
    expect(f.workbookState.printLayout("S")).toEqual({ area: "A1:B3", zoom: undefined, orientation: undefined });
    await expect(
      f.env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        const chart = ws.charts.add("Pareto", ws.getRange("A1:B3"), "Columns");
        chart.dataLabels.showValue = true;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "UnsupportedOperation" });
  });
});
