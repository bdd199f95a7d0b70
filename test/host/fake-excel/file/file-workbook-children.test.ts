import JSZip from "jszip";
import { withWorkbookChildren } from "../../../../src/host/fake-excel/file/workbook-children-xml";
import { fixtureBytes } from "./fixture-files";
import { downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package } from "./package-reader";
import { workbookChildren as children, workbookPart } from "./workbook-part";

/**
 * The workbook part's children beyond sheets and names (ECMA-376 Part 1 §18.2.27 CT_Workbook). The fixture
 * (make_fixtures.py write_workbook_children) is xlsxwriter's file with fileSharing readOnlyRecommended="1" and
 * calcPr calcMode="manual", and by hand externalReferences (with its externalLink part), oleSize,
 * customWorkbookViews, webPublishing and fileRecoveryPr. The self-contained ones are kept as the file wrote them,
 * the links to other workbooks with their External Workbook parts (§12.3.9), the custom view with its activeSheetId
 * numbered for the download (file-workbook-windows.test.ts).
 */
const FILE = "workbook-children.xlsx";

/** CT_Workbook's sequence (§18.2.27), as the schema lists it. */
const SEQUENCE = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The elements as make_fixtures.py wrote them (xlsxwriter's two, then WB_CHILDREN_XML's). */
const KEPT = {
  fileSharing: '<fileSharing readOnlyRecommended="1"/>',
  calcPr: '<calcPr calcId="124519" calcMode="manual" calcOnSave="0"/>',
  oleSize: '<oleSize ref="A1:D10"/>',
  webPublishing: '<webPublishing codePage="65001" allowPng="1" targetScreenSize="1024x768"/>',
  fileRecoveryPr: '<fileRecoveryPr autoRecover="0"/>',
};

