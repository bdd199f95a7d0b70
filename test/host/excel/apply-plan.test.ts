import {
  mergePlans,
  summarySheetPlan,
  tasksSheetPlan,
  funnelSheetPlan,
  tierColumnsPlan,
} from "../../../src/engine/plans";
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost } from "../../../src/host/excel";
import { ACME_VISIT } from "./example-plans";

const grid = [
  ["Customer", "Sales"],
  ["Acme", 120],
  ["Bolt", 80],
  ["Cara", 50],
];
const tierRows = [
  { tier: "A", rank: 1, why: "=top customer" },
  { tier: "B", rank: 2, why: "+second" },
  { tier: "C", rank: 3, why: "@third" },
];
const columns = (over: Partial<Parameters<typeof tierColumnsPlan>[0]> = {}) =>
  tierColumnsPlan({
    sheet: "Data",
    headerRow: 0,
    firstDataRow: 1,
    firstFreeColumn: 2,
    rows: tierRows,
    labels: ["A", "B", "C"],
    lang: "en-US",
    ...over,
  });
// Hand calculation: value 250 in total; A 120/250 = 0.48, B 80/250 = 0.32, C 50/250 = 0.2; one customer each = 1/3.
const summary = (lang: "en-US" | "zh-CN" = "en-US") =>
  summarySheetPlan({
    lang,
    tiers: [
      { label: "A", customers: 1, customerShare: 1 / 3, value: 120, valueShare: 0.48 },
      { label: "B", customers: 1, customerShare: 1 / 3, value: 80, valueShare: 0.32 },
      { label: "C", customers: 1, customerShare: 1 / 3, value: 50, valueShare: 0.2 },
    ],
  });

function setup(requirementSets?: Record<string, string>, extra: { name: string; grid?: (string | number)[][] }[] = []) {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid }, ...extra], requirementSets });
  return { fake, host: createExcelHost(fake.env), view: fake.workbookState };
}

