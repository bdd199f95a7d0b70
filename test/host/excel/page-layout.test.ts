import { funnelSheetPlan, summarySheetPlan, tierColumnsPlan } from "../../../src/engine/plans";
// Run through Microsoft's office.js client library (test/support/office-js): the real request batches, answered by the fake.
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";
import { createI18n, renderNotice } from "../../../src/i18n";

// Hand calculation: total value 250; A 120 (0.48), B 80 (0.32), C 50 (0.2); one customer each.
const tiers = [
  { label: "A", customers: 1, customerShare: 1 / 3, value: 120, valueShare: 0.48 },
  { label: "B", customers: 1, customerShare: 1 / 3, value: 80, valueShare: 0.32 },
  { label: "C", customers: 1, customerShare: 1 / 3, value: 50, valueShare: 0.2 },
];
const report = {
  method: "Rank share",
  parameters: "tiers A, B, C",
  source: "Data!A1:B4",
  date: new Date(Date.UTC(2025, 0, 1)),
};
const summary = () => summarySheetPlan({ lang: "en-US", tiers, report });

function setup(
  requirementSets?: Record<string, string>,
  unsupportedChartMembers?: Parameters<typeof createOfficeJsExcel>[0]["unsupportedChartMembers"],
) {
  const fake = createOfficeJsExcel({
    sheets: [
      {
        name: "Data",
        grid: [
          ["Customer", "Sales"],
          ["Acme", 120],
          ["Bolt", 80],
          ["Cara", 50],
        ],
      },
    ],
    requirementSets,
    unsupportedChartMembers,
  });
  return { fake, host: createExcelHost(fake.env), view: fake.workbookState };
}

describe("cosmetic steps after the data: print layout and chart labels", () => {
  it("sets the summary's print area, one page wide and tall, landscape (ExcelApi 1.9)", async () => {
    const { host, view } = setup();
    await host.applyPlan(summary());
    // The chart spans H8:O25 and the report starts at A1: the print area is A1:O25.
    expect(view.printLayout("TierLadder Summary")).toEqual({
      area: "A1:O25",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      orientation: "Landscape",
    });
    expect(view.values("TierLadder Summary", "A1:B5")).toEqual([
      ["Customer tiers: summary", ""],
      ["Method", "Rank share"],
      ["Parameters", "tiers A, B, C"],
      ["Data source", "Data!A1:B4"],
      ["Date", 45658],
    ]);
  });

  it("labels the native Pareto chart: data labels, and the axes titled Tier and Value", async () => {
    const { host, view } = setup();
    const result = await host.applyPlan(summary());
    const [chart] = view.charts("TierLadder Summary");
    expect(chart).toMatchObject({
      type: "Pareto",
      labels: { dataLabels: true, axisTitles: { category: "Tier", value: "Value" } },
    });
    expect(result.warnings).toEqual([]);
  });

  it("keeps the data and says so where a chart type refuses labels (UnsupportedOperation, as office-js#2041 reports for other members)", async () => {
    const { host, view } = setup(undefined, { Pareto: ["dataLabels", "axes"] });
    const report1 = await host.applyPlan(summary());
    const [chart] = view.charts("TierLadder Summary");
    expect(chart.type).toBe("Pareto");
    expect(chart.labels).toBeUndefined();
    expect(report1.warnings.join(" ")).toMatch(
      /“Value by tier \(Pareto\)” was drawn without data labels or axis titles/,
    );
    // The same warning in the Chinese pane, from the catalog (no English inside it).
    const zh = createI18n("zh-CN");
    const zhText = report1.notices!.map((n) => renderNotice((k, p) => zh.t(k, p), n)).join(" ");
    expect(zhText).toContain("图表“Value by tier (Pareto)”未显示数据标签和坐标轴标题");
    expect(zhText).not.toMatch(/was drawn|left out/);
    expect(view.values("TierLadder Summary", "A7:B8")).toEqual([
      ["Tier", "Value"],
      ["A", 120],
    ]);
  });

  it("labels the fallback column chart, and leaves the page layout out with a warning, on ExcelApi 1.8", async () => {
    const { host, view } = setup({ ExcelApi: "1.8" });
    const result = await host.applyPlan(summary());
    const [chart] = view.charts("TierLadder Summary");
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.labels).toEqual({ dataLabels: true, axisTitles: { category: "Tier", value: "Value" } });
    expect(view.printLayout("TierLadder Summary")).toBeUndefined();
    expect(result.warnings).toContain(
      "The print area and fit to one page wide were left out: page layout needs Excel API 1.9.",
    );
    const zh = createI18n("zh-CN");
    expect(result.notices!.map((n) => renderNotice((k, p) => zh.t(k, p), n))).toContain(
      "未设置打印区域和“缩放为一页宽”：页面布局需要 Excel API 1.9。",
    );
  });

  it("draws target against actual as two series of bars, labelled", async () => {
    const { host, view } = setup();
    const stages = ["Lead", "Contact", "Signed"].map((name, i) => ({
      name,
      target: [20, 10, 5][i],
      actual: [18, 8, 2][i],
      bottleneck: false,
    }));
    await host.applyPlan(funnelSheetPlan({ lang: "en-US", stages }));
    const [chart] = view.charts();
    expect(chart.type).toBe("BarClustered");
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ["Target", [20, 10, 5]],
      ["Actual", [18, 8, 2]],
    ]);
    expect(chart.labels).toEqual({ dataLabels: true, axisTitles: { category: "Stage", value: "Deals" } });
  });

  it("adds no sync when nothing asks for decoration", async () => {
    const { host } = setup();
    const result = await host.applyPlan(
      tierColumnsPlan({
        sheet: "Data",
        headerRow: 0,
        firstDataRow: 1,
        firstFreeColumn: 2,
        labels: ["A", "B", "C"],
        lang: "en-US",
        rows: [
          { tier: "A", rank: 1, why: "" },
          { tier: "B", rank: 2, why: "" },
          { tier: "C", rank: 3, why: "" },
        ],
      }),
    );
    expect(result.syncs).toBe(2);
  });

  it("decorates the refreshed sheet on a re-run, not a stale chart", async () => {
    const { host, view } = setup({ ExcelApi: "1.8" });
    await host.applyPlan(summary());
    await host.applyPlan(summary());
    expect(view.charts("TierLadder Summary")).toHaveLength(1);
    expect(view.charts("TierLadder Summary")[0].labels).toMatchObject({ dataLabels: true });
  });
});
