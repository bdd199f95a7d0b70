import { keptWorkbookChildren } from "../../../../src/host/fake-excel/file/workbook-children-kept";

/** The workbook part's self-contained children, read as the file wrote them (ECMA-376 Part 1 §18.2.27). */
describe("keptWorkbookChildren", () => {
  it("keeps workbookPr's properties but not date1904: the download counts dates from 1900, the 1904 file's moved as read", () => {
    const xml = '<workbook><workbookPr date1904="1" showObjects="none" codeName="ThisWorkbook"/><sheets/></workbook>';
    expect(keptWorkbookChildren(xml)).toEqual(['<workbookPr showObjects="none" codeName="ThisWorkbook"/>']);
  });

  it("gives a file without workbookPr an empty one: every property at its default (§18.2.28), not ExcelJS's filterPrivacy", () => {
    const xml = '<workbook><sheets/><calcPr calcMode="manual"/></workbook>';
    expect(keptWorkbookChildren(xml)).toEqual(["<workbookPr/>", '<calcPr calcMode="manual"/>']);
  });

  it("keeps the children in the file's order, and none of those it reads elsewhere", () => {
    const xml =
      '<workbook><fileSharing readOnlyRecommended="1"/><workbookPr/><bookViews><workbookView/></bookViews><sheets/>' +
      '<calcPr calcId="1"/><fileRecoveryPr autoRecover="0"/></workbook>';
    expect(keptWorkbookChildren(xml)).toEqual([
      '<fileSharing readOnlyRecommended="1"/>',
      "<workbookPr/>",
      '<calcPr calcId="1"/>',
      '<fileRecoveryPr autoRecover="0"/>',
    ]);
  });
});
