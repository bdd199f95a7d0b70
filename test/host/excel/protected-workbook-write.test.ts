import type { ActionInfo } from "../../../src/host/fake-excel";
import { createExcelHost } from "../../../src/host/excel";
import { createI18n, translateError } from "../../../src/i18n";
import { createOfficeJsExcel } from "../../support/office-js";
import { DATA_GRID, oneVisitTasks, tierColumns } from "./example-plans";
import { refusal } from "./host-refusal";

/**
 * A workbook whose structure is protected (Review › Protect Workbook) takes no new sheets, but its cells can be
 * edited. The host reads Workbook.protection.protected (ExcelApi 1.7) in its first look when the plan has sheets of
 * its own, and stops a write that would add one before anything is written, with a message saying how to turn the
 * protection off; tier columns beside the data are still written. The host runs through Microsoft's office.js
 * client library (test/support/office-js).
 */
/** A workbook with the Data sheet, its structure protected through Office.js. */
async function lockedWorkbook() {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: DATA_GRID }] });
  await fake.run(async (ctx) => {
    (ctx as unknown as Excel.RequestContext).workbook.protection.protect();
    await ctx.sync();
  });
  return { fake, host: createExcelHost(fake.env) };
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
    const error = await refusal(host.applyPlan(oneVisitTasks()));
    expect(error.code).toBe("WorkbookProtected");
    expect(error.params).toEqual({ sheet: "TierLadder Tasks" });
    expect(tried).toEqual([]); // not one write was sent to Excel
    expect(fake.workbookState.snapshot()).toEqual(before);
  });

  it("tells the user in English and Chinese that the structure is protected, and where to turn it off", async () => {
    const { host } = await lockedWorkbook();
    const error = await refusal(host.applyPlan(oneVisitTasks()));
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
    await host.applyPlan(tierColumns(["A", "B", "C"]));
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
    await host.applyPlan(oneVisitTasks());
    const names = await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Data", "TierLadder Tasks"]);
  });
});
