import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { Package, type Rel, WORKSHEET_SEQUENCE, childOrder } from "./package-reader";
import { workerDownloadWithTierColumn } from "./tier-column-download";

/**
 * A sheet's custom properties (CT_CustomProperties: each customPr's r:id a binary Custom Property part, ECMA-376
 * Part 1 §12.3), its DrawingML header and footer pictures (drawingHF §18.3.1.37: an r:id to a drawing part, which
 * relates to its image) and Excel 2010's protected ranges and ignored errors extensions (MS-XLSX §2.2.4.12's uris
 * {FC87AEE6-…} and {01252117-…}) go from the opened file to the download, on the sheet TierLadder writes a tier
 * column into: the elements as written with their r:ids to the copies, the parts byte for byte with their content
 * types, the extensions in the table's order. The file is xlsxwriter's with those added by hand from the spec
 * (test/fixtures/files/make_fixtures.py write_sheet_parts_more); the download is read with JSZip and regular
 * expressions (package-reader.ts) and XML-parsed with jsdom.
 */
const FILE = "sheet-parts-more.xlsx";
const SHEET = "Data";

interface Expected {
  readonly customProperties: string;
  readonly drawingHF: string;
  readonly extensions: { readonly ignoredErrors: string; readonly protectedRanges: string };
  readonly parts: { readonly customProperty: string; readonly drawing: string; readonly image: string };
  readonly customPropertyHex: string;
  readonly pngHex: string;
}
const expected = fixtureExpected<Expected>("sheet-parts-more.expected.json");

const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const CUSTOM_PROPERTY_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** MS-XLSX §2.2.4.12's table: protected ranges come before ignored errors. */
const PROTECTED_RANGES_URI = "{FC87AEE6-9EDD-4A0A-B7FB-166176984837}";
const IGNORED_ERRORS_URI = "{01252117-D84E-4E92-8308-4BE1C098FCBB}";

/** A worksheet's child of that local name, whole (the first one; regular expressions, not the code under test). */
const child = (sheetXml: string, name: string) =>
  new RegExp(`<${name}\\b(?:[^>]*/>|[\\s\\S]*?</${name}>)`).exec(sheetXml)?.[0];
/** XML without its namespace declarations, nor r:id values (the download gives them fresh ids). */
const comparable = (xml: string) => xml.replace(/\sxmlns:[\w.-]+="[^"]*"/g, "").replace(/\sr:id="[^"]*"/g, ' r:id=""');
const extensions = (extLst: string) =>
  [...extLst.matchAll(/<ext\b[^>]*\suri="([^"]*)"[\s\S]*?<\/ext>/g)].map((m) => ({ uri: m[1], xml: m[0] }));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

/** The fixture's bytes with its package changed by `edit`, as a damaged or other producer's file could be. */
async function withPackage(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(FILE));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

/** The relationship of the sheet part that `element`'s r:id names. */
async function relOf(saved: Package, sheetXml: string, element: string): Promise<Rel | undefined> {
  const id = /\sr:id="([^"]*)"/.exec(child(sheetXml, element) ?? "")?.[1];
  return (await saved.rels(await saved.sheetPart(SHEET))).find((r) => r.id === id);
}

