import { repsSheetPlan } from "../../../src/engine/plans/reps-sheet-plan";
import { NO_REP, type RepRow } from "../../../src/engine/reps/rep-figures";
import { inputError } from "../support/input-error";

// Three reps, tiers A/B/C. Attainment = actual / quota: 6,200 / 5,000 = 1.24; 5,400 / 6,000 = 0.9; 1,800 / 4,000 = 0.45.
const reps: RepRow[] = [
  {
    rep: "Wang Li",
    customersPerTier: [2, 1, 0],
    valuePerTier: [5000, 1200, 0],
    aCustomers: 2,
    actual: 6200,
    quota: 5000,
    attainment: 1.24,
    grade: 0,
  },
  {
    rep: "Chen Jie",
    customersPerTier: [1, 2, 3],
    valuePerTier: [3000, 1500, 900],
    aCustomers: 1,
    actual: 5400,
    quota: 6000,
    attainment: 0.9,
    grade: 1,
  },
  {
    rep: "Zhao Min",
    customersPerTier: [0, 1, 4],
    valuePerTier: [0, 800, 1000],
    aCustomers: 0,
    actual: 1800,
    quota: 4000,
    attainment: 0.45,
    grade: 2,
  },
];
const extras = {
  payout: [400, 300, 50],
  effectiveRate: [0.0645, 0.0556, 0.0278],
  load: [12.5, 20, 8],
  capacity: [20, 20, 20],
};

