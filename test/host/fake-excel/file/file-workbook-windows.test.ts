import { JSDOM } from "jsdom";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { readWorkbookWindows } from "../../../../src/host/fake-excel/file/workbook-windows";
import { editedFixture } from "./edited-fixture";
import { downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { workbookPart } from "./workbook-part";

/**
 * A workbook's windows, custom views and properties (ECMA-376 Part 1 §18.2.1 bookViews, §18.2.4
 * customWorkbookViews, §18.2.28 workbookPr). The fixture (make_fixtures.py write_workbook_windows) is xlsxwriter's
 * file of four sheets — "Notes", "Data", "Hidden" (hidden), "Summary" — whose window shows "Data" (activeTab="1")
 * with its tab strip from "Hidden" (firstSheet="2"), and by hand: a second, hidden window showing "Summary"
 * (activeTab="3"), custom views "Review" (activeSheetId="3", the sheetId of "Summary") and "Print" ("5", of "Notes"),
 * sheetIds 5, 2, 7, 3 in tab order, and a workbookPr with showObjects, backupFile, updateLinks and
 * hidePivotFieldList. The windows and views are kept as written but for the sheets they name, which the download
 * numbers anew: each still names the sheet it named.
 */
const FILE = "workbook-windows.xlsx";

const WORKBOOK_PR =
  '<workbookPr showObjects="placeholders" backupFile="1" updateLinks="never" hidePivotFieldList="1" defaultThemeVersion="124226"/>';

/** Each start tag of `name` in `xml`, in order. */
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The download's sheets in tab order with their sheetIds, read from its workbook part. */
const sheetIds = (xml: string) =>
  new Map(tags(xml, "sheet").map((t) => [attribute(t, "name"), attribute(t, "sheetId")] as const));

/** The names of the sheets each window shows and starts its tab strip at, and each custom view's sheet. */
function namedSheets(xml: string) {
  const order = tags(xml, "sheet").map((t) => attribute(t, "name"));
  const ids = sheetIds(xml);
  const byId = new Map([...ids].map(([name, id]) => [id, name]));
  return {
    windows: tags(xml, "workbookView").map((t) => ({
      shows: order[Number(attribute(t, "activeTab") ?? 0)],
      first: order[Number(attribute(t, "firstSheet") ?? 0)],
    })),
    views: tags(xml, "customWorkbookView").map((t) => [attribute(t, "name"), byId.get(attribute(t, "activeSheetId"))]),
  };
}

const download = (change?: (ctx: XlContext) => void) => downloadWithTierColumn(FILE, change);

describe("a workbook's windows, custom views and properties (§18.2.1, §18.2.4, §18.2.28)", () => {
  it("names nothing when opened: windows, custom views and properties are all kept", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.notKept).toEqual([]);
  });

  it("reads the sheets each window and custom view names, by tab place and by sheetId", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.windows?.views).toEqual([
      { active: "Data", first: "Hidden" },
      { active: "Summary", first: "Notes" },
    ]);
    expect(opened.windows?.customViewSheets).toEqual(["Summary", "Notes"]);
  });

  it("keeps the file's workbookPr in place of ExcelJS's, which would add filterPrivacy", async () => {
    const xml = await workbookPart(await download());
    expect(tags(xml, "workbookPr")).toEqual([WORKBOOK_PR]);
  });

  it("keeps both windows as written, the second hidden with its sheet tabs and scroll bar off", async () => {
    const xml = await workbookPart(await download());
    const [first, second] = tags(xml, "workbookView");
    expect(first).toBe(
      '<workbookView xWindow="240" yWindow="15" windowWidth="18000" windowHeight="10500" tabRatio="750" firstSheet="2" activeTab="1"/>',
    );
    expect(second).toBe(
      '<workbookView visibility="hidden" xWindow="600" yWindow="300" windowWidth="9000" windowHeight="6000" showHorizontalScroll="0" showSheetTabs="0" tabRatio="400" activeTab="3"/>',
    );
  });

  it("keeps the custom views, each still showing its sheet though the download numbers sheetIds anew", async () => {
    const xml = await workbookPart(await download());
    const ids = sheetIds(xml);
    // Not vacuous: the download's sheetIds are not the file's (5, 2, 7, 3), so copying activeSheetId would be wrong.
    expect(ids.get("Summary")).not.toBe("3");
    expect(ids.get("Notes")).not.toBe("5");
    expect(namedSheets(xml).views).toEqual([
      ["Review", "Summary"],
      ["Print", "Notes"],
    ]);
    expect(tags(xml, "customWorkbookView")[0]).toBe(
      `<customWorkbookView name="Review" guid="{3C1B9E2A-7D4F-4A8B-9C0D-1E2F3A4B5C6D}" maximized="1" windowWidth="16095" windowHeight="9660" tabRatio="600" activeSheetId="${ids.get("Summary")}"/>`,
    );
  });

  it("follows the sheets when one before them is deleted: each window and view names the same sheet", async () => {
    const deleted = await workbookPart(await download((ctx) => ctx.workbook.worksheets.getItem("Notes").delete()));
    const after = namedSheets(deleted);
    expect(after.windows).toEqual([
      { shows: "Data", first: "Hidden" },
      { shows: "Summary", first: "Data" },
    ]);
    expect(tags(deleted, "workbookView").map((t) => [attribute(t, "activeTab"), attribute(t, "firstSheet")])).toEqual([
      [undefined, "1"], // activeTab 0 is the default (§18.2.30)
      ["2", undefined],
    ]);
  });

  it("shows the active sheet in a custom view whose sheet was deleted (activeSheetId must name a sheet)", async () => {
    const xml = await workbookPart(await download((ctx) => ctx.workbook.worksheets.getItem("Notes").delete()));
    expect(namedSheets(xml).views).toEqual([
      ["Review", "Summary"],
      ["Print", "Data"],
    ]);
  });

  it("follows a renamed sheet, and the first window shows the sheet active in the page", async () => {
    const xml = await workbookPart(
      await download((ctx) => {
        const summary = ctx.workbook.worksheets.getItem("Summary");
        summary.name = "Totals";
        summary.activate();
      }),
    );
    const named = namedSheets(xml);
    expect(named.windows.map((w) => w.shows)).toEqual(["Totals", "Totals"]);
    expect(named.views).toEqual([
      ["Review", "Totals"],
      ["Print", "Notes"],
    ]);
  });

  it("names the same sheets when the download is opened again", async () => {
    const again = await openedFixture(FILE, await download((ctx) => ctx.workbook.worksheets.add("Tiers")));
    expect(again.opened.windows?.views).toEqual([
      { active: "Data", first: "Hidden" },
      { active: "Summary", first: "Notes" },
    ]);
    expect(again.opened.windows?.customViewSheets).toEqual(["Summary", "Notes"]);
  });
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The fixture with its workbook part's elements written with the prefix x: for the main namespace, as some producers do. */
const prefixedFixture = () =>
  editedFixture(FILE, async (zip) => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const prefixed = xml.replace(/<(\/?)(\w+)([\s/>])/g, "<$1x:$2$3").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    zip.file("xl/workbook.xml", prefixed);
  });

