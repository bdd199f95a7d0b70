import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { createOfficeJsExcel } from "../../../support/office-js";
import { openXlsx } from "./saved-workbook";

/**
 * A user's own cell formatting — fonts, borders, alignment, fills in theme colours or patterns — goes from the
 * opened file to its download unchanged, though the fake reads only bold and plain fills: each cell keeps its
 * file style (file-styles.ts) and the saver writes that style back with the fake's number format, bold and fill
 * over it (file-style-xfs.ts). The file is written by ExcelJS (an outside program) and the download read back by
 * it; what TierLadder changes through Office.js (bold off, a fill, cleared formats) wins over the file's style.
 */
const THIN = { style: "thin", color: { argb: "FF000000" } } as const;
const CELLS: Record<string, Partial<ExcelJS.Style>> = {
  B2: { font: { italic: true, name: "Calibri", size: 11 } },
  B3: { font: { name: "Arial", size: 14, color: { argb: "FFFF0000" } } },
  B4: { border: { top: THIN, bottom: THIN } },
  B5: { alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  B6: { fill: { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.5 } as Partial<ExcelJS.Color> } },
  B7: { fill: { type: "pattern", pattern: "darkGrid", fgColor: { argb: "FF00B050" } } },
  B8: { font: { bold: true, underline: true, name: "Calibri", size: 11 }, border: { left: THIN } },
  B9: { border: { bottom: THIN }, numFmt: "0.00" },
  B10: { border: { right: THIN } },
};
/** A theme colour only the user's theme has: accent1 set to a colour ExcelJS's theme does not use. */
const USER_ACCENT = "ABCDEF";

async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Customers");
  for (const [address, style] of Object.entries(CELLS)) {
    const cell = ws.getCell(address);
    cell.value = address === "B9" ? 1234.5 : address;
    Object.assign(cell, style);
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const theme = await zip.file("xl/theme/theme1.xml")!.async("string");
  const accent = /<a:accent1>\s*<a:srgbClr val="([0-9A-F]{6})"\/>/.exec(theme)!;
  zip.file("xl/theme/theme1.xml", theme.replace(accent[0], accent[0].replace(accent[1], USER_ACCENT)));
  return zip.generateAsync({ type: "uint8array" });
}

/** What ExcelJS reads of a cell's look, without the properties it fills in the same way either side. */
function lookOf(cell: ExcelJS.Cell) {
  return { font: cell.font, border: cell.border, alignment: cell.alignment, fill: cell.fill, numFmt: cell.numFmt };
}

describe("a user's cell formatting survives open → page → Office.js writes → download", () => {
  let original: ExcelJS.Worksheet;
  let saved: ExcelJS.Worksheet;
  let savedZip: JSZip;

  beforeAll(async () => {
    const bytes = await userFile();
    original = (await openXlsx(bytes)).getWorksheet("Customers")!;
    const opened = await openWorkbookFile("customers.xlsx", bytes);
    expect(opened.notKept).toEqual([]);
    const { packed } = packWorkbook(opened);
    // Office.js writes through Microsoft's client library (test/support/office-js) onto the opened workbook.
    const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed)));
    const fake = createOfficeJsExcel({ sheets: [], state });
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Customers");
      sheet.getRange("B8").format.font.bold = false;
      sheet.getRange("B4").format.fill.color = "#FFC000";
      sheet.getRange("B10").clear("Formats");
      sheet.getRange("C2").values = [["Tier A"]];
      await ctx.sync();
    });
    const download = await fake.saveXlsx();
    saved = (await openXlsx(download)).getWorksheet("Customers")!;
    savedZip = await JSZip.loadAsync(download);
  });

  it.each(["B2", "B3", "B5", "B6", "B7", "B9"])("keeps %s's font, border, alignment, fill and number format", (a) => {
    expect(lookOf(saved.getCell(a))).toEqual(lookOf(original.getCell(a)));
    expect(saved.getCell(a).value).toEqual(original.getCell(a).value);
  });

  it("keeps the border and underline of a cell TierLadder made not bold, and takes bold off", () => {
    const b8 = lookOf(saved.getCell("B8"));
    expect(b8.font).toEqual({ ...original.getCell("B8").font, bold: undefined });
    expect(b8.font.bold).toBeFalsy();
    expect(b8.border).toEqual(original.getCell("B8").border);
  });

  it("keeps the borders of a cell TierLadder filled, under the new fill", () => {
    const b4 = lookOf(saved.getCell("B4"));
    expect(b4.border).toEqual(original.getCell("B4").border);
    expect(b4.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } });
  });

  it("drops the file's style where TierLadder cleared the formats, as Excel does", () => {
    expect(lookOf(original.getCell("B10")).border).toMatchObject({ right: { style: "thin" } });
    expect(lookOf(saved.getCell("B10"))).toEqual(lookOf(saved.getCell("C2")));
    expect(saved.getCell("B10").border?.right).toBeUndefined();
  });

  it("keeps the file's theme, whose colours the theme fill and fonts name", async () => {
    const theme = await savedZip.file("xl/theme/theme1.xml")!.async("string");
    expect(theme).toMatch(new RegExp(`<a:accent1>\\s*<a:srgbClr val="${USER_ACCENT}"/>`));
  });
});
