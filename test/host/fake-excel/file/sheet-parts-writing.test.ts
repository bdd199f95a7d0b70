import JSZip from "jszip";
import type { KeptPart, SheetParts } from "../../../../src/host/fake-excel/file/kept-parts";
import { SheetPartsCopier, relativeTarget } from "../../../../src/host/fake-excel/file/sheet-parts-writing";

/**
 * The copier against a package that already has parts of the kept parts' names (as if the skeleton's writer had
 * written a drawing): the copies take fresh names, part names compared without regard to case (ECMA-376 Part 2
 * §9.1.1.1.2), their relationships follow, and [Content_Types].xml gets what it lacks (Part 2 §10.1.2).
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const PNG = "image/png";
const rel = (id: string, kind: string, target: string) => ({ id, type: `${REL}/${kind}`, target, external: false });
const bytes = (s: string) => new TextEncoder().encode(s);

const image: KeptPart = { name: "xl/media/image1.png", contentType: PNG, bytes: bytes("png"), relationships: [] };
const drawing: KeptPart = {
  name: "xl/drawings/drawing1.xml",
  contentType: DRAWING_TYPE,
  bytes: bytes("<xdr:wsDr/>"),
  relationships: [
    rel("rId1", "image", "xl/media/image1.png"),
    { id: "rId2", type: `${REL}/hyperlink`, target: "https://example.com/?a=1&b=2", external: true },
  ],
};
const kept: SheetParts = {
  relationships: [rel("rId7", "drawing", "xl/drawings/drawing1.xml")],
  parts: [drawing, image],
};

async function skeleton(): Promise<JSZip> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/></Types>`,
  );
  zip.file("xl/drawings/Drawing1.xml", "<theirs/>"); // another case: the same part name (§9.1.1.1.2)
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdKept1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
  );
  return zip;
}

describe("copying kept parts into a package that has parts of their names", () => {
  it("gives a part a fresh numbered name when its own is taken, and keeps a free one", async () => {
    const zip = await skeleton();
    const copier = new SheetPartsCopier(zip);
    const elements = await copier.sheet("xl/worksheets/sheet1.xml", kept, [
      { element: "drawing", xml: '<drawing r:id="rId7"/>' },
      { element: "pageMargins", xml: '<pageMargins r:id="rId7"/>' },
    ]);
    await copier.finish();
    expect(await zip.file("xl/drawings/Drawing1.xml")!.async("string")).toBe("<theirs/>");
    expect(await zip.file("xl/drawings/drawing2.xml")!.async("string")).toBe("<xdr:wsDr/>");
    expect(await zip.file("xl/media/image1.png")!.async("string")).toBe("png");
    // The sheet's new relationship has an id the rels part did not have, and only the drawing element says it.
    const sheetRels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(sheetRels).toContain(
      `<Relationship Id="rIdKept2" Type="${REL}/drawing" Target="../drawings/drawing2.xml"/>`,
    );
    expect(elements).toEqual([
      { element: "drawing", xml: '<drawing r:id="rIdKept2"/>' },
      { element: "pageMargins", xml: '<pageMargins r:id="rId7"/>' },
    ]);
    // The copy's relationships keep their ids, point at the copies, and an external target stays as written, escaped.
    const drawingRels = await zip.file("xl/drawings/_rels/drawing2.xml.rels")!.async("string");
    expect(drawingRels).toContain(`<Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/>`);
    expect(drawingRels).toContain(
      `<Relationship Id="rId2" Type="${REL}/hyperlink" Target="https://example.com/?a=1&amp;b=2" TargetMode="External"/>`,
    );
    // An Override for the drawing (the Default for xml says application/xml), a Default for png (none before).
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(`<Override PartName="/xl/drawings/drawing2.xml" ContentType="${DRAWING_TYPE}"/>`);
    expect(types).toContain(`<Default Extension="png" ContentType="${PNG}"/>`);
  });

  it("copies a part two sheets reach once", async () => {
    const zip = await skeleton();
    const copier = new SheetPartsCopier(zip);
    await copier.sheet("xl/worksheets/sheet1.xml", kept, []);
    await copier.sheet("xl/worksheets/sheet2.xml", kept, []);
    await copier.finish();
    expect(Object.keys(zip.files).filter((p) => /drawing\d\.xml$|image\d\.png$/.test(p))).toEqual([
      "xl/drawings/drawing2.xml",
      "xl/media/image1.png",
    ]);
    const second = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    expect(second).toContain(`Target="../drawings/drawing2.xml"`);
  });

  it.each([
    ["xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml", "../drawings/drawing1.xml"],
    ["xl/worksheets/sheet1.xml", "xl/comments1.xml", "../comments1.xml"],
    ["xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing1.vml", "vmlDrawing1.vml"],
    ["xl/charts/chart1.xml", "xl/embeddings/Book1.xlsx", "../embeddings/Book1.xlsx"],
  ])("writes %s's target %s as %s (Part 2 §9.3.2.3: relative to the source's folder)", (from, to, written) => {
    expect(relativeTarget(from, to)).toBe(written);
  });
});
