import type JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { editedFixture } from "./edited-fixture";
import { fixtureBytes } from "./fixture-files";
import { type TierColumn, downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package, childOrder } from "./package-reader";
import { renameFailure } from "./sheet-rename";
import { extOf, idsOf, pivotSheetRenumbered } from "./slicer-fixtures";

/**
 * A PivotTable timeline (MS-XLSX: the worksheet's x15:timelineRefs extension {7E03D99C-…} relating to a Timeline
 * part, the workbook's x15:timelineCacheRefs extension {D0CA8CA8-…} relating to a Timeline Cache part that names
 * the PivotTable by sheetId and name) goes from the opened file into the download. The fixture timelines.xlsx
 * (make_fixtures.py write_timelines) has the PivotTable "SalesByRegion" on sheet "Pivot" (sheetId 2, cacheId 7)
 * over Data!A1:C4 with a date field Date, and a timeline "Date" written by hand: timeline part
 * xl/timelines/timeline1.xml, cache part xl/timelineCaches/timelineCache1.xml ("NativeTimeline_Date", tabId 2,
 * pivotCacheId 1), the defined name NativeTimeline_Date and the timeline's shape in xl/drawings/drawing1.xml.
 */
const FILE = "timelines.xlsx";
const TIMELINES_URI = "{7E03D99C-DC04-49d9-9315-930204A7B6E9}";
const CACHES_URI = "{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}";
const TIMELINE = "xl/timelines/timeline1.xml";
const CACHE = "xl/timelineCaches/timelineCache1.xml";

/** Tier, A, B, A in Data!D1:D4, beside the data's three columns (Date, Region, Sales). */
const TIERS_IN_D: TierColumn = { column: "D", tiers: ["A", "B", "A"] };

/** The download after that tier column (opened-fixture.ts) and `change`, as a package. */
const download = async (change?: (ctx: XlContext) => void, bytes?: Uint8Array) =>
  Package.load(await downloadWithTierColumn(FILE, change, bytes, TIERS_IN_D));

/** The fixture with `edit` done to its zip. */
const damaged = (edit: (zip: JSZip) => void | Promise<void>) => editedFixture(FILE, edit);

