import type JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { editedFixture } from "./edited-fixture";
import { fixtureBytes } from "./fixture-files";
import { type TierColumn, downloadWithTierColumn } from "./opened-fixture";
import { Package } from "./package-reader";
import { SLICER_CACHE_PART as CACHE, SLICER_PART as SLICER, extOf, idsOf } from "./slicer-fixtures";

/**
 * An Excel 2013 table slicer (MS-XLSX: the worksheet's extension {3A4CF648-…} relating to a Slicer part, the
 * workbook's x15:slicerCaches extension {46BE6895-…} relating to a Slicer Cache part whose x15:tableSlicerCache names
 * the table by its id and the column by its tableColumn id) goes from the opened file into the download. The fixture
 * table-slicers.xlsx (make_fixtures.py write_table_slicers) has on sheet "Data" the tables "Budget" (file id 3) and
 * "Sales" (file id 5, columns Month 11, Region 12, Amount 13), a slicer "Region" (xl/slicers/slicer1.xml) whose
 * cache xl/slicerCaches/slicerCache1.xml says tableId="5" column="12", the defined name Slicer_Region and the
 * slicer's shape in xl/drawings/drawing1.xml. ExcelJS numbers the download's tables 1, 2 in sheet order and their
 * columns 1, 2, …: Sales is 2 and Region its column 2 there.
 */
const FILE = "table-slicers.xlsx";
const SLICERS_URI = "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}";
const CACHES_URI = "{46BE6895-7355-4a93-B00E-2C351335B9C9}";

/** Tier, A, B in Data!H1:H3, beside the table Sales (D1:F5). */
const TIERS_IN_H: TierColumn = { column: "H", tiers: ["A", "B"] };

/** The download after that tier column (opened-fixture.ts) and `change`, as a package. */
const download = async (change?: (ctx: XlContext) => void, bytes?: Uint8Array) =>
  Package.load(await downloadWithTierColumn(FILE, change, bytes, TIERS_IN_H));

/** The fixture with `edit` done to its zip. */
const damaged = (edit: (zip: JSZip) => void | Promise<void>) => editedFixture(FILE, edit);

/** The download's table parts' `id` and column ids by table name (ECMA-376 Part 1 §18.5.1.2, §18.5.1.3). */
async function downloadTables(saved: Package): Promise<Map<string, { id: string; columns: string[] }>> {
  const out = new Map<string, { id: string; columns: string[] }>();
  for (const part of saved.parts().filter((p) => p.startsWith("xl/tables/"))) {
    const xml = await saved.text(part);
    const [, id, name] = /<table [^>]*id="([^"]*)" name="([^"]*)"/.exec(xml)!;
    out.set(name, {
      id,
      columns: [...xml.matchAll(/<tableColumn id="([^"]*)" name="([^"]*)"/g)].map((m) => `${m[1]}:${m[2]}`),
    });
  }
  return out;
}

