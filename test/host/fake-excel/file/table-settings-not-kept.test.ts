import { tableSettingsNotKept } from "../../../../src/host/fake-excel/file/table-settings-not-kept";
import { Package } from "./package-reader";
import { fixtureBytes } from "./fixture-files";

/**
 * What a table part holds beyond the table's plain shape and built-in style (ECMA-376 Part 1 §18.5.1), each found
 * by name. The fixture's parts are xlsxwriter's (make_fixtures.py write_table_styles); the others are written here
 * from the schema, a table Sales over A1:B4 with columns Region and Amount.
 */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A table part: the table's own attributes, then its children (a plain autoFilter and columns by default). */
function part(
  tableAttributes = "",
  {
    autoFilter = '<autoFilter ref="A1:B4"/>',
    columns = '<tableColumn id="1" name="Region"/><tableColumn id="2" name="Amount"/>',
    more = "",
  } = {},
): string {
  return (
    `<table ${NS} id="1" name="Sales" displayName="Sales" ref="A1:B4"${tableAttributes}>${autoFilter}` +
    `<tableColumns count="2">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="1" showLastColumn="0" showRowStripes="0" showColumnStripes="1"/>${more}</table>`
  );
}

const QUERY_RELATIONSHIP = {
  id: "rId1",
  type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/queryTable",
  target: "xl/queryTables/queryTable1.xml",
};

async function fixturePart(path: string): Promise<string> {
  return (await Package.load(fixtureBytes("table-styles.xlsx"))).text(path);
}

describe("a table part's settings the download does not keep (§18.5.1)", () => {
  it("finds nothing in xlsxwriter's tables of a plain shape, in a built-in style or in none", async () => {
    expect(tableSettingsNotKept(await fixturePart("xl/tables/table1.xml"), [])).toEqual([]);
    expect(tableSettingsNotKept(await fixturePart("xl/tables/table2.xml"), [])).toEqual([]);
  });

  it("finds nothing in the table part ExcelJS writes for the download, so a re-opened download names none", () => {
    // What ExcelJS 4 wrote for table Styled (workbook-skeleton.ts): revision namespaces, a filterColumn per column
    // showing its button, "Total" and "none" waiting for a total row.
    const excelJs =
      `<table ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" ` +
      'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
      'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="1" name="Styled" ' +
      'displayName="Styled" ref="A1:B4" totalsRowShown="1" headerRowCount="1"><autoFilter ref="A1:B4">' +
      '<filterColumn colId="0" hiddenButton="0"/><filterColumn colId="1" hiddenButton="0"/></autoFilter>' +
      '<tableColumns count="2"><tableColumn id="1" name="Customer" totalsRowLabel="Total"/>' +
      '<tableColumn id="2" name="Sales" totalsRowFunction="none"/></tableColumns>' +
      '<tableStyleInfo name="TableStyleLight9" showFirstColumn="1" showLastColumn="0" showRowStripes="0" showColumnStripes="1"/></table>';
    expect(tableSettingsNotKept(excelJs, [])).toEqual([]);
  });

  it("finds the total row, a summed column, a column format and a calculated column in table Orders", async () => {
    // Product's totalsRowLabel "Total" on the first column is what the download writes: not named.
    expect(tableSettingsNotKept(await fixturePart("xl/tables/table3.xml"), [])).toEqual([
      "table@totalsRowCount",
      "tableColumn@totalsRowFunction",
      "tableColumn@dataDxfId",
      "calculatedColumnFormula",
    ]);
  });

  it("finds a custom table style's name (Tier Brand, defined in styles.xml)", async () => {
    expect(tableSettingsNotKept(await fixturePart("xl/tables/table4.xml"), [])).toEqual(["tableStyleInfo@name"]);
  });

  it("finds a filter, a hidden filter button and a sort in the autoFilter", () => {
    const autoFilter =
      '<autoFilter ref="A1:B4"><filterColumn colId="0"><filters><filter val="East"/></filters></filterColumn>' +
      '<filterColumn colId="1" hiddenButton="1"/><sortState ref="A2:B4"><sortCondition ref="B2:B4"/></sortState></autoFilter>';
    expect(tableSettingsNotKept(part("", { autoFilter }), [])).toEqual([
      "filters",
      "filter",
      "filterColumn@hiddenButton",
      "sortState",
      "sortCondition",
    ]);
  });

  it("finds a table with its filter buttons off (no autoFilter), which the download would give them", () => {
    expect(tableSettingsNotKept(part("", { autoFilter: "" }), [])).toEqual(["autoFilter absent"]);
  });

  it("finds the table's own formats, cell styles and comment", () => {
    const attributes = ' headerRowDxfId="2" dataDxfId="3" tableBorderDxfId="4" dataCellStyle="Money" comment="Q1"';
    expect(tableSettingsNotKept(part(attributes), [])).toEqual([
      "table@headerRowDxfId",
      "table@dataDxfId",
      "table@tableBorderDxfId",
      "table@dataCellStyle",
      "table@comment",
    ]);
  });

  it("finds a total row label other than Total on the first column", () => {
    const columns = '<tableColumn id="1" name="Region" totalsRowLabel="Sum"/><tableColumn id="2" name="Amount"/>';
    expect(tableSettingsNotKept(part("", { columns }), [])).toEqual(["tableColumn@totalsRowLabel"]);
  });

  it("finds a total row label on another column, even Total, and a column's header cell style", () => {
    const columns =
      '<tableColumn id="1" name="Region"/>' +
      '<tableColumn id="2" name="Amount" totalsRowLabel="Total" headerRowCellStyle="Heading"/>';
    expect(tableSettingsNotKept(part("", { columns }), [])).toEqual([
      "tableColumn@totalsRowLabel",
      "tableColumn@headerRowCellStyle",
    ]);
  });

  it("finds a total row's formula and a column's XML map", () => {
    const columns =
      '<tableColumn id="1" name="Region"><xmlColumnPr mapId="1" xpath="/r/region" xmlDataType="string"/></tableColumn>' +
      '<tableColumn id="2" name="Amount" totalsRowFunction="custom"><totalsRowFormula>SUM(Sales[Amount])</totalsRowFormula></tableColumn>';
    expect(tableSettingsNotKept(part("", { columns }), [])).toEqual([
      "xmlColumnPr",
      "tableColumn@totalsRowFunction",
      "totalsRowFormula",
    ]);
  });

  it("finds a query table: its tableType and the part's own relationship to the query", () => {
    expect(tableSettingsNotKept(part(' tableType="queryTable" connectionId="1"'), [QUERY_RELATIONSHIP])).toEqual([
      "table@tableType",
      "table@connectionId",
      "relationships",
    ]);
  });

  it("finds the table's alt text in its extLst (Excel 2010's x14:table)", () => {
    const more =
      '<extLst><ext uri="{504A1905-F514-4f6f-8877-14C23A59335A}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:table altText="Sales by region"/></ext></extLst>';
    // Elements by their local names, as the reader gives them: x14:table's altText is "table@altText".
    expect(tableSettingsNotKept(part("", { more }), [])).toEqual(["extLst", "ext", "table@altText"]);
  });
});
