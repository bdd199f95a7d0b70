import { tasksSheetPlan, tierColumnsPlan } from "../../../src/engine/plans";
import type { ActionInfo } from "../../../src/host/fake-excel";
import { createExcelHost } from "../../../src/host/excel";
import { HostError } from "../../../src/host/host-api";
import { createI18n, translateError } from "../../../src/i18n";
import { createOfficeJsExcel } from "../../support/office-js";

/**
 * A workbook whose structure is protected (Review › Protect Workbook) takes no new sheets, but its cells can be
 * edited. The host reads Workbook.protection.protected (ExcelApi 1.7) in its first look when the plan has sheets of
 * its own, and stops a write that would add one before anything is written, with a message saying how to turn the
 * protection off; tier columns beside the data are still written. The host runs through Microsoft's office.js
 * client library (test/support/office-js).
 */
const grid = [
  ["Customer", "Sales"],
  ["Acme", 120],
  ["Bolt", 80],
  ["Cara", 50],
];
const columns = () =>
  tierColumnsPlan({
    sheet: "Data",
    headerRow: 0,
    firstDataRow: 1,
    firstFreeColumn: 2,
    labels: ["A", "B", "C"],
    lang: "en-US",
    rows: ["A", "B", "C"].map((tier, i) => ({ tier, rank: i + 1, why: `rank ${i + 1}` })),
  });
const tasks = () =>
  tasksSheetPlan({
    lang: "en-US",
    tasks: [
      {
        customer: "Acme",
        tier: "A",
        type: "maintenance",
        task: "Visit",
        channel: "visit",
        owner: "Li",
        due: new Date(Date.UTC(2024, 0, 15)),
      },
    ],
    workload: [{ owner: "Li", hoursPerWeek: 2, capacity: 10, overloaded: false }],
  });

/** A workbook with the Data sheet, its structure protected through Office.js. */
async function lockedWorkbook() {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid }] });
  await fake.run(async (ctx) => {
    (ctx as unknown as Excel.RequestContext).workbook.protection.protect();
    await ctx.sync();
  });
  return { fake, host: createExcelHost(fake.env) };
}

async function refusal(write: Promise<unknown>): Promise<HostError> {
  try {
    await write;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error("the write was not refused");
}

describe("a write onto a workbook whose structure is protected", () => {
  it("that adds the tasks sheet is stopped before anything is written, and the workbook is unchanged", async () => {
    const { fake, host } = await lockedWorkbook();
    const before = fake.workbookState.snapshot();
    const tried: ActionInfo[] = [];
    fake.testing.failOn((a) => {
      tried.push({ ...a });
      return false;
    });
    const error = await refusal(host.applyPlan(tasks()));
    expect(error.code).toBe("WorkbookProtected");
    expect(error.params).toEqual({ sheet: "TierLadder Tasks" });
    expect(tried).toEqual([]); // not one write was sent to Excel
    expect(fake.workbookState.snapshot()).toEqual(before);
  });

  it("tells the user in English and Chinese that the structure is protected, and where to turn it off", async () => {
    const { host } = await lockedWorkbook();
    const error = await refusal(host.applyPlan(tasks()));
    const en = translateError(createI18n("en-US").t, error).message;
    expect(en).toContain("structure is protected");
    expect(en).toContain("Review › Protect Workbook");
    expect(en).toContain("nothing was written");
    expect(en).toContain("“TierLadder Tasks”");
    const zh = translateError(createI18n("zh-CN").t, error).message;
    expect(zh).toContain("工作簿的结构受保护");
    expect(zh).toContain("审阅 › 保护工作簿");
    expect(zh).toContain("未写入任何内容");
  });

  it("that only writes tier columns beside the data is written: a locked structure leaves cells editable", async () => {
    const { fake, host } = await lockedWorkbook();
    await host.applyPlan(columns());
    const tiers = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("C1:C4").load("values");
      await ctx.sync();
      return r.values.map((row) => row[0] as unknown);
    });
    expect(tiers).toEqual(["Tier", "A", "B", "C"]);
  });

  it("adds the tasks sheet once the user has turned the protection off", async () => {
    const { fake, host } = await lockedWorkbook();
    await fake.run(async (ctx) => {
      (ctx as unknown as Excel.RequestContext).workbook.protection.unprotect();
      await ctx.sync();
    });
    await host.applyPlan(tasks());
    const names = await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Data", "TierLadder Tasks"]);
  });
});
