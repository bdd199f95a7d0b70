import JSZip from "jszip";
import {
  indexedInTabOrder,
  keepChartSheets,
  namesInTabOrder,
  tabOrderOf,
} from "../../../../src/host/fake-excel/file/chart-sheets-writing";
import type { FileWorkbook } from "../../../../src/host/fake-excel/file/file-workbook";
import type { FileChartSheet } from "../../../../src/host/fake-excel/file/kept-chart-sheets";
import type { KeptPart } from "../../../../src/host/fake-excel/file/kept-parts";
import type { SheetPartsCopier } from "../../../../src/host/fake-excel/file/sheet-parts-writing";

/**
 * The chart-sheet writing steps on workbook parts written here as ExcelJS writes them: `<sheets>` of `<sheet/>`
 * (ECMA-376 Part 1 §18.2.19), definedName localSheetId (§18.2.5), workbookView activeTab (§18.2.30), the workbook
 * part's relationships, and docProps/app.xml's HeadingPairs and TitlesOfParts (§22.2.2.12, §22.2.2.26).
 */
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHARTSHEET = `${R}/chartsheet`;
const DIALOGSHEET = `${R}/dialogsheet`;

const part = (name: string): KeptPart => ({ name, contentType: "t", bytes: new Uint8Array(), relationships: [] });

const chartSheet = (name: string, after: number | undefined, over: Partial<FileChartSheet> = {}): FileChartSheet => ({
  name,
  visibility: "Visible",
  relationshipType: CHARTSHEET,
  parts: [part(`xl/chartsheets/${name}.xml`)],
  definedNames: [],
  ...(after !== undefined ? { after } : {}),
  ...over,
});

/** A FileWorkbook with only what these steps read: its worksheets' names and its chart sheets. */
const fileOf = (
  worksheets: { name: string; definedNames?: { name: string; xml: string }[] }[],
  chartSheets?: FileChartSheet[],
) =>
  ({
    sheets: worksheets.map((w) => ({ definedNames: [], ...w })),
    ...(chartSheets ? { chartSheets } : {}),
  }) as unknown as FileWorkbook;

/** A copier that "copies" a tree to a name of its own, as sheet-parts-writing.ts would. */
function recordingCopier() {
  const trees: string[][] = [];
  const copier = {
    keepTree: (parts: readonly KeptPart[]) => {
      trees.push(parts.map((p) => p.name));
      return `xl/chartsheets/copy${trees.length}.xml`;
    },
  } as unknown as SheetPartsCopier;
  return { copier, trees };
}

const WORKBOOK_RELS =
  `<Relationships><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rIdChartSheet1" Type="${R}/styles" Target="styles.xml"/></Relationships>`;

const workbookXml = (sheets: string) => `<workbook><bookViews/><sheets>${sheets}</sheets><definedNames/></workbook>`;
const SHEET_A = '<sheet name="A" sheetId="1" r:id="rId1"/>';
const SHEET_B = '<sheet name="B" sheetId="4" r:id="rId2"/>';

function zipOf(files: Record<string, string>): JSZip {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip;
}
const textOf = (zip: JSZip, path: string) => zip.file(path)?.async("string");

describe("tabOrderOf and namesInTabOrder", () => {
  it("puts each chart sheet after the worksheet it follows and counts each sheet's names in that order", () => {
    const file = fileOf(
      [
        { name: "A", definedNames: [{ name: "_xlnm.Print_Area", xml: "<a/>" }] },
        { name: "B", definedNames: [{ name: "Local", xml: "<b/>" }] },
      ],
      [chartSheet("First", undefined, { definedNames: [{ name: "OnChart", xml: "<c/>" }] }), chartSheet("AfterA", 0)],
    );
    const order = tabOrderOf(file);
    // Tabs: First, A, AfterA, B.
    expect(order.entries).toEqual([{ chartSheet: 0 }, { worksheet: 0 }, { chartSheet: 1 }, { worksheet: 1 }]);
    expect(namesInTabOrder(file, order)).toEqual([
      { name: "_xlnm.Print_Area", xml: "<a/>", sheet: 1 },
      { name: "Local", xml: "<b/>", sheet: 3 },
      { name: "OnChart", xml: "<c/>", sheet: 0 },
    ]);
  });

  it("counts worksheets alone in a workbook without chart sheets", () => {
    const file = fileOf([{ name: "A" }, { name: "B", definedNames: [{ name: "N", xml: "<n/>" }] }]);
    const order = tabOrderOf(file);
    expect(order.entries).toEqual([{ worksheet: 0 }, { worksheet: 1 }]);
    expect(namesInTabOrder(file, order)).toEqual([{ name: "N", xml: "<n/>", sheet: 1 }]);
  });
});

