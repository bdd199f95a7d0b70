import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { Package, WORKSHEET_SEQUENCE, childOrder } from "./package-reader";
import { openXlsx } from "./saved-workbook";
import { workerDownloadWithTierColumn } from "./tier-column-download";

/**
 * Worksheet children TierLadder does not read (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99) go from the opened file to
 * the download as the file wrote them, at their place in the sequence, on the sheet TierLadder writes a tier column
 * into: the sheet's calculation setting, a custom view, phonetic settings, a Watch Window cell, an "ignore error"
 * mark, a Publish as Web Page item, and the sparklines' extension (MS-XLSX §2.4.8, uri {05C60535-…}) in the one
 * extLst beside the x14 conditional format. A slicer list extension (its r:id to a part not copied) is named, not
 * written; sheet "Props"'s customProperties element is kept with its Custom Property part (file-sheet-parts-more.test.ts
 * tests that at length). The file is xlsxwriter's with children and parts added by hand from the spec
 * (test/fixtures/files/make_fixtures.py write_sheet_extras); the download is read with JSZip and regular
 * expressions (package-reader.ts) and XML-parsed with jsdom.
 */
const FILE = "sheet-extras.xlsx";
const SHEET = "Data";

interface Expected {
  readonly handWritten: Record<string, string>;
  readonly slicerExtension: string;
  readonly customProperties: string;
}
const expected = fixtureExpected<Expected>("sheet-extras.expected.json");

/** The children kept as the file wrote them, in CT_Worksheet's order (§18.3.1.99). */
const KEPT = ["sheetCalcPr", "customSheetViews", "phoneticPr", "cellWatches", "ignoredErrors", "webPublishItems"];

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
/** MS-XLSX §2.2.4.12's worksheet extension uris, as Excel and xlsxwriter write them. */
const CONDITIONAL_FORMATS_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const SPARKLINES_URI = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";
const SLICERS_URI = "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}";

/** A worksheet's children, each whole, by their local names (read with regular expressions, not the code under test). */
function children(sheetXml: string): Map<string, string> {
  const start = sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")) + 1;
  const out = new Map<string, string>();
  let depth = 0;
  let from = 0;
  for (const m of sheetXml.slice(start).matchAll(/<(\/?)([\w:]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g)) {
    if (m[1] !== "/" && depth === 0) from = m.index;
    if (m[1] === "/") depth--;
    else if (m[3] !== "/") depth++;
    if (depth === 0 && m[2] !== "worksheet")
      out.set(m[2].replace(/^\w+:/, ""), sheetXml.slice(start + from, start + m.index + m[0].length));
  }
  return out;
}

/** XML without its namespace declarations: the download may declare a prefix on a kept element the file declared on its root. */
const undeclared = (xml: string) => xml.replace(/\sxmlns:[\w.-]+="[^"]*"/g, "");

/** An extLst's ext elements: their uri and XML. */
const extensions = (extLst: string) =>
  [...extLst.matchAll(/<ext\b[^>]*\suri="([^"]*)"[\s\S]*?<\/ext>/g)].map((m) => ({ uri: m[1], xml: m[0] }));

/** The fixture's bytes with `edit` applied to sheet "Data"'s part, as another producer could have written it. */
async function withDataSheet(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(FILE));
  const path = "xl/worksheets/sheet1.xml";
  const before = await zip.file(path)!.async("string");
  const after = edit(before);
  expect(after).not.toBe(before);
  zip.file(path, after);
  return zip.generateAsync({ type: "uint8array" });
}

const download = (bytes: Uint8Array) => workerDownloadWithTierColumn(FILE, bytes, SHEET);

