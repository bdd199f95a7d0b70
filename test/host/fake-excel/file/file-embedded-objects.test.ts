import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { Package, WORKSHEET_SEQUENCE, childOrder } from "./package-reader";
import { openXlsx } from "./saved-workbook";
import { savedThroughWorker } from "./saved-through-worker";

/**
 * A sheet's printer settings (pageSetup r:id → the Printer Settings part, ECMA-376 Part 1 §18.3.1.63, §15.2.15),
 * embedded object (oleObjects §18.3.1.60: an embedded workbook and its picture) and controls (controls §18.3.1.21:
 * a form control's ctrlProp part, MS-XLSX; an ActiveX control's part with its binary and picture) go from the
 * opened file to the download byte for byte, their every r:id re-pointed, through the worker's packing, Office.js
 * writes on another sheet and the save worker's messages. The file is xlsxwriter's with those parts added by hand
 * from the spec (test/fixtures/files/make_fixtures.py write_embedded_objects); the download is read with JSZip and
 * regular expressions (package-reader.ts), and XML-parsed with jsdom.
 */
const FILE = "embedded-objects.xlsx";
const SHEET = "Objects";

interface Expected {
  readonly parts: Record<
    "printerSettings" | "package" | "oleImage" | "ctrlProp" | "activeX" | "activeXBinary" | "buttonImage",
    string
  >;
  readonly printerSettings: string;
  readonly activeXBinary: string;
}
const expected = fixtureExpected<Expected>("embedded-objects.expected.json");

/** The relationship types from the sheet (and on from its parts) that lead to what these features keep. */
const FOLLOWED = new Set([
  "printerSettings",
  "package",
  "image",
  "ctrlProp",
  "control",
  "activeXControlBinary",
  "vmlDrawing",
  "comments",
]);

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** The fixture's bytes with parts taken out, as a damaged file would lack them. */
async function without(...parts: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(FILE));
  for (const p of parts) {
    expect(zip.file(p)).not.toBeNull();
    zip.remove(p);
  }
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * `bytes` opened, packed for the page and unpacked there; TierLadder writes a tier column on sheet "Data" through
 * office.js; saved through the save worker's messages, each cloned as postMessage clones it.
 */
async function download(bytes: Uint8Array) {
  const opened = await openWorkbookFile(FILE, bytes);
  const { packed, transfer } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Data").getRange("C1:C3").values = [["Tier"], ["A"], ["B"]];
    await ctx.sync();
  });
  return { opened, bytes: await savedThroughWorker(state) };
}

/** The sheet part's XML after sheetData: where pageSetup, legacyDrawing, oleObjects and controls are. */
const afterCells = (sheetXml: string) => sheetXml.slice(sheetXml.indexOf("</sheetData>"));

/**
 * Each r:id after the sheet's cells in document order, as what it reaches: its relationship's kind and the
 * target part's bytes (hex). The same list in the fixture and the download means every r:id was re-pointed to the
 * copy of the part the file's r:id named.
 */
async function idsAsParts(pkg: Package, sheet: string): Promise<{ element: string; kind: string; bytes: string }[]> {
  const part = await pkg.sheetPart(sheet);
  const rels = new Map((await pkg.rels(part)).map((r) => [r.id, r]));
  const out = [];
  for (const m of afterCells(await pkg.text(part)).matchAll(/<([\w:]+)[^>]*\sr:id="([^"]*)"/g)) {
    const rel = rels.get(m[2]);
    if (!rel) throw new Error(`${m[1]} r:id="${m[2]}" resolves to no relationship of ${part}`);
    out.push({ element: m[1], kind: rel.kind, bytes: Buffer.from(await pkg.bytes(rel.target)).toString("hex") });
  }
  return out;
}

