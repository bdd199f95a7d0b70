import { worksheetAround } from "../../../../src/host/fake-excel/file/worksheet-part";
import { childOrder } from "./package-reader";

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe("a worksheet part around its cells", () => {
  // CT_Worksheet (ECMA-376 Part 1 §18.3.1.99): sheetPr?, dimension?, sheetViews?, …, sheetData.
  it.each([
    ["an empty sheetPr", "<sheetPr/>"],
    ["a sheetPr with fitToPage", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'],
    ["a sheetPr with a code name", '<sheetPr codeName="Sheet1"/>'],
  ])("puts the dimension after %s, not before it", (_, sheetPr) => {
    const xml = `${ROOT}${sheetPr}<dimension ref="A1"/><sheetViews/><sheetData/></worksheet>`;
    const { before, after } = worksheetAround(xml, "xl/worksheets/sheet1.xml", "A1:C5");
    expect(childOrder(`${before}<sheetData/>${after}`)).toEqual(["sheetPr", "dimension", "sheetViews", "sheetData"]);
    expect(before).toContain('<dimension ref="A1:C5"/>');
  });

  it("puts the dimension first when there is no sheetPr", () => {
    const { before } = worksheetAround(`${ROOT}<sheetViews/><sheetData/></worksheet>`, "x.xml", "A1");
    expect(childOrder(`${before}<sheetData/></worksheet>`)).toEqual(["dimension", "sheetViews", "sheetData"]);
  });
});
