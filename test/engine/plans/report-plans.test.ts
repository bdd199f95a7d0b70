import {
  funnelSheetPlan,
  sheetBounds,
  summarySheetPlan,
  tasksSheetPlan,
  tierColumnsPlan,
  whoMoved,
  movementPlan,
} from "../../../src/engine/plans";

// Excel date serials (1900 date system), as Excel shows them for =DATE(y,m,d): 2025-01-01 is 45658,
// so 2025-01-27 is 45658 + 26 = 45684 and 2025-03-31 is 45658 + 31 + 28 + 30 = 45747.
const tiers = [
  { label: "A", customers: 2, customerShare: 0.2, value: 800, valueShare: 0.8 },
  { label: "B", customers: 3, customerShare: 0.3, value: 150, valueShare: 0.15 },
  { label: "C", customers: 5, customerShare: 0.5, value: 50, valueShare: 0.05 },
];

describe("the summary as a one-page report", () => {
  const report = {
    method: "Pareto",
    parameters: "tiers A, B, C; shares 80% / 15% / 5%",
    source: "Customers!A1:D11",
    date: new Date(Date.UTC(2025, 2, 31)),
  };

  it("puts title, method, parameters, source and date above the tier table", () => {
    const sheet = summarySheetPlan({ lang: "en-US", tiers, report }).sheets[0];
    const header = sheet.blocks.find((b) => b.row === 0)!;
    expect(header.values).toEqual([
      ["Customer tiers: summary", null],
      ["Method", "Pareto"],
      ["Parameters", "tiers A, B, C; shares 80% / 15% / 5%"],
      ["Data source", "Customers!A1:D11"],
      ["Date", 45747],
    ]);
    expect(header.columnFormats).toEqual([undefined, "yyyy-mm-dd"]);
    // The tier table follows one blank row later: header on row 6, tiers on rows 7–9, total on row 10.
    const table = sheet.blocks[0];
    expect(table.row).toBe(6);
    expect(table.values[4]).toEqual(["Total", 1000, 1, null, 10, 1]);
    expect(sheet.charts[0].categories).toEqual({ row: 7, column: 0, rowCount: 3, columnCount: 1 });
    expect(sheet.charts[0].series[0].values).toEqual({ row: 7, column: 1, rowCount: 3, columnCount: 1 });
  });

  it("asks for data labels and axis titles, and prints everything on one landscape page", () => {
    const sheet = summarySheetPlan({ lang: "zh-CN", tiers, report }).sheets[0];
    expect(sheet.charts[0]).toMatchObject({ dataLabels: true, axisTitles: { category: "层级", value: "金额" } });
    // Chart at rows 7–24, columns H–O (7..14): the area is A1:O25 → 25 rows × 15 columns.
    expect(sheet.print).toEqual({
      area: { row: 0, column: 0, rowCount: 25, columnCount: 15 },
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      landscape: true,
    });
    expect(sheet.freezeRows).toBe(0);
  });

  it("keeps the plain layout without a report (the table at A1, no print settings)", () => {
    const sheet = summarySheetPlan({ lang: "en-US", tiers }).sheets[0];
    expect(sheet.blocks).toHaveLength(1);
    expect(sheet.blocks[0].row).toBe(0);
    expect(sheet.print).toBeUndefined();
    expect(sheet.charts[0].dataLabels).toBeUndefined();
  });

  it("refuses a report date that is not a date", () => {
    expect(() => summarySheetPlan({ lang: "en-US", tiers, report: { ...report, date: new Date("x") } })).toThrow(
      "The summary's date is not a valid date.",
    );
  });
});

describe("sheetBounds", () => {
  it("covers blocks, tables and charts", () => {
    expect(
      sheetBounds({
        blocks: [{ row: 2, column: 1, values: [["a", "b"], ["c"]], what: "x" }],
        tables: [{ name: "T", row: 0, column: 4, headers: ["h"], rows: [[1], [2]], what: "t" }],
        charts: [],
      }),
    ).toEqual({ row: 0, column: 1, rowCount: 4, columnCount: 4 }); // rows 0..3 (block 2..3), columns B..E
  });
});

describe("who moved", () => {
  const previous = { takenAt: "2025-01-01", tiers: { Acme: "A", Bolt: "A", Cara: "B", Dune: "C", Gone: "A" } };
  const current = { takenAt: "2025-02-01", tiers: { Acme: "B", Bolt: "B", Cara: "A", Dune: "C", Eve: "A" } };
  const details = new Map([
    ["Acme", { value: 50, rep: "Li" }],
    ["Bolt", { value: 70, rep: "Wang" }],
    ["Cara", { value: 90 }],
  ]);

  it("lists each customer whose tier changed, largest move first, then by value", () => {
    // A → B has two customers (Bolt 70, Acme 50), B → A one (Cara); Dune kept C, Eve is new, Gone left.
    expect(whoMoved(previous, current, details)).toEqual({
      withRep: true,
      rows: [
        ["Bolt", "A", "B", 70, "Wang"],
        ["Acme", "A", "B", 50, "Li"],
        ["Cara", "B", "A", 90, null],
      ],
    });
  });

  it("puts the list right of the counts on the movement sheet, without a rep column when no one has a rep", () => {
    const sheet = movementPlan(previous, current, "zh-CN", new Map([["Cara", { value: 90 }]])).sheets[0];
    expect(sheet.blocks[1]).toMatchObject({ row: 0, column: 4 });
    expect(sheet.blocks[1].values).toEqual([
      ["客户", "原层级", "新层级", "金额"],
      ["Acme", "A", "B", null],
      ["Bolt", "A", "B", null],
      ["Cara", "B", "A", 90],
    ]);
  });
});

