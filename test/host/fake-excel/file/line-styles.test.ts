import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { withColumnStyles } from "../../../../src/host/fake-excel/file/cols-xml";
import { fakeExcelFromFile } from "../../../../src/host/fake-excel/file/fake-excel-from-file";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { fixtureBytes } from "./fixture-files";
import { openXlsx } from "./saved-workbook";

/**
 * A row's or a column's own style (ECMA-376 Part 1 §18.3.1.73 row s with customFormat, §18.3.1.13 col style) goes
 * from the opened file to its download. The fixture line-styles.xlsx is xlsxwriter's (make_fixtures.py
 * write_line_styles): row 1 bold on #DDEBF7 with a border, columns D:E "0.0%" on #FFC000, rows 10-14 italic on
 * #E2EFDA with no cells, columns H to the last hidden. Before, all of it was named "not kept" and dropped.
 */
const FIXTURE = "line-styles.xlsx";

async function downloaded(): Promise<Uint8Array> {
  const { packed } = packWorkbook(await openWorkbookFile(FIXTURE, fixtureBytes(FIXTURE)));
  const unpacked = await unpackWorkbook(structuredClone(packed), () => undefined);
  return fakeExcelFromFile(unpacked, "en-US").fake.saveXlsx();
}

const sheetXml = async (bytes: Uint8Array) =>
  (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");

/** What ExcelJS (an outside reader) makes of a row's or column's style. */
const lineLook = (line: ExcelJS.Row | ExcelJS.Column) => ({
  numFmt: line.numFmt,
  bold: line.font?.bold ?? false,
  italic: line.font?.italic ?? false,
  fill: line.fill?.type === "pattern" ? line.fill.fgColor?.argb : undefined,
  border: line.border?.bottom?.style,
});

describe("rows' and columns' own styles", () => {
  it("are read from the file as runs of lines, each with the number format, bold and fill the style holds", async () => {
    const opened = await openWorkbookFile(FIXTURE, fixtureBytes(FIXTURE));
    expect(opened.notKept).toEqual([]);
    const sheet = openedWorkbookState(opened).state.sheet("Lines")!;
    // Rows 1 and 10-14 (0-based 0 and 9-13), columns D:E (3-4), as the script set them.
    expect(sheet.lineStyles.rows.map(({ from, count, look }) => [from, count, look.bold, look.fill])).toEqual([
      [0, 1, true, "#DDEBF7"],
      [9, 5, false, "#E2EFDA"],
    ]);
    expect(sheet.lineStyles.columns.map(({ from, count, look }) => [from, count, look.numFmt, look.fill])).toEqual([
      [3, 2, "0.0%", "#FFC000"],
    ]);
    // The border and the italic are more than the fake reads: the file style goes along for the download.
    expect(sheet.lineStyles.rows.map((r) => r.look.fileStyle !== undefined)).toEqual([true, true]);
  });

  it("come back in the download as the file had them, read by ExcelJS from both", async () => {
    const original = (await openXlsx(fixtureBytes(FIXTURE))).getWorksheet("Lines")!;
    const saved = (await openXlsx(await downloaded())).getWorksheet("Lines")!;
    for (const r of [1, 10, 14]) expect(lineLook(saved.getRow(r))).toEqual(lineLook(original.getRow(r)));
    for (const c of [4, 5]) expect(lineLook(saved.getColumn(c))).toEqual(lineLook(original.getColumn(c)));
    // And what the script wrote, so the comparison above is not of two empty styles.
    expect(lineLook(saved.getRow(1))).toEqual({
      numFmt: undefined,
      bold: true,
      italic: false,
      fill: "FFDDEBF7",
      border: "thin",
    });
    expect(lineLook(saved.getRow(12))).toMatchObject({ italic: true, fill: "FFE2EFDA" });
    expect(lineLook(saved.getColumn(4))).toMatchObject({ numFmt: "0.0%", fill: "FFFFC000" });
    expect(lineLook(saved.getColumn(6))).toMatchObject({ numFmt: undefined, fill: undefined });
  });

  it("keep a styled row with no cells as a row element with s and customFormat, and the hidden columns as one range", async () => {
    const xml = await sheetXml(await downloaded());
    for (const r of [10, 11, 12, 13, 14]) expect(xml).toMatch(new RegExp(`<row r="${r}" s="\\d+" customFormat="1"`));
    expect(xml).not.toMatch(/<row r="9"/);
    const hidden = [...xml.matchAll(/<col\b[^>]*hidden="1"[^>]*\/>/g)].map((m) => m[0]);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatch(/min="8" max="16384"/);
  });
});

describe("withColumnStyles", () => {
  const DATA = "<sheetData/>";

  it("adds cols before sheetData when there are none, with Excel's default width (no width shows as zero wide)", () => {
    // 9.140625: Excel's default 8.43 characters in Calibri 11 (max digit width 7 px), §18.3.1.13's formula.
    expect(withColumnStyles("<worksheet>", [{ from: 1, count: 2, xf: 5 }]) + DATA).toBe(
      '<worksheet><cols><col min="2" max="3" width="9.140625" style="5"/></cols>' + DATA,
    );
  });

  it("writes adjacent columns of the same attributes as one col element", () => {
    const perColumn = [6, 7, 8].map((c) => `<col min="${c}" max="${c}" width="9" hidden="1"/>`).join("");
    expect(withColumnStyles(`<x><cols>${perColumn}</cols>`, [])).toBe(
      '<x><cols><col min="6" max="8" width="9" hidden="1"/></cols>',
    );
  });

  it("splits a range of columns where a style starts and ends, keeping their width", () => {
    const before = '<cols><col min="1" max="5" width="20" customWidth="1"/></cols>';
    expect(withColumnStyles(before, [{ from: 2, count: 1, xf: 3 }])).toBe(
      "<cols>" +
        '<col min="1" max="2" width="20" customWidth="1"/>' +
        '<col min="3" max="3" width="20" customWidth="1" style="3"/>' +
        '<col min="4" max="5" width="20" customWidth="1"/>' +
        "</cols>",
    );
  });

  it("leaves a part without cols or styles as it is", () => {
    expect(withColumnStyles("<worksheet><sheetViews/>", [])).toBe("<worksheet><sheetViews/>");
  });
});
