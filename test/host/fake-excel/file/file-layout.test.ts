import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fakeExcelFromFile } from "../../../../src/host/fake-excel/file/fake-excel-from-file";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { createOfficeJsExcel } from "../../../support/office-js";
import { openXlsx } from "./saved-workbook";

/**
 * A user's own sheet layout — merged cells (ECMA-376 Part 1 §18.3.1.55), hidden and very hidden sheets
 * (§18.2.19), rows' own heights (§18.3.1.73), hidden columns (§18.3.1.13) and frozen columns beside frozen rows
 * (§18.3.1.66) — goes from the opened file to its download, through the worker's packing and the fake, and is no
 * longer named as not kept. The file is written by ExcelJS (an outside program) and the download read back by it.
 */
async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const report = wb.addWorksheet("Report");
  report.getCell("A1").value = "Q3 report";
  report.mergeCells("A1:C1");
  report.getCell("A3").value = "North";
  report.mergeCells("A3:A5");
  report.getCell("B2").value = 120;
  report.getRow(2).height = 30;
  report.getRow(7).height = 45; // a row with no cells, only its height
  for (const r of [9, 10, 11]) report.getRow(r).height = 20; // one run of heights, then another height
  report.getRow(12).height = 25;
  report.getColumn(4).hidden = true;
  report.getCell("D2").value = "internal";
  report.views = [{ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" }];
  wb.addWorksheet("Lookups", { state: "hidden" }).getCell("A1").value = "lookup";
  wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("A1").value = "secret";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The user's file opened, packed for the page and unpacked there, as the standalone mode does; Office.js reaches
 * it through Microsoft's client library (test/support/office-js).
 */
async function openedFake() {
  const opened = await openWorkbookFile("report.xlsx", await userFile());
  const { packed } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed)));
  return { opened, fake: createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" }) };
}

describe("a user's sheet layout survives open → page → Office.js writes → download", () => {
  let opened: Awaited<ReturnType<typeof openedFake>>["opened"];
  let visibility: string[];
  let saved: ExcelJS.Workbook;
  let report: ExcelJS.Worksheet;
  let reportXml: string;

  beforeAll(async () => {
    const open = await openedFake();
    opened = open.opened;
    const { fake } = open;
    visibility = await fake.run(async (ctx) => {
      const sheets = ["Report", "Lookups", "Secret"].map((n) => ctx.workbook.worksheets.getItem(n));
      sheets.forEach((s) => s.load("visibility"));
      ctx.workbook.worksheets.getItem("Report").getRange("F2").values = [["Tier A"]];
      await ctx.sync();
      return sheets.map((s) => s.visibility);
    });
    const download = await fake.saveXlsx();
    saved = await openXlsx(download);
    report = saved.getWorksheet("Report")!;
    reportXml = await (await JSZip.loadAsync(download)).file("xl/worksheets/sheet1.xml")!.async("string");
  });

  it("names none of them as not kept", () => {
    expect(opened.notKept).toEqual([]);
  });

  it("keeps the merged areas", () => {
    expect(report.model.merges.sort()).toEqual(["A1:C1", "A3:A5"]);
    expect(report.getCell("A1").value).toBe("Q3 report");
    expect(report.getCell("F2").value).toBe("Tier A");
  });

  it("opens hidden sheets hidden, as Office.js reads Worksheet.visibility, and saves them so", () => {
    expect(visibility).toEqual(["Visible", "Hidden", "VeryHidden"]);
    expect(["Report", "Lookups", "Secret"].map((n) => saved.getWorksheet(n)!.state)).toEqual([
      "visible",
      "hidden",
      "veryHidden",
    ]);
  });

  it("keeps rows' own heights, a row without cells too", () => {
    expect(report.getRow(2).height).toBe(30);
    expect(report.getRow(7).height).toBe(45);
    expect(reportXml).toMatch(/<row r="2" ht="30" customHeight="1">/);
    expect([9, 10, 11, 12].map((r) => report.getRow(r).height)).toEqual([20, 20, 20, 25]);
    expect(report.getRow(3).height).toBeUndefined();
    expect(report.getRow(8).height).toBeUndefined();
  });

  it("keeps the hidden column, and its cell", () => {
    expect(report.getColumn(4).hidden).toBe(true);
    expect(report.getColumn(3).hidden).toBe(false);
    expect(report.getCell("D2").value).toBe("internal");
  });

  it("keeps the frozen column beside the frozen rows", () => {
    expect(report.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
  });
});

describe("Office.js on an opened file's layout, as Excel answers", () => {
  it("makes the first visible sheet the active one when the first sheet is hidden, in the fake and the download", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Setup", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("Customers").getCell("A1").value = "Customer";
    const opened = await openWorkbookFile("hidden-first.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const { fake } = fakeExcelFromFile(opened, "en-US");
    expect(fake.workbookState.activeSheet()).toBe("Customers");
    const saved = await openXlsx(await fake.saveXlsx());
    expect(saved.views[0]?.activeTab).toBe(1);
    expect(saved.getWorksheet("Setup")!.state).toBe("hidden");
  });

  it("refuses a table over merged cells (MergedRangeConflict)", async () => {
    const { fake } = await openedFake();
    const error = await fake
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Report").tables.add("Report!A2:C4", true);
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "MergedRangeConflict" });
  });

  it("refuses to delete a very hidden sheet (InvalidOperation), and deletes a hidden one", async () => {
    const { fake } = await openedFake();
    const error = await fake
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Secret").delete();
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidOperation" });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Lookups").delete();
      await ctx.sync();
    });
    expect((await openXlsx(await fake.saveXlsx())).worksheets.map((w) => w.name)).toEqual(["Report", "Secret"]);
  });

  it("unfreezes the columns with the rows (FreezePanes.unfreeze removes all frozen panes)", async () => {
    const { fake } = await openedFake();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Report").freezePanes.unfreeze();
      await ctx.sync();
    });
    const report = (await openXlsx(await fake.saveXlsx())).getWorksheet("Report")!;
    expect((report.views ?? []).filter((v) => v.state === "frozen")).toEqual([]);
  });
});
