import JSZip from "jszip";
import type { SheetPartsCopier } from "../../../../src/host/fake-excel/file/sheet-parts-writing";
import type { KeptVba } from "../../../../src/host/fake-excel/file/vba-project";
import { keepVba, withSheetCodeName } from "../../../../src/host/fake-excel/file/vba-project-writing";

/**
 * withSheetCodeName on worksheet parts and keepVba on packages written here as ExcelJS writes them: the workbook
 * part xl/workbook.xml with a workbookPr (ECMA-376 Part 1 §18.2.28), typed in [Content_Types].xml by an Override.
 */
// Excel's (and xlsxwriter's) type of a macro-enabled workbook's part, written out: a test of the constant too.
const MACRO_ENABLED_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const WORKBOOK_XML = '<workbook xmlns="main"><workbookPr date1904="false"/><sheets/></workbook>';
const TYPES =
  `<Types><Override PartName="/xl/styles.xml" ContentType="${STYLES}"/>` +
  `<Override ContentType="${PLAIN_WORKBOOK}" PartName="/xl/workbook.xml"/></Types>`;

const PROJECT: KeptVba["project"] = {
  relationships: [{ id: "rId9", type: "vbaProject", target: "xl/vbaProject.bin", external: false }],
  parts: [
    {
      name: "xl/vbaProject.bin",
      contentType: "application/vnd.ms-office.vbaProject",
      bytes: new Uint8Array([1]),
      relationships: [],
    },
  ],
};

/** A copier that records what it is asked to copy (sheet-parts-writing.ts copies it; its own tests say how). */
function recordingCopier() {
  const calls: unknown[][] = [];
  const copier = { sheet: async (...args: unknown[]) => (calls.push(args), []) } as unknown as SheetPartsCopier;
  return { copier, calls };
}

function zipOf(files: Record<string, string> = { "xl/workbook.xml": WORKBOOK_XML, "[Content_Types].xml": TYPES }) {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip;
}

const textOf = (zip: JSZip, path: string) => zip.file(path)?.async("string");

describe("withSheetCodeName", () => {
  it("returns the part as it was when the sheet has no code name, adding no sheetPr", () => {
    const xml = "<worksheet><sheetPr/></worksheet>";
    expect(withSheetCodeName(xml, undefined)).toBe(xml);
    const bare = '<worksheet><dimension ref="A1"/></worksheet>';
    expect(withSheetCodeName(bare, undefined)).toBe(bare);
  });

  it("sets the code name on the sheet's sheetPr, its other attributes and children kept", () => {
    expect(withSheetCodeName('<worksheet><sheetPr filterMode="1"><tabColor/></sheetPr></worksheet>', "Sheet1")).toBe(
      '<worksheet><sheetPr filterMode="1" codeName="Sheet1"><tabColor/></sheetPr></worksheet>',
    );
  });

  it("replaces a code name the sheetPr already had", () => {
    expect(withSheetCodeName('<worksheet><sheetPr codeName="Old"/></worksheet>', "New")).toBe(
      '<worksheet><sheetPr codeName="New"/></worksheet>',
    );
  });

  it("adds a sheetPr as the worksheet's first child when there is none; sheetProtection is not a sheetPr", () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="main"><dimension ref="A1"/><sheetProtection sheet="1"/></worksheet>';
    expect(withSheetCodeName(xml, "Customer&Co")).toBe(
      '<?xml version="1.0"?><worksheet xmlns="main"><sheetPr codeName="Customer&amp;Co"/><dimension ref="A1"/>' +
        '<sheetProtection sheet="1"/></worksheet>',
    );
  });

  it("refuses a part without a worksheet element", () => {
    expect(() => withSheetCodeName("<chartsheet/>", "Chart1")).toThrow("The worksheet part has no worksheet element.");
  });
});