describe("indexedInTabOrder", () => {
  it("renumbers each name's localSheetId and each view's activeTab in the tab order, leaving the rest", () => {
    const order = tabOrderOf(fileOf([{ name: "A" }, { name: "B" }], [chartSheet("First", undefined)]));
    const xml =
      '<workbook><bookViews><workbookView firstSheet="0" activeTab="1"/></bookViews><definedNames>' +
      '<definedName name="P" localSheetId="0">A!$A$1</definedName><definedName name="G">B!$A$1</definedName>' +
      '<definedName name="Q" comment="a > b" localSheetId="1">B!$A$1</definedName></definedNames></workbook>';
    expect(indexedInTabOrder(xml, order)).toBe(
      '<workbook><bookViews><workbookView firstSheet="0" activeTab="2"/></bookViews><definedNames>' +
        '<definedName name="P" localSheetId="1">A!$A$1</definedName><definedName name="G">B!$A$1</definedName>' +
        '<definedName name="Q" comment="a > b" localSheetId="2">B!$A$1</definedName></definedNames></workbook>',
    );
  });
});

describe("indexedInTabOrder, attributes written otherwise", () => {
  it("finds names and views whose attributes are single-quoted, longer than a character, or hold a `>`", () => {
    const order = tabOrderOf(fileOf([{ name: "A" }, { name: "B" }], [chartSheet("First", undefined)]));
    const xml =
      "<workbookView xWindow='240' windowWidth=\"16384\" activeTab='1'/>" +
      "<definedName name='Print' comment='a > b' localSheetId='0'>A!$A$1</definedName>";
    expect(indexedInTabOrder(xml, order)).toBe(
      '<workbookView xWindow=\'240\' windowWidth="16384" activeTab="2"/>' +
        "<definedName name='Print' comment='a > b' localSheetId=\"1\">A!$A$1</definedName>",
    );
  });
});