describe("a PivotTable's timeline in an opened workbook", () => {
  it("is not named as dropped on opening, and the workbook keeps its timeline cache part", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(opened.slicerCaches?.caches.map((c) => c.parts.map((p) => p.name))).toEqual([[CACHE]]);
    expect(opened.slicerCaches?.sheetIds).toEqual([["Pivot", "2"]]);
    const pivot = opened.sheets.find((s) => s.name === "Pivot")!;
    expect(pivot.kept?.parts?.parts.map((p) => p.name)).toContain(TIMELINE);
  });

  describe("in the download", () => {
    let fixture: Package;
    let saved: Package;
    beforeAll(async () => {
      fixture = await Package.load(fixtureBytes(FILE));
      saved = await download();
    });

    it("the sheet's timeline extension names, by a re-pointed r:id, the timeline part copied byte for byte", async () => {
      const sheet = await saved.sheetPart("Pivot");
      const xml = await saved.text(sheet);
      const ext = extOf(xml, TIMELINES_URI);
      expect(ext).toBeDefined();
      const [id] = idsOf(ext!, "x15:timelineRef");
      expect(id).not.toBe("rIdTimeline"); // the file's id, which the download's sheet relationships do not have
      const rel = (await saved.rels(sheet)).find((r) => r.id === id);
      expect(rel?.kind).toBe("timeline");
      expect(await saved.bytes(rel!.target)).toEqual(await fixture.bytes(TIMELINE));
      expect(await saved.contentType(rel!.target)).toBe("application/vnd.ms-excel.timeline+xml");
      // extLst the last child of the worksheet (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99), after the kept drawing.
      expect(childOrder(xml).slice(-2)).toEqual(["drawing", "extLst"]);
    });

    it("the workbook part's extLst lists the timeline cache by a re-pointed r:id, its part copied byte for byte", async () => {
      const book = await saved.text("xl/workbook.xml");
      expect(book).toMatch(/<extLst><ext [^>]*uri="\{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9\}".*<\/extLst><\/workbook>$/);
      const ids = idsOf(book, "x15:timelineCacheRef");
      expect(ids).toHaveLength(1);
      expect(ids[0]).not.toBe("rIdTimelineCache");
      const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.id === ids[0]);
      expect(rel?.kind).toBe("timelineCache");
      expect(await saved.bytes(rel!.target)).toEqual(await fixture.bytes(CACHE));
      expect(await saved.contentType(rel!.target)).toBe("application/vnd.ms-excel.timelineCache+xml");
    });

    it("the PivotTable the cache names keeps its sheetId (tabId 2), name and cache (x14 pivotCacheId 1)", async () => {
      const book = await saved.text("xl/workbook.xml");
      expect(book).toMatch(/<sheet sheetId="2" name="Pivot"/);
      expect(book).toMatch(/<pivotCaches><pivotCache cacheId="7" r:id="[^"]*"\/><\/pivotCaches>/);
      expect(book).toMatch(/<definedName name="NativeTimeline_Date">#N\/A<\/definedName>/);
      const table = (await saved.reached("Pivot", new Set(["pivotTable"])))[0].part;
      expect(await saved.text(table)).toMatch(/<pivotTableDefinition [^>]*name="SalesByRegion"/);
      const cache = (await saved.reached("Pivot", new Set(["pivotTable", "pivotCacheDefinition"]))).find((r) =>
        r.part.includes("pivotCacheDefinition"),
      )!;
      expect(await saved.text(cache.part)).toContain('<x14:pivotCacheDefinition pivotCacheId="1"/>');
    });

    it("the timeline's shape (tsle:timeslicer) is in the sheet's copied drawing", async () => {
      const [drawing] = await saved.reached("Pivot", new Set(["drawing"]));
      expect(await saved.bytes(drawing.part)).toEqual(await fixture.bytes("xl/drawings/drawing1.xml"));
      expect(await saved.text(drawing.part)).toContain('<tsle:timeslicer name="Date"/>');
    });
  });

  it("goes with the PivotTable's sheet when that is deleted: no timeline part, cache part or extension", async () => {
    const saved = await download((ctx) => ctx.workbook.worksheets.getItem("Pivot").delete());
    expect(saved.parts().filter((p) => /timeline|pivot/i.test(p))).toEqual([]);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
    expect((await saved.rels("xl/workbook.xml")).map((r) => r.kind)).not.toContain("timelineCache");
  });

  it("goes with its PivotTable's sheet from another sheet it is on, which keeps no extension or relationship of it", async () => {
    // A timeline may sit on any sheet of the workbook; here the Data sheet's (sheet1 had no relationships).
    const bytes = await damaged(async (zip) => {
      const pivot = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      const ext = /<extLst>.*<\/extLst>/.exec(pivot)![0];
      zip.file("xl/worksheets/sheet2.xml", pivot.replace(ext, ""));
      const data = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", data.replace("</worksheet>", `${ext}</worksheet>`));
      const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
      const rel = /<Relationship Id="rIdTimeline"[^>]*\/>/.exec(rels)![0];
      zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels.replace(rel, ""));
      zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels.replace(/<Relationship .*\/>/, rel));
    });
    const opened = await openWorkbookFile("moved.xlsx", bytes);
    expect(opened.notKept).toEqual([]);
    expect(opened.sheets.find((s) => s.name === "Data")!.kept?.parts?.parts.map((p) => p.name)).toEqual([TIMELINE]);
    const saved = await download((ctx) => ctx.workbook.worksheets.getItem("Pivot").delete(), bytes);
    const data = await saved.sheetPart("Data");
    expect(await saved.text(data)).not.toContain(TIMELINES_URI);
    expect((await saved.rels(data)).map((r) => r.kind)).not.toContain("timeline");
    expect(saved.parts().filter((p) => /timeline/i.test(p))).toEqual([]);
  });

  it("refuses a rename of a sheet while a timeline names it, even without the timeline's drawing", async () => {
    // The kept cache finds its PivotTable's sheet by name at save (slicer-caches-writing.ts); a kept timeline always
    // has its PivotTable, whose kept pivotCacheDefinition names sheets by name, so kept-parts-rename.ts refuses.
    const bytes = await damaged(async (zip) => {
      const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      zip.file("xl/worksheets/sheet2.xml", sheet.replace('<drawing r:id="rIdDrawing"/>', ""));
    });
    const { fake } = await openedFixture(FILE, bytes);
    expect((await renameFailure(fake, "Pivot", "Pivot 2"))?.message).toMatch(/renaming sheet "Pivot"/);
  });

  it("names the PivotTable's sheet by the download's sheetId when the file numbered it otherwise (tabId 5 → 2)", async () => {
    const bytes = await damaged(pivotSheetRenumbered(CACHE));
    expect((await openWorkbookFile("renumbered.xlsx", bytes)).notKept).toEqual([]);
    const saved = await download(undefined, bytes);
    const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.kind === "timelineCache")!;
    expect(await saved.text(rel.target)).toContain('<pivotTable tabId="2" name="SalesByRegion"/>');
  });

  it.each([
    ["its timeline cache part is missing", (zip: JSZip) => void zip.remove(CACHE)],
    ["its PivotTable is missing", (zip: JSZip) => void zip.remove("xl/pivotTables/pivotTable1.xml")],
    [
      "its cache names a PivotTable the sheet does not have",
      async (zip: JSZip) => {
        const xml = await zip.file(CACHE)!.async("string");
        zip.file(CACHE, xml.replace('name="SalesByRegion"', 'name="Other"'));
      },
    ],
  ])("is named as dropped, and neither its parts nor its extensions written, when %s", async (_, edit) => {
    const bytes = await damaged(edit);
    const opened = await openWorkbookFile("broken.xlsx", bytes);
    expect(opened.notKept).toContainEqual({ feature: "slicers", sheets: ["Pivot"] });
    expect(opened.slicerCaches).toBeUndefined();
    const saved = await download(undefined, bytes);
    expect(saved.parts().filter((p) => /timeline/i.test(p))).toEqual([]);
    expect(await saved.text(await saved.sheetPart("Pivot"))).not.toContain(TIMELINES_URI);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
  });

  it("is named as dropped on its sheet when its timeline part is missing, the sheet's other parts kept", async () => {
    const bytes = await damaged((zip) => void zip.remove(TIMELINE));
    const opened = await openWorkbookFile("broken.xlsx", bytes);
    expect(opened.notKept).toEqual([{ feature: "slicers", sheets: ["Pivot"] }]);
    const saved = await download(undefined, bytes);
    const sheet = await saved.text(await saved.sheetPart("Pivot"));
    expect(sheet).not.toContain(TIMELINES_URI);
    expect(sheet).toContain("<drawing ");
  });
});
