import { withAppKept, withModified } from "../../../../src/host/fake-excel/file/document-properties-writing";
import { editedFixture } from "./edited-fixture";
import { fixtureBytes } from "./fixture-files";
import { downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package } from "./package-reader";

/**
 * A workbook's document properties (File › Info › Properties). The fixture (make_fixtures.py
 * write_document_properties) is xlsxwriter's file with core properties (ECMA-376 Part 2 §11: title, author 李娜,
 * created 2025-01-01 …), extended ones (Part 1 §22.2: Manager, Company, HyperlinkBase), custom ones (§22.3, a
 * sensitivity label's MSIP_Label_ properties among them) and, by hand, the label's LabelInfo part (MS-OFFCRYPTO
 * §2.6.2). ExcelJS alone would write "Unknown" as the author and now as the creation date, and drop the rest.
 */
const FILE = "document-properties.xlsx";

const CUSTOM_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const LABEL_TYPE = "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels";

/** The package's root relationships (Part 2 §9.3), read with a regular expression. */
async function rootRelationships(pkg: Package) {
  const xml = await pkg.text("_rels/.rels");
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    type: /\sType="([^"]*)"/.exec(m[0])?.[1],
    target: /\sTarget="([^"]*)"/.exec(m[0])?.[1] ?? "",
  }));
}

