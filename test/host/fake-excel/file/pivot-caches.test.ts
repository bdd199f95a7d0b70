import { keepPivotCaches } from "../../../../src/host/fake-excel/file/pivot-caches";

/**
 * keepPivotCaches on a package held in a map: the workbook part lists each copied cache in pivotCaches (ECMA-376
 * Part 1 §18.2.22) at its place in CT_Workbook's sequence (§18.2.27: … calcPr, oleSize, customWorkbookViews,
 * pivotCaches, smartTagPr, smartTagTypes, webPublishing, fileRecoveryPr, webPublishObjects, extLst), and the workbook
 * relates to each definition part (OPC, ECMA-376 Part 2 §9.3) under an id not taken.
 */
const CACHE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition";
const SHEET_REL = '<Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/>';

/** A package of the workbook part and its relationships, as a Map, with JSZip's file() shape. */
function packageOf(book: string | undefined, rels: string | undefined) {
  const parts = new Map<string, string>();
  if (book !== undefined) parts.set("xl/workbook.xml", book);
  if (rels !== undefined) parts.set("xl/_rels/workbook.xml.rels", rels);
  const zip = {
    file(path: string, data?: string) {
      if (data !== undefined) return parts.set(path, data);
      const text = parts.get(path);
      return text === undefined ? null : { async: () => Promise.resolve(text) };
    },
  };
  return { zip: zip as Parameters<typeof keepPivotCaches>[0], parts };
}

const rels = (inside: string) => `<Relationships>${inside}</Relationships>`;
const caches = [
  { cacheId: "7", part: "xl/pivotCache/pivotCacheDefinition1.xml" },
  { cacheId: "9", part: "xl/pivotCache/pivotCacheDefinition2.xml" },
];
/** Each cache copied under its own name. */
const same = (part: string) => part;

describe("keepPivotCaches", () => {
  it("lists each copied cache under its cacheId before extLst, related under the first rIdPivotCacheN not taken", async () => {
    const { zip, parts } = packageOf(
      "<workbook><sheets/><calcPr/><extLst/></workbook>",
      rels(SHEET_REL + '<Relationship Id="rIdPivotCache1" Type="t" Target="x.xml"/>'),
    );
    await keepPivotCaches(zip, caches, same);
    // rIdPivotCache1 is taken, so the ids are 2 and 3; targets are relative to xl/ (the workbook part's folder).
    expect(parts.get("xl/workbook.xml")).toBe(
      "<workbook><sheets/><calcPr/>" +
        '<pivotCaches><pivotCache cacheId="7" r:id="rIdPivotCache2"/><pivotCache cacheId="9" r:id="rIdPivotCache3"/></pivotCaches>' +
        "<extLst/></workbook>",
    );
    expect(parts.get("xl/_rels/workbook.xml.rels")).toBe(
      rels(
        SHEET_REL +
          '<Relationship Id="rIdPivotCache1" Type="t" Target="x.xml"/>' +
          `<Relationship Id="rIdPivotCache2" Type="${CACHE_TYPE}" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
          `<Relationship Id="rIdPivotCache3" Type="${CACHE_TYPE}" Target="pivotCache/pivotCacheDefinition2.xml"/>`,
      ),
    );
  });

  it.each(["smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects"])(
    "puts pivotCaches before %s, which follows it in CT_Workbook",
    async (next) => {
      const { zip, parts } = packageOf(`<workbook><sheets/><${next}/><extLst/></workbook>`, rels(SHEET_REL));
      await keepPivotCaches(zip, caches.slice(0, 1), same);
      expect(parts.get("xl/workbook.xml")).toBe(
        `<workbook><sheets/><pivotCaches><pivotCache cacheId="7" r:id="rIdPivotCache1"/></pivotCaches><${next}/><extLst/></workbook>`,
      );
    },
  );

  it("puts pivotCaches last in a workbook part with none of the elements that follow it", async () => {
    const { zip, parts } = packageOf("<workbook><sheets/><calcPr/></workbook>", rels(SHEET_REL));
    await keepPivotCaches(zip, caches.slice(1), same);
    expect(parts.get("xl/workbook.xml")).toBe(
      '<workbook><sheets/><calcPr/><pivotCaches><pivotCache cacheId="9" r:id="rIdPivotCache1"/></pivotCaches></workbook>',
    );
  });

  it("lists only the caches a saved sheet took along, under the names they were copied to", async () => {
    const { zip, parts } = packageOf("<workbook><sheets/></workbook>", rels(SHEET_REL));
    await keepPivotCaches(zip, caches, (part) =>
      part.endsWith("2.xml") ? "xl/pivotCache/pivotCacheDefinition5.xml" : undefined,
    );
    expect(parts.get("xl/workbook.xml")).toBe(
      '<workbook><sheets/><pivotCaches><pivotCache cacheId="9" r:id="rIdPivotCache1"/></pivotCaches></workbook>',
    );
    expect(parts.get("xl/_rels/workbook.xml.rels")).toContain('Target="pivotCache/pivotCacheDefinition5.xml"');
  });

  it("leaves the package as it is when no cache was copied, even one without a workbook part", async () => {
    const { zip, parts } = packageOf(undefined, undefined);
    await keepPivotCaches(zip, caches, () => undefined);
    expect([...parts.keys()]).toEqual([]);
  });

  it.each([
    ["no workbook part", undefined, rels(SHEET_REL)],
    ["no workbook relationships", "<workbook><sheets/></workbook>", undefined],
  ])("refuses a package with %s", async (_, book, relsXml) => {
    const { zip } = packageOf(book, relsXml);
    await expect(keepPivotCaches(zip, caches, same)).rejects.toThrow(
      "The workbook package has no xl/workbook.xml and its relationships.",
    );
  });

  it.each([
    ["already holds pivotCaches", "<workbook><sheets/><pivotCaches/></workbook>"],
    ["has no end", "<workbook><sheets/>"],
  ])("refuses a workbook part that %s", async (_, book) => {
    const { zip } = packageOf(book, rels(SHEET_REL));
    await expect(keepPivotCaches(zip, caches, same)).rejects.toThrow(
      "The workbook package's xl/workbook.xml cannot take pivotCaches.",
    );
  });
});
