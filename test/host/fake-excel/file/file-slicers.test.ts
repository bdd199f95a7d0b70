import type JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { editedFixture } from "./edited-fixture";
import { fixtureBytes } from "./fixture-files";
import { downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package, childOrder } from "./package-reader";
import { renameFailure } from "./sheet-rename";
import {
  SLICER_CACHE_PART as CACHE,
  SLICER_PART as SLICER,
  extOf,
  idsOf,
  pivotSheetRenumbered,
} from "./slicer-fixtures";

/**
 * A PivotTable slicer (MS-XLSX: the worksheet's x14:slicerList extension {A8765BA9-…} relating to a Slicer part, the
 * workbook's x14:slicerCaches extension {BBE1A952-…} relating to a Slicer Cache part that names the PivotTable by
 * sheetId and name) goes from the opened file into the download. The fixture slicers.xlsx is pivot.xlsx (PivotTable
 * "SalesByRegion" on sheet "Pivot", sheetId 2, cacheId 7) with a slicer "Region" written by hand by make_fixtures.py
 * (write_slicers): slicer part xl/slicers/slicer1.xml, cache part xl/slicerCaches/slicerCache1.xml ("Slicer_Region",
 * tabId 2), the defined name Slicer_Region and the slicer's shape in xl/drawings/drawing1.xml.
 */
const FILE = "slicers.xlsx";
const SLICERS_URI = "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}";
const CACHES_URI = "{BBE1A952-AA13-448e-AADC-164F8A28A991}";

/** The download after a tier column beside the data (Data!C1:C4, opened-fixture.ts) and `change`, as a package. */
const download = async (change?: (ctx: XlContext) => void, bytes?: Uint8Array) =>
  Package.load(await downloadWithTierColumn(FILE, change, bytes));

/** The fixture with `edit` done to its zip. */
const damaged = (edit: (zip: JSZip) => void | Promise<void>) => editedFixture(FILE, edit);