describe("a window with an extension of its own (§18.2.30 workbookView extLst)", () => {
  it("keeps it beside the workbook's slicer caches extension, each in its own extLst", async () => {
    const VIEW_EXT = '<extLst><ext uri="{00000000-0000-0000-0000-0000000000AA}"/></extLst>';
    const bytes = await editedFixture("slicers.xlsx", async (zip) => {
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file(
        "xl/workbook.xml",
        xml.replace(/<workbookView\b([^>]*?)\/>/, `<workbookView$1>${VIEW_EXT}</workbookView>`),
      );
    });
    const xml = await workbookPart(await downloadWithTierColumn("slicers.xlsx", undefined, bytes));
    expect(xml).toMatch(new RegExp(`<workbookView\\b[^>]*>${VIEW_EXT.replace(/[{}()]/g, "\\$&")}</workbookView>`));
    // The workbook's own extLst, last among the root's children, still holds the slicer caches.
    expect(xml).toMatch(/<\/definedNames>.*<extLst>.*slicerCaches.*<\/extLst><\/workbook>$/s);
  });
});

describe("a workbook part that writes the main namespace with a prefix", () => {
  it("downloads a workbook part whose kept properties, windows and views are in the main namespace (Namespaces in XML 1.0 §6)", async () => {
    const bytes = await downloadWithTierColumn(FILE, undefined, await prefixedFixture());
    const doc = new new JSDOM("").window.DOMParser().parseFromString(await workbookPart(bytes), "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const inMain = (name: string) => [...doc.getElementsByTagNameNS(MAIN, name)];
    expect(inMain("workbookPr").map((e) => e.getAttribute("updateLinks"))).toEqual(["never"]);
    expect(inMain("workbookView").map((e) => e.getAttribute("activeTab"))).toEqual(["1", "3"]);
    expect(inMain("customWorkbookView").map((e) => e.getAttribute("name"))).toEqual(["Review", "Print"]);
    expect(inMain("calcPr").map((e) => e.getAttribute("fullCalcOnLoad"))).toEqual(["1"]);
  });
});

describe("readWorkbookWindows", () => {
  it("reads a workbook part that writes the main namespace with a prefix", () => {
    const xml =
      `<x:workbook xmlns:x="${MAIN}"><x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets>` +
      '<x:sheet name="A" sheetId="4"/><x:sheet name="B" sheetId="9"/></x:sheets>' +
      '<x:customWorkbookViews><x:customWorkbookView name="V" activeSheetId="4"/></x:customWorkbookViews></x:workbook>';
    const windows = readWorkbookWindows(xml);
    expect(windows?.views).toEqual([{ active: "B", first: "A" }]);
    expect(windows?.customViewSheets).toEqual(["A"]);
    // Kept with the prefix's declaration, so the element means the same inside ExcelJS's unprefixed part.
    expect(windows?.bookViews).toBe(`<x:bookViews xmlns:x="${MAIN}"><x:workbookView activeTab="1"/></x:bookViews>`);
  });

  it("names no sheet for an index past the last sheet or a sheetId no sheet has", () => {
    const xml =
      '<workbook><bookViews><workbookView activeTab="7" firstSheet="0"/></bookViews><sheets><sheet name="A" sheetId="1"/></sheets>' +
      '<customWorkbookViews><customWorkbookView name="V" activeSheetId="3"/></customWorkbookViews></workbook>';
    const windows = readWorkbookWindows(xml);
    expect(windows?.views).toEqual([{ first: "A" }]);
    expect(windows?.customViewSheets).toEqual([undefined]);
  });

  it("is undefined for a workbook part with neither windows nor custom views", () => {
    expect(readWorkbookWindows('<workbook><sheets><sheet name="A" sheetId="1"/></sheets></workbook>')).toBeUndefined();
  });
});
