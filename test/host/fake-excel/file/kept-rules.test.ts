import { dxfFills } from "../../../../src/host/fake-excel/file/dxf-fills";
import { keptRulesOffCells } from "../../../../src/host/fake-excel/file/kept-rules-off-cells";
import { rulesForDownload } from "../../../../src/host/fake-excel/file/kept-rules-merge";
import { SheetRulesKept } from "../../../../src/host/fake-excel/file/sheet-rules-kept";
import { sqrefMinus } from "../../../../src/host/fake-excel/file/sqref-minus";
import { XmlScanner } from "../../../../src/host/fake-excel/file/xml-scanner";

/**
 * The pieces of keeping a file's rules, on XML written here after ECMA-376 Part 1 (§18.3.1.10 cfRule, §18.3.1.18
 * conditionalFormatting, §18.3.1.32 dataValidation, §18.8.14 dxf) and MS-XLSX §2.2.4.12 (the x14 extensions' uris):
 * the cases the xlsxwriter fixture (file-rules.test.ts) does not hold.
 */
const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
const XM = 'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
const DV_URI = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";
const CF_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const x14List = (sqref: string) =>
  `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`;
const x14Validations = (...sqrefs: string[]) =>
  `<ext ${X14} uri="${DV_URI}"><x14:dataValidations ${XM} count="${sqrefs.length}">${sqrefs.map(x14List).join("")}</x14:dataValidations></ext>`;

describe("a list of ranges less the cells of a range (ST_Sqref, §18.18.76)", () => {
  const rows6to9OfD = { row: 5, column: 3, rowCount: 4, columnCount: 1 };
  it("keeps the rows above, then the columns left and right of the hole", () => {
    expect(sqrefMinus("A2:I9", rows6to9OfD)).toBe("A2:I5 A6:C9 E6:I9");
  });
  it("gives the same text when no reference meets the hole, and nothing when all its cells are in it", () => {
    expect(sqrefMinus("A1:B2 F1", rows6to9OfD)).toBe("A1:B2 F1");
    expect(sqrefMinus("D6:D7 D9", rows6to9OfD)).toBe("");
  });
});

