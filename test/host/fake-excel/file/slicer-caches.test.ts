import JSZip from "jszip";
import { ContentTypes } from "../../../../src/host/fake-excel/file/content-types";
import { SheetPartsReader } from "../../../../src/host/fake-excel/file/sheet-parts-reading";
import {
  type KeptSlicerCaches,
  type ListedSheet,
  keptSlicerCaches,
  withTableRenamed,
} from "../../../../src/host/fake-excel/file/slicer-caches";
import { TABLE_SLICER_CACHES_URI } from "../../../../src/host/fake-excel/file/table-slicers";
import { TIMELINE_CACHE_REFS_URI } from "../../../../src/host/fake-excel/file/timelines";
import { type Relationship, XlsxPackage } from "../../../../src/host/fake-excel/file/xlsx-package";

/**
 * keptSlicerCaches on packages written here: a sheet "Pivot" (sheetId 5) with PivotTable1 whose cache definition is
 * in the file, a sheet "Data" (sheetId 3) with table 1 "Sales" (columns 1 Region, 2 Rep), and slicer caches (MS-XLSX
 * §2.6.14 CT_SlicerCache parts) and a timeline cache that name them, listed by the workbook part's extensions.
 */
// x14:slicerCaches' uri (MS-XLSX §2.2.4.11), written out: a test of the constant too.
const SLICER_CACHES_URI = "{BBE1A952-AA13-448e-AADC-164F8A28A991}";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SLICER_CACHE = "http://schemas.microsoft.com/office/2007/relationships/slicerCache";
const TIMELINE_CACHE = "http://schemas.microsoft.com/office/2011/relationships/timelineCache";

const TYPES =
  "<Types>" +
  '<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>' +
  '<Override PartName="/xl/slicerCaches/slicerCache2.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>' +
  '<Override PartName="/xl/timelineCaches/timelineCache1.xml" ContentType="application/vnd.ms-excel.timelineCache+xml"/>' +
  '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="pivotTable"/>' +
  '<Override PartName="/xl/pivotTables/pivotTable2.xml" ContentType="pivotTable"/>' +
  '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="pivotCacheDefinition"/></Types>';