describe("a PivotTable's slicer in an opened workbook", () => {
  it("is not named as dropped on opening, and the workbook keeps its slicer cache part", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(opened.slicerCaches?.caches.map((c) => c.parts.map((p) => p.name))).toEqual([[CACHE]]);
    expect(opened.slicerCaches?.sheetIds).toEqual([["Pivot", "2"]]);
    const pivot = opened.sheets.find((s) => s.name === "Pivot")!;
    expect(pivot.kept?.parts?.parts.map((p) => p.name)).toContain(SLICER);
  });

  describe("in the download", () => {
    let fixture: Package;
    let saved: Package;
    beforeAll(async () => {
      fixture = await Package.load(fixtureBytes(FILE));
      saved = await download();
    });

    it("the sheet's slicer list extension names, by a re-pointed r:id, the slicer part copied byte for byte", async () => {
      const sheet = await saved.sheetPart("Pivot");
      const xml = await saved.text(sheet);
      const ext = extOf(xml, SLICERS_URI);
      expect(ext).toBeDefined();
      const [id] = idsOf(ext!, "x14:slicer");
      expect(id).not.toBe("rIdSlicer"); // the file's id, which the download's sheet relationships do not have
      const rel = (await saved.rels(sheet)).find((r) => r.id === id);
      expect(rel?.kind).toBe("slicer");
      expect(await saved.bytes(rel!.target)).toEqual(await fixture.bytes(SLICER));
      expect(await saved.contentType(rel!.target)).toBe("application/vnd.ms-excel.slicer+xml");
      // extLst the last child of the worksheet (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99), after the kept drawing.
      expect(childOrder(xml).slice(-2)).toEqual(["drawing", "extLst"]);
    });

    it("the workbook part's extLst lists the slicer cache by a re-pointed r:id, its part copied byte for byte", async () => {
      const book = await saved.text("xl/workbook.xml");
      expect(book).toMatch(/<extLst><ext [^>]*uri="\{BBE1A952-AA13-448e-AADC-164F8A28A991\}".*<\/extLst><\/workbook>$/);
      expect(book).toContain(CACHES_URI);
      const ids = idsOf(book, "x14:slicerCache");
      expect(ids).toHaveLength(1);
      const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.id === ids[0]);
      expect(rel?.kind).toBe("slicerCache");
      expect(await saved.bytes(rel!.target)).toEqual(await fixture.bytes(CACHE));
      expect(await saved.contentType(rel!.target)).toBe("application/vnd.ms-excel.slicerCache+xml");
    });

    it("the PivotTable the cache names keeps its sheetId (tabId 2) and name, with its cache listed", async () => {
      const book = await saved.text("xl/workbook.xml");
      expect(book).toMatch(/<sheet sheetId="2" name="Pivot"/);
      expect(book).toMatch(/<pivotCaches><pivotCache cacheId="7" r:id="[^"]*"\/><\/pivotCaches>/);
      expect(book).toMatch(/<definedName name="Slicer_Region">#N\/A<\/definedName>/);
      const table = (await saved.reached("Pivot", new Set(["pivotTable"])))[0].part;
      expect(await saved.text(table)).toMatch(/<pivotTableDefinition [^>]*name="SalesByRegion"/);
    });

    it("the slicer's shape is in the sheet's copied drawing", async () => {
      const [drawing] = await saved.reached("Pivot", new Set(["drawing"]));
      expect(await saved.bytes(drawing.part)).toEqual(await fixture.bytes("xl/drawings/drawing1.xml"));
      expect(await saved.text(drawing.part)).toContain(
        '<sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="Region"/>',
      );
    });
  });

  it("goes with the PivotTable's sheet when that is deleted: no slicer part, cache part or extension", async () => {
    const saved = await download((ctx) => ctx.workbook.worksheets.getItem("Pivot").delete());
    expect(saved.parts().filter((p) => /slicer|pivot/i.test(p))).toEqual([]);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
  });

  it("refuses a rename of a sheet while a slicer names it, even without the slicer's drawing", async () => {
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
    const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.kind === "slicerCache")!;
    expect(await saved.text(rel.target)).toContain('<pivotTable tabId="2" name="SalesByRegion"/>');
  });

  it.each([
    ["its slicer cache part is missing", (zip: JSZip) => void zip.remove(CACHE)],
    ["its PivotTable is missing", (zip: JSZip) => void zip.remove("xl/pivotTables/pivotTable1.xml")],
    [
      "its cache is a table's (x15:tableSlicerCache)",
      async (zip: JSZip) => {
        const xml = await zip.file(CACHE)!.async("string");
        zip.file(
          CACHE,
          xml.replace(
            "</slicerCacheDefinition>",
            '<extLst><ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:tableSlicerCache tableId="1" column="1"/></ext></extLst></slicerCacheDefinition>',
          ),
        );
      },
    ],
  ])("is named as dropped, and neither its parts nor its extensions written, when %s", async (_, edit) => {
    const bytes = await damaged(edit);
    const opened = await openWorkbookFile("broken.xlsx", bytes);
    expect(opened.notKept).toContainEqual({ feature: "slicers", sheets: ["Pivot"] });
    expect(opened.slicerCaches).toBeUndefined();
    const saved = await download(undefined, bytes);
    expect(saved.parts().filter((p) => /slicer/i.test(p))).toEqual([]);
    expect(await saved.text(await saved.sheetPart("Pivot"))).not.toContain(SLICERS_URI);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
  });

  it("is named as dropped on its sheet when its slicer part is missing, the sheet's other parts kept", async () => {
    const bytes = await damaged((zip) => void zip.remove(SLICER));
    const opened = await openWorkbookFile("broken.xlsx", bytes);
    expect(opened.notKept).toEqual([{ feature: "slicers", sheets: ["Pivot"] }]);
    const saved = await download(undefined, bytes);
    const sheet = await saved.text(await saved.sheetPart("Pivot"));
    expect(sheet).not.toContain(SLICERS_URI);
    expect(sheet).toContain("<drawing ");
  });
});