describe("what of a sheet's rules the fake holds, and what goes to the download as the file wrote it", () => {
  // dxf 0: a fill and a font colour; dxf 1: a fill only.
  const styles =
    '<styleSheet><dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' +
    '<dxf><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs></styleSheet>';
  const cellIs = (sqref: string, dxfId: number, more = "") =>
    `<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${dxfId}" priority="1" operator="equal"${more}><formula>"A"</formula></cfRule></conditionalFormatting>`;
  const list = (sqref: string, more = "") =>
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${more} sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation>`;
  const sparklines = `<ext ${X14} uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups/></ext>`;
  const sheet =
    `<worksheet xmlns="main"><sheetData/>${cellIs("A1:A9", 0)}${cellIs("B1:B9", 1)}${cellIs("C1:C9", 1, ' stopIfTrue="1"')}` +
    `<dataValidations disablePrompts="1" count="2">${list("D1:D9")}${list("E1:E9", ' prompt="Pick one"')}</dataValidations>` +
    `<extLst>${x14Validations("F1:F9")}${sparklines}</extLst></worksheet>`;
  let rules: SheetRulesKept;

  beforeAll(() => {
    rules = new SheetRulesKept(dxfFills(styles));
    const scanner = new XmlScanner(rules);
    scanner.write(sheet);
    scanner.end();
  });

  it("holds a cell-value rule whose format is a fill only, and a list the saver writes back as it was", () => {
    expect(rules.rules.condFormats).toEqual([
      {
        rect: { row: 0, column: 1, rowCount: 9, columnCount: 1 },
        operator: "EqualTo",
        formula1: '="A"',
        fill: "#C6EFCE",
        priority: 1,
      },
    ]);
    expect(rules.rules.validations).toEqual([
      { rect: { row: 0, column: 3, rowCount: 9, columnCount: 1 }, list: ["a", "b"] },
    ]);
  });

  it("keeps as XML a rule whose format has a font beside its fill, a rule with stopIfTrue, a list with a prompt (under the file's disablePrompts), the x14 lists and the sparklines' extension (MS-XLSX §2.4.8)", () => {
    expect(rules.kept()).toEqual([
      { element: "conditionalFormatting", xml: cellIs("A1:A9", 0) },
      { element: "conditionalFormatting", xml: cellIs("C1:C9", 1, ' stopIfTrue="1"') },
      {
        element: "dataValidations",
        xml: `<dataValidations disablePrompts="1" count="1">${list("E1:E9", ' prompt="Pick one"')}</dataValidations>`,
      },
      { element: "extLst", xml: `<extLst>${x14Validations("F1:F9")}${sparklines}</extLst>` },
    ]);
  });
});

describe("kept rules merged with the rules ExcelJS wrote", () => {
  it("writes one ext per uri (§18.2.10): the kept ext's rules join the written one's, with the prefixes they use declared", () => {
    const x14Rule = (sqref: string, priority: number) =>
      `<x14:conditionalFormatting><x14:cfRule type="iconSet" id="{0}" priority="${priority}"/><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`;
    const cfExt = (rule: string) =>
      `<ext ${X14} uri="${CF_URI}"><x14:conditionalFormattings ${XM}>${rule}</x14:conditionalFormattings></ext>`;
    const after = `<extLst>${cfExt(x14Rule("A1:A9", 1))}</extLst></worksheet>`;
    const kept = [
      { element: "extLst", xml: `<extLst>${cfExt(x14Rule("B1:B9", 3))}${x14Validations("F1:F9")}</extLst>` },
    ];
    const [extLst, ...rest] = rulesForDownload(after, kept, [], new Map());
    expect(rest).toEqual([]);
    // The written rule (one the add-in added: no file priority) ranks first, then the file's. The file's ext comes
    // first (kept before written); the written rule moves under its wrapper with the x14 and xm declarations it had.
    const moved = x14Rule("A1:A9", 1).replace(
      "<x14:conditionalFormatting>",
      `<x14:conditionalFormatting ${X14} ${XM}>`,
    );
    expect(extLst).toEqual({
      element: "extLst",
      xml: `<extLst>${cfExt(x14Rule("B1:B9", 2) + moved)}${x14Validations("F1:F9")}</extLst>`,
    });
  });
});

describe("the extensions of one extLst in Excel's order", () => {
  it("puts the written conditional formats before the kept validations and sparklines (MS-XLSX §2.2.4.12's table order)", () => {
    const sparklines = `<ext ${X14} uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups/></ext>`;
    const written = `<ext ${X14} uri="${CF_URI}"><x14:conditionalFormattings ${XM}/></ext>`;
    const kept = [{ element: "extLst", xml: `<extLst>${sparklines}${x14Validations("F1:F9")}</extLst>` }];
    expect(rulesForDownload(`<extLst>${written}</extLst></worksheet>`, kept, [], new Map())).toEqual([
      { element: "extLst", xml: `<extLst>${written}${x14Validations("F1:F9")}${sparklines}</extLst>` },
    ]);
  });
});

describe("kept x14 validations taken off cells (MS-XLSX §2.2.4.12: their cells in xm:sqref)", () => {
  const kept = [{ element: "extLst", xml: `<extLst>${x14Validations("F1:F9", "G1:G9")}</extLst>` }];
  it("narrows a validation's xm:sqref and updates the wrapper's count when one goes", () => {
    expect(keptRulesOffCells(kept, "validation", { row: 0, column: 5, rowCount: 9, columnCount: 1 })).toEqual([
      { element: "extLst", xml: `<extLst>${x14Validations("G1:G9")}</extLst>` },
    ]);
    expect(keptRulesOffCells(kept, "validation", { row: 4, column: 6, rowCount: 5, columnCount: 1 })).toEqual([
      { element: "extLst", xml: `<extLst>${x14Validations("F1:F9", "G1:G4")}</extLst>` },
    ]);
  });
  it("drops the extLst when no rule is left, and leaves validations alone when conditional formats are cleared", () => {
    const all = { row: 0, column: 0, rowCount: 20, columnCount: 10 };
    expect(keptRulesOffCells(kept, "validation", all)).toEqual([]);
    expect(keptRulesOffCells(kept, "conditionalFormat", all)).toEqual(kept);
  });
});
