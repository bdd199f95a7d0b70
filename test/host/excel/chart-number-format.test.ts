import { CHINESE_UNITS_FORMAT, funnelSheetPlan, summarySheetPlan } from "../../../src/engine/plans";
// Run through Microsoft's office.js client library (test/support/office-js): the real request batches, answered by the fake.
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";
import { createI18n, renderNotice } from "../../../src/i18n";

// Hand calculation as in page-layout.test.ts: A 120, B 80, C 50 of 250.
const tiers = [
  { label: "A", customers: 1, customerShare: 1 / 3, value: 120, valueShare: 0.48 },
  { label: "B", customers: 1, customerShare: 1 / 3, value: 80, valueShare: 0.32 },
  { label: "C", customers: 1, customerShare: 1 / 3, value: 50, valueShare: 0.2 },
];
const report = {
  method: "Rank share",
  parameters: "A, B, C",
  source: "Data!A1:B4",
  date: new Date(Date.UTC(2025, 0, 1)),
};
const stages = ["Lead", "Contact", "Signed"].map((name, i) => ({
  name,
  target: [20, 10, 5][i],
  actual: [18, 8, 2][i],
  bottleneck: false,
}));

function setup(requirementSets?: Record<string, string>) {
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
  });
  return { host: createExcelHost(fake.env), view: fake.workbookState };
}

describe("Chinese number style (万/亿) on the written charts", () => {
  it("is the documented format code: 10^4 and 10^8 by comma scaling and a literal point", () => {
    // Hand check (Microsoft's number-format rules, cited in chart-number-format.ts):
    // 123456 → section [>=10000] "0\.0," → 123456 / 1,000 = 123 → "12.3万"; 250000000 → "0\.00,," → 250 → "2.50亿".
    expect(CHINESE_UNITS_FORMAT).toBe('[>=100000000]0\\.00,,"亿";[>=10000]0\\.0,"万";0');
  });

  it("formats the summary's value axis in zh-CN (not its data labels, which also label the cumulative share)", async () => {
    const { host, view } = setup();
    const result = await host.applyPlan(summarySheetPlan({ lang: "zh-CN", tiers, report }));
    const [chart] = view.charts();
    expect(chart.labels?.valueAxisFormat).toBe(CHINESE_UNITS_FORMAT);
    expect(chart.labels?.dataLabelFormat).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it("formats the funnel's target-against-actual bars, axis and labels, in zh-CN", async () => {
    const { host, view } = setup();
    await host.applyPlan(funnelSheetPlan({ lang: "zh-CN", stages }));
    const [chart] = view.charts();
    expect(chart.labels).toMatchObject({
      valueAxisFormat: CHINESE_UNITS_FORMAT,
      dataLabelFormat: CHINESE_UNITS_FORMAT,
    });
  });

  it("leaves English charts in Excel's own format", async () => {
    const { host, view } = setup();
    await host.applyPlan(summarySheetPlan({ lang: "en-US", tiers, report }));
    await host.applyPlan(funnelSheetPlan({ lang: "en-US", stages }));
    for (const chart of view.charts()) {
      expect(chart.labels?.valueAxisFormat).toBeUndefined();
      expect(chart.labels?.dataLabelFormat).toBeUndefined();
    }
  });

  it("keeps the chart and warns where chart number formats are not supported (below ExcelApi 1.8)", async () => {
    const { host, view } = setup({ ExcelApi: "1.7" });
    const result = await host.applyPlan(funnelSheetPlan({ lang: "zh-CN", stages }));
    const [chart] = view.charts();
    expect(chart.type).toBe("BarClustered");
    expect(chart.labels).toEqual({ dataLabels: true, axisTitles: expect.any(Object) });
    expect(result.warnings).toContain(
      "Chart numbers keep Excel's own format (not 万/亿): chart number formats need Excel API 1.8.",
    );
    const zh = createI18n("zh-CN");
    expect(result.notices!.map((n) => renderNotice((k, p) => zh.t(k, p), n))).toContain(
      "图表数字沿用 Excel 默认格式（未使用万/亿）：设置图表数字格式需要 Excel API 1.8。",
    );
  });
});