describe("keepChartSheets", () => {
  it("changes nothing for a workbook without chart sheets, even one whose package has no workbook part", async () => {
    const zip = zipOf({});
    await keepChartSheets(zip, fileOf([{ name: "A" }], []), recordingCopier().copier);
    await keepChartSheets(zip, fileOf([{ name: "A" }]), recordingCopier().copier);
    expect(Object.keys(zip.files)).toEqual([]);
  });

  it("relates the workbook part to each copy under a fresh id and lists each sheet at its tab place, after the highest sheetId", async () => {
    const zip = zipOf({
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/workbook.xml": workbookXml(SHEET_A + SHEET_B),
    });
    const { copier, trees } = recordingCopier();
    const file = fileOf(
      [{ name: "A" }, { name: "B" }],
      [
        chartSheet("After A", 0, { visibility: "Hidden" }),
        chartSheet("Q&A <1>", undefined, { relationshipType: DIALOGSHEET, visibility: "VeryHidden" }),
        chartSheet("Last", 1),
      ],
    );
    await keepChartSheets(zip, file, copier);
    expect(trees).toEqual([
      ["xl/chartsheets/After A.xml"],
      ["xl/chartsheets/Q&A <1>.xml"],
      ["xl/chartsheets/Last.xml"],
    ]);
    expect(await textOf(zip, "xl/_rels/workbook.xml.rels")).toBe(
      WORKBOOK_RELS.replace(
        "</Relationships>",
        `<Relationship Id="rIdChartSheet2" Type="${CHARTSHEET}" Target="chartsheets/copy1.xml"/>` +
          `<Relationship Id="rIdChartSheet3" Type="${DIALOGSHEET}" Target="chartsheets/copy2.xml"/>` +
          `<Relationship Id="rIdChartSheet4" Type="${CHARTSHEET}" Target="chartsheets/copy3.xml"/></Relationships>`,
      ),
    );
    // sheetIds after the worksheets' highest (4), by the chart sheet's place in the file's list.
    expect(await textOf(zip, "xl/workbook.xml")).toBe(
      workbookXml(
        '<sheet name="Q&amp;A &lt;1&gt;" sheetId="6" state="veryHidden" r:id="rIdChartSheet3"/>' +
          SHEET_A +
          '<sheet name="After A" sheetId="5" state="hidden" r:id="rIdChartSheet2"/>' +
          SHEET_B +
          '<sheet name="Last" sheetId="7" r:id="rIdChartSheet4"/>',
      ),
    );
  });

  it("numbers from sheetId 1 when the worksheets have none, and keeps a `$` in the workbook part as written", async () => {
    const zip = zipOf({
      "xl/_rels/workbook.xml.rels": "<Relationships></Relationships>",
      "xl/workbook.xml":
        '<workbook><sheets><sheet name="A" r:id="rId1"/></sheets><definedName>A!$A$1</definedName></workbook>',
    });
    await keepChartSheets(zip, fileOf([{ name: "A" }], [chartSheet("C", 0)]), recordingCopier().copier);
    expect(await textOf(zip, "xl/workbook.xml")).toBe(
      '<workbook><sheets><sheet name="A" r:id="rId1"/><sheet name="C" sheetId="1" r:id="rIdChartSheet1"/></sheets>' +
        "<definedName>A!$A$1</definedName></workbook>",
    );
  });

  it("refuses a package without the workbook part's relationships or the workbook part, or a workbook part without <sheets>", async () => {
    const file = fileOf([{ name: "A" }], [chartSheet("C", 0)]);
    const { copier } = recordingCopier();
    await expect(keepChartSheets(zipOf({}), file, copier)).rejects.toThrow(
      "The workbook package has no xl/_rels/workbook.xml.rels.",
    );
    await expect(keepChartSheets(zipOf({ "xl/_rels/workbook.xml.rels": WORKBOOK_RELS }), file, copier)).rejects.toThrow(
      "The workbook package has no xl/workbook.xml.",
    );
    const noSheets = zipOf({
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/workbook.xml": "<workbook><sheets/></workbook>",
    });
    await expect(keepChartSheets(noSheets, file, copier)).rejects.toThrow("The workbook part has no <sheets>.");
  });

  it("refuses a workbook part that lists other worksheets than were saved, or none", async () => {
    const zip = zipOf({ "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/workbook.xml": workbookXml(SHEET_A) });
    await expect(
      keepChartSheets(zip, fileOf([{ name: "A" }, { name: "B" }], [chartSheet("C", 0)]), recordingCopier().copier),
    ).rejects.toThrow("The workbook part lists other sheets than saved.");
    const none = zipOf({ "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/workbook.xml": workbookXml("") });
    await expect(
      keepChartSheets(none, fileOf([{ name: "A" }], [chartSheet("C", 0)]), recordingCopier().copier),
    ).rejects.toThrow("The workbook part lists other sheets than saved.");
  });

  it("finds worksheets whose <sheet> has single-quoted attributes, and escapes a chart sheet's quotes", async () => {
    const sheetA = "<sheet name='Sales > Costs' sheetId='3' r:id='rId1'/>";
    const zip = zipOf({ "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/workbook.xml": workbookXml(sheetA) });
    await keepChartSheets(
      zip,
      fileOf([{ name: "Sales > Costs" }], [chartSheet('Say "hi"', 0)]),
      recordingCopier().copier,
    );
    expect(await textOf(zip, "xl/workbook.xml")).toBe(
      workbookXml(`${sheetA}<sheet name="Say &quot;hi&quot;" sheetId="4" r:id="rIdChartSheet2"/>`),
    );
  });

  it("lists chart sheets, not dialog sheets, under a Charts heading in the extended properties", async () => {
    const app =
      '<Properties><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      '<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr">' +
      "<vt:lpstr>A</vt:lpstr></vt:vector></TitlesOfParts></Properties>";
    const zip = zipOf({
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/workbook.xml": workbookXml(SHEET_A),
      "docProps/app.xml": app,
    });
    const sheets = [
      chartSheet("Sales & Costs", 0),
      chartSheet("D", 0, { relationshipType: DIALOGSHEET }),
      chartSheet("E", 0),
    ];
    await keepChartSheets(zip, fileOf([{ name: "A" }], sheets), recordingCopier().copier);
    expect(await textOf(zip, "docProps/app.xml")).toBe(
      '<Properties><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
        "<vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant>" +
        '<vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr">' +
        "<vt:lpstr>A</vt:lpstr><vt:lpstr>Sales &amp; Costs</vt:lpstr><vt:lpstr>E</vt:lpstr></vt:vector></TitlesOfParts></Properties>",
    );
  });

  it("grows a vector of ten or more titles by the chart sheets'", async () => {
    const titles = Array.from({ length: 10 }, (_, i) => `<vt:lpstr>S${i}</vt:lpstr>`).join("");
    const app = `<Properties><TitlesOfParts><vt:vector size="10" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`;
    const zip = zipOf({
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/workbook.xml": workbookXml(SHEET_A),
      "docProps/app.xml": app,
    });
    await keepChartSheets(zip, fileOf([{ name: "A" }], [chartSheet("C", 0)]), recordingCopier().copier);
    expect(await textOf(zip, "docProps/app.xml")).toBe(
      `<Properties><TitlesOfParts><vt:vector size="11" baseType="lpstr">${titles}<vt:lpstr>C</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
    );
  });

  it("leaves the extended properties as they were when only dialog sheets are kept, and writes none when there are none", async () => {
    const app = '<Properties><HeadingPairs><vt:vector size="2"></vt:vector></HeadingPairs></Properties>';
    const zip = zipOf({
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/workbook.xml": workbookXml(SHEET_A),
      "docProps/app.xml": app,
    });
    await keepChartSheets(
      zip,
      fileOf([{ name: "A" }], [chartSheet("D", 0, { relationshipType: DIALOGSHEET })]),
      recordingCopier().copier,
    );
    expect(await textOf(zip, "docProps/app.xml")).toBe(app);

    const without = zipOf({ "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/workbook.xml": workbookXml(SHEET_A) });
    await keepChartSheets(without, fileOf([{ name: "A" }], [chartSheet("C", 0)]), recordingCopier().copier);
    expect(without.file("docProps/app.xml")).toBeNull();
  });
});
