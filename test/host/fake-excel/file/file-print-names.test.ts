import ExcelJS from "exceljs";
import type { XlWorksheet } from "../../../../src/host/excel/xl-types";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { createOfficeJsExcel } from "../../../support/office-js";
import { openXlsx } from "./saved-workbook";
import { childOrder } from "./package-reader";

/**
 * A user's print settings (ECMA-376 Part 1 printOptions §18.3.1.70, pageMargins §18.3.1.62, pageSetup §18.3.1.63,
 * headerFooter §18.3.1.46, rowBreaks/colBreaks §18.3.1.74/§18.3.1.14), print areas and titles and their own
 * defined names (§18.2.5), a filter (autoFilter §18.3.1.2 with its criteria and sort) and hyperlinks (§18.3.1.47) go from the opened file to
 * its download, through the worker's packing, the fake and Office.js writes, and are no longer named as not kept.
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The printer driver's own bytes (a stand-in) and the Printer Settings part's content type (§15.2.15). */
const PRINTER_SETTINGS = [1, 2, 3];
const PRINTER_SETTINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings";

/**
 * The user's file, written by ExcelJS (an outside program): three sheets, Report with a filter, print settings, a
 * print area and titles, a page break, a merged title and two hyperlinks; a workbook name. What ExcelJS cannot write is patched
 * into its XML with JSZip: the filter's criteria and sort state, a column break, pageSetup's printer settings
 * (its r:id, the relationship, the part and its content type), a named constant with a comment, names scoped to a sheet, and the filter's hidden
 * _xlnm._FilterDatabase name.
 */
