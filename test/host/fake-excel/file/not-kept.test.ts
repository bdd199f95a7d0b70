import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { fixtureBytes } from "./fixture-files";

/**
 * What a user's file holds that the standalone mode does not keep is listed when the file is opened (the page
 * says so before the user downloads: nothing of theirs is dropped silently). The files are written by ExcelJS,
 * an outside program, with one feature on each sheet; what ExcelJS cannot write is added to its package by hand,
 * part by part as ECMA-376 Part 1 describes it.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function excelJsFile(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const notKeptOf = async (bytes: Uint8Array) => (await openWorkbookFile("user.xlsx", bytes)).notKept;

describe("opening a workbook lists what the download will not keep", () => {
  it("lists nothing for a workbook of values, formats and a table", async () => {
    const bytes = await excelJsFile((wb) => {
      const ws = wb.addWorksheet("Customers");
      ws.addTable({
        name: "Customers",
        ref: "A1",
        // Filter buttons shown, as the download writes them: ExcelJS hides a column's button unless asked (hiddenButton="1").
        columns: [
          { name: "Customer", filterButton: true },
          { name: "Sales", filterButton: true },
        ],
        rows: [
          ["A", 1],
          ["B", 2],
        ],
      });
      ws.getCell("B2").numFmt = "#,##0.00";
    });
    expect(await notKeptOf(bytes)).toEqual([]);
  });

  it("names no conditional format or data validation of a sheet that has every kind (xlsxwriter's, kept: file-rules.test.ts)", async () => {
    expect(await notKeptOf(fixtureBytes("rules-kept.xlsx"))).toEqual([]);
  });

  it("names each sheet feature with the sheets it is on, in the order met", async () => {
    const bytes = await excelJsFile(async (wb) => {
      const merged = wb.addWorksheet("Merged");
      merged.getCell("A1").value = "Title";
      merged.mergeCells("A1:C1");
      const links = wb.addWorksheet("Links");
      links.getCell("A1").value = { text: "site", hyperlink: "https://example.com" };
      links.getCell("A2").note = "call back";
      const rules = wb.addWorksheet("Rules");
      rules.getCell("A1").value = 5;
      // All kept (file-rules.test.ts): the fake holds a list of typed-in items; a list from a range, a rule without
      // a fill and an expression rule go to the download as the file wrote them.
      rules.getCell("A1").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
      rules.getCell("A2").dataValidation = { type: "list", allowBlank: true, formulae: ["$B$1:$B$3"] };
      const fill = { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } as const;
      rules.addConditionalFormatting({
        ref: "A1:A3",
        rules: [
          { type: "cellIs", operator: "greaterThan", formulae: [3], priority: 1, style: { fill } },
          { type: "cellIs", operator: "lessThan", formulae: [1], priority: 2, style: {} },
          { type: "expression", formulae: ["A1>2"], priority: 3, style: { fill } },
        ],
      });
      rules.autoFilter = "A1:A3";
      await rules.protect("", {});
      const also = wb.addWorksheet("Also merged");
      also.getCell("A1").value = "x";
      also.mergeCells("A1:B2");
    });
    // Merged cells, the hyperlink, the note, the filter, the rules and the sheet's protection are kept
    // (file-layout.test.ts, file-print-names.test.ts, file-drawings-comments.test.ts, file-rules.test.ts,
    // file-protection.test.ts): not named.
    expect(await notKeptOf(bytes)).toEqual([]);
  });

  it("keeps list validations of typed-in items and cell-value rules with a fill, as the fake holds them", async () => {
    const bytes = await excelJsFile((wb) => {
      const ws = wb.addWorksheet("Tasks");
      ws.getCell("A1").value = "Status";
      // With its error alert on, as Excel writes a list (and the saver writes the fake's back: sheet-to-worksheet.ts).
      const list: ExcelJS.DataValidation = {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: ['"Open,In progress,Done"'],
      };
      ws.getCell("A2").dataValidation = list;
      ws.getCell("A3").dataValidation = list;
      ws.addConditionalFormatting({
        ref: "A2:A9 C2:C9",
        rules: [
          {
            type: "cellIs",
            operator: "equal",
            formulae: ['"Done"'],
            priority: 1,
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } },
          },
        ],
      });
    });
    const opened = await openWorkbookFile("user.xlsx", bytes);
    expect(opened.notKept).toEqual([]);
    // ExcelJS writes the two equal validations as one range A2:A3 (its own merging): rows 1–2, column 0.
    expect(opened.sheets[0].rules?.validations).toEqual([
      { rect: { row: 1, column: 0, rowCount: 2, columnCount: 1 }, list: ["Open", "In progress", "Done"] },
    ]);
    const rule = { operator: "EqualTo", formula1: '="Done"', fill: "#C6EFCE", priority: 1 };
    expect(opened.sheets[0].rules?.condFormats).toEqual([
      { rect: { row: 1, column: 0, rowCount: 8, columnCount: 1 }, ...rule },
      { rect: { row: 1, column: 2, rowCount: 8, columnCount: 1 }, ...rule },
    ]);
  });

  it("does not name the workbook's protection (§18.2.29 workbookProtection): it is kept (file-workbook-protection.test.ts)", async () => {
    const zip = await JSZip.loadAsync(
      await excelJsFile((wb) => void (wb.addWorksheet("Data").getCell("A1").value = 1)),
    );
    const book = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      /(<workbookPr\b[^>]*\/>)/,
      '$1<workbookProtection lockStructure="1" workbookPassword="CC1A"/>',
    );
    expect(book).toContain("<workbookProtection ");
    zip.file("xl/workbook.xml", book);
    expect(await notKeptOf(await zip.generateAsync({ type: "uint8array" }))).toEqual([]);
  });

  it("names none of pictures, named ranges, print areas or a hidden sheet (kept: file-print-names.test.ts, file-drawings-comments.test.ts)", async () => {
    const bytes = await excelJsFile((wb) => {
      const shown = wb.addWorksheet("Shown");
      shown.getCell("A1").value = 1;
      const hidden = wb.addWorksheet("Lookups", { state: "hidden" });
      hidden.getCell("A1").value = 2;
      wb.definedNames.add("Shown!$A$1", "Target");
      shown.pageSetup.printArea = "A1:C3";
      // A 1 × 1 PNG (the smallest valid one: signature, IHDR, IDAT, IEND).
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "base64",
      );
      const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
      shown.addImage(image, "B2:C3");
    });
    expect(await notKeptOf(bytes)).toEqual([]);
  });

  it("names none of a chart, a picture, a textbox and notes written by xlsxwriter (copied whole: file-drawings-comments.test.ts)", async () => {
    expect(await notKeptOf(fixtureBytes("drawings-comments.xlsx"))).toEqual([]);
  });

  it("names a sheet's drawing and notes whose parts are missing (removed by hand), and drops their elements", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes("drawings-comments.xlsx"));
    zip.remove("xl/media/image1.png"); // the picture of the drawing on Customers
    zip.remove("xl/comments2.xml"); // the comments of Notes
    const opened = await openWorkbookFile("user.xlsx", await zip.generateAsync({ type: "uint8array" }));
    expect(opened.notKept).toEqual([
      { feature: "drawings", sheets: ["Customers"] },
      { feature: "comments", sheets: ["Notes"] },
    ]);
    // The drawing goes, with its element, and Customers' notes stay; Notes' note boxes go with their text, and its
    // header and background pictures stay.
    expect(opened.sheets[0].kept?.elements.map((e) => e.element)).toEqual(["pageMargins", "legacyDrawing"]);
    expect(opened.sheets[0].kept?.parts?.parts.map((p) => p.name).sort()).toEqual([
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
    ]);
    const notes = opened.sheets[1].kept;
    expect(notes?.elements.map((e) => e.element)).toEqual([
      "pageMargins",
      "headerFooter",
      "legacyDrawingHF",
      "picture",
    ]);
    expect(notes?.parts?.parts.map((p) => p.name).sort()).toEqual([
      "xl/drawings/vmlDrawing3.vml",
      "xl/media/image2.png",
      "xl/media/image3.png",
    ]);
  });

  it("names threaded comments (kept as Excel's notes for older versions), OLE objects and controls (added by hand)", async () => {
    const zip = await JSZip.loadAsync(
      await excelJsFile((wb) => {
        wb.addWorksheet("Threads").getCell("A1").note = "[Threaded comment] see the thread";
        wb.addWorksheet("Objects").getCell("A1").value = 1;
        wb.addWorksheet("Controls").getCell("A1").value = 2;
      }),
    );
    const rels = "xl/worksheets/_rels/sheet1.xml.rels";
    zip.file(
      rels,
      (await zip.file(rels)!.async("string")).replace(
        "</Relationships>",
        '<Relationship Id="rIdTc" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
      ),
    );
    const add = async (path: string, element: string) => {
      const xml = await zip.file(path)!.async("string");
      zip.file(path, xml.replace("</worksheet>", `${element}</worksheet>`));
    };
    await add(
      "xl/worksheets/sheet2.xml",
      '<oleObjects><oleObject progId="Package" shapeId="1025" r:id="rId9"/></oleObjects>',
    );
    await add(
      "xl/worksheets/sheet3.xml",
      '<controls><control shapeId="1025" r:id="rId9" name="Check Box 1"/></controls>',
    );
    const found = await notKeptOf(await zip.generateAsync({ type: "uint8array" }));
    expect(found).toEqual([
      { feature: "threadedComments", sheets: ["Threads"] },
      { feature: "embeddedObjects", sheets: ["Objects", "Controls"] },
    ]);
  });

  it("names a chart sheet whose part is not a chartsheet part, macros and a PivotTable cache no sheet carries (added by hand: ExcelJS writes none of them)", async () => {
    const zip = await JSZip.loadAsync(await excelJsFile((wb) => void wb.addWorksheet("Data").addRow([1])));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      book
        .replace("</sheets>", '<sheet name="Chart1" sheetId="9" r:id="rIdChart"/></sheets>')
        .replace(/(<\/workbook>)/, '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot"/></pivotCaches>$1'),
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdChart" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rIdPivot" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
      ),
    );
    // Its content type is the package's Default for xml (application/xml), not a chartsheet's: it cannot be copied
    // as a chart sheet (kept ones: file-chart-sheets.test.ts), so it is named.
    zip.file("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="${MAIN}"/>`);
    zip.file("xl/pivotCache/pivotCacheDefinition1.xml", `<pivotCacheDefinition xmlns="${MAIN}"/>`);
    zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const found = await notKeptOf(await zip.generateAsync({ type: "uint8array" }));
    expect(found).toEqual([
      { feature: "macros", sheets: [] },
      { feature: "chartSheets", sheets: ["Chart1"] },
      // A cache no sheet's PivotTable carries: nothing of it can go into the download (file-pivot.test.ts).
      { feature: "pivotTables", sheets: [] },
    ]);
  });

  it("names none of a cell's font, border, alignment or theme fill, nor a column's own style (the download keeps those)", async () => {
    const bytes = await excelJsFile((wb) => {
      const kept = wb.addWorksheet("Kept");
      kept.getCell("A1").value = "bold";
      kept.getCell("A1").font = { bold: true };
      kept.getCell("A2").value = 1.5;
      kept.getCell("A2").numFmt = "0.00";
      kept.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
      const cell = (name: string, style: Partial<ExcelJS.Style>) => {
        const c = wb.addWorksheet(name).getCell("B2");
        c.value = name;
        Object.assign(c, style);
      };
      cell("Italic", { font: { italic: true } });
      cell("Arial", { font: { name: "Arial", size: 11 } });
      cell("Red text", { font: { color: { argb: "FFFF0000" } } });
      cell("Border", { border: { bottom: { style: "thin" } } });
      cell("Centred", { alignment: { horizontal: "center" } });
      cell("Theme fill", { fill: { type: "pattern", pattern: "solid", fgColor: { theme: 4 } } });
      cell("Hatched", { fill: { type: "pattern", pattern: "darkGrid", fgColor: { argb: "FF00FF00" } } });
      const columns = wb.addWorksheet("Column format");
      columns.getCell("A1").value = "x";
      columns.getColumn(4).numFmt = "0.00"; // a col element's style: kept for the download (line-styles.ts)
    });
    expect(await notKeptOf(bytes)).toEqual([]);
  });

  it("names none of row heights, hidden columns, frozen rows and columns: the download keeps them", async () => {
    const bytes = await excelJsFile((wb) => {
      const tall = wb.addWorksheet("Tall");
      tall.getCell("A1").value = "x";
      tall.getRow(1).height = 30;
      const hidden = wb.addWorksheet("Hidden column");
      hidden.getCell("A1").value = "x";
      hidden.getColumn(2).hidden = true;
      const frozen = wb.addWorksheet("Frozen");
      frozen.getCell("A1").value = "x";
      frozen.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
      const rows = wb.addWorksheet("Frozen rows");
      rows.getCell("A1").value = "x";
      rows.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
    });
    const opened = await openWorkbookFile("user.xlsx", bytes);
    expect(opened.notKept).toEqual([]);
    expect(opened.sheets.map((s) => s.looks?.frozenRows)).toEqual([0, 0, 1, 1]);
    expect(opened.sheets.map((s) => s.looks?.frozenColumns)).toEqual([0, 0, 1, 0]);
    expect(opened.sheets[0].looks?.rowHeights).toEqual([{ from: 0, count: 1, height: 30 }]);
    expect(opened.sheets[1].looks?.hiddenColumns).toEqual([1]);
  });

  it("names a sheet's hyperlinks whose address is missing from the sheet's relationships (removed by hand)", async () => {
    const zip = await JSZip.loadAsync(
      await excelJsFile((wb) => {
        wb.addWorksheet("Plain").getCell("A1").value = { text: "site", hyperlink: "https://example.com" };
        wb.addWorksheet("Broken").getCell("A1").value = { text: "site", hyperlink: "https://example.com" };
      }),
    );
    zip.remove("xl/worksheets/_rels/sheet2.xml.rels");
    const found = await notKeptOf(await zip.generateAsync({ type: "uint8array" }));
    expect(found).toEqual([{ feature: "hyperlinks", sheets: ["Broken"] }]);
  });

  it("lists nothing for a .csv", async () => {
    const csv = new TextEncoder().encode("Customer,Sales\nA,1\n");
    expect((await openWorkbookFile("user.csv", csv)).notKept).toEqual([]);
  });
});