describe("tier columns with the previous tier", () => {
  it("adds Previous tier after Tier, and keeps the score's format on the score column", () => {
    const plan = tierColumnsPlan({
      sheet: "S",
      headerRow: 0,
      firstDataRow: 1,
      firstFreeColumn: 2,
      labels: ["A", "B"],
      lang: "en-US",
      withPrevious: true,
      rows: [
        { tier: "A", previousTier: "B", score: 90, rank: 1, why: "x" },
        { tier: "B", previousTier: null, score: 10, rank: 2, why: "y" },
      ],
    }).columns[0];
    expect(plan.headers).toEqual(["Tier", "Previous tier", "Score", "Rank", "Why"]);
    expect(plan.rows).toEqual([
      ["A", "B", 90, 1, "x"],
      ["B", null, 10, 2, "y"],
    ]);
    expect(plan.columnFormats).toEqual([undefined, undefined, "0.0", undefined, undefined]);
  });
});

describe("the tasks sheet", () => {
  it("sorts by owner, then due date, in a table (whose header has a filter button on each column)", () => {
    const task = (customer: string, owner: string, due: number) => ({
      customer,
      tier: "A",
      type: "t",
      task: "Visit",
      channel: "c",
      owner,
      due,
    });
    const plan = tasksSheetPlan({
      lang: "en-US",
      workload: [],
      tasks: [task("c1", "Zhao", 45660), task("c2", "Li", 45700), task("c3", "Zhao", 45650), task("c4", "Li", 45680)],
    });
    const table = plan.sheets[0].tables[0];
    expect(table.rows.map((r) => [r[5], r[6], r[0]])).toEqual([
      ["Li", 45680, "c4"],
      ["Li", 45700, "c2"],
      ["Zhao", 45650, "c3"],
      ["Zhao", 45660, "c1"],
    ]);
  });
});

describe("the funnel sheet", () => {
  // Seed ladder (DESIGN.md): 100/50/20/10/5/3; start-by dates for close-by 2025-03-31 with durations
  // 7, 7, 14, 14, 14, 7 days: 2025-01-27, 02-03, 02-10, 02-24, 03-10, 03-24 (latest-start-dates.ts).
  const names = ["Lead preparation", "First contact", "Needs analysis", "Proposal & quote", "Negotiation", "Signed"];
  const targets = [100, 50, 20, 10, 5, 3];
  const starts = ["2025-01-27", "2025-02-03", "2025-02-10", "2025-02-24", "2025-03-10", "2025-03-24"].map(
    (d) => new Date(`${d}T00:00:00Z`),
  );
  const stages = names.map((name, i) => ({ name, target: targets[i], bottleneck: false, startBy: starts[i] }));

  it("gives each stage its start-by date, as an Excel date", () => {
    const block = funnelSheetPlan({ lang: "en-US", stages }).sheets[0].blocks[0];
    expect(block.values[0][7]).toBe("Start by");
    // 45684 = 2025-01-27; then +7, +14, +28, +42, +56 days.
    expect(block.values.slice(1).map((r) => r[7])).toEqual([45684, 45691, 45698, 45712, 45726, 45740]);
    expect(block.columnFormats![7]).toBe("yyyy-mm-dd");
  });

  it("shows target against actual when actual counts are given", () => {
    const withActual = stages.map((s, i) => ({ ...s, actual: [120, 60, 25, 12, 6, 3][i] }));
    const chart = funnelSheetPlan({ lang: "en-US", stages: withActual }).sheets[0].charts[0];
    expect(chart.kind).toBe("bar");
    expect(chart.series.map((s) => [s.name, s.values.column])).toEqual([
      ["Target", 1],
      ["Actual", 2],
    ]);
    expect(funnelSheetPlan({ lang: "en-US", stages }).sheets[0].charts[0].kind).toBe("funnel");
  });

  it("adds the plan per tier and the split of the target in deals and in revenue", () => {
    const sheet = funnelSheetPlan({
      lang: "en-US",
      stages,
      tiers: [
        {
          tier: "A",
          share: 0.6,
          deals: 2,
          revenue: 120_000,
          stages: [
            { name: "Signed", target: 2 },
            { name: "Negotiation", target: 4 },
          ],
        },
      ],
      // 3 deals split over two reps 2 : 1 (largest remainder); average deal 50,000 → revenue 100,000 and 50,000.
      allocation: {
        by: "Split",
        names: ["East", "West"],
        stages: ["Signed"],
        parts: [[2], [1]],
        averageDealSize: 50_000,
      },
    }).sheets[0];
    // Stage table rows 0–6, a blank row, the tier plan at row 8 (2 rows), a blank row, the split at row 11.
    expect(sheet.blocks[1].row).toBe(8);
    expect(sheet.blocks[1].values).toEqual([
      ["Tier", "Share", "Deals", "Revenue", ...names],
      ["A", 0.6, 2, 120_000, null, null, null, null, 4, 2],
    ]);
    expect(sheet.blocks[2].row).toBe(11);
    expect(sheet.blocks[2].values).toEqual([
      ["Split", "Signed", "Revenue"],
      ["East", 2, 100_000],
      ["West", 1, 50_000],
    ]);
  });

  it("refuses a split whose parts do not match its rows and stages", () => {
    expect(() =>
      funnelSheetPlan({
        lang: "en-US",
        stages,
        allocation: { by: "Split", names: ["East"], stages: ["Signed"], parts: [[1, 2]] },
      }),
    ).toThrow("The split has 1 rows and 1 stages, but its parts do not have that shape.");
  });
});
