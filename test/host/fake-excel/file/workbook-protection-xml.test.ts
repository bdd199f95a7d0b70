import { fileWorkbookProtection } from "../../../../src/host/fake-excel/file/file-workbook-protection";
import { withWorkbookProtection } from "../../../../src/host/fake-excel/file/workbook-protection-xml";

/**
 * The workbook part's protection read from a file and put back into a written one: workbookProtection (ECMA-376
 * Part 1 §18.2.29) is a child of the root only, and CT_Workbook (§18.2.27) puts it after fileVersion, fileSharing
 * and workbookPr and before bookViews and sheets (sheets is required, bookViews optional).
 */
const PROTECTION = '<workbookProtection workbookPassword="83AF" lockStructure="1"/>';

describe("fileWorkbookProtection", () => {
  it("reads the root's workbookProtection as the file wrote it", () => {
    const book = `<workbook xmlns="m"><workbookPr/>${PROTECTION}<bookViews/><sheets/></workbook>`;
    expect(fileWorkbookProtection(book)).toBe(PROTECTION);
  });

  it("finds none in a workbook part without it, nor one deeper than the root's children", () => {
    expect(fileWorkbookProtection('<workbook xmlns="m"><sheets/></workbook>')).toBeUndefined();
    const nested = `<workbook xmlns="m"><sheets/><extLst><ext>${PROTECTION}</ext></extLst></workbook>`;
    expect(fileWorkbookProtection(nested)).toBeUndefined();
  });
});

describe("withWorkbookProtection", () => {
  it("leaves the part as ExcelJS wrote it when the workbook has no protection", () => {
    expect(withWorkbookProtection("<workbook><sheets/>", undefined)).toBe("<workbook><sheets/>");
  });

  it("puts the protection after workbookPr and before bookViews", () => {
    expect(withWorkbookProtection("<workbook><workbookPr/><bookViews/><sheets/></workbook>", PROTECTION)).toBe(
      `<workbook><workbookPr/>${PROTECTION}<bookViews/><sheets/></workbook>`,
    );
  });

  it("puts it before sheets when the part has no bookViews", () => {
    expect(withWorkbookProtection("<workbook><workbookPr/><sheets/></workbook>", PROTECTION)).toBe(
      `<workbook><workbookPr/>${PROTECTION}<sheets/></workbook>`,
    );
  });

  it.each([
    ["has no sheets", "<workbook><workbookPr/></workbook>"],
    ["holds a protection already", `<workbook>${PROTECTION}<sheets/></workbook>`],
  ])("refuses a part that %s", (_, book) => {
    expect(() => withWorkbookProtection(book, PROTECTION)).toThrow(
      "The workbook part cannot take the workbook's protection.",
    );
  });
});
