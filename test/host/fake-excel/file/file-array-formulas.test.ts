import type { XlContext } from "../../../../src/host/excel/xl-types";
import { editedFixture } from "./edited-fixture";
import { fixtureBytes } from "./fixture-files";
import { downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package } from "./package-reader";
import { workerDownloadWithTierColumn } from "./tier-column-download";

/**
 * Array formulas (ECMA-376 Part 1 §18.3.1.40 f t="array" ref). The fixture (make_fixtures.py write_array_formulas)
 * is xlsxwriter's sheet "Data": Customer and Sales in A1:B4 (1200, 800, 300), a legacy array formula {=B2:B4*2}
 * over E2:E4, an Excel 365 dynamic array =SORT(B2:B4) over F2:F4 (cm="1" on F2, indexing xl/metadata.xml, the
 * metadata part of §12.3.10), the ordinary formula =B2+1 in G2, and the arrays' results as plain numbers in E3:E4
 * (1600, 600) and F3:F4 (800, 1200). Read as ordinary formulas, the download made Excel evaluate them with
 * implicit intersection; they are kept as the file had them.
 */
const FILE = "array-formulas.xlsx";
const METADATA = "xl/metadata.xml";
const METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";

/** The fixture's cells as xlsxwriter wrote them (the sheet part's sheetData, unzipped by hand). */
const LEGACY_ANCHOR = '<c r="E2"><f t="array" ref="E2:E4">B2:B4*2</f><v>2400</v></c>';
const DYNAMIC_ANCHOR = '<c r="F2" cm="1"><f t="array" ref="F2:F4">_xlfn._xlws.SORT(B2:B4)</f><v>300</v></c>';
const ORDINARY = '<c r="G2"><f>B2+1</f><v>1201</v></c>';
const RESULTS = ['<c r="E3"><v>1600</v></c>', '<c r="E4"><v>600</v></c>', '<c r="F3"><v>800</v></c>'];

/** A cell element of the sheet part, by its reference; undefined when the part has none. */
const cellXml = (sheet: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet)?.[0];

/** The download's "Data" sheet part, its package, and the cells a test looks at. */
async function downloaded(change?: (ctx: XlContext) => void, bytes?: Uint8Array) {
  const pkg = await Package.load(await downloadWithTierColumn(FILE, change, bytes));
  const sheet = await pkg.text(await pkg.sheetPart("Data"));
  const cell = (ref: string) => cellXml(sheet, ref);
  return { pkg, sheet, cell };
}

const data = (ctx: XlContext) => ctx.workbook.worksheets.getItem("Data");

/** The workbook part's relationships to a metadata part. */
const metadataRels = async (pkg: Package) =>
  (await pkg.rels("xl/workbook.xml")).filter((r) => r.kind === "sheetMetadata");

describe('array formulas of an opened file (§18.3.1.40 t="array", §18.3.1.4 cm)', () => {
  it("names nothing when opened: both arrays are kept", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.notKept).toEqual([]);
  });

  it('writes the legacy array\'s anchor E2 as the file had it: t="array" over E2:E4', async () => {
    const { cell } = await downloaded();
    expect(cell("E2")).toBe(LEGACY_ANCHOR);
  });

  it('writes the dynamic array\'s anchor F2 with its cm="1" after t, and t="array" over F2:F4', async () => {
    const { cell } = await downloaded();
    expect(cell("F2")).toBe(DYNAMIC_ANCHOR);
  });

  it("leaves the ordinary formula in G2 and the arrays' results in E3:E4 and F3 as they were", async () => {
    const { cell } = await downloaded();
    expect(cell("G2")).toBe(ORDINARY);
    expect(["E3", "E4", "F3"].map(cell)).toEqual(RESULTS);
  });

  it("gives cm to the dynamic anchor only: one cm and two array formulas in the sheet part", async () => {
    const { sheet } = await downloaded();
    expect(sheet.match(/\scm="/g)).toHaveLength(1);
    expect(sheet.match(/<f t="array"/g)).toHaveLength(2);
  });

  it("copies the metadata part byte for byte, related from the workbook as …/sheetMetadata and typed", async () => {
    const { pkg } = await downloaded();
    const file = await Package.load(fixtureBytes(FILE));
    expect(await file.text(METADATA)).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    const hex = async (p: Package) => Buffer.from(await p.bytes(METADATA)).toString("hex");
    expect(await hex(pkg)).toBe(await hex(file));
    expect((await metadataRels(pkg)).map((r) => r.target)).toEqual([METADATA]);
    expect(await pkg.contentType(METADATA)).toBe(METADATA_TYPE);
  });

  it("still has both arrays and the metadata part when its download is opened again", async () => {
    const bytes = await downloadWithTierColumn(FILE);
    const { opened } = await openedFixture("download.xlsx", bytes);
    expect(opened.notKept).toEqual([]);
    expect(opened.sheets[0].arrayFormulas).toEqual([
      [1, 4, { ref: "E2:E4" }],
      [1, 5, { ref: "F2:F4", cm: "1" }],
    ]);
    expect(opened.cellMetadata?.parts.map((p) => p.name)).toEqual([METADATA]);
  });

  it("keeps them through the save worker, whose messages clone the workbook as postMessage does", async () => {
    const { bytes } = await workerDownloadWithTierColumn(FILE, fixtureBytes(FILE), "Data");
    const pkg = await Package.load(bytes);
    const sheet = await pkg.text(await pkg.sheetPart("Data"));
    expect([cellXml(sheet, "E2"), cellXml(sheet, "F2")]).toEqual([LEGACY_ANCHOR, DYNAMIC_ANCHOR]);
    expect(pkg.parts()).toContain(METADATA);
  });
});