/** The part the root relates to with `type`, its bytes and content type. */
async function rootPart(pkg: Package, type: string) {
  const rels = (await rootRelationships(pkg)).filter((r) => r.type === type);
  expect(rels).toHaveLength(1);
  const path = rels[0].target.replace(/^\//, "");
  return { bytes: await pkg.bytes(path), contentType: await pkg.contentType(path) };
}

const modified = (core: string) => /<dcterms:modified\b[^>]*>([^<]*)</.exec(core)?.[1];

describe("a workbook's document properties (File › Info › Properties)", () => {
  it("names nothing when opened", async () => {
    expect((await openedFixture(FILE)).opened.notKept).toEqual([]);
  });

  it("keeps the core properties as written, but for the time modified, which is the save's", async () => {
    const before = Date.now();
    const saved = await Package.load(await downloadWithTierColumn(FILE));
    const after = Date.now();
    const core = await saved.text("docProps/core.xml");
    const source = await (await Package.load(fixtureBytes(FILE))).text("docProps/core.xml");
    expect(modified(source)).toBe("2025-01-01T00:00:00Z");
    expect(core.replace(modified(core)!, "")).toBe(
      source.replace("2025-01-01T00:00:00Z</dcterms:modified>", "</dcterms:modified>"),
    );
    const at = Date.parse(modified(core)!);
    // The stamp has whole seconds (W3CDTF as Excel writes it), so it may be up to a second before `before`.
    expect(at).toBeGreaterThan(before - 1000);
    expect(at).toBeLessThanOrEqual(after);
    expect(core).toContain("<dc:creator>李娜</dc:creator>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>');
  });

  it("keeps the manager, company and hyperlink base, once each, beside the download's own sheet list", async () => {
    const app = await (await Package.load(await downloadWithTierColumn(FILE))).text("docProps/app.xml");
    for (const element of [
      "<Manager>Wang Wei</Manager>",
      "<Company>Acme Trading 有限公司</Company>",
      "<HyperlinkBase>https://intranet.example.com/sales/</HyperlinkBase>",
    ])
      expect(app.split(element)).toHaveLength(2);
    expect(app.match(/<Company\b/g)).toHaveLength(1);
    expect(app.match(/<Manager\b/g)).toHaveLength(1);
    expect(app).toContain("<vt:lpstr>Data</vt:lpstr>");
  });

  it("copies the custom properties and the sensitivity label part byte for byte, each with its relationship and content type", async () => {
    const saved = await Package.load(await downloadWithTierColumn(FILE));
    const source = await Package.load(fixtureBytes(FILE));
    const custom = await rootPart(saved, CUSTOM_TYPE);
    expect(custom.bytes).toEqual(await source.bytes("docProps/custom.xml"));
    expect(custom.contentType).toBe("application/vnd.openxmlformats-officedocument.custom-properties+xml");
    expect(new TextDecoder().decode(custom.bytes)).toContain("MSIP_Label_2096f6a2-d2f7-48be-b329-b73aaa526e5d_Enabled");
    const label = await rootPart(saved, LABEL_TYPE);
    expect(label.bytes).toEqual(await source.bytes("docMetadata/LabelInfo.xml"));
    expect(label.contentType).toBe("application/vnd.ms-office.classificationlabels+xml");
  });

  it("keeps them again when the download is opened and saved again", async () => {
    const again = await Package.load(await downloadWithTierColumn(FILE, undefined, await downloadWithTierColumn(FILE)));
    expect(await again.text("docProps/core.xml")).toContain("<dc:title>Customer tiers 2025</dc:title>");
    expect((await rootRelationships(again)).filter((r) => r.type === CUSTOM_TYPE)).toHaveLength(1);
    expect((await rootRelationships(again)).filter((r) => r.type === LABEL_TYPE)).toHaveLength(1);
  });
});

describe("what a package relates to that nothing keeps", () => {
  /** The fixture with a relationship of `type` in the rels part `rels` to the part `target`, which it adds. */
  const withRelationship = (rels: string, type: string, target: string, body: string | Uint8Array) =>
    editedFixture(FILE, async (zip) => {
      const xml = await zip.file(rels)!.async("string");
      const relationship = `<Relationship Id="rIdX" Type="${type}" Target="/${target}"/>`;
      zip.file(rels, xml.replace("</Relationships>", `${relationship}</Relationships>`));
      zip.file(target, body);
    });
  const withWorkbookRelationship = (type: string, target: string) =>
    withRelationship("xl/_rels/workbook.xml.rels", type, `xl/${target}`, "<x/>");
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  it("names the data connections (§12.3.4) and the data model as data connections", async () => {
    for (const [type, target] of [
      [`${REL}/connections`, "connections.xml"],
      [`${REL}/powerPivotData`, "model/item.data"],
    ]) {
      const { opened } = await openedFixture(FILE, await withWorkbookRelationship(type, target));
      expect(opened.notKept).toEqual([{ feature: "dataConnections", sheets: [] }]);
    }
  });

  it("names a ribbon customization and an Excel 4.0 macro sheet as other workbook content", async () => {
    const ribbon = await withRelationship(
      "_rels/.rels",
      "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility",
      "customUI/customUI.xml",
      "<customUI/>",
    );
    expect((await openedFixture(FILE, ribbon)).opened.notKept).toEqual([{ feature: "otherWorkbookParts", sheets: [] }]);
    const macroSheet = await withWorkbookRelationship(
      "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
      "macrosheets/sheet1.xml",
    );
    expect((await openedFixture(FILE, macroSheet)).opened.notKept).toEqual([
      { feature: "otherWorkbookParts", sheets: [] },
    ]);
  });

  it("names neither the calculation chain (§18.6) nor a thumbnail (Part 2 §11.6): the saving application writes them anew", async () => {
    const calcChain = await withWorkbookRelationship(`${REL}/calcChain`, "calcChain.xml");
    expect((await openedFixture(FILE, calcChain)).opened.notKept).toEqual([]);
    const thumbnail = await withRelationship(
      "_rels/.rels",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
      "docProps/thumbnail.jpeg",
      new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    );
    expect((await openedFixture(FILE, thumbnail)).opened.notKept).toEqual([]);
  });
});

describe("withModified and withAppKept", () => {
  it("leaves core properties without dcterms:modified as they are", () => {
    const core = "<cp:coreProperties><dc:title>T</dc:title></cp:coreProperties>";
    expect(withModified(core, new Date(0))).toBe(core);
  });

  it("writes the save's time in W3CDTF without fractions of a second", () => {
    const core =
      '<cp:coreProperties><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>';
    expect(withModified(core, new Date(Date.UTC(2026, 11, 1, 13, 5, 7, 450)))).toContain(">2026-12-01T13:05:07Z<");
  });

  it("replaces an empty element ExcelJS wrote and adds one it did not write before the end tag", () => {
    const app = "<Properties><Application>Microsoft Excel</Application><Company></Company><Manager/></Properties>";
    expect(
      withAppKept(app, [
        "<Company>Acme</Company>",
        "<Manager>Wei</Manager>",
        "<HyperlinkBase>https://x/</HyperlinkBase>",
      ]),
    ).toBe(
      "<Properties><Application>Microsoft Excel</Application><Company>Acme</Company><Manager>Wei</Manager><HyperlinkBase>https://x/</HyperlinkBase></Properties>",
    );
  });
});