describe("repsSheetPlan", () => {
  it("writes one table row per rep with tier mix, quota, actual, attainment, grade and the optional columns (en)", () => {
    const plan = repsSheetPlan({ lang: "en-US", reps, tierLabels: ["A", "B", "C"], ...extras });
    const sheet = plan.sheets[0];
    expect(sheet).toMatchObject({ key: "reps", name: "TierLadder Reps", freezeRows: 1, autofit: true });
    expect(plan.activate).toBe("reps");
    const table = sheet.tables[0];
    expect(table).toMatchObject({ name: "TierLadderReps", row: 0, column: 0 });
    expect(table.headers).toEqual([
      "Sales rep",
      "Customers (A)",
      "Customers (B)",
      "Customers (C)",
      "Value (A)",
      "Value (B)",
      "Value (C)",
      "Quota",
      "Actual sales",
      "Attainment",
      "Grade",
      "Payout",
      "Effective rate",
      "Hours per week",
      "Capacity",
    ]);
    expect(table.rows).toEqual([
      ["Wang Li", 2, 1, 0, 5000, 1200, 0, 5000, 6200, 1.24, "Above quota", 400, 0.0645, 12.5, 20],
      ["Chen Jie", 1, 2, 3, 3000, 1500, 900, 6000, 5400, 0.9, "On track", 300, 0.0556, 20, 20],
      ["Zhao Min", 0, 1, 4, 0, 800, 1000, 4000, 1800, 0.45, "Below 80%", 50, 0.0278, 8, 20],
    ]);
    const formats = [
      undefined,
      ...["#,##0", "#,##0", "#,##0"],
      ...["#,##0.00", "#,##0.00", "#,##0.00"],
      "#,##0.00",
      "#,##0.00",
      "0.0%",
      undefined,
      "#,##0.00",
      "0.00%",
      "0.0",
      "0.0",
    ];
    expect(table.columnFormats).toEqual(formats);
    // Totals one blank row below the table (header row 0, reps rows 1–3, blank row 4): customers 3 / 4 / 7,
    // value 8,000 / 3,500 / 1,900, quota 15,000, actual 13,400, attainment 13,400 / 15,000, payout 750,
    // effective rate 750 / 13,400, load 40.5 h, capacity 60 h.
    const totals = sheet.blocks[0];
    expect(totals).toMatchObject({ row: 5, column: 0, columnFormats: formats });
    expect(totals.values).toHaveLength(1);
    const [label, ...numbers] = totals.values[0];
    expect(label).toBe("Total");
    expect(numbers.slice(0, 8)).toEqual([3, 4, 7, 8000, 3500, 1900, 15000, 13400]);
    expect(numbers[8]).toBeCloseTo(0.893333333, 9);
    expect(numbers[9]).toBeNull();
    expect(numbers[10]).toBe(750);
    expect(numbers[11]).toBeCloseTo(0.055970149, 9);
    expect(numbers.slice(12)).toEqual([40.5, 60]);
    // The grade column (K = 10) is filled like tiers: green, yellow, red.
    expect(sheet.conditionalFills).toEqual([
      {
        range: { row: 1, column: 10, rowCount: 3, columnCount: 1 },
        rules: [
          { equals: "Above quota", fill: "#C6EFCE" },
          { equals: "On track", fill: "#FFEB9C" },
          { equals: "Below 80%", fill: "#FFC7CE" },
        ],
      },
    ]);
  });

  it("writes the same sheet in Chinese", () => {
    const plan = repsSheetPlan({
      lang: "zh-CN",
      reps,
      tierLabels: ["A类客户", "B类客户", "C类客户"],
      payout: extras.payout,
    });
    const sheet = plan.sheets[0];
    expect(sheet.name).toBe("TierLadder 销售代表");
    expect(sheet.tables[0].headers).toEqual([
      "销售代表",
      "客户数（A类客户）",
      "客户数（B类客户）",
      "客户数（C类客户）",
      "金额（A类客户）",
      "金额（B类客户）",
      "金额（C类客户）",
      "销售指标（配额）",
      "实际业绩",
      "达成率",
      "绩效等级",
      "提成/奖金",
    ]);
    expect(sheet.tables[0].rows.map((r) => r[10])).toEqual(["超额完成", "基本达成", "未达 80%"]);
    expect(sheet.blocks[0].values[0][0]).toBe("合计");
    expect(sheet.blocks[0].values[0][11]).toBe(750);
  });

  it("leaves quota and attainment blank where missing, names the no-rep row, and totals the quotas given", () => {
    const rows: RepRow[] = [
      reps[0],
      { ...reps[1], quota: undefined, attainment: undefined, grade: undefined },
      {
        rep: NO_REP,
        customersPerTier: [0, 0, 2],
        valuePerTier: [0, 0, 150],
        aCustomers: 0,
        actual: 150,
        unassigned: true,
      },
    ];
    const sheet = repsSheetPlan({ lang: "zh-CN", reps: rows, tierLabels: ["A", "B", "C"] }).sheets[0];
    expect(sheet.tables[0].headers).toHaveLength(11); // no optional columns
    expect(sheet.tables[0].rows[1].slice(7)).toEqual([null, 5400, null, null]);
    expect(sheet.tables[0].rows[2][0]).toBe("（未指定销售代表）");
    // Quota total: Wang Li's 5,000 only; attainment 6,200 / 5,000 = 1.24 (the reps with a quota); actual
    // 6,200 + 5,400 + 150 = 11,750.
    expect(sheet.blocks[0].values[0].slice(7, 11)).toEqual([5000, 11750, 1.24, null]);
  });

  it("names an optional column of the wrong length, a grade without a name and figures for other tiers", () => {
    expect(
      inputError(() => repsSheetPlan({ lang: "en-US", reps, tierLabels: ["A", "B", "C"], load: [1, 2] })),
    ).toMatchObject({ key: "reps.sheetColumnLength", params: { column: "Hours per week", found: 2, reps: 3 } });
    expect(
      inputError(() =>
        repsSheetPlan({ lang: "en-US", reps, tierLabels: ["A", "B", "C"], gradeLabels: ["Top", "Rest"] }),
      ),
    ).toMatchObject({ key: "reps.sheetGrade", params: { rep: "Zhao Min", found: 2, grades: 2 } });
    expect(inputError(() => repsSheetPlan({ lang: "en-US", reps, tierLabels: ["A", "B"] }))).toMatchObject({
      key: "reps.sheetTiers",
      params: { rep: "Wang Li", found: 3, tiers: 2 },
    });
    expect(
      inputError(() => repsSheetPlan({ lang: "en-US", reps, tierLabels: ["A", "B", "C"], payout: [1, -2, 3] })),
    ).toMatchObject({ key: "plans.badNumber" });
  });
});
