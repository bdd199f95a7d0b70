import { withColumnStyles } from "../../../../src/host/fake-excel/file/cols-xml";

/**
 * withColumnStyles on worksheet heads as ExcelJS writes them: cols (ECMA-376 Part 1 §18.3.1.17, one or more col)
 * of col elements (§18.3.1.13: min and max 1-based and inclusive, style the cellXfs index), at most 16,384 columns
 * (XFD). Excel's default column width, 8.43 characters in Calibri 11, is stored as 9.140625 (column-width.ts).
 */
const DEFAULT = 'width="9.140625"';

describe("withColumnStyles, more cases", () => {
  it("reads a col written with an end tag (white space or none inside), a namespaced attribute and a single-quoted one", () => {
    const before =
      '<cols><col min="1" max="1" width="5"></col><col min="2" max="2" width="5">\n  </col>' +
      '<col min="3" max="3" width=\'12.5\' x14ac:dyDescent="1"/></cols>';
    // Columns 1 and 2 have the same attributes, so they are one run again; column 3's are kept as written.
    expect(withColumnStyles(before, [])).toBe(
      '<cols><col min="1" max="2" width="5"/><col min="3" max="3" width=\'12.5\' x14ac:dyDescent="1"/></cols>',
    );
  });

  it("keeps a gap between columns as a gap, and neighbours with different attributes apart", () => {
    const before =
      '<cols><col min="1" max="1" width="5"/><col min="3" max="3" width="5"/><col min="4" max="4" width="6"/></cols>';
    expect(withColumnStyles(before, [])).toBe(before);
  });

  it("drops an empty cols (§18.3.1.17 holds at least one col) in place, the rest of the part unchanged", () => {
    expect(withColumnStyles("<sheetFormatPr/><cols/><x/>", [])).toBe("<sheetFormatPr/><x/>");
    expect(withColumnStyles("<sheetFormatPr/><cols></cols><x/>", [])).toBe("<sheetFormatPr/><x/>");
  });

  it("puts the styled columns' cols where ExcelJS wrote its own, not at the end", () => {
    expect(
      withColumnStyles('<a/><cols><col min="1" max="1" width="5"/></cols><b/>', [{ from: 0, count: 1, xf: 2 }]),
    ).toBe('<a/><cols><col min="1" max="1" width="5" style="2"/></cols><b/>');
  });

  it("replaces a style ExcelJS wrote with the column's own, and styles columns past the written ones at the default width", () => {
    const before = '<cols><col min="1" max="2" width="12" style="4"/></cols>';
    expect(withColumnStyles(before, [{ from: 1, count: 2, xf: 7 }])).toBe(
      '<cols><col min="1" max="1" width="12" style="4"/>' +
        '<col min="2" max="2" width="12" style="7"/>' +
        `<col min="3" max="3" ${DEFAULT} style="7"/></cols>`,
    );
  });

  it("joins two styles of one xf that meet into one run, and keeps two xfs apart", () => {
    const styles = [
      { from: 0, count: 2, xf: 3 },
      { from: 2, count: 1, xf: 3 },
      { from: 3, count: 1, xf: 5 },
    ];
    expect(withColumnStyles("<sheetData/>", styles)).toBe(
      `<sheetData/><cols><col min="1" max="3" ${DEFAULT} style="3"/><col min="4" max="4" ${DEFAULT} style="5"/></cols>`,
    );
  });

  it("stops at the sheet's last column, XFD (16,384), for written ranges and styles alike", () => {
    expect(withColumnStyles('<cols><col min="16380" max="20000" width="3"/></cols>', [])).toBe(
      '<cols><col min="16380" max="16384" width="3"/></cols>',
    );
    expect(withColumnStyles("", [{ from: 16383, count: 5, xf: 2 }])).toBe(
      `<cols><col min="16384" max="16384" ${DEFAULT} style="2"/></cols>`,
    );
  });

  it("writes nothing for a style of no columns", () => {
    expect(withColumnStyles("<x/>", [{ from: 3, count: 0, xf: 2 }])).toBe("<x/>");
  });

  it.each([
    ['<col min="0" max="2" width="3"/>'],
    ['<col min="3" max="2" width="3"/>'],
    ['<col max="2" width="3"/>'],
    ['<col min="1" width="3"/>'],
  ])("refuses a column range no writer should write: %s", (col) => {
    expect(() => withColumnStyles(`<cols>${col}</cols>`, [])).toThrow(
      `The workbook writer wrote a column range "${col}".`,
    );
  });

  it("takes a one-column range (min = max)", () => {
    expect(withColumnStyles('<cols><col min="2" max="2" width="3"/></cols>', [])).toBe(
      '<cols><col min="2" max="2" width="3"/></cols>',
    );
  });
});
