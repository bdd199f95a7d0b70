import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";

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
        columns: [{ name: "Customer" }, { name: "Sales" }],
        rows: [
          ["A", 1],
          ["B", 2],
        ],
      });
      ws.getCell("B2").numFmt = "#,##0.00";
    });
    expect(await notKeptOf(bytes)).toEqual([]);
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
      rules.getCell("A1").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
      rules.addConditionalFormatting({
        ref: "A1:A3",
        rules: [{ type: "cellIs", operator: "greaterThan", formulae: [3], priority: 1, style: {} }],
      });
      rules.autoFilter = "A1:A3";
      await rules.protect("", {});
      const also = wb.addWorksheet("Also merged");
      also.getCell("A1").value = "x";
      also.mergeCells("A1:B2");
    });
    expect(await notKeptOf(bytes)).toEqual([
      { feature: "mergedCells", sheets: ["Merged", "Also merged"] },
      { feature: "hyperlinks", sheets: ["Links"] },
      { feature: "comments", sheets: ["Links"] },
      { feature: "protection", sheets: ["Rules"] },
      { feature: "filters", sheets: ["Rules"] },
      { feature: "conditionalFormats", sheets: ["Rules"] },
      { feature: "validation", sheets: ["Rules"] },
    ]);
  });

  it("names hidden sheets, named ranges and pictures", async () => {
    const bytes = await excelJsFile((wb) => {
      const shown = wb.addWorksheet("Shown");
      shown.getCell("A1").value = 1;
      const hidden = wb.addWorksheet("Lookups", { state: "hidden" });
      hidden.getCell("A1").value = 2;
      wb.definedNames.add("Shown!$A$1", "Target");
      // A 1 × 1 PNG (the smallest valid one: signature, IHDR, IDAT, IEND).
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "base64",
      );
      const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
      shown.addImage(image, "B2:C3");
    });
    const found = await notKeptOf(bytes);
    expect(found).toEqual(
      expect.arrayContaining([
        { feature: "hiddenSheets", sheets: ["Lookups"] },
        { feature: "definedNames", sheets: [] },
        { feature: "drawings", sheets: ["Shown"] },
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it("names chart sheets, PivotTables and macros, which ExcelJS cannot write (added by hand)", async () => {
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
    zip.file("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="${MAIN}"/>`);
    zip.file("xl/pivotCache/pivotCacheDefinition1.xml", `<pivotCacheDefinition xmlns="${MAIN}"/>`);
    zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const found = await notKeptOf(await zip.generateAsync({ type: "uint8array" }));
    expect(found).toEqual([
      { feature: "chartSheets", sheets: ["Chart1"] },
      { feature: "pivotTables", sheets: [] },
      { feature: "macros", sheets: [] },
    ]);
  });

  it("lists nothing for a .csv", async () => {
    const csv = new TextEncoder().encode("Customer,Sales\nA,1\n");
    expect((await openWorkbookFile("user.csv", csv)).notKept).toEqual([]);
  });
});
