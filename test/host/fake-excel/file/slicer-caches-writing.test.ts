import JSZip from "jszip";
import type { KeptPart, SheetParts } from "../../../../src/host/fake-excel/file/kept-parts";
import type { SheetPartsCopier } from "../../../../src/host/fake-excel/file/sheet-parts-writing";
import { type KeptSlicerCaches, PIVOT_SLICERS_URI } from "../../../../src/host/fake-excel/file/slicer-caches";
import {
  keepSlicerCaches,
  slicerCachesGo,
  withoutSlicers,
} from "../../../../src/host/fake-excel/file/slicer-caches-writing";
import { TABLE_SLICERS_URI } from "../../../../src/host/fake-excel/file/table-slicers";
import { TIMELINES_URI, TIMELINE_CONTENT_TYPE } from "../../../../src/host/fake-excel/file/timelines";

/**
 * The slicer caches' writing steps on parts written here: a sheet's extLst of extensions (MS-XLSX §2.2.4.12), its
 * relationships and parts, and a download's workbook part as ExcelJS writes it (sheetIds 1, 2, … in order).
 */
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SLICER_CACHE = "http://schemas.microsoft.com/office/2007/relationships/slicerCache";
const SPARKLINES = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";

const part = (name: string, contentType: string, xml = "<x/>"): KeptPart => ({
  name,
  contentType,
  bytes: new TextEncoder().encode(xml),
  relationships: [],
});

const caches = (over: Partial<KeptSlicerCaches> = {}): KeptSlicerCaches => ({
  exts: [],
  caches: [],
  sheetIds: [],
  tables: [],
  ...over,
});

describe("slicerCachesGo", () => {
  const sliced = { fileId: "1", fileColumn: "2", name: "Sales", column: "Rep" };
  const withPivot = caches({ sheetIds: [["Pivot", "5"]], tables: [sliced] });

  it("is false without kept caches", () => {
    expect(slicerCachesGo(undefined, ["Pivot"], [])).toBe(false);
  });

  it("is true when every PivotTable's sheet is saved and every sliced table is there with its column", () => {
    expect(slicerCachesGo(withPivot, ["Data", "Pivot"], [{ name: "sales", headers: ["Region", "Rep"] }])).toBe(true);
  });

  it("is false when a PivotTable's sheet was deleted, or a sliced table or its column is gone", () => {
    expect(slicerCachesGo(withPivot, ["Data"], [{ name: "Sales", headers: ["Rep"] }])).toBe(false);
    expect(slicerCachesGo(withPivot, ["Pivot"], [{ name: "Sales", headers: ["Region"] }])).toBe(false);
  });
});

describe("withoutSlicers", () => {
  const ext = (uri: string) => `<ext uri="${uri}"><x:any/></ext>`;
  const drawing = { element: "drawing", xml: '<drawing r:id="rId1"/>' };

  it("takes the slicers' and timelines' extensions out of the extLst and leaves the other elements", () => {
    const extLst = { element: "extLst", xml: `<extLst>${ext(PIVOT_SLICERS_URI)}${ext(SPARKLINES)}${ext(TABLE_SLICERS_URI)}${ext(TIMELINES_URI)}</extLst>` }; // prettier-ignore
    expect(withoutSlicers([drawing, extLst], undefined)).toEqual({
      elements: [drawing, { element: "extLst", xml: `<extLst>${ext(SPARKLINES)}</extLst>` }],
      parts: undefined,
    });
  });

  it("drops an extLst that held only slicers", () => {
    const extLst = { element: "extLst", xml: `<extLst>${ext(PIVOT_SLICERS_URI)}</extLst>` };
    expect(withoutSlicers([extLst, drawing], undefined).elements).toEqual([drawing]);
  });

  it("takes the slicer and timeline relationships and parts out, their content types compared without case", () => {
    const parts: SheetParts = {
      relationships: [
        { id: "rId1", type: `${R}/drawing`, target: "xl/drawings/drawing1.xml", external: false },
        { id: "rId2", type: "http://schemas.microsoft.com/office/2007/relationships/slicer", target: "xl/slicers/slicer1.xml", external: false }, // prettier-ignore
        { id: "rId3", type: "http://schemas.microsoft.com/office/2011/relationships/timeline", target: "xl/timelines/timeline1.xml", external: false }, // prettier-ignore
        { id: "rId4", type: SLICER_CACHE, target: "xl/other.xml", external: false },
      ],
      parts: [
        part("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"),
        part("xl/slicers/slicer1.xml", "application/vnd.ms-excel.Slicer+xml"),
        part("xl/timelines/timeline1.xml", TIMELINE_CONTENT_TYPE),
      ],
    };
    const out = withoutSlicers([drawing], parts).parts;
    // A type that only starts with "slicer" (…/slicerCache) is not a sheet's slicer.
    expect(out?.relationships.map((r) => r.id)).toEqual(["rId1", "rId4"]);
    expect(out?.parts.map((p) => p.name)).toEqual(["xl/drawings/drawing1.xml"]);
  });

  it("gives no parts when only slicers were related", () => {
    const parts: SheetParts = {
      relationships: [{ id: "rId2", type: "http://schemas.microsoft.com/office/2007/relationships/slicer", target: "s.xml", external: false }], // prettier-ignore
      parts: [part("s.xml", "application/vnd.ms-excel.slicer+xml")],
    };
    expect(withoutSlicers([], parts)).toEqual({ elements: [], parts: undefined });
  });
});