async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Intro").getCell("A1").value = "Read me";
  const report = wb.addWorksheet("Report");
  report.addRows([
    ["Region", "Customer", "Sales"],
    ["North", "A", 10],
    ["South", "B", 20],
    ["North", "C", 30],
    ["East", "D", 40],
  ]);
  report.getCell("E1").value = "Q3";
  report.mergeCells("E1:F1");
  report.getRow(3).hidden = true; // what the filter left: South is filtered out
  report.autoFilter = "A1:C5";
  report.pageSetup.orientation = "landscape";
  report.pageSetup.paperSize = 9; // A4
  report.pageSetup.margins = { left: 0.25, right: 0.3, top: 0.9, bottom: 0.8, header: 0.2, footer: 0.1 };
  report.pageSetup.showGridLines = true;
  report.pageSetup.printArea = "A1:C5";
  report.pageSetup.printTitlesRow = "1:1";
  report.headerFooter.oddHeader = "&CQ3 report";
  report.headerFooter.oddFooter = "Page &P of &N";
  report.getRow(3).addPageBreak();
  report.getCell("B2").value = { text: "A", hyperlink: "https://example.com/a?x=1&y=2" };
  report.getCell("B4").value = { text: "C", hyperlink: "#Lookups!A1" };
  const lookups = wb.addWorksheet("Lookups");
  lookups.addRows([["North"], ["South"], ["East"]]);
  lookups.getCell("B1").value = { text: "home", hyperlink: "https://example.org/" };
  wb.definedNames.add("Lookups!$A$1:$A$3", "Regions");

  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = "xl/worksheets/sheet2.xml";
  const xml = (await zip.file(sheet)!.async("string"))
    .replace(
      '<autoFilter ref="A1:C5"/>',
      '<autoFilter ref="A1:C5"><filterColumn colId="0"><filters><filter val="North"/><filter val="East"/></filters></filterColumn>' +
        '<sortState ref="A2:C5"><sortCondition descending="1" ref="C2:C5"/></sortState></autoFilter>',
    )
    .replace(/<pageSetup /, '<pageSetup r:id="rId9" ')
    .replace(
      "</rowBreaks>",
      '</rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>',
    );
  expect(xml).toContain("<filterColumn");
  expect(xml).toContain("<colBreaks");
  zip.file(sheet, xml);
  const rels = "xl/worksheets/_rels/sheet2.xml.rels"; // ExcelJS's, with the hyperlink's relationship
  zip.file(
    rels,
    (await zip.file(rels)!.async("string")).replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`,
    ),
  );
  zip.file("xl/printerSettings/printerSettings1.bin", new Uint8Array(PRINTER_SETTINGS));
  const types = (await zip.file("[Content_Types].xml")!.async("string")).replace(
    "</Types>",
    `<Override PartName="/xl/printerSettings/printerSettings1.bin" ContentType="${PRINTER_SETTINGS_TYPE}"/></Types>`,
  );
  zip.file("[Content_Types].xml", types);
  const book = (await zip.file("xl/workbook.xml")!.async("string")).replace(
    "</definedNames>",
    '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Report!$A$1:$C$5</definedName>' +
      '<definedName name="VAT" comment="the rate this year">0.2</definedName>' +
      '<definedName name="Top" localSheetId="2">Lookups!$A$1</definedName>' +
      '<definedName name="Welcome" localSheetId="0">Intro!$A$1</definedName></definedNames>',
  );
  expect(book).toContain('name="VAT"');
  zip.file("xl/workbook.xml", book);
  return zip.generateAsync({ type: "uint8array" });
}

/** The user's file opened, packed for the page and unpacked there; Office.js reaches it through office.js. */
async function openedFake() {
  const opened = await openWorkbookFile("report.xlsx", await userFile());
  const { packed } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed)));
  return { opened, fake: createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" }) };
}

/** The workbook part's defined names as the download wrote them, by name and "@localSheetId" for a sheet's. */
function definedNames(workbookXml: string): Map<string, { local?: string; text: string; tag: string }> {
  const out = new Map<string, { local?: string; text: string; tag: string }>();
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[1])![1];
    const local = /\slocalSheetId="(\d+)"/.exec(m[1])?.[1];
    const text = m[2]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    out.set(`${name}${local === undefined ? "" : `@${local}`}`, { local, text, tag: m[1] });
  }
  return out;
}

describe("a user's print settings, names and filter survive open → page → Office.js writes → download", () => {
  let opened: Awaited<ReturnType<typeof openedFake>>["opened"];
  let download: Uint8Array;
  let saved: ExcelJS.Workbook;
  let report: ExcelJS.Worksheet;
  let reportXml: string;
  let reportRels: string;
  let contentTypes: string;
  let names: ReturnType<typeof definedNames>;

  beforeAll(async () => {
    const open = await openedFake();
    opened = open.opened;
    await open.fake.run(async (ctx) => {
      // TierLadder's own run: the first sheet goes, a sheet of its own comes last with a print area, and Report's
      // page layout is set (portrait, a print area of its own): these win over the file's.
      ctx.workbook.worksheets.getItem("Intro").delete();
      const tiers = ctx.workbook.worksheets.add("Tiers");
      tiers.getRange("A1:B2").values = [
        ["Tier", "Count"],
        ["A", 1],
      ];
      tiers.pageLayout.setPrintArea("A1:B2");
      const ws = ctx.workbook.worksheets.getItem("Report");
      ws.getRange("D1").values = [["Tier"]];
      ws.pageLayout.orientation = "Portrait";
      ws.pageLayout.setPrintArea("A1:D5");
      ws.getRange("H1:I2").values = [
        ["Tier", "Count"],
        ["A", 2],
      ];
      ws.tables.add("Report!H1:I2", true); // a table part of the download's, beside the links in the sheet's rels
      await ctx.sync();
    });
    download = await open.fake.saveXlsx();
    saved = await openXlsx(download);
    report = saved.getWorksheet("Report")!;
    const zip = await JSZip.loadAsync(download);
    reportXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    reportRels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    contentTypes = await zip.file("[Content_Types].xml")!.async("string");
    names = definedNames(await zip.file("xl/workbook.xml")!.async("string"));
  });

  it("names nothing as not kept, the printer driver's settings part its pageSetup points at included", () => {
    expect(opened.notKept).toEqual([]);
  });

  it("opens in ExcelJS, with the sheets in the download's order", () => {
    expect(saved.worksheets.map((w) => w.name)).toEqual(["Report", "Lookups", "Tiers"]);
  });

  it("keeps the margins, paper, grid lines, header and footer, and takes TierLadder's orientation", () => {
    expect(report.pageSetup.margins).toEqual({
      left: 0.25,
      right: 0.3,
      top: 0.9,
      bottom: 0.8,
      header: 0.2,
      footer: 0.1,
    });
    expect(report.pageSetup.paperSize).toBe(9);
    expect(report.pageSetup.orientation).toBe("portrait");
    expect(report.pageSetup.showGridLines).toBe(true);
    expect(report.headerFooter.oddHeader).toBe("&CQ3 report");
    expect(report.headerFooter.oddFooter).toBe("Page &P of &N");
  });

  it("keeps pageSetup's printer settings: its r:id names a printerSettings relationship to a copy of the part", async () => {
    expect(reportXml).toMatch(/<pageSetup[^>]*orientation="portrait"/); // rewritten by TierLadder's layout, r:id kept
    const id = /<pageSetup[^>]*\sr:id="([^"]*)"/.exec(reportXml)?.[1];
    const target = new RegExp(`<Relationship Id="${id}" Type="${REL}/printerSettings" Target="\\.\\./([^"]*)"`).exec(
      reportRels,
    )?.[1];
    expect(target).toBe("printerSettings/printerSettings1.bin");
    const zip = await JSZip.loadAsync(download);
    expect([...(await zip.file(`xl/${target}`)!.async("uint8array"))]).toEqual(PRINTER_SETTINGS);
    expect(contentTypes).toContain(`ContentType="${PRINTER_SETTINGS_TYPE}"`);
  });

  it("keeps the page breaks", () => {
    expect(reportXml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="3" [^>]*man="1"\/><\/rowBreaks>/);
    expect(reportXml).toContain(
      '<colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>',
    );
  });

  it("keeps the print titles, takes TierLadder's print areas, with each sheet's index in the download", () => {
    expect(names.get("_xlnm.Print_Titles@0")?.text).toMatch(/^'?Report'?!\$1:\$1$/);
    expect(report.pageSetup.printTitlesRow).toBe("1:1");
    expect(names.get("_xlnm.Print_Area@0")?.text).toMatch(/^'?Report'?!\$A\$?1:\$D\$?5$/);
    expect(names.get("_xlnm.Print_Area@2")?.text).toMatch(/^'?Tiers'?!\$A\$?1:\$B\$?2$/);
    expect([...names.keys()].filter((k) => k.startsWith("_xlnm.Print_Area"))).toHaveLength(2);
  });

  it("keeps the user's names: a range, a constant with its comment, one scoped to its sheet; drops a deleted sheet's", () => {
    expect(names.get("Regions")?.text).toBe("Lookups!$A$1:$A$3");
    expect(names.get("VAT")).toMatchObject({ text: "0.2" });
    expect(names.get("VAT")?.tag).toContain('comment="the rate this year"');
    expect(names.get("Top@1")?.text).toBe("Lookups!$A$1");
    expect([...names.keys()].some((k) => k.startsWith("Welcome"))).toBe(false);
    expect(saved.definedNames.getNames("Lookups!A1")).toEqual(expect.arrayContaining(["Regions"]));
  });

  it("keeps the filter: its range, criteria and sort, the hidden row it left, and its hidden name", () => {
    expect(reportXml).toContain(
      '<autoFilter ref="A1:C5"><filterColumn colId="0"><filters><filter val="North"/><filter val="East"/></filters></filterColumn>' +
        '<sortState ref="A2:C5"><sortCondition descending="1" ref="C2:C5"/></sortState></autoFilter>',
    );
    expect(report.autoFilter).toBe("A1:C5");
    expect(report.getRow(3).hidden).toBe(true);
    expect(names.get("_xlnm._FilterDatabase@0")).toMatchObject({ text: "Report!$A$1:$C$5" });
    expect(names.get("_xlnm._FilterDatabase@0")?.tag).toContain('hidden="1"');
  });

  it("keeps the hyperlinks: an address through a fresh relationship of the sheet, a place in the workbook as written", () => {
    expect(report.getCell("B2").hyperlink).toBe("https://example.com/a?x=1&y=2");
    expect(report.getCell("B2").text).toBe("A");
    expect(report.getCell("B4").hyperlink).toBe("#Lookups!A1");
    const link = /<hyperlink ref="B2" r:id="([^"]+)"/.exec(reportXml)?.[1];
    expect(reportRels).toContain(
      `<Relationship Id="${link}" Type="${REL}/hyperlink" Target="https://example.com/a?x=1&amp;y=2" TargetMode="External"/>`,
    );
    expect(reportRels).toContain(`${REL}/table"`); // the table TierLadder added, still related
    expect(saved.getWorksheet("Report")!.getTables()).toHaveLength(1);
    // A sheet whose download part had no relationships (no table) gets a rels part of its own.
    expect(saved.getWorksheet("Lookups")!.getCell("B1").hyperlink).toBe("https://example.org/");
    expect(contentTypes).toMatch(
      /<Default Extension="rels" ContentType="application\/vnd\.openxmlformats-package\.relationships\+xml"\/>/,
    );
  });

  it("writes the worksheet's children in CT_Worksheet's order (§18.3.1.99)", () => {
    const order = childOrder(reportXml);
    const at = (name: string) => {
      expect(order).toContain(name);
      return order.indexOf(name);
    };
    expect(at("sheetData")).toBeLessThan(at("autoFilter"));
    expect(at("autoFilter")).toBeLessThan(at("mergeCells"));
    expect(at("mergeCells")).toBeLessThan(at("hyperlinks"));
    expect(at("hyperlinks")).toBeLessThan(at("printOptions"));
    expect(at("printOptions")).toBeLessThan(at("pageMargins"));
    expect(at("pageMargins")).toBeLessThan(at("pageSetup"));
    expect(at("pageSetup")).toBeLessThan(at("headerFooter"));
    expect(at("headerFooter")).toBeLessThan(at("rowBreaks"));
    expect(at("rowBreaks")).toBeLessThan(at("colBreaks"));
    expect(order.filter((n) => n === "pageSetup")).toHaveLength(1);
  });
});

describe("an opened file's print layout under TierLadder's page layout", () => {
  /** A sheet printed to one page wide (ExcelJS writes sheetPr's fitToPage with pageSetup's fitToWidth/fitToHeight). */
  async function fitFile(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Wide");
    ws.getCell("A1").value = 1;
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
    ws.pageSetup.paperSize = 9;
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  const savedWide = async (write?: (ws: XlWorksheet) => void) => {
    const opened = await openWorkbookFile("wide.xlsx", await fitFile());
    const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packWorkbook(opened).packed)));
    const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
    if (write)
      await fake.run(async (ctx) => {
        write(ctx.workbook.worksheets.getItem("Wide"));
        await ctx.sync();
      });
    return (await openXlsx(await fake.saveXlsx())).getWorksheet("Wide")!.pageSetup;
  };

  it("keeps the fit to one page wide", async () => {
    expect(await savedWide()).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
  });

  it("takes TierLadder's scale over the file's fit (Excel's Adjust to), and keeps the paper", async () => {
    const setup = await savedWide((ws) => {
      ws.pageLayout.zoom = { scale: 80 };
    });
    expect(setup).toMatchObject({ fitToPage: false, scale: 80, paperSize: 9 });
  });
});
