import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { UNDOCUMENTED } from "../../../../src/host/fake-excel/undocumented";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes } from "./fixture-files";
import { downloadWithTierColumn } from "./opened-fixture";
import { Package } from "./package-reader";
import { renameFailure } from "./sheet-rename";

/**
 * A user's PivotTable (ECMA-376 Part 1 §18.10) goes from the opened file into the download part by part: the sheet
 * relates to the pivotTable part, that to its pivotCacheDefinition, that to its pivotCacheRecords, and the workbook
 * part lists the cache (§18.2.22 pivotCaches) under the cacheId the PivotTable names. The fixture pivot.xlsx is
 * xlsxwriter's two sheets with those four parts added by make_fixtures.py (write_pivot: sum of Sales by Region over
 * Data!A1:B4, cacheId 7), which openpyxl 3.1.5 reads as a PivotTable "SalesByRegion" with its cache and 3 records.
 */
const FILE = "pivot.xlsx";
const FOLLOWED = new Set(["pivotTable", "pivotCacheDefinition", "pivotCacheRecords"]);

/** The workbook part's pivotCache entries: [cacheId, the definition part its relationship names]. */
async function listedCaches(pkg: Package): Promise<[string, string][]> {
  const book = await pkg.text("xl/workbook.xml");
  const rels = await pkg.rels("xl/workbook.xml");
  return [...book.matchAll(/<pivotCache cacheId="([^"]*)" r:id="([^"]*)"\/>/g)].map(([, cacheId, id]) => [
    cacheId,
    rels.find((r) => r.id === id && r.kind === "pivotCacheDefinition")?.target ?? `no relationship ${id}`,
  ]);
}

describe("a user's PivotTable", () => {
  it("is not named as dropped on opening, and its cache is listed with the cacheId the PivotTable names", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(opened.pivotCaches).toEqual([{ cacheId: "7", part: "xl/pivotCache/pivotCacheDefinition1.xml" }]);
    const pivot = opened.sheets.find((s) => s.name === "Pivot")!;
    expect(pivot.kept?.parts?.parts.map((p) => p.name)).toEqual([
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
    ]);
  });

  it("goes into the download byte for byte, its parts related as in the file and the cache listed in the workbook", async () => {
    const fixture = await Package.load(fixtureBytes(FILE));
    const saved = await Package.load(await downloadWithTierColumn(FILE));
    const before = await fixture.reachedContent("Pivot", FOLLOWED);
    expect(before.map((p) => p.chain)).toEqual([
      "pivotTable",
      "pivotTable>pivotCacheDefinition",
      "pivotTable>pivotCacheDefinition>pivotCacheRecords",
    ]);
    expect(await saved.reachedContent("Pivot", FOLLOWED)).toEqual(before);
    // The workbook lists the copied definition under cacheId 7, the one the copied PivotTable names.
    const definition = (await saved.reached("Pivot", FOLLOWED)).find((p) => p.chain.endsWith("Definition"))!.part;
    expect(await listedCaches(saved)).toEqual([["7", definition]]);
    const table = (await saved.reached("Pivot", FOLLOWED))[0].part;
    expect(await saved.text(table)).toMatch(/<pivotTableDefinition [^>]*cacheId="7"/);
    // pivotCaches after calcPr and before the workbook's end (CT_Workbook §18.2.27).
    expect(await saved.text("xl/workbook.xml")).toMatch(/<calcPr\b[^>]*\/><pivotCaches>.*<\/pivotCaches><\/workbook>$/);
  });

  it("goes with its sheet when the sheet is deleted, the cache's listing with it", async () => {
    const saved = await Package.load(
      await downloadWithTierColumn(FILE, (ctx) => ctx.workbook.worksheets.getItem("Pivot").delete()),
    );
    expect(saved.parts().filter((p) => /pivot/i.test(p))).toEqual([]);
    expect(await saved.text("xl/workbook.xml")).not.toContain("pivotCache");
  });

  it("is named as dropped, its cache left out, when its cache's records part is missing from the file", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes(FILE));
    zip.remove("xl/pivotCache/pivotCacheRecords1.xml");
    const broken = await zip.generateAsync({ type: "uint8array" });
    const opened = await openWorkbookFile("broken.xlsx", broken);
    expect(opened.notKept).toEqual([{ feature: "pivotTables", sheets: ["Pivot"] }]);
    expect(opened.pivotCaches).toEqual([]);
    const saved = await Package.load(
      await createOfficeJsExcel({ sheets: [], state: openedWorkbookState(opened).state }).saveXlsx(),
    );
    expect(saved.parts().filter((p) => /pivot/i.test(p))).toEqual([]);
    expect(await saved.text("xl/workbook.xml")).not.toContain("pivotCache");
  });
});

describe("a rename while the opened file's PivotTable cache names its source sheet", () => {
  // The cache's worksheetSource names Data by name (make_fixtures.py PIVOT_CACHE: sheet="Data"); the fake does not
  // rewrite it as Excel would, so a rename is refused rather than leave the cache pointing at no sheet.
  it("is refused as undocumented; a case-only rename is not", async () => {
    const { state } = openedWorkbookState(await openWorkbookFile(FILE, fixtureBytes(FILE)));
    const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
    expect(await renameFailure(fake, "Data", "Sales")).toMatchObject({ code: UNDOCUMENTED });
    expect(await renameFailure(fake, "Data", "DATA")).toBeUndefined();
    expect(state.sheets.map((s) => s.name)).toEqual(["DATA", "Pivot"]);
  });
});