/** A worksheet's children, a worksheet-level mc:AlternateContent by the child its Choice wraps. */
function childrenUnwrapped(sheetXml: string): string[] {
  // (The one inside oleObjects wraps an oleObject, a grandchild.)
  const wrapped = /<mc:AlternateContent[^>]*><mc:Choice[^>]*><(controls|oleObjects)\b/.exec(sheetXml)?.[1];
  return childOrder(sheetXml).map((c) => (c === "mc:AlternateContent" ? `(wrapped) ${wrapped}` : c));
}

describe("a sheet's printer settings, embedded object and controls survive open → page → Office.js writes → download", () => {
  let opened: OpenedWorkbook;
  let fixture: Package;
  let saved: Package;
  let bytes: Uint8Array;
  let sheetXml: string;

  beforeAll(async () => {
    const done = await download(fixtureBytes(FILE));
    opened = done.opened;
    bytes = done.bytes;
    fixture = await Package.load(fixtureBytes(FILE));
    saved = await Package.load(bytes);
    sheetXml = await saved.text(await saved.sheetPart(SHEET));
  });

  it("names nothing as not kept on opening", () => {
    expect(opened.notKept).toEqual([]);
  });

  it("copies every part pageSetup, oleObjects, controls and the notes reach, byte for byte, with its content type", async () => {
    const before = await fixture.reachedContent(SHEET, FOLLOWED);
    // The fixture's own: printer settings; the embedded workbook and its picture; the check box's ctrlProp; the
    // button's ActiveX part, its binary and picture; the VML with the object's and button's pictures; the notes.
    expect(before.map((p) => p.chain).sort()).toEqual([
      "comments",
      "control",
      "control>activeXControlBinary",
      "ctrlProp",
      "image",
      "image",
      "package",
      "printerSettings",
      "vmlDrawing",
      "vmlDrawing>image",
      "vmlDrawing>image",
    ]);
    expect(await saved.reachedContent(SHEET, FOLLOWED)).toEqual(before);
  });

  it("copies the printer driver's settings and the ActiveX binary as the fixture states their bytes", async () => {
    const reached = await saved.reached(SHEET, FOLLOWED);
    const bytesOf = async (chain: string) =>
      Buffer.from(await saved.bytes(reached.find((p) => p.chain === chain)!.part)).toString("hex");
    expect(await bytesOf("printerSettings")).toBe(expected.printerSettings);
    expect(await bytesOf("control>activeXControlBinary")).toBe(expected.activeXBinary);
    expect(await saved.contentType(reached.find((p) => p.chain === "printerSettings")!.part)).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings",
    );
  });

  it("re-points every r:id of pageSetup, oleObjects and controls (nested, and in Choice and Fallback alike) to the copy of the part the file's named", async () => {
    const before = await idsAsParts(fixture, SHEET);
    expect(before.map((i) => `${i.element}:${i.kind}`)).toEqual([
      "pageSetup:printerSettings",
      "legacyDrawing:vmlDrawing",
      "oleObject:package",
      "objectPr:image",
      "oleObject:package",
      "control:ctrlProp",
      "control:control",
      "controlPr:image",
      "control:control",
    ]);
    expect(await idsAsParts(saved, SHEET)).toEqual(before);
  });

  it("gives every part of the download a content type ([Content_Types].xml, OPC §10.1.2)", async () => {
    for (const part of saved.parts())
      expect({ part, type: await saved.contentType(part) }).toEqual({ part, type: expect.any(String) });
  });

  it("keeps the elements in CT_Worksheet's order (§18.3.1.99), controls in the mc:AlternateContent Excel wraps them in", () => {
    const children = childrenUnwrapped(sheetXml);
    expect(children.slice(-4)).toEqual(["pageSetup", "legacyDrawing", "oleObjects", "(wrapped) controls"]);
    const places = children.map((c) => WORKSHEET_SEQUENCE.indexOf(c.replace("(wrapped) ", "")));
    expect(places).not.toContain(-1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("declares every prefix the kept elements use, those their Choice requires (x14) too (ECMA-376 Part 3 §10.2)", () => {
    const doc = new new JSDOM().window.DOMParser().parseFromString(sheetXml, "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const choices = [...doc.getElementsByTagNameNS(MC, "Choice")];
    expect(choices).toHaveLength(4); // the oleObject's, the controls' wrapper, each control's
    for (const choice of choices) {
      expect(choice.getAttribute("Requires")).toBe("x14");
      expect(choice.lookupNamespaceURI("x14")).toBe(X14);
    }
    expect(doc.getElementsByTagNameNS(XDR, "col").length).toBe(6); // from and to of the object and both controls
  });

  it("keeps the print settings TierLadder does not set beside the printer settings", () => {
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
  });

  it("opens again naming nothing, and ExcelJS reads it with TierLadder's writes and the note", async () => {
    expect((await openWorkbookFile("again.xlsx", bytes)).notKept).toEqual([]);
    const book = await openXlsx(bytes);
    expect(book.getWorksheet("Data")!.getCell("C2").value).toBe("A");
    expect(book.getWorksheet(SHEET)!.getCell("A2").value).toBe("A-17");
  });
});

describe("a damaged file's printer settings, embedded objects and controls whose parts are missing are named", () => {
  async function savedWithout(...parts: string[]) {
    const done = await download(await without(...parts));
    const saved = await Package.load(done.bytes);
    const sheetXml = await saved.text(await saved.sheetPart(SHEET));
    return { notKept: done.opened.notKept, saved, children: childrenUnwrapped(sheetXml), sheetXml };
  }

  it("keeps a pageSetup whose printer settings part is missing without its r:id, and names the printer settings", async () => {
    const { notKept, saved, children, sheetXml } = await savedWithout(expected.parts.printerSettings);
    expect(notKept).toEqual([{ feature: "printerSettings", sheets: [SHEET] }]);
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheetXml).not.toMatch(/<pageSetup[^>]*r:id/);
    expect(saved.parts().filter((p) => p.startsWith("xl/printerSettings/"))).toEqual([]);
    expect(children.slice(-3)).toEqual(["legacyDrawing", "oleObjects", "(wrapped) controls"]);
  });

  it.each([
    ["the check box's ctrlProp part", expected.parts.ctrlProp],
    ["the button's ActiveX binary (a part its ActiveX part relates to)", expected.parts.activeXBinary],
    ["the button's ActiveX part", expected.parts.activeX],
  ])("leaves out the controls when %s is missing, names embedded objects, keeps the object", async (_, part) => {
    const { notKept, saved, children } = await savedWithout(part);
    expect(notKept).toEqual([{ feature: "embeddedObjects", sheets: [SHEET] }]);
    expect(children.slice(-3)).toEqual(["pageSetup", "legacyDrawing", "oleObjects"]);
    expect(saved.parts().filter((p) => /^xl\/(activeX|ctrlProps)\//.test(p))).toEqual([]);
    expect(saved.parts()).toContain(expected.parts.package);
  });

  it("leaves out the oleObjects when the embedded workbook is missing, names embedded objects, keeps the controls", async () => {
    const { notKept, saved, children } = await savedWithout(expected.parts.package);
    expect(notKept).toEqual([{ feature: "embeddedObjects", sheets: [SHEET] }]);
    expect(children.slice(-3)).toEqual(["pageSetup", "legacyDrawing", "(wrapped) controls"]);
    expect(saved.parts()).toContain(expected.parts.ctrlProp);
  });

  it("leaves out the objects and controls with the VML that draws them (their shapeId names its shapes, §18.3.1.19)", async () => {
    const { notKept, saved, children } = await savedWithout("xl/drawings/vmlDrawing1.vml");
    expect(notKept).toEqual([
      { feature: "comments", sheets: [SHEET] },
      { feature: "embeddedObjects", sheets: [SHEET] },
    ]);
    expect(children).not.toContain("legacyDrawing");
    expect(children).not.toContain("oleObjects");
    expect(children.some((c) => c.includes("controls"))).toBe(false);
    expect(children[children.length - 1]).toBe("pageSetup");
    expect(saved.parts()).toContain(expected.parts.printerSettings);
  });
});