describe("a sheet's children TierLadder does not read survive open → page → Office.js writes → download", () => {
  let opened: OpenedWorkbook;
  let bytes: Uint8Array;
  let saved: Package;
  let fileXml: string;
  let sheetXml: string;

  beforeAll(async () => {
    const done = await download(fixtureBytes(FILE));
    opened = done.opened;
    bytes = done.bytes;
    const fixture = await Package.load(fixtureBytes(FILE));
    fileXml = await fixture.text(await fixture.sheetPart(SHEET));
    saved = await Package.load(bytes);
    sheetXml = await saved.text(await saved.sheetPart(SHEET));
  });

  it("names exactly the slicers (on Data) as not kept, the custom properties (on Props) kept", () => {
    expect(opened.notKept).toEqual([{ feature: "slicers", sheets: [SHEET] }]);
  });

  it("keeps each child as the file wrote it, namespace declarations aside", () => {
    const inFile = children(fileXml);
    const inDownload = children(sheetXml);
    for (const name of KEPT) {
      expect(inFile.has(name)).toBe(true);
      expect({ name, xml: undeclared(inDownload.get(name) ?? "") }).toEqual({
        name,
        xml: undeclared(inFile.get(name)!),
      });
    }
    // The hand-written ones are what make_fixtures.py states it wrote.
    for (const [name, xml] of Object.entries(expected.handWritten)) expect(inDownload.get(name)).toBe(xml);
    expect(inDownload.get("ignoredErrors")).toBe(
      '<ignoredErrors><ignoredError sqref="B6" numberStoredAsText="1"/></ignoredErrors>',
    );
  });

  it("puts the children in CT_Worksheet's order (§18.3.1.99), the tier column written", () => {
    const order = childOrder(sheetXml);
    const places = order.map((c) => WORKSHEET_SEQUENCE.indexOf(c));
    expect(places).not.toContain(-1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(order.filter((c) => KEPT.includes(c))).toEqual(KEPT);
    expect(order.filter((c) => c === "extLst")).toEqual(["extLst"]);
  });

  it("keeps the sparklines' extension in the one extLst, after the x14 conditional formats (MS-XLSX §2.2.4.12's order)", () => {
    const exts = extensions(children(sheetXml).get("extLst")!);
    expect(exts.map((e) => e.uri)).toEqual([CONDITIONAL_FORMATS_URI, SPARKLINES_URI]);
    const fileSparklines = extensions(children(fileXml).get("extLst")!).find((e) => e.uri === SPARKLINES_URI)!;
    expect(undeclared(exts[1].xml)).toBe(undeclared(fileSparklines.xml));
    expect(exts[1].xml).toContain("<xm:f>Data!B2:B5</xm:f><xm:sqref>E2</xm:sqref>");
  });

  it("declares the x14 and xm prefixes the sparklines use, the file having declared xm on its root", () => {
    const sparklines = (xml: string) => extensions(children(xml).get("extLst")!).find((e) => e.uri === SPARKLINES_URI)!;
    expect(sparklines(fileXml).xml).not.toMatch(/xmlns:xm=/); // the fixture's own: xm on the root only
    expect(sparklines(sheetXml).xml).toMatch(
      /^<ext [^>]*xmlns:xm="http:\/\/schemas.microsoft.com\/office\/excel\/2006\/main"/,
    );
    const doc = new new JSDOM().window.DOMParser().parseFromString(sheetXml, "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(X14, "sparklineGroups")).toHaveLength(1);
    expect([...doc.getElementsByTagNameNS(XM, "f")].map((f) => f.textContent)).toEqual(["Data!B2:B5"]);
  });

  it("writes neither the slicer list nor its part, and keeps the custom properties with theirs", async () => {
    expect(sheetXml).not.toContain(SLICERS_URI);
    expect(sheetXml).not.toContain("slicerList");
    expect(saved.parts().filter((p) => /slicer/i.test(p))).toEqual([]);
    const rels = [
      ...(await saved.rels(await saved.sheetPart(SHEET))),
      ...(await saved.rels(await saved.sheetPart("Props"))),
    ];
    expect(rels.filter((r) => r.kind === "slicer")).toEqual([]);
    const props = await saved.text(await saved.sheetPart("Props"));
    const id = /<customPr name="Owner" r:id="([^"]+)"\/>/.exec(props)?.[1];
    const property = rels.find((r) => r.id === id && r.kind === "customProperty");
    expect(property).toBeDefined();
    expect(Buffer.from(await saved.bytes(property!.target)).toString("utf16le")).toBe("Ana Silva");
  });

  it("opens again naming nothing, and ExcelJS reads TierLadder's tier column", async () => {
    expect((await openWorkbookFile("again.xlsx", bytes)).notKept).toEqual([]);
    const book = await openXlsx(bytes);
    expect(book.getWorksheet(SHEET)!.getCell("C2").value).toBe("A");
    expect(book.getWorksheet(SHEET)!.getCell("B2").value).toBe(1200);
  });
});

describe("a sheet's children that cannot be kept are named, never dropped silently", () => {
  const OTHER_EXT =
    '<ext xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" uri="{F7C9EE02-42E1-4005-9D12-6889AFFD525C}"><x15:webExtensions/></ext>';
  it.each([
    [
      "a Consolidate source in another workbook (dataConsolidate with a dataRef r:id)",
      (xml: string) =>
        xml.replace(
          "<customSheetViews>",
          '<dataConsolidate><dataRefs count="1"><dataRef ref="A1:B5" sheet="Sales" r:id="rIdBook"/></dataRefs></dataConsolidate><customSheetViews>',
        ),
      "dataConsolidate",
    ],
    [
      "a worksheet-level mc:AlternateContent wrapping no kept child",
      (xml: string) =>
        xml.replace(
          "<webPublishItems",
          '<mc:AlternateContent><mc:Choice Requires="x14ac"><drawingHF r:id="rIdHF"/></mc:Choice></mc:AlternateContent><webPublishItems',
        ),
      "AlternateContent",
    ],
    [
      "an extension no one keeps",
      (xml: string) => xml.replace("</extLst></worksheet>", `${OTHER_EXT}</extLst></worksheet>`),
      "webExtensions",
    ],
  ])("names %s as other sheet content, and leaves it out", async (_, edit, left) => {
    const done = await download(await withDataSheet(edit));
    expect(done.opened.notKept).toEqual([
      { feature: "slicers", sheets: [SHEET] },
      { feature: "otherSheetParts", sheets: [SHEET] },
    ]);
    const saved = await Package.load(done.bytes);
    const sheetXml = await saved.text(await saved.sheetPart(SHEET));
    expect(sheetXml).not.toContain(left);
    expect(children(sheetXml).has("webPublishItems")).toBe(true);
  });
});
