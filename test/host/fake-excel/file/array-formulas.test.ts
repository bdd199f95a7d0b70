import { anchoredAt } from "../../../../src/host/fake-excel/file/array-formulas";
import { CellLooks } from "../../../../src/host/fake-excel/file/cell-looks";
import { cellMetadataRecords, namesRecord } from "../../../../src/host/fake-excel/file/cell-metadata";
import { fileWorkbook, formulaKey } from "../../../../src/host/fake-excel/file/file-workbook";
import { SharedStringsWriter } from "../../../../src/host/fake-excel/file/shared-strings-writer";
import { SheetCellWalker } from "../../../../src/host/fake-excel/file/sheet-cell-walker";
import { SheetCells } from "../../../../src/host/fake-excel/file/sheet-cells";
import { SheetDataXml } from "../../../../src/host/fake-excel/file/sheet-data-xml";
import { XmlScanner } from "../../../../src/host/fake-excel/file/xml-scanner";
import { WorkbookState } from "../../../../src/host/fake-excel/state";

/** Array formulas' reading and writing, piece by piece (file-array-formulas.test.ts follows a file through). */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A sheet part of these cells read by SheetCells, with `records` cell metadata records in the workbook. */
function read(cells: string, records?: number) {
  const sheet = new SheetCells({ sharedStrings: [], styleFormats: [], date1904: false, cellMetadataRecords: records });
  const scanner = new XmlScanner(sheet);
  scanner.write(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`);
  scanner.end();
  sheet.finish();
  return sheet;
}

describe("an array formula's range, anchored at its cell", () => {
  it("is anchored at the top-left cell of its range, and a one-cell range at that cell", () => {
    expect(anchoredAt("E2:E4", 1, 4)).toBe(true);
    expect(anchoredAt("B3", 2, 1)).toBe(true);
    expect(anchoredAt("AA10:AC12", 9, 26)).toBe(true);
  });

  it("is not anchored at another cell of its range, nor read from corners given bottom-right first", () => {
    expect(anchoredAt("E2:E4", 2, 4)).toBe(false);
    expect(anchoredAt("E4:E2", 3, 4)).toBe(false);
    expect(anchoredAt("E4:E2", 1, 4)).toBe(false);
  });

  it("is no range when it is not A1 cells (a sheet, $, lower case, whole columns)", () => {
    for (const ref of ["Data!E2:E4", "$E$2:$E$4", "e2:e4", "E:E", ""]) expect(anchoredAt(ref, 1, 4)).toBe(false);
  });
});

describe("the metadata part's cell metadata records", () => {
  it("counts the bk records of cellMetadata only, not futureMetadata's", () => {
    // xlsxwriter 3.2.9's metadata.xml for one dynamic array (make_fixtures.py write_array_formulas), abridged.
    const xml =
      `<metadata xmlns="${MAIN}"><metadataTypes count="1"><metadataType name="XLDAPR"/></metadataTypes>` +
      '<futureMetadata name="XLDAPR" count="1"><bk><extLst/></bk></futureMetadata>' +
      '<cellMetadata count="2"><bk><rc t="1" v="0"/></bk><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';
    expect(cellMetadataRecords(xml)).toBe(2);
    expect(cellMetadataRecords(xml.replace(/<cellMetadata[\s\S]*<\/cellMetadata>/, ""))).toBe(0);
  });

  it("counts them under a prefix too", () => {
    expect(
      cellMetadataRecords(`<x:metadata xmlns:x="${MAIN}"><x:cellMetadata><x:bk/></x:cellMetadata></x:metadata>`),
    ).toBe(1);
  });

  it("gives meaning to a cm from 1 to the records' count, written in digits (Office's one-based cm, MS-OI29500 on §18.3.1.4)", () => {
    expect([namesRecord("1", 2), namesRecord("2", 2)]).toEqual([true, true]);
    expect([namesRecord("0", 2), namesRecord("3", 2), namesRecord("1", 0), namesRecord("1.0", 2)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("SheetCells reading array formulas", () => {
  const LEGACY = '<c r="E1"><f t="array" ref="E1:E3">B1:B3*2</f><v>2400</v></c>';
  const DYNAMIC = '<c r="F1" cm="1"><f t="array" ref="F1:F3">_xlfn._xlws.SORT(B1:B3)</f><v>300</v></c>';

  it("keeps a legacy array's range on its anchor, and its formula among the formulas", () => {
    const cells = read(LEGACY);
    expect(cells.arrayFormulas).toEqual([[0, 4, { ref: "E1:E3" }]]);
    expect(cells.formulas).toEqual([[0, 4, "=B1:B3*2"]]);
    expect(cells.notKept()).toEqual([]);
  });

  it("keeps a dynamic array's cm when the metadata part has that record", () => {
    const cells = read(DYNAMIC, 1);
    expect(cells.arrayFormulas).toEqual([[0, 5, { ref: "F1:F3", cm: "1" }]]);
    expect(cells.notKept()).toEqual([]);
  });

  it("drops a cm the workbook has no record for, keeping the array fixed-size, and says so", () => {
    const cells = read(DYNAMIC);
    expect(cells.arrayFormulas).toEqual([[0, 5, { ref: "F1:F3" }]]);
    expect(cells.notKept()).toEqual(["arrayFormulas"]);
  });

  it("keeps a shared formula and an ordinary one out of the arrays", () => {
    const cells = read(
      '<c r="A1"><f t="shared" ref="A1:B1" si="0">C1</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="G1"><f>B1+1</f><v>2</v></c>',
    );
    expect(cells.arrayFormulas).toEqual([]);
    expect(cells.formulas).toEqual([
      [0, 0, "=C1"],
      [0, 1, "=D1"],
      [0, 6, "=B1+1"],
    ]);
  });

  it("reads an array whose range does not start at its cell as an ordinary formula, and says so", () => {
    const cells = read('<c r="E1"><f t="array" ref="E2:E4">B1:B3*2</f><v>2400</v></c>');
    expect(cells.arrayFormulas).toEqual([]);
    expect(cells.formulas).toEqual([[0, 4, "=B1:B3*2"]]);
    expect(cells.notKept()).toEqual(["arrayFormulas"]);
  });

  it('says so for a cm on a cell without an array formula, and for cm="0" (no metadata) says nothing', () => {
    expect(read('<c r="A1" cm="1"><v>5</v></c>', 1).notKept()).toEqual(["arrayFormulas"]);
    expect(read('<c r="A1" cm="0"><v>5</v></c>', 1).notKept()).toEqual([]);
  });
});

/** A state whose sheet "Data" holds a legacy array on E1 and a dynamic one on F1, with their results below. */
function arraysState() {
  const state = new WorkbookState();
  const sheet = state.addSheet("Data");
  state.setFormula(sheet, 0, 4, { formula: "=B1:B3*2", value: 2400 });
  state.setFormula(sheet, 0, 5, { formula: "=_xlfn._xlws.SORT(B1:B3)", value: 300 });
  state.setRaw(sheet, 1, 4, 1600);
  sheet.arrayFormulas.set(formulaKey(0, 4), { ref: "E1:E3" });
  sheet.arrayFormulas.set(formulaKey(0, 5), { ref: "F1:F3", cm: "1" });
  return { state, sheet };
}

/** The sheet's sheetData as the download writes it. */
function sheetData(state: WorkbookState): string {
  const [sheet] = fileWorkbook(state, "en-US").sheets;
  const walker = new SheetCellWalker(sheet, [], new CellLooks());
  const data = new SheetDataXml(walker, () => 0, new SharedStringsWriter());
  data.rows(0, walker.rowsEnd);
  return Buffer.concat(data.finish()).toString("utf8");
}

describe("SheetDataXml writing array formulas", () => {
  it('writes the anchors with f t="array" ref, the dynamic one\'s cm after r, and the result below as a value', () => {
    expect(sheetData(arraysState().state)).toBe(
      '<sheetData><row r="1"><c r="E1"><f t="array" ref="E1:E3">B1:B3*2</f><v>2400</v></c>' +
        '<c r="F1" cm="1"><f t="array" ref="F1:F3">_xlfn._xlws.SORT(B1:B3)</f><v>300</v></c></row>' +
        '<row r="2"><c r="E2"><v>1600</v></c></row></sheetData>',
    );
  });

  it("puts cm after t when the result is text (CT_Cell's attributes r, s, t, cm)", () => {
    const { state, sheet } = arraysState();
    state.setRaw(sheet, 0, 5, "Acme");
    expect(sheetData(state)).toContain('<c r="F1" t="str" cm="1"><f t="array" ref="F1:F3">');
  });
});

describe("WorkbookState and an array's anchor", () => {
  const key = formulaKey(0, 4);

  it("drops the record when a value or a formula is written over the anchor (the cell is then ordinary)", () => {
    const typed = arraysState();
    typed.state.setTyped(typed.sheet, 0, 4, 7);
    expect(typed.sheet.arrayFormulas.has(key)).toBe(false);
    const formula = arraysState();
    formula.state.setFormula(formula.sheet, 0, 4, { formula: "=B1*3", value: 3600 });
    expect(formula.sheet.arrayFormulas.has(key)).toBe(false);
  });

  it("drops the record when the anchor's contents are cleared, not when only its formats are", () => {
    const formats = arraysState();
    formats.state.clear(formats.sheet, { row: 0, column: 4, rowCount: 1, columnCount: 1 }, "Formats");
    expect(formats.sheet.arrayFormulas.get(key)).toEqual({ ref: "E1:E3" });
    const contents = arraysState();
    contents.state.clear(contents.sheet, { row: 0, column: 4, rowCount: 1, columnCount: 1 }, "Contents");
    expect(contents.sheet.arrayFormulas.has(key)).toBe(false);
  });

  it("keeps the record when another cell of its range is written (Excel refuses that; the fake does not model it)", () => {
    const { state, sheet } = arraysState();
    state.setTyped(sheet, 1, 4, 5);
    expect(sheet.arrayFormulas.get(key)).toEqual({ ref: "E1:E3" });
  });

  it("puts the record back with the cells saved by saveCells", () => {
    const { state, sheet } = arraysState();
    const restore = state.saveCells(sheet, { row: 0, column: 4, rowCount: 1, columnCount: 2 });
    state.setTyped(sheet, 0, 4, 7);
    state.setTyped(sheet, 0, 5, 8);
    restore();
    expect([...sheet.arrayFormulas]).toEqual([
      [key, { ref: "E1:E3" }],
      [formulaKey(0, 5), { ref: "F1:F3", cm: "1" }],
    ]);
  });
});