describe("an array's anchor changed through office.js", () => {
  it("is an ordinary value once a value is written over it, and with no cm left the metadata part goes", async () => {
    const { pkg, cell, sheet } = await downloaded((ctx) => {
      data(ctx).getRange("F2").values = [[5]];
    });
    expect(cell("F2")).toBe('<c r="F2"><v>5</v></c>');
    expect(sheet).not.toMatch(/\scm="/);
    expect(pkg.parts()).not.toContain(METADATA);
    expect(await metadataRels(pkg)).toEqual([]);
    expect(await pkg.contentType(METADATA)).not.toBe(METADATA_TYPE);
  });

  it("keeps the other array and the cells around as they were when one anchor is overwritten", async () => {
    const { cell } = await downloaded((ctx) => {
      data(ctx).getRange("F2").values = [[5]];
    });
    expect(cell("E2")).toBe(LEGACY_ANCHOR);
    expect(cell("G2")).toBe(ORDINARY);
    expect(["E3", "E4", "F3"].map(cell)).toEqual(RESULTS);
  });

  it("is an ordinary formula once a formula is written over it; the dynamic array keeps the metadata part", async () => {
    const { pkg, cell } = await downloaded((ctx) => {
      data(ctx).getRange("E2").formulas = [["=B2*3"]];
    });
    // The fake does not evaluate formulas: the written formula's text is its value until Excel recalculates.
    expect(cell("E2")).toBe('<c r="E2" t="str"><f>B2*3</f><v>=B2*3</v></c>');
    expect(cell("F2")).toBe(DYNAMIC_ANCHOR);
    expect(pkg.parts()).toContain(METADATA);
  });

  it("is gone when the anchor's contents are cleared", async () => {
    const { pkg, cell } = await downloaded((ctx) => {
      data(ctx).getRange("F2").clear("Contents");
    });
    expect(cell("F2")).toBeUndefined();
    expect(pkg.parts()).not.toContain(METADATA);
  });
});

describe("array formulas a file stores in part", () => {
  /** The fixture with its sheet part (xl/worksheets/sheet1.xml, xlsxwriter's only one) edited. */
  const withSheet = (edit: (xml: string) => string) =>
    editedFixture(FILE, async (zip) => {
      const path = "xl/worksheets/sheet1.xml";
      zip.file(path, edit(await zip.file(path)!.async("string")));
    });

  it("without its metadata part: named, and the dynamic array saved as a fixed-size array without cm", async () => {
    const bytes = await editedFixture(FILE, (zip) => {
      zip.remove(METADATA);
    });
    const { opened } = await openedFixture(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "arrayFormulas", sheets: ["Data"] }]);
    const { pkg, cell } = await downloaded(undefined, bytes);
    expect(cell("F2")).toBe('<c r="F2"><f t="array" ref="F2:F4">_xlfn._xlws.SORT(B2:B4)</f><v>300</v></c>');
    expect(cell("E2")).toBe(LEGACY_ANCHOR);
    expect(pkg.parts()).not.toContain(METADATA);
  });

  it("with a cm beyond the metadata part's one record: named, and its cm dropped", async () => {
    const bytes = await withSheet((xml) => xml.replace('<c r="F2" cm="1">', '<c r="F2" cm="2">'));
    const { opened } = await openedFixture(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "arrayFormulas", sheets: ["Data"] }]);
    expect(opened.sheets[0].arrayFormulas?.[1]).toEqual([1, 5, { ref: "F2:F4" }]);
  });

  it("with a range that does not start at its cell: named, and saved as an ordinary formula", async () => {
    const bytes = await withSheet((xml) => xml.replace('ref="E2:E4"', 'ref="E3:E5"'));
    const { opened } = await openedFixture(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "arrayFormulas", sheets: ["Data"] }]);
    const { cell } = await downloaded(undefined, bytes);
    expect(cell("E2")).toBe('<c r="E2"><f>B2:B4*2</f><v>2400</v></c>');
    expect(cell("F2")).toBe(DYNAMIC_ANCHOR);
  });
});