/** The fixture with its workbook part changed by `edit`. */
async function withWorkbookXml(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(FILE));
  zip.file("xl/workbook.xml", edit(await zip.file("xl/workbook.xml")!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a workbook part's children beyond sheets and names (§18.2.27)", () => {
  it("names nothing when opened: the custom view is kept too", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.notKept).toEqual([]);
  });

  it("keeps the link to another workbook: externalReferences, its External Workbook part byte for byte with its external relationship, and the formula naming [1]", async () => {
    const saved = await Package.load(await downloadWithTierColumn(FILE));
    const source = await Package.load(fixtureBytes(FILE));
    const xml = await saved.text("xl/workbook.xml");
    const ids = [
      ...(/<externalReferences\b.*?<\/externalReferences>/.exec(xml)?.[0] ?? "").matchAll(/r:id="([^"]*)"/g),
    ];
    expect(ids).toHaveLength(1);
    const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.id === ids[0][1]);
    expect(rel?.kind).toBe("externalLink");
    const part = rel!.target;
    expect(await saved.bytes(part)).toEqual(await source.bytes("xl/externalLinks/externalLink1.xml"));
    expect(await saved.contentType(part)).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
    );
    expect(await saved.rels(part)).toEqual([
      { id: "rId1", kind: "externalLinkPath", target: "prices.xlsx", external: true },
    ]);
    expect(await saved.text(await saved.sheetPart("Data"))).toMatch(/<c r="D2"[^>]*><f>\[1\]Sheet1!\$A\$1<\/f>/);
  });

  it("keeps fileSharing, calcPr, oleSize, webPublishing and fileRecoveryPr as written, in CT_Workbook's order", async () => {
    const xml = await workbookPart(await downloadWithTierColumn(FILE));
    for (const element of Object.values(KEPT)) expect(xml.split(element)).toHaveLength(2);
    const names = children(xml);
    for (const name of [...Object.keys(KEPT), "externalReferences"])
      expect(names.filter((n) => n === name)).toEqual([name]);
    const places = names.map((n) => SEQUENCE.indexOf(n));
    expect(places.every((p) => p >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("keeps manual calculation: the file's calcPr replaces the one ExcelJS writes", async () => {
    const xml = await workbookPart(await downloadWithTierColumn(FILE));
    expect([...xml.matchAll(/<calcPr\b[^>]*>/g)].map((m) => m[0])).toEqual([KEPT.calcPr]);
  });

  it("keeps the custom view at its place, showing Data by the download's sheetId", async () => {
    const xml = await workbookPart(await downloadWithTierColumn(FILE));
    const dataId = /<sheet\b(?=[^>]*\sname="Data")[^>]*\ssheetId="(\d+)"/.exec(xml)?.[1];
    expect(dataId).toBeDefined();
    expect(xml).toContain(
      `<customWorkbookView name="Review" guid="{6F1C2B9A-1D3E-4F5A-8B7C-9D0E1F2A3B4C}" windowWidth="16095" windowHeight="9660" activeSheetId="${dataId}"/>`,
    );
    const names = children(xml);
    expect(names.indexOf("customWorkbookViews")).toBe(names.indexOf("oleSize") + 1);
  });

  it("names a child of a later schema and webPublishObjects as other workbook settings", async () => {
    for (const extra of ["<futureSetting/>", '<webPublishObjects count="0"/>']) {
      const bytes = await withWorkbookXml((x) =>
        x
          .replace(/<externalReferences>.*?<\/externalReferences>/, "")
          .replace(/<customWorkbookViews>.*?<\/customWorkbookViews>/, "")
          .replace("</workbook>", `${extra}</workbook>`),
      );
      const { opened } = await openedFixture(FILE, bytes);
      expect(opened.notKept).toEqual([{ feature: "otherWorkbookParts", sheets: [] }]);
    }
  });

  it("names an extLst extension nothing keeps, and not the slicer caches' (kept or named with the slicers) nor Excel's calcFeatures (the saving application's record)", async () => {
    const ext = (uri: string) => `<extLst><ext uri="${uri}"/></extLst></workbook>`;
    const without = (x: string) =>
      x
        .replace(/<externalReferences>.*?<\/externalReferences>/, "")
        .replace(/<customWorkbookViews>.*?<\/customWorkbookViews>/, "");
    const unknown = await withWorkbookXml(
      (x) => without(x).replace("</workbook>", ext("{6F2E1A3B-0C4D-4E5F-8A9B-1C2D3E4F5A6B}")), // an add-in's, made up
    );
    expect((await openedFixture(FILE, unknown)).opened.notKept).toEqual([
      { feature: "otherWorkbookParts", sheets: [] },
    ]);
    const calcFeatures = await withWorkbookXml((x) =>
      without(x).replace("</workbook>", ext("{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}")),
    );
    expect((await openedFixture(FILE, calcFeatures)).opened.notKept).toEqual([]);
    const slicerCaches = await withWorkbookXml((x) =>
      without(x).replace("</workbook>", ext("{BBE1A952-AA13-448e-AADC-164F8A28A991}")),
    );
    expect((await openedFixture(FILE, slicerCaches)).opened.notKept).toEqual([]);
  });

  it("names links to other workbooks whose externalLink part is missing (a damaged file)", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes(FILE));
    zip.remove("xl/externalLinks/externalLink1.xml");
    const { opened } = await openedFixture(FILE, await zip.generateAsync({ type: "uint8array" }));
    expect(opened.notKept.map((n) => n.feature)).toEqual(["externalLinks"]);
  });
});

describe("withWorkbookChildren", () => {
  const written =
    '<workbook><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>' +
    '<definedNames><definedName name="x">A!$A$1</definedName></definedNames><calcPr calcId="171027"/></workbook>';

  it("puts a child before the first written child later in the sequence, and one last before the end tag", () => {
    const xml = withWorkbookChildren(written, [
      KEPT.fileSharing,
      '<functionGroups builtInGroupCount="17"/>',
      KEPT.webPublishing,
    ]);
    expect(children(xml)).toEqual([
      "fileSharing",
      "bookViews",
      "sheets",
      "functionGroups",
      "definedNames",
      "calcPr",
      "webPublishing",
    ]);
  });

  it("replaces the calcPr ExcelJS wrote (calcId only) with the file's", () => {
    expect(withWorkbookChildren(written, [KEPT.calcPr])).toContain(`</definedNames>${KEPT.calcPr}</workbook>`);
  });

  it("counts only the root's own children: a window's extLst does not take a later child inside it", () => {
    const withViewExt = written.replace(
      '<workbookView activeTab="0"/>',
      '<workbookView activeTab="0"><extLst><ext uri="{00000000-0000-0000-0000-000000000000}"/></extLst></workbookView>',
    );
    const xml = withWorkbookChildren(withViewExt, ['<oleSize ref="A1:B2"/>']);
    expect(xml).toContain('</definedNames><calcPr calcId="171027"/><oleSize ref="A1:B2"/></workbook>');
  });

  it("refuses an element that is not CT_Workbook's", () => {
    expect(() => withWorkbookChildren(written, ["<sheetData/>"])).toThrow(/cannot take a sheetData/);
  });
});