describe("custom properties, header and footer drawings and x14 extensions survive open → page → Office.js writes → download", () => {
  let opened: OpenedWorkbook;
  let bytes: Uint8Array;
  let saved: Package;
  let sheetXml: string;

  beforeAll(async () => {
    ({ opened, bytes } = await workerDownloadWithTierColumn(FILE, fixtureBytes(FILE), SHEET));
    saved = await Package.load(bytes);
    sheetXml = await saved.text(await saved.sheetPart(SHEET));
  });

  it("names nothing as not kept", () => {
    expect(opened.notKept).toEqual([]);
  });

  it("keeps customProperties as written, its customPr's r:id a customProperty relationship to the part, byte for byte", async () => {
    expect(comparable(child(sheetXml, "customProperties") ?? "")).toBe(comparable(expected.customProperties));
    const rel = await relOf(saved, sheetXml, "customProperties");
    expect(rel).toMatchObject({ kind: "customProperty", external: false });
    expect(hex(await saved.bytes(rel!.target))).toBe(expected.customPropertyHex);
    expect(await saved.contentType(rel!.target)).toBe(CUSTOM_PROPERTY_TYPE);
  });

  it("keeps drawingHF with its lho and chf, its r:id a drawing relationship to the drawing part and its picture, byte for byte", async () => {
    expect(comparable(child(sheetXml, "drawingHF") ?? "")).toBe(comparable(expected.drawingHF));
    const rel = await relOf(saved, sheetXml, "drawingHF");
    expect(rel).toMatchObject({ kind: "drawing", external: false });
    const fixture = await Package.load(fixtureBytes(FILE));
    expect(hex(await saved.bytes(rel!.target))).toBe(hex(await fixture.bytes(expected.parts.drawing)));
    expect(await saved.contentType(rel!.target)).toBe(DRAWING_TYPE);
    const image = (await saved.rels(rel!.target)).find((r) => r.id === "rId1");
    expect(image?.kind).toBe("image");
    expect(hex(await saved.bytes(image!.target))).toBe(expected.pngHex);
    expect(await saved.contentType(image!.target)).toBe("image/png");
  });

  it("puts the children in CT_Worksheet's order (§18.3.1.99): headerFooter, customProperties, drawingHF, extLst", () => {
    const order = childOrder(sheetXml);
    const places = order.map((c) => WORKSHEET_SEQUENCE.indexOf(c));
    expect(places).not.toContain(-1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(order.slice(-4)).toEqual(["headerFooter", "customProperties", "drawingHF", "extLst"]);
  });

  it("keeps the protected ranges' and ignored errors' extensions as written, in MS-XLSX §2.2.4.12's order", () => {
    const exts = extensions(child(sheetXml, "extLst") ?? "");
    expect(exts.map((e) => e.uri)).toEqual([PROTECTED_RANGES_URI, IGNORED_ERRORS_URI]);
    expect(exts.map((e) => comparable(e.xml))).toEqual(
      [expected.extensions.protectedRanges, expected.extensions.ignoredErrors].map(comparable),
    );
  });

  it("declares the xm prefix the extensions use, the file having declared it on its root", () => {
    const doc = new new JSDOM().window.DOMParser().parseFromString(sheetXml, "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect([...doc.getElementsByTagNameNS(XM, "sqref")].map((s) => s.textContent)).toEqual(["B2:B5", "B6"]);
  });

  it("opens again naming nothing", async () => {
    expect((await openWorkbookFile("again.xlsx", bytes)).notKept).toEqual([]);
  });
});

describe("what cannot be kept of them is named, never dropped silently; what can, is", () => {
  it("names custom properties whose Custom Property part is missing as other sheet content, and leaves them out", async () => {
    const damaged = await withPackage(async (zip) => {
      expect(zip.file(expected.parts.customProperty)).not.toBeNull();
      zip.remove(expected.parts.customProperty);
    });
    const done = await workerDownloadWithTierColumn(FILE, damaged, SHEET);
    expect(done.opened.notKept).toEqual([{ feature: "otherSheetParts", sheets: [SHEET] }]);
    const saved = await Package.load(done.bytes);
    const sheetXml = await saved.text(await saved.sheetPart(SHEET));
    expect(sheetXml).not.toContain("customProperties");
    expect((await relOf(saved, sheetXml, "drawingHF"))?.kind).toBe("drawing");
  });

  it("keeps an extension whose uri has the GUID's letters in lower case (a GUID is one whatever its case)", async () => {
    const lower = IGNORED_ERRORS_URI.toLowerCase();
    const other = await withPackage(async (zip) => {
      const path = "xl/worksheets/sheet1.xml";
      const xml = await zip.file(path)!.async("string");
      expect(xml).toContain(IGNORED_ERRORS_URI);
      zip.file(path, xml.replace(IGNORED_ERRORS_URI, lower));
    });
    const done = await workerDownloadWithTierColumn(FILE, other, SHEET);
    expect(done.opened.notKept).toEqual([]);
    const saved = await Package.load(done.bytes);
    const exts = extensions(child(await saved.text(await saved.sheetPart(SHEET)), "extLst") ?? "");
    expect(exts.map((e) => e.uri)).toEqual([PROTECTED_RANGES_URI, lower]);
  });
});
