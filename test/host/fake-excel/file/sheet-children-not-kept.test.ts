import { SheetChildrenNotKept } from "../../../../src/host/fake-excel/file/sheet-children-not-kept";
import { SPARKLINES_URI, X14_URIS } from "../../../../src/host/fake-excel/file/sheet-rules-kept";
import { XmlScanner } from "../../../../src/host/fake-excel/file/xml-scanner";

/**
 * SheetChildrenNotKept on worksheet parts written here: CT_Worksheet's children (ECMA-376 Part 1 §18.3.1.99) and
 * its extLst's ext elements (§18.2.7, uris from MS-XLSX §2.2.4.12's table of a worksheet's extensions).
 */
const PIVOT_SLICERS = "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}";
const TABLE_SLICERS = "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}";
const TIMELINES = "{7E03D99C-DC04-49d9-9315-930204A7B6E9}";
const UNKNOWN_URI = "{00000000-0000-0000-0000-000000000000}";

function notKeptOf(body: string, alsoKept?: readonly string[]): string[] {
  const handler = new SheetChildrenNotKept(alsoKept);
  const scanner = new XmlScanner(handler);
  scanner.write(`<worksheet xmlns="main">${body}</worksheet>`);
  scanner.end();
  return handler.features();
}

const extLst = (...uris: string[]) =>
  `<extLst>${uris.map((uri) => `<ext uri="${uri}"><x14:any/></ext>`).join("")}</extLst>`;

describe("SheetChildrenNotKept", () => {
  it("names nothing in a sheet of children it reads or keeps, whatever they hold", () => {
    const body =
      '<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView/></sheetViews>' +
      '<sheetFormatPr/><cols><col min="1" max="1"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<mergeCells><mergeCell ref="A1:B1"/></mergeCells><conditionalFormatting/><dataValidations/>' +
      '<pageMargins/><pageSetup/><drawing r:id="rId1"/><tableParts/>';
    expect(notKeptOf(body)).toEqual([]);
  });

  it("leaves a worksheet-level mc:AlternateContent to sheet-elements-kept.ts, which judges what it wraps", () => {
    const body =
      '<sheetData/><mc:AlternateContent><mc:Choice Requires="x14"><laterSchemaPart/></mc:Choice></mc:AlternateContent>';
    expect(notKeptOf(body)).toEqual([]);
  });

  it("names a worksheet child it neither reads nor keeps as another sheet part", () => {
    expect(notKeptOf('<sheetData/><laterSchemaPart a="1"/>')).toEqual(["otherSheetParts"]);
  });

  it("judges only the worksheet's own children: an unknown element inside a read one is that one's business", () => {
    expect(notKeptOf("<sheetPr><laterSchemaPart/></sheetPr><sheetData><row><unknown/></row></sheetData>")).toEqual([]);
  });

  it("judges the sibling after a nested element at the worksheet's level again", () => {
    expect(notKeptOf("<sheetPr><tabColor/></sheetPr><laterSchemaPart/>")).toEqual(["otherSheetParts"]);
  });

  it("names nothing for the extensions the download keeps, their uri compared without case", () => {
    expect(notKeptOf(extLst(X14_URIS.conditionalFormat, X14_URIS.validation.toLowerCase(), SPARKLINES_URI))).toEqual(
      [],
    );
  });

  it("names an extension of an unknown uri, and one without a uri, as another sheet part", () => {
    expect(notKeptOf(extLst(UNKNOWN_URI))).toEqual(["otherSheetParts"]);
    expect(notKeptOf("<extLst><ext><x14:any/></ext></extLst>")).toEqual(["otherSheetParts"]);
  });

  it.each([
    ["PivotTable slicers (x14:slicerList)", PIVOT_SLICERS],
    ["table slicers (x15:slicerList)", TABLE_SLICERS],
    ["timelines (x15:timelineRefs)", TIMELINES],
  ])("names the extension of %s as slicers", (_what, uri) => {
    expect(notKeptOf(extLst(uri))).toEqual(["slicers"]);
  });

  it("names nothing for a slicer extension the caller keeps with the workbook's slicer caches, and still names the others", () => {
    expect(notKeptOf(extLst(PIVOT_SLICERS), [PIVOT_SLICERS])).toEqual([]);
    expect(notKeptOf(extLst(PIVOT_SLICERS, TIMELINES), [PIVOT_SLICERS])).toEqual(["slicers"]);
  });

  it("judges only an extLst's own ext children: not an ext elsewhere, nor another element in the extLst", () => {
    expect(notKeptOf(`<sheetPr><ext uri="${UNKNOWN_URI}"/></sheetPr>`)).toEqual([]);
    expect(notKeptOf(`<extLst><other uri="${UNKNOWN_URI}"/></extLst>`)).toEqual([]);
    expect(notKeptOf(`<extLst><ext uri="${SPARKLINES_URI}"><ext uri="${UNKNOWN_URI}"/></ext></extLst>`)).toEqual([]);
  });

  it("no longer reads ext as an extension once the extLst has closed", () => {
    expect(notKeptOf(`<extLst/><sheetPr><ext uri="${PIVOT_SLICERS}"/></sheetPr>`)).toEqual([]);
  });

  it("lists slicers before other sheet parts, whatever the order met", () => {
    expect(notKeptOf(`<laterSchemaPart/>${extLst(UNKNOWN_URI, PIVOT_SLICERS)}`)).toEqual([
      "slicers",
      "otherSheetParts",
    ]);
  });
});