describe("keepSlicerCaches", () => {
  const RELS = `<Relationships><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdSlicerCache1" Type="${R}/styles" Target="styles.xml"/></Relationships>`; // prettier-ignore
  const BOOK = '<workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Pivot" sheetId="2" r:id="rId2"/></sheets></workbook>'; // prettier-ignore
  const PIVOT_CACHE = '<slicerCacheDefinition><pivotTables><x14:pivotTable tabId="5" name="P1"/><pivotTable name="P2" tabId="7"/></pivotTables></slicerCacheDefinition>'; // prettier-ignore
  const TABLE_CACHE = '<slicerCacheDefinition><x15:tableSlicerCache tableId="7" column="3"/></slicerCacheDefinition>';
  const EXT = '<ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}"><x14:slicerCaches><x14:slicerCache r:id="rId8"/><x14:slicerCache r:id="rId9"/></x14:slicerCaches></ext>'; // prettier-ignore

  function zipOf(files: Record<string, string>): JSZip {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(files)) zip.file(path, text);
    return zip;
  }
  const textOf = (zip: JSZip, path: string) => zip.file(path)?.async("string");

  function recordingCopier() {
    const trees: KeptPart[][] = [];
    const copier = {
      keepTree: (parts: readonly KeptPart[]) => (trees.push([...parts]), `xl/slicerCaches/copy${trees.length}.xml`),
    } as unknown as SheetPartsCopier;
    return { copier, trees };
  }

  const kept = caches({
    exts: [EXT],
    caches: [
      {
        id: "rId8",
        type: SLICER_CACHE,
        parts: [part("xl/slicerCaches/slicerCache1.xml", "c", PIVOT_CACHE), part("xl/x.xml", "x")],
      },
      { id: "rId9", type: SLICER_CACHE, parts: [part("xl/slicerCaches/slicerCache2.xml", "c", TABLE_CACHE)] },
    ],
    sheetIds: [
      ["Pivot", "5"],
      ["Gone", "7"],
    ],
    tables: [{ fileId: "7", fileColumn: "3", name: "Sales", column: "Rep" }],
  });

  it("copies each cache with its PivotTables' sheetIds and its table's ids the download's, relates it under a fresh id and puts the extension in a new extLst", async () => {
    const zip = zipOf({
      "xl/workbook.xml": BOOK,
      "xl/_rels/workbook.xml.rels": RELS,
      "xl/tables/table1.xml":
        '<table id="1" name="Sales"><tableColumn id="1" name="Region"/><tableColumn id="2" name="Rep"/></table>',
      "xl/tables/_rels/table1.xml.rels": "<Relationships/>",
    });
    const { copier, trees } = recordingCopier();
    await keepSlicerCaches(zip, kept, copier);
    const texts = trees.map((t) => t.map((p) => new TextDecoder().decode(p.bytes)));
    // Sheet "Pivot" was 5 and is 2 in the download; "Gone" (7) is not in the download and keeps its id.
    expect(texts).toEqual([
      [PIVOT_CACHE.replace('tabId="5"', 'tabId="2"'), "<x/>"],
      [TABLE_CACHE.replace('tableId="7" column="3"', 'tableId="1" column="2"')],
    ]);
    expect(await textOf(zip, "xl/_rels/workbook.xml.rels")).toBe(
      RELS.replace(
        "</Relationships>",
        `<Relationship Id="rIdSlicerCache2" Type="${SLICER_CACHE}" Target="slicerCaches/copy1.xml"/>` +
          `<Relationship Id="rIdSlicerCache3" Type="${SLICER_CACHE}" Target="slicerCaches/copy2.xml"/></Relationships>`,
      ),
    );
    expect(await textOf(zip, "xl/workbook.xml")).toBe(
      BOOK.replace("</workbook>", `<extLst>${EXT.replace("rId8", "rIdSlicerCache2").replace("rId9", "rIdSlicerCache3")}</extLst></workbook>`), // prettier-ignore
    );
  });

  it("copies a cache part as it was when no id changes, and adds the extension to the workbook's own extLst", async () => {
    const book = BOOK.replace("</workbook>", '<extLst><ext uri="{other}"/></extLst>\n</workbook>');
    const zip = zipOf({ "xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": RELS });
    const same = caches({ exts: [EXT], caches: [kept.caches[0]], sheetIds: [["Pivot", "2"]] });
    const { copier, trees } = recordingCopier();
    await keepSlicerCaches(zip, same, copier);
    expect(trees[0][0]).toBe(kept.caches[0].parts[0]);
    expect(await textOf(zip, "xl/workbook.xml")).toBe(
      book.replace("</extLst>", `${EXT.replace("rId8", "rIdSlicerCache2")}</extLst>`),
    );
  });

  it("refuses a package without the workbook part or its relationships", async () => {
    const message = "The workbook package has no xl/workbook.xml and its relationships.";
    await expect(keepSlicerCaches(zipOf({ "xl/workbook.xml": BOOK }), kept, recordingCopier().copier)).rejects.toThrow(
      message,
    );
    await expect(keepSlicerCaches(zipOf({ "xl/_rels/workbook.xml.rels": RELS }), kept, recordingCopier().copier)).rejects.toThrow(message); // prettier-ignore
  });

  it("gives the workbook an extLst of its own when its only one is a window's (§18.2.30 workbookView extLst)", async () => {
    const book = "<workbook><bookViews><workbookView><extLst></extLst></workbookView></bookViews><sheets/></workbook>";
    const zip = zipOf({ "xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": RELS });
    await keepSlicerCaches(zip, caches({ exts: [EXT] }), recordingCopier().copier);
    const written = await textOf(zip, "xl/workbook.xml");
    expect(written).toMatch(
      /^<workbook><bookViews><workbookView><extLst><\/extLst><\/workbookView><\/bookViews><sheets\/><extLst><ext /,
    );
    expect(written).toMatch(/<\/ext><\/extLst><\/workbook>$/);
  });
});
