import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Rect } from "../../../../src/engine/cells";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedLooks, OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { saveXlsx } from "../../../../src/host/fake-excel/file/save-xlsx";
import type { StyleRecord } from "../../../../src/host/fake-excel/state";
import { openXlsx as readWithExcelJs } from "./saved-workbook";

/**
 * A sheet's looks as the reader takes them from the file (bold, solid fills, column widths, frozen and hidden
 * rows), on packages written by hand here as ECMA-376 Part 1 describes them, and on a file ExcelJS writes,
 * opened, saved again by our saver and read back by ExcelJS: the user's looks are still there.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function xlsx(styles: string, sheet: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/styles.xml", `<styleSheet xmlns="${MAIN}">${styles}</styleSheet>`);
  zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}">${sheet}</worksheet>`);
  return zip.generateAsync({ type: "uint8array" });
}

const looksOf = (w: OpenedWorkbook): OpenedLooks => w.sheets[0].looks!;
const rect = (row: number, column: number, rowCount: number, columnCount: number): Rect => ({
  row,
  column,
  rowCount,
  columnCount,
});
const byPlace = (a: StyleRecord, b: StyleRecord) => a.rect.row - b.rect.row || a.rect.column - b.rect.column;

// fonts: 0 plain, 1 bold (§18.8.2 b, val true by default), 2 b val="0" (not bold).
const FONTS = `<fonts count="3"><font><sz val="11"/></font><font><b/><sz val="11"/></font><font><b val="0"/></font></fonts>`;
// fills: 0 none, 1 gray125 (Excel's two required fills), 2 solid rgb, 3 solid indexed 13, 4 solid theme colour,
// 5 solid rgb with a tint, 6 a pattern other than solid.
const FILLS =
  `<fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFFFC000"/><bgColor indexed="64"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor theme="4"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF4472C4" tint="0.5"/></patternFill></fill>` +
  `<fill><patternFill patternType="darkGrid"><fgColor rgb="FF00FF00"/></patternFill></fill></fills>`;
// cellXfs 0 plain, 1 bold, 2 rgb fill, 3 bold + rgb fill, 4 indexed fill, 5 theme fill, 6 b val=0, 7 tinted, 8 darkGrid
const XFS = `<cellXfs count="9">${[
  [0, 0],
  [1, 0],
  [0, 2],
  [1, 2],
  [0, 3],
  [0, 4],
  [2, 0],
  [0, 5],
  [0, 6],
]
  .map(([font, fill]) => `<xf numFmtId="0" fontId="${font}" fillId="${fill}" xfId="0"/>`)
  .join("")}</cellXfs>`;
// A dxf (a conditional format's look) has a bold font and a fill too: not a cell style's.
const DXFS = `<dxfs count="1"><dxf><font><b/></font><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>`;
const STYLES = `${FONTS}${FILLS}<cellStyleXfs count="1"><xf/></cellStyleXfs>${XFS}${DXFS}`;

const c = (ref: string, s: number, v?: number) =>
  `<c r="${ref}" s="${s}"${v === undefined ? "/>" : `><v>${v}</v></c>`}`;

describe("opening an .xlsx reads the cells' bold and solid fills", () => {
  it("as rectangles: a bold header row is one record, a filled column one, a gap splits a run", async () => {
    const rows = [
      `<row r="1">${c("A1", 1, 1)}${c("B1", 1, 2)}${c("C1", 1, 3)}${c("D1", 0, 4)}</row>`,
      `<row r="2">${c("A2", 3, 1)}${c("C2", 3)}${c("D2", 2, 5)}</row>`,
      `<row r="3">${c("A3", 3, 1)}${c("C3", 3)}${c("D3", 2, 5)}</row>`,
      `<row r="4">${c("D4", 2, 5)}</row>`,
      `<row r="6">${c("D6", 2, 5)}</row>`, // row 5 has no cell: the column's fill starts again
    ];
    const w = await openWorkbookFile("looks.xlsx", await xlsx(STYLES, `<sheetData>${rows.join("")}</sheetData>`));
    // Read by hand from the rows above: xf 1 is font 1 (bold); xf 2 fill 2 (FFC000); xf 3 both.
    expect([...looksOf(w).styles].sort(byPlace)).toEqual([
      { rect: rect(0, 0, 1, 3), bold: true }, // A1:C1
      { rect: rect(1, 0, 2, 1), bold: true, fill: "#FFC000" }, // A2:A3
      { rect: rect(1, 2, 2, 1), bold: true, fill: "#FFC000" }, // C2:C3 (blank cells keep their fill)
      { rect: rect(1, 3, 3, 1), fill: "#FFC000" }, // D2:D4
      { rect: rect(5, 3, 1, 1), fill: "#FFC000" }, // D6
    ]);
  });

  it("ends a rectangle where its run changes, and keeps cells written out of column order", async () => {
    const rows = [
      `<row r="1">${c("A1", 1, 1)}${c("B1", 1, 2)}${c("C1", 2, 3)}</row>`,
      `<row r="2">${c("A2", 1, 1)}${c("B2", 1, 2)}${c("C2", 2, 3)}</row>`,
      `<row r="3">${c("A3", 1, 1)}${c("B3", 2, 2)}${c("C3", 2, 3)}</row>`,
      `<row r="4">${c("C4", 2, 3)}${c("A4", 1, 1)}</row>`, // C before A: allowed to be read, not to be lost
    ];
    const w = await openWorkbookFile("runs.xlsx", await xlsx(STYLES, `<sheetData>${rows.join("")}</sheetData>`));
    // Every cell of the grid is in exactly one record, with its own xf's look (1 bold, 2 fill FFC000).
    expect([...looksOf(w).styles].sort(byPlace)).toEqual([
      { rect: rect(0, 0, 2, 2), bold: true }, // A1:B2
      { rect: rect(0, 2, 2, 1), fill: "#FFC000" }, // C1:C2: row 3's run is B3:C3, another run
      { rect: rect(2, 0, 1, 1), bold: true }, // A3
      { rect: rect(2, 1, 1, 2), fill: "#FFC000" }, // B3:C3
      { rect: rect(3, 0, 1, 1), bold: true }, // A4
      { rect: rect(3, 2, 1, 1), fill: "#FFC000" }, // C4 (not B3:C3's run)
    ]);
  });

  it("maps the default indexed palette and the file's own; carries theme, tinted and patterned fills as the file's style", async () => {
    const sheet = `<sheetData><row r="1">${[4, 5, 6, 7, 8].map((s, i) => c(`${"ABCDE"[i]}1`, s, i)).join("")}</row></sheetData>`;
    const w = await openWorkbookFile("palette.xlsx", await xlsx(STYLES, sheet));
    // §18.8.27: indexed 13 of the default palette is FFFFFF00 (yellow). xf 6's font says b val="0": not bold, and
    // nothing else to carry. The theme (5), tinted (7) and darkGrid (8) fills are not read as a colour (the page
    // shows those cells unfilled) but their style index goes with the cells, for the download (file-styles.ts).
    const carried = [
      { rect: rect(0, 1, 1, 1), fileStyle: 5 },
      { rect: rect(0, 3, 1, 1), fileStyle: 7 },
      { rect: rect(0, 4, 1, 1), fileStyle: 8 },
    ];
    expect(looksOf(w).styles).toEqual([{ rect: rect(0, 0, 1, 1), fill: "#FFFF00" }, ...carried]);

    // The file's own palette (colors/indexedColors, §18.8.11) replaces the default one, and comes after the fills.
    const own = `<colors><indexedColors>${Array.from({ length: 14 }, (_, i) => `<rgbColor rgb="FF0000${i.toString(16).padStart(2, "0")}"/>`).join("")}</indexedColors></colors>`;
    const w2 = await openWorkbookFile("own-palette.xlsx", await xlsx(STYLES + own, sheet));
    expect(looksOf(w2).styles).toEqual([{ rect: rect(0, 0, 1, 1), fill: "#00000D" }, ...carried]);
  });
});

describe("opening an .xlsx reads column widths, frozen rows and hidden rows", () => {
  it("takes them from cols, the first sheetView's frozen pane, and rows' hidden flags", async () => {
    const sheet =
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<cols><col min="1" max="2" width="20" customWidth="1"/><col min="4" max="4" width="9.140625"/><col min="5" max="5" hidden="1"/></cols>` +
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3" hidden="1"><c r="A3"><v>3</v></c></row><row r="7" hidden="1"/></sheetData>`;
    const looks = looksOf(await openWorkbookFile("layout.xlsx", await xlsx(STYLES, sheet)));
    expect(looks.frozenRows).toBe(2);
    expect(looks.hiddenRows).toEqual([2, 6]);
    // §18.3.1.13 at run time, 7-pixel digits: px = trunc((256 × 20 + trunc(128 / 7)) / 256 × 7) = trunc(140.49) = 140,
    // 105 pt; 9.140625 → trunc((2340 + 18) / 256 × 7) = trunc(64.47) = 64 px = 48 pt (Excel's default column).
    // Column E has no width (hidden only): not listed.
    expect(looks.columnWidths).toEqual([
      [0, 105],
      [1, 105],
      [3, 48],
    ]);
    expect(looks.styles).toEqual([]);
  });

  it("does not take a split pane (not frozen) as frozen rows", async () => {
    const sheet = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1500" state="split"/></sheetView></sheetViews><sheetData/>`;
    expect(looksOf(await openWorkbookFile("split.xlsx", await xlsx(STYLES, sheet))).frozenRows).toBe(0);
  });

  it("names a col element whose range cannot be read", async () => {
    const sheet = `<cols><col min="3" max="2" width="20"/></cols><sheetData/>`;
    await expect(openWorkbookFile("cols.xlsx", await xlsx(STYLES, sheet))).rejects.toThrow(
      'a column range (col) from "3" to "2"',
    );
  });

  it("keeps a formatted column of 100,000 rows as one record", async () => {
    const rows = Array.from({ length: 100_000 }, (_, r) => `<row r="${r + 1}">${c(`B${r + 1}`, 3, r)}</row>`).join("");
    const w = await openWorkbookFile("column.xlsx", await xlsx(STYLES, `<sheetData>${rows}</sheetData>`));
    expect(looksOf(w).styles).toEqual([{ rect: rect(0, 1, 100_000, 1), bold: true, fill: "#FFC000" }]);
  });
});

describe("a user's looks survive open → worker transfer → fake → save", () => {
  it("keeps bold, fills, widths, the frozen header and hidden rows, read back by ExcelJS", async () => {
    // The user's file, written by ExcelJS (an outside program).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deals", { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }] });
    ws.addRow(["Rep", "Region", "Amount"]);
    for (let r = 0; r < 6; r++) ws.addRow([`rep ${r}`, r % 2 ? "East" : "West", 1000 + r]);
    ["A1", "B1", "C1"].forEach((a) => (ws.getCell(a).font = { bold: true }));
    for (let r = 2; r <= 4; r++)
      ws.getCell(`C${r}`).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
    ws.getColumn(1).width = 20;
    ws.getColumn(3).width = 35.5;
    ws.getRow(5).hidden = true;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const opened = await openWorkbookFile("deals.xlsx", bytes);
    const { packed, transfer } = packWorkbook(opened);
    const unpacked = await unpackWorkbook(structuredClone(packed, { transfer })); // as postMessage does
    const { state } = openedWorkbookState(unpacked);
    const back = (await readWithExcelJs(await saveXlsx(state, { lang: "en-US" }))).getWorksheet("Deals")!;

    for (const a of ["A1", "B1", "C1"]) expect(back.getCell(a).font?.bold).toBe(true);
    for (const a of ["A2", "B2", "C5"]) expect(back.getCell(a).font?.bold).toBeFalsy();
    for (let r = 2; r <= 4; r++)
      expect(back.getCell(`C${r}`).fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    expect((back.getCell("C5").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(back.getColumn(1).width).toBe(20); // 140 px, a whole number of pixels: back as written
    // 35.5 is not a whole number of pixels: Excel shows trunc((9088 + 18) / 256 × 7) = trunc(248.99) = 248 px,
    // which the file stores as trunc(248 / 7 × 256) / 256 = 9069 / 256 = 35.42578125 — the same column on screen.
    expect(back.getColumn(3).width).toBe(35.42578125);
    expect(back.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect([1, 2, 3, 4, 5, 6, 7].filter((r) => back.getRow(r).hidden)).toEqual([5]);
  });
});