describe("a table's slicer in an opened workbook", () => {
  it("is not named as dropped on opening; the workbook keeps its cache part and the table and column it slices", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(opened.slicerCaches?.caches.map((c) => c.parts.map((p) => p.name))).toEqual([[CACHE]]);
    expect(opened.slicerCaches?.tables).toEqual([{ fileId: "5", fileColumn: "12", name: "Sales", column: "Region" }]);
    const data = opened.sheets.find((s) => s.name === "Data")!;
    expect(data.kept?.parts?.parts.map((p) => p.name)).toContain(SLICER);
  });

  describe("in the download", () => {
    let fixture: Package;
    let saved: Package;
    beforeAll(async () => {
      fixture = await Package.load(fixtureBytes(FILE));
      saved = await download();
    });

    it("ExcelJS has renumbered the tables (Budget 1, Sales 2) and Sales's columns (1, 2, 3)", async () => {
      const tables = await downloadTables(saved);
      expect(tables.get("Budget")?.id).toBe("1");
      expect(tables.get("Sales")).toEqual({ id: "2", columns: ["1:Month", "2:Region", "3:Amount"] });
    });

    it("the sheet's table slicer extension names, by a re-pointed r:id, the slicer part copied byte for byte", async () => {
      const sheet = await saved.sheetPart("Data");
      const ext = extOf(await saved.text(sheet), SLICERS_URI);
      expect(ext).toBeDefined();
      const [id] = idsOf(ext!, "x14:slicer");
      const rel = (await saved.rels(sheet)).find((r) => r.id === id);
      expect(rel?.kind).toBe("slicer");
      expect(await saved.bytes(rel!.target)).toEqual(await fixture.bytes(SLICER));
      expect(await saved.contentType(rel!.target)).toBe("application/vnd.ms-excel.slicer+xml");
    });

    it("the workbook's x15:slicerCaches extension names the cache part, its tableSlicerCache the download's Sales and Region", async () => {
      const book = await saved.text("xl/workbook.xml");
      const ext = extOf(book, CACHES_URI);
      expect(ext).toBeDefined();
      const ids = idsOf(ext!, "x14:slicerCache");
      expect(ids).toHaveLength(1);
      const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.id === ids[0]);
      expect(rel?.kind).toBe("slicerCache");
      expect(await saved.contentType(rel!.target)).toBe("application/vnd.ms-excel.slicerCache+xml");
      const tables = await downloadTables(saved);
      const cache = await saved.text(rel!.target);
      expect(cache).toContain(`<x15:tableSlicerCache tableId="${tables.get("Sales")!.id}" column="2"/>`);
      expect(cache).toContain('<x15:tableSlicerCache tableId="2" column="2"/>');
      // Only those two attributes differ from the file's part.
      expect(cache.replace('tableId="2" column="2"', 'tableId="5" column="12"')).toBe(await fixture.text(CACHE));
      expect(book).toMatch(/<definedName name="Slicer_Region">#N\/A<\/definedName>/);
    });

    it("the slicer's shape is in the sheet's copied drawing", async () => {
      const [drawing] = await saved.reached("Data", new Set(["drawing"]));
      expect(await saved.bytes(drawing.part)).toEqual(await fixture.bytes("xl/drawings/drawing1.xml"));
    });
  });

  it("goes with its table when that is deleted: no slicer part, cache part or extension, nothing dangling", async () => {
    const saved = await download((ctx) => ctx.workbook.tables.getItem("Sales").delete());
    expect(saved.parts().filter((p) => /slicer/i.test(p))).toEqual([]);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
    const sheet = await saved.sheetPart("Data");
    expect(await saved.text(sheet)).not.toContain(SLICERS_URI);
    expect((await saved.rels(sheet)).map((r) => r.kind)).not.toContain("slicer");
    expect((await saved.rels("xl/workbook.xml")).map((r) => r.kind)).not.toContain("slicerCache");
  });

  it("keeps the other table's slicer id right when the first table is deleted (Sales becomes table 1)", async () => {
    const saved = await download((ctx) => ctx.workbook.tables.getItem("Budget").delete());
    expect((await downloadTables(saved)).get("Sales")?.id).toBe("1");
    const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.kind === "slicerCache")!;
    expect(await saved.text(rel.target)).toContain('<x15:tableSlicerCache tableId="1" column="2"/>');
  });

  it("follows its table through a rename (its cache names the table by id): the download's Sales2 is sliced", async () => {
    const saved = await download((ctx) => {
      ctx.workbook.tables.getItem("Sales").name = "Sales2";
    });
    expect((await downloadTables(saved)).get("Sales2")?.id).toBe("2");
    const rel = (await saved.rels("xl/workbook.xml")).find((r) => r.kind === "slicerCache")!;
    expect(await saved.text(rel.target)).toContain('<x15:tableSlicerCache tableId="2" column="2"/>');
  });

  it("goes when its column's header is changed, the column it slices gone: nothing dangling", async () => {
    const saved = await download((ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("E1").values = [["Area"]];
    });
    expect(saved.parts().filter((p) => /slicer/i.test(p))).toEqual([]);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
  });

  it.each([
    ["its slicer cache part is missing", (zip: JSZip) => void zip.remove(CACHE)],
    [
      "its cache names a table the file does not have",
      async (zip: JSZip) => {
        const xml = await zip.file(CACHE)!.async("string");
        zip.file(CACHE, xml.replace('tableId="5"', 'tableId="9"'));
      },
    ],
    [
      "its cache names a column the table does not have",
      async (zip: JSZip) => {
        const xml = await zip.file(CACHE)!.async("string");
        zip.file(CACHE, xml.replace('column="12"', 'column="2"'));
      },
    ],
  ])("is named as dropped, and neither its parts nor its extensions written, when %s", async (_, edit) => {
    const bytes = await damaged(edit);
    const opened = await openWorkbookFile("broken.xlsx", bytes);
    expect(opened.notKept).toContainEqual({ feature: "slicers", sheets: ["Data"] });
    expect(opened.slicerCaches).toBeUndefined();
    const saved = await download(undefined, bytes);
    expect(saved.parts().filter((p) => /slicer/i.test(p))).toEqual([]);
    expect(await saved.text(await saved.sheetPart("Data"))).not.toContain(SLICERS_URI);
    expect(await saved.text("xl/workbook.xml")).not.toContain(CACHES_URI);
  });
});