const rels = (...entries: [string, string, string][]) =>
  `<Relationships>${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;

const pivotSlicerCache = (pivotTables: string) =>
  `<slicerCacheDefinition name="Slicer_Region" sourceName="Region"><pivotTables>${pivotTables}</pivotTables>` +
  '<data><tabular pivotCacheId="1"/></data></slicerCacheDefinition>';

const FILES: Record<string, string> = {
  "xl/worksheets/_rels/sheet2.xml.rels": rels(
    ["rId1", `${R}/drawing`, "../drawings/drawing1.xml"],
    ["rId2", `${R}/pivotTable`, "../pivotTables/pivotTable2.xml"],
    ["rId3", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"],
  ),
  "xl/pivotTables/pivotTable1.xml": '<pivotTableDefinition name="PivotTable1" cacheId="1"/>',
  "xl/pivotTables/_rels/pivotTable1.xml.rels": rels([
    "rId1",
    `${R}/pivotCacheDefinition`,
    "../pivotCache/pivotCacheDefinition1.xml",
  ]),
  "xl/pivotTables/pivotTable2.xml": '<pivotTableDefinition name="Other" cacheId="1"/>',
  "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
  "xl/worksheets/_rels/sheet1.xml.rels": rels(["rId1", `${R}/table`, "../tables/table1.xml"]),
  "xl/tables/table1.xml":
    '<table id="1" name="Sales"><tableColumns count="2"><tableColumn id="1" name="Region"/><tableColumn id="2" name="Rep"/></tableColumns></table>',
  "xl/slicerCaches/slicerCache1.xml": pivotSlicerCache('<pivotTable tabId="5" name="PivotTable1"/>'),
  "xl/slicerCaches/slicerCache2.xml":
    '<slicerCacheDefinition name="Slicer_Rep" sourceName="Rep"><extLst><ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}">' +
    '<x15:tableSlicerCache tableId="1" column="2"/></ext></extLst></slicerCacheDefinition>',
  "xl/timelineCaches/timelineCache1.xml":
    '<timelineCacheDefinition name="NativeTimeline_Date"><pivotTables><pivotTable tabId="5" name="PivotTable1"/></pivotTables></timelineCacheDefinition>',
};

const SHEETS: ListedSheet[] = [
  { name: "Data", sheetId: "3", path: "xl/worksheets/sheet1.xml" },
  { name: "Pivot", sheetId: "5", path: "xl/worksheets/sheet2.xml" },
];

const RELS: Relationship[] = [
  { id: "rId1", type: `${R}/worksheet`, target: "xl/worksheets/sheet1.xml" },
  { id: "rId7", type: SLICER_CACHE, target: "xl/slicerCaches/slicerCache1.xml" },
  { id: "rId8", type: SLICER_CACHE, target: "xl/slicerCaches/slicerCache2.xml" },
  { id: "rId9", type: TIMELINE_CACHE, target: "xl/timelineCaches/timelineCache1.xml" },
];

const ext = (uri: string, ...ids: string[]) =>
  `<ext uri="${uri}" xmlns:x14="x14"><x14:slicerCaches>${ids.map((id) => `<x14:slicerCache r:id="${id}"/>`).join("")}</x14:slicerCaches></ext>`;
const workbookXml = (...exts: string[]) => `<workbook><sheets/><extLst>${exts.join("")}</extLst></workbook>`;

async function kept(
  xml: string,
  files: Record<string, string | undefined> = {},
  sheets = SHEETS,
  relationships = RELS,
) {
  const zip = new JSZip();
  for (const [path, text] of Object.entries({ "[Content_Types].xml": TYPES, ...FILES, ...files }))
    if (text !== undefined) zip.file(path, text);
  const pkg = await XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }));
  return keptSlicerCaches(pkg, new SheetPartsReader(pkg, new ContentTypes(TYPES)), {
    xml,
    rels: relationships,
    sheets,
  });
}

const PIVOT_EXT = ext(SLICER_CACHES_URI, "rId7");
const TABLE_EXT = ext(TABLE_SLICER_CACHES_URI, "rId8");
const TIMELINE_EXT = ext(TIMELINE_CACHE_REFS_URI, "rId9");

describe("keptSlicerCaches", () => {
  it("is none for a workbook part without slicer or timeline cache extensions", async () => {
    expect(await kept("<workbook><sheets/></workbook>")).toBe("none");
    expect(await kept(workbookXml(ext("{00000000-0000-0000-0000-000000000000}", "rId7")))).toBe("none");
  });

  it("keeps the PivotTable, table and timeline caches with their extensions as written, and the PivotTables' sheets", async () => {
    const other = ext("{00000000-0000-0000-0000-000000000000}", "rId1");
    const result = (await kept(workbookXml(PIVOT_EXT, other, TABLE_EXT, TIMELINE_EXT))) as KeptSlicerCaches;
    expect(result.exts).toEqual([PIVOT_EXT, TABLE_EXT, TIMELINE_EXT]);
    expect(result.caches.map((c) => [c.id, c.type, c.parts.map((p) => p.name)])).toEqual([
      ["rId7", SLICER_CACHE, ["xl/slicerCaches/slicerCache1.xml"]],
      ["rId8", SLICER_CACHE, ["xl/slicerCaches/slicerCache2.xml"]],
      ["rId9", TIMELINE_CACHE, ["xl/timelineCaches/timelineCache1.xml"]],
    ]);
    expect(result.sheetIds).toEqual([["Pivot", "5"]]);
    expect(result.tables).toEqual([{ fileId: "1", fileColumn: "2", name: "Sales", column: "Rep" }]);
  });

  it("judges an extension by its own uri, not by a uri in what it holds", async () => {
    const inner = `<ext uri="{00000000-0000-0000-0000-000000000000}"><x:note v="${SLICER_CACHES_URI}"/></ext>`;
    expect(await kept(workbookXml(inner))).toBe("none");
  });

  it("gives the sheets of the PivotTables in the workbook's order, each once", async () => {
    const sheets: ListedSheet[] = [
      SHEETS[1],
      { name: "Spare", sheetId: "9", path: "xl/worksheets/sheet9.xml" },
      SHEETS[0],
    ];
    const result = (await kept(workbookXml(PIVOT_EXT, TIMELINE_EXT), {}, sheets)) as KeptSlicerCaches;
    expect(result.sheetIds).toEqual([["Pivot", "5"]]);
  });

  it.each<[string, string, Record<string, string | undefined>]>([
    ["an r:id the workbook part does not relate", ext(SLICER_CACHES_URI, "rId404"), {}],
    ["an r:id related otherwise than to a cache", ext(SLICER_CACHES_URI, "rId1"), {}],
    ["a cache part that is missing", PIVOT_EXT, { "xl/slicerCaches/slicerCache1.xml": undefined }],
    ["an OLAP cube's cache", PIVOT_EXT, { "xl/slicerCaches/slicerCache1.xml": '<slicerCacheDefinition><data><olap pivotCacheId="1"/></data></slicerCacheDefinition>' }], // prettier-ignore
    [
      "a cache naming no PivotTable and no table",
      PIVOT_EXT,
      { "xl/slicerCaches/slicerCache1.xml": pivotSlicerCache("") },
    ],
    ["a PivotTable on a sheetId no sheet has", PIVOT_EXT, { "xl/slicerCaches/slicerCache1.xml": pivotSlicerCache('<pivotTable tabId="4" name="PivotTable1"/>') }], // prettier-ignore
    ["a PivotTable name the sheet does not have", PIVOT_EXT, { "xl/slicerCaches/slicerCache1.xml": pivotSlicerCache('<pivotTable tabId="5" name="PivotTable9"/>') }], // prettier-ignore
    [
      "a PivotTable whose cache definition is missing",
      PIVOT_EXT,
      { "xl/pivotCache/pivotCacheDefinition1.xml": undefined },
    ],
    ["a second PivotTable that is not whole", PIVOT_EXT, { "xl/slicerCaches/slicerCache1.xml": pivotSlicerCache('<pivotTable tabId="5" name="PivotTable1"/><pivotTable tabId="3" name="PivotTable1"/>') }], // prettier-ignore
    [
      "a table slicer's table the sheets do not have",
      TABLE_EXT,
      { "xl/tables/table1.xml": '<table id="2" name="Sales"/>' },
    ],
    ["a table slicer's column the table does not have", TABLE_EXT, { "xl/tables/table1.xml": '<table id="1" name="Sales"><tableColumn id="1" name="Region"/></table>' }], // prettier-ignore
  ])("names the slicers of a workbook with %s", async (_what, extension, files) => {
    expect(await kept(workbookXml(extension, TIMELINE_EXT), files)).toBe("named");
  });

  it("names the slicers of a workbook whose cache extension relates no cache at all", async () => {
    expect(await kept(workbookXml(ext(SLICER_CACHES_URI)))).toBe("named");
  });
});

describe("withTableRenamed", () => {
  const caches: KeptSlicerCaches = {
    exts: [],
    caches: [],
    sheetIds: [],
    tables: [
      { fileId: "1", fileColumn: "2", name: "Sales", column: "Rep" },
      { fileId: "2", fileColumn: "1", name: "Costs", column: "Item" },
    ],
  };

  it("gives the same caches when no table slicer slices the renamed table", () => {
    expect(withTableRenamed(caches, "Orders", "Deals")).toBe(caches);
  });

  it("follows a rename of a sliced table, its name compared without case, the other tables as they were", () => {
    expect(withTableRenamed(caches, "SALES", "Revenue")).toEqual({
      ...caches,
      tables: [{ fileId: "1", fileColumn: "2", name: "Revenue", column: "Rep" }, caches.tables[1]],
    });
    expect(caches.tables[0].name).toBe("Sales");
  });
});