describe("keepVba", () => {
  it("changes nothing and copies nothing when the opened file had no VBA", async () => {
    const zip = zipOf();
    const { copier, calls } = recordingCopier();
    await keepVba(zip, undefined, copier);
    expect(await textOf(zip, "xl/workbook.xml")).toBe(WORKBOOK_XML);
    expect(calls).toEqual([]);
  });

  it("sets a code name alone on workbookPr, the workbook still typed as a plain workbook", async () => {
    const zip = zipOf();
    const { copier, calls } = recordingCopier();
    await keepVba(zip, { codeName: "TierBook" }, copier);
    expect(await textOf(zip, "xl/workbook.xml")).toBe(
      '<workbook xmlns="main"><workbookPr date1904="false" codeName="TierBook"/><sheets/></workbook>',
    );
    expect(await textOf(zip, "[Content_Types].xml")).toBe(TYPES);
    expect(calls).toEqual([]);
  });

  it("copies the project from the workbook part and types the workbook part as macro-enabled, the other types kept", async () => {
    const zip = zipOf();
    const { copier, calls } = recordingCopier();
    await keepVba(zip, { project: PROJECT }, copier);
    expect(calls).toEqual([["xl/workbook.xml", PROJECT, []]]);
    expect(await textOf(zip, "xl/workbook.xml")).toBe(WORKBOOK_XML);
    expect(await textOf(zip, "[Content_Types].xml")).toBe(
      `<Types><Override PartName="/xl/styles.xml" ContentType="${STYLES}"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${MACRO_ENABLED_WORKBOOK}"/></Types>`,
    );
  });

  it("copies a project without a code name into a workbook part that has no workbookPr", async () => {
    const book = '<workbook xmlns="main"><sheets/></workbook>';
    const zip = zipOf({ "xl/workbook.xml": book, "[Content_Types].xml": TYPES });
    await keepVba(zip, { project: PROJECT }, recordingCopier().copier);
    expect(await textOf(zip, "xl/workbook.xml")).toBe(book);
  });

  it("types only the part named xl/workbook.xml, not one whose name differs where the dot is", async () => {
    const other = `<Override PartName="/xl/workbook_xml" ContentType="${STYLES}"/>`;
    const zip = zipOf({
      "xl/workbook.xml": WORKBOOK_XML,
      "[Content_Types].xml": TYPES.replace("<Types>", `<Types>${other}`),
    });
    await keepVba(zip, { project: PROJECT }, recordingCopier().copier);
    expect(await textOf(zip, "[Content_Types].xml")).toContain(other);
    expect(await textOf(zip, "[Content_Types].xml")).toContain(`ContentType="${MACRO_ENABLED_WORKBOOK}"`);
  });

  it("refuses a package without the workbook part, or whose workbook part has no workbookPr", async () => {
    const { copier } = recordingCopier();
    await expect(keepVba(zipOf({ "[Content_Types].xml": TYPES }), { codeName: "B" }, copier)).rejects.toThrow(
      "The workbook package has no xl/workbook.xml.",
    );
    await expect(
      keepVba(zipOf({ "xl/workbook.xml": "<workbook><sheets/></workbook>" }), { codeName: "B" }, copier),
    ).rejects.toThrow("The workbook package's xl/workbook.xml has no workbookPr.");
  });

  it("refuses a package whose [Content_Types].xml is missing or does not type the workbook part", async () => {
    const { copier } = recordingCopier();
    await expect(keepVba(zipOf({ "xl/workbook.xml": WORKBOOK_XML }), { project: PROJECT }, copier)).rejects.toThrow(
      "The workbook package has no [Content_Types].xml.",
    );
    const untyped = zipOf({ "xl/workbook.xml": WORKBOOK_XML, "[Content_Types].xml": "<Types/>" });
    await expect(keepVba(untyped, { project: PROJECT }, copier)).rejects.toThrow(
      "The workbook package's [Content_Types].xml does not type xl/workbook.xml.",
    );
  });
});