describe("applying a plan to the workbook", () => {
  it("writes tier columns in the first empty columns right of the data, header bold, one fill per tier", async () => {
    const { host, view } = setup();
    const report = await host.applyPlan(columns());
    expect(view.values("Data", "C1:E4")).toEqual([
      ["Tier", "Rank", "Why"],
      ["A", 1, "=top customer"],
      ["B", 2, "+second"],
      ["C", 3, "@third"],
    ]);
    expect(view.cell("Data", "C1").bold).toBe(true);
    expect(view.conditionalFormats("Data").map((f) => [f.address, f.formula1, f.fill])).toEqual([
      ["C2:C4", '="A"', "#C6EFCE"],
      ["C2:C4", '="B"', "#FFEB9C"],
      ["C2:C4", '="C"', "#FFC7CE"],
    ]);
    expect(report.written).toEqual([{ sheet: "Data", address: "Data!C1:E4", what: "tier columns" }]);
  });

  it("writes text starting with = + - @ as text, never as a formula", async () => {
    const { host, view } = setup();
    await host.applyPlan(columns());
    for (const a of ["E2", "E3", "E4"])
      expect(view.cell("Data", a)).toMatchObject({ isFormula: false, quotePrefix: true });
    expect(view.cell("Data", "E2").value).toBe("=top customer");
  });

  it("takes two syncs for a small plan: one to inspect, one to write", async () => {
    const { fake, host } = setup();
    const report = await host.applyPlan(columns());
    expect(report.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.suspendCalculationCalls).toBe(1);
  });

  it("adds new table columns when the data is an Excel table", async () => {
    const { fake, host, view } = setup();
    fake.testing.makeTable("Data", "A1:B4", "Customers");
    await host.applyPlan(columns({ tableName: "Customers" }));
    expect(view.tables()).toEqual([
      {
        name: "Customers",
        sheet: "Data",
        address: "Data!A1:E4",
        headers: ["Customer", "Sales", "Tier", "Rank", "Why"],
      },
    ]);
    expect(view.values("Data", "C2:C4")).toEqual([["A"], ["B"], ["C"]]);
  });

  it("moves right past user cells next to the data instead of overwriting them", async () => {
    const { fake, host, view } = setup();
    fake.testing.setCells("Data", "C2", [["my note"]]);
    await host.applyPlan(columns());
    expect(view.values("Data", "C2")).toEqual([["my note"]]);
    expect(view.values("Data", "D1:F1")).toEqual([["Tier", "Rank", "Why"]]);
  });

  it("stops, listing the occupied cells, when the block must stay put and user cells are in the way", async () => {
    const { fake, host, view } = setup();
    fake.testing.makeTable("Data", "A1:B4", "Customers");
    fake.testing.setCells("Data", "D3", [["keep me"]]);
    await expect(host.applyPlan(columns({ tableName: "Customers" }))).rejects.toMatchObject({
      code: "CellsNotEmpty",
      message: expect.stringContaining('Data!D3 ("keep me")'),
    });
    expect(view.values("Data", "D3")).toEqual([["keep me"]]);
    expect(view.tables()[0].address).toBe("Data!A1:B4");
  });

  it("refreshes its own tier columns and sheets on a re-run instead of adding copies", async () => {
    const { host, view } = setup();
    await host.applyPlan(mergePlans(columns(), summary()));
    await host.applyPlan(
      mergePlans(
        columns({
          rows: [
            { tier: "B", rank: 1, why: "x" },
            { tier: "B", rank: 1, why: "x" },
            { tier: "C", rank: 3, why: "y" },
          ],
        }),
        summary(),
      ),
    );
    expect(view.sheetNames()).toEqual(["Data", "TierLadder Summary"]);
    expect(view.values("Data", "C1:F2")).toEqual([
      ["Tier", "Rank", "Why", ""],
      ["B", 1, "x", ""],
    ]);
    expect(view.charts()).toHaveLength(1);
  });

  it("gives an output sheet a unique name when a user sheet already has it", async () => {
    const { host, view } = setup(undefined, [{ name: "TierLadder Summary", grid: [["mine"]] }]);
    await host.applyPlan(summary());
    expect(view.sheetNames()).toEqual(["Data", "TierLadder Summary", "TierLadder Summary (2)"]);
    expect(view.values("TierLadder Summary", "A1")).toEqual([["mine"]]);
  });

  it("draws a native Pareto chart on ExcelApi 1.9 with the title in the user's language", async () => {
    const { host, view } = setup();
    await host.applyPlan(summary("zh-CN"));
    const [chart] = view.charts("TierLadder 汇总");
    expect(chart).toMatchObject({ type: "Pareto", title: "各层级金额（帕累托图）" });
    expect(chart.series[0]).toMatchObject({ values: [120, 80, 50], categories: ["A", "B", "C"] });
  });

  it("falls back to columns plus a cumulative line on the secondary axis without ExcelApi 1.9", async () => {
    const { host, view } = setup({ ExcelApi: "1.8" });
    const report = await host.applyPlan(summary());
    const [chart] = view.charts();
    expect(chart.type).toBe("ColumnClustered");
    // Cumulative share: 0.48, 0.48 + 0.32 = 0.8, 0.8 + 0.2 = 1 (hand calculation).
    expect(chart.series[1]).toMatchObject({ chartType: "Line", axisGroup: "Secondary" });
    expect(chart.series[1].values.map((v) => Number((v as number).toFixed(9)))).toEqual([0.48, 0.8, 1]);
    expect(report.warnings.join(" ")).toContain("1.9");
  });

  it("draws a funnel of the targets, or bars where ExcelApi 1.9 is missing", async () => {
    // Seed ladder targets 100/50/20/10/5/3 (DESIGN.md).
    const stages = [
      "Lead preparation",
      "First contact",
      "Needs analysis",
      "Proposal & quote",
      "Negotiation",
      "Signed",
    ].map((name, i) => ({ name, target: [100, 50, 20, 10, 5, 3][i], bottleneck: i === 2 }));
    const modern = setup();
    await modern.host.applyPlan(funnelSheetPlan({ stages, lang: "en-US" }));
    expect(modern.view.charts()[0]).toMatchObject({
      type: "Funnel",
      title: "Stage targets",
      series: [{ values: [100, 50, 20, 10, 5, 3] }],
    });
    const old = setup({ ExcelApi: "1.8" });
    await old.host.applyPlan(funnelSheetPlan({ stages, lang: "en-US" }));
    expect(old.view.charts()[0].type).toBe("BarClustered");
  });

  it("writes the tasks sheet as a table with date formats, a status drop-down and a frozen header", async () => {
    const { host, view } = setup();
    await host.applyPlan(
      tasksSheetPlan({
        lang: "zh-CN",
        tasks: [{ ...ACME_VISIT, customer: "00123" }],
        workload: [{ owner: "Li", hoursPerWeek: 12, capacity: 10, overloaded: true }],
      }),
    );
    const sheet = "TierLadder 任务";
    expect(view.tables()[0]).toMatchObject({ name: "TierLadderTasks", address: `'${sheet}'!A1:I2` });
    // 2024-01-15 is Excel serial 45306 (=DATE(2024,1,15) in Excel).
    expect(view.cell(sheet, "G2")).toMatchObject({ value: 45306, numberFormat: "yyyy-mm-dd" });
    expect(view.cell(sheet, "A2").value).toBe("00123");
    expect(view.validations(sheet)).toEqual([{ address: "H2", list: ["未开始", "进行中", "已完成"] }]);
    expect(view.frozenRows(sheet)).toBe(1);
    expect(view.values(sheet, "K2:N2")).toEqual([["Li", 12, 10, "是"]]);
  });

  it("at the manifest's minimum, ExcelApi 1.7, leaves out drop-downs (1.8) with a warning and keeps tier colours (1.6)", async () => {
    const { host, view } = setup({ ExcelApi: "1.7" });
    const report = await host.applyPlan(
      mergePlans(columns(), tasksSheetPlan({ lang: "en-US", tasks: [], workload: [] })),
    );
    expect(view.conditionalFormats("Data")).toHaveLength(3);
    expect(view.validations("TierLadder Tasks")).toEqual([]);
    expect(report.warnings).toEqual([expect.stringContaining("1.8")]);
    expect(view.values("Data", "C1")).toEqual([["Tier"]]);
  });

  it("below the minimum (ExcelApi 1.6) the write fails, as the pane warns at start: Worksheet.getRangeByIndexes is 1.7", async () => {
    const { host, view } = setup({ ExcelApi: "1.6" });
    await expect(host.applyPlan(columns())).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(view.values("Data", "C1")).toEqual([[""]]);
  });

  it("retries with smaller chunks when Excel refuses a request as too large", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      tier: "A",
      rank: i + 1,
      why: `reason ${i} ${"x".repeat(40)}`,
    }));
    const big = [["Customer", "Sales"], ...rows.map((_, i) => [`C${i}`, i])];
    const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: big }], maxRequestBytes: 150_000 });
    const host = createExcelHost(fake.env, { budgetBytes: 400_000 });
    await host.applyPlan(columns({ rows, labels: ["A", "B"] }));
    expect(fake.workbookState.values("Data", "C4001:E4001")).toEqual([["A", 4000, `reason 3999 ${"x".repeat(40)}`]]);
    // Refused at least once: Excel measures the request office.js really sends (the fake never saw it).
    expect(fake.stats.officeJsRequestBytes.some((b) => b > 150_000)).toBe(true);
  });

  it("removes what it wrote and says what it had written when a write fails midway", async () => {
    const { fake, host, view } = setup();
    fake.testing.failOn((a) => a.kind === "charts.add");
    await expect(host.applyPlan(mergePlans(columns(), summary()))).rejects.toMatchObject({
      message: expect.stringContaining("Written before the failure (now removed)"),
    });
    expect(view.sheetNames()).toEqual(["Data"]);
    expect(view.usedAddress("Data")).toBe("A1:B4");
    expect(view.settings()).toEqual({});
  });

  it("stores settings in the workbook and reads them back", async () => {
    const { host, view } = setup();
    const scheme = { method: "rank-share", shares: [0.2, 0.3, 0.5], labels: ["A", "B", "C"] };
    await host.saveSetting("scheme", scheme);
    expect(await host.loadSetting("scheme")).toEqual(scheme);
    expect(await host.loadSetting("missing")).toBeUndefined();
    expect(view.settings()).toHaveProperty(["TierLadder.scheme"]);
  });
});
