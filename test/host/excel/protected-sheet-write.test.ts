import type { ActionInfo } from "../../../src/host/fake-excel";
import { createExcelHost } from "../../../src/host/excel";
import { createI18n, translateError } from "../../../src/i18n";
import { createOfficeJsExcel } from "../../support/office-js";
import { DATA_GRID, tierColumns } from "./example-plans";
import { refusal } from "./host-refusal";

/**
 * TierLadder's tier columns go beside the user's data; on a protected sheet Excel refuses them (new cells are
 * locked, ECMA-376 Part 1 §18.8.33, and a locked cell of a protected sheet takes no value: AccessDenied). The host
 * reads Worksheet.protection.protected (ExcelApi 1.2) in its first look and stops before writing anything, with a
 * message that names the sheet and says how to unprotect it; the previous run's output stays as it was. The host
 * runs through Microsoft's office.js client library (test/support/office-js).
 */
async function protectedAfterFirstRun() {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: DATA_GRID }] });
  const host = createExcelHost(fake.env);
  await host.applyPlan(tierColumns(["A", "B", "C"]));
  await fake.run(async (ctx) => {
    (ctx as unknown as Excel.RequestContext).workbook.worksheets.getItem("Data").protection.protect();
    await ctx.sync();
  });
  return { fake, host };
}

/** The tier column the first run wrote (C2:C4). */
async function tiers(fake: ReturnType<typeof createOfficeJsExcel>): Promise<unknown[]> {
  return fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Data").getRange("C2:C4").load("values");
    await ctx.sync();
    return r.values.map((row) => row[0] as unknown);
  });
}

describe("a write onto a protected sheet", () => {
  it("is stopped before anything is written, naming the sheet, and the previous run's columns stay", async () => {
    const { fake, host } = await protectedAfterFirstRun();
    const before = fake.workbookState.snapshot();
    const tried: ActionInfo[] = [];
    fake.testing.failOn((a) => {
      tried.push({ ...a });
      return false;
    });
    const error = await refusal(host.applyPlan(tierColumns(["C", "B", "A"])));
    expect(error.code).toBe("SheetProtected");
    expect(error.params).toEqual({ sheet: "Data" });
    expect(tried).toEqual([]); // not one write was sent to Excel
    expect(fake.workbookState.snapshot()).toEqual(before);
    expect(await tiers(fake)).toEqual(["A", "B", "C"]); // the first run's tiers
  });

  it("tells the user in English and Chinese which sheet to unprotect, and where (Review › Unprotect Sheet)", async () => {
    const { host } = await protectedAfterFirstRun();
    const error = await refusal(host.applyPlan(tierColumns(["C", "B", "A"])));
    const en = translateError(createI18n("en-US").t, error).message;
    expect(en).toContain("“Data”");
    expect(en).toContain("Review › Unprotect Sheet");
    expect(en).toContain("nothing was written");
    const zh = translateError(createI18n("zh-CN").t, error).message;
    expect(zh).toContain("“Data”");
    expect(zh).toContain("审阅 › 撤销工作表保护");
    expect(zh).toContain("未写入任何内容");
  });

  it("lands once the user has unprotected the sheet", async () => {
    const { fake, host } = await protectedAfterFirstRun();
    await fake.run(async (ctx) => {
      (ctx as unknown as Excel.RequestContext).workbook.worksheets.getItem("Data").protection.unprotect();
      await ctx.sync();
    });
    await host.applyPlan(tierColumns(["C", "B", "A"]));
    expect(await tiers(fake)).toEqual(["C", "B", "A"]);
  });
});
