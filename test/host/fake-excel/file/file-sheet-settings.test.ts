import { withSheetSettings } from "../../../../src/host/fake-excel/file/sheet-settings-writing";
import { attributesOf } from "../../../../src/host/fake-excel/file/sheet-settings";
import { editedFixture } from "./edited-fixture";
import { downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package } from "./package-reader";

/**
 * A worksheet's own settings (ECMA-376 Part 1 §18.3.1.82 sheetPr, §18.3.1.87 sheetView, §18.3.1.81 sheetFormatPr).
 * The fixture (make_fixtures.py write_sheet_settings) is xlsxwriter's: "Data" with an orange tab, gridlines and
 * zeros hidden, zoom 85 %, scrolled to B2, default row height 20 and outline buttons above and left; "Notes" right
 * to left in page layout view with a theme-coloured tab (by hand). ExcelJS alone writes none of them.
 */
const FILE = "sheet-settings.xlsx";

/** The start of a sheet's part in the download, up to its cells. */
async function sheetStart(bytes: Uint8Array, sheet: string): Promise<string> {
  const pkg = await Package.load(bytes);
  const xml = await pkg.text(await pkg.sheetPart(sheet));
  return xml.slice(0, xml.indexOf("<sheetData"));
}

const tag = (xml: string, name: string) => new RegExp(`<${name}\\b[^>]*>`).exec(xml)?.[0] ?? "";
const attribute = (t: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(t)?.[1];

describe("a worksheet's own settings (§18.3.1.82, §18.3.1.87, §18.3.1.81)", () => {
  it("keeps the tab colour and the outline settings, in CT_SheetPr's order before the dimension", async () => {
    const start = await sheetStart(await downloadWithTierColumn(FILE), "Data");
    expect(start).toMatch(
      /<sheetPr\b[^>]*><tabColor rgb="FFFF9900"\/><outlinePr summaryBelow="0" summaryRight="0"\/>(?:<pageSetUpPr\b[^>]*\/>)?<\/sheetPr><dimension\b/,
    );
  });

  it("keeps a theme-coloured tab on a sheet ExcelJS writes no sheet properties for", async () => {
    const start = await sheetStart(await downloadWithTierColumn(FILE), "Notes");
    expect(start).toMatch(
      /<worksheet\b[^>]*><sheetPr><tabColor theme="4" tint="-0.249977111117893"\/><\/sheetPr><dimension\b/,
    );
  });

  it("keeps the view's gridlines, zeros, zoom and scroll position, and right to left in page layout view", async () => {
    const bytes = await downloadWithTierColumn(FILE);
    const data = tag(await sheetStart(bytes, "Data"), "sheetView");
    expect(
      [
        ["showGridLines", "0"],
        ["showZeros", "0"],
        ["topLeftCell", "B2"],
        ["zoomScale", "85"],
        ["zoomScaleNormal", "85"],
      ].map(([n]) => [n, attribute(data, n)]),
    ).toEqual([
      ["showGridLines", "0"],
      ["showZeros", "0"],
      ["topLeftCell", "B2"],
      ["zoomScale", "85"],
      ["zoomScaleNormal", "85"],
    ]);
    const notes = tag(await sheetStart(bytes, "Notes"), "sheetView");
    expect([attribute(notes, "rightToLeft"), attribute(notes, "view")]).toEqual(["1", "pageLayout"]);
  });

  it("leaves tabSelected to the sheet active in the page, not the file's", async () => {
    const bytes = await downloadWithTierColumn(FILE, (ctx) => ctx.workbook.worksheets.getItem("Notes").activate());
    // The file selected "Data"'s tab (tabSelected="1"); the workbook's activeTab says which sheet is active.
    expect(attribute(tag(await sheetStart(bytes, "Data"), "sheetView"), "tabSelected")).toBeUndefined();
    expect(attribute(tag(await sheetStart(bytes, "Data"), "sheetView"), "zoomScale")).toBe("85");
  });

  it("keeps the default row height on the sheet format", async () => {
    const format = tag(await sheetStart(await downloadWithTierColumn(FILE), "Data"), "sheetFormatPr");
    expect([attribute(format, "defaultRowHeight"), attribute(format, "customHeight")]).toEqual(["20", "1"]);
  });

  it("keeps the frozen rows the page sets beside the file's view settings", async () => {
    const { fake } = await openedFixture(FILE);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1);
      await ctx.sync();
    });
    const start = await sheetStart(await fake.saveXlsx(), "Data");
    expect(start).toMatch(/<sheetView\b[^>]*\sshowGridLines="0"[^>]*><pane\b[^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it("keeps them again when the download is opened and saved again", async () => {
    const again = await downloadWithTierColumn(FILE, undefined, await downloadWithTierColumn(FILE));
    const start = await sheetStart(again, "Data");
    expect(start).toContain('<tabColor rgb="FFFF9900"/>');
    expect(attribute(tag(start, "sheetView"), "zoomScale")).toBe("85");
  });
});

describe("a view's pane and selection (§18.3.1.66, §18.3.1.78)", () => {
  const SPLIT =
    '<pane xSplit="2000" ySplit="1500" topLeftCell="C4" activePane="bottomRight"/><selection pane="bottomRight" activeCell="C5" sqref="C5"/>';
  /** The fixture with "Notes"'s window split in four and C5 selected, as Excel writes a split (not frozen) view. */
  const split = () =>
    editedFixture(FILE, async (zip) => {
      const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      zip.file(
        "xl/worksheets/sheet2.xml",
        sheet.replace('workbookViewId="0"/>', `workbookViewId="0">${SPLIT}</sheetView>`),
      );
    });

  it("keeps a split window and the active cell where neither the file nor the page freezes", async () => {
    const start = await sheetStart(await downloadWithTierColumn(FILE, undefined, await split()), "Notes");
    expect(start).toContain(`${SPLIT}</sheetView>`);
    expect(attribute(tag(start, "sheetView"), "rightToLeft")).toBe("1");
  });

  it("writes only the page's frozen pane once the page freezes rows there", async () => {
    const bytes = await downloadWithTierColumn(
      FILE,
      (ctx) => ctx.workbook.worksheets.getItem("Notes").freezePanes.freezeRows(2),
      await split(),
    );
    const start = await sheetStart(bytes, "Notes");
    expect(start.match(/<pane\b[^>]*>/g)).toEqual([expect.stringMatching(/ySplit="2"[^>]*state="frozen"/)]);
  });

  it("does not keep a frozen pane's selection beside the pane the page writes for it", async () => {
    const frozen = await editedFixture(FILE, async (zip) => {
      const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      const pane =
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/>';
      zip.file(
        "xl/worksheets/sheet2.xml",
        sheet.replace('workbookViewId="0"/>', `workbookViewId="0">${pane}</sheetView>`),
      );
    });
    const start = await sheetStart(await downloadWithTierColumn(FILE, undefined, frozen), "Notes");
    expect(start.match(/<pane\b[^>]*>/g)).toHaveLength(1);
    expect(start).not.toContain('activeCell="A3"');
    // Unfrozen in the page, the file's frozen pane does not come back with the view's other children.
    const unfrozen = await downloadWithTierColumn(
      FILE,
      (ctx) => ctx.workbook.worksheets.getItem("Notes").freezePanes.unfreeze(),
      frozen,
    );
    expect(await sheetStart(unfrozen, "Notes")).not.toMatch(/<pane\b/);
  });
});

describe("grouped rows and columns (§18.3.1.73 row, §18.3.1.13 col outlineLevel)", () => {
  /** The fixture with "Data" edited as Excel writes groups, and the sheet format's outline depths 1. */
  const grouped = (edit: (sheet: string) => string) =>
    editedFixture(FILE, async (zip) => {
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const depths = '<sheetFormatPr defaultRowHeight="20" outlineLevelRow="1" outlineLevelCol="1"';
      zip.file("xl/worksheets/sheet1.xml", edit(sheet.replace('<sheetFormatPr defaultRowHeight="20"', depths)));
    });
  // Rows 2–3 grouped and collapsed: hidden, with row 4 their summary row (outline buttons below, outlinePr aside).
  const rowsGrouped = () =>
    grouped((x) =>
      x
        .replace('<row r="2" ', '<row r="2" outlineLevel="1" hidden="1" ')
        .replace('<row r="3" ', '<row r="3" outlineLevel="1" hidden="1" ')
        .replace('<row r="4" ', '<row r="4" collapsed="1" '),
    );
  /** Each row tag of a sheet part by its number. */
  const rowTags = (xml: string) => new Map([...xml.matchAll(/<row\b[^>]*>/g)].map((m) => [attribute(m[0], "r"), m[0]]));

  it("keeps grouped rows' levels and the collapsed summary row, and names nothing for them", async () => {
    const bytes = await rowsGrouped();
    expect((await openedFixture(FILE, bytes)).opened.notKept).toEqual([]);
    const pkg = await Package.load(await downloadWithTierColumn(FILE, undefined, bytes));
    const rows = rowTags(await pkg.text(await pkg.sheetPart("Data")));
    expect(
      ["2", "3", "4"].map((r) => [
        attribute(rows.get(r)!, "outlineLevel"),
        attribute(rows.get(r)!, "collapsed"),
        attribute(rows.get(r)!, "hidden"),
      ]),
    ).toEqual([
      ["1", undefined, "1"],
      ["1", undefined, "1"],
      [undefined, "1", undefined],
    ]);
    expect(attribute(rowTags(await pkg.text(await pkg.sheetPart("Data"))).get("1")!, "outlineLevel")).toBeUndefined();
  });

  it("keeps the rows' outline depth on the sheet format, not the columns' (grouped columns are not kept)", async () => {
    const format = tag(
      await sheetStart(await downloadWithTierColumn(FILE, undefined, await rowsGrouped()), "Data"),
      "sheetFormatPr",
    );
    expect([attribute(format, "outlineLevelRow"), attribute(format, "outlineLevelCol")]).toEqual(["1", "0"]);
  });

  it("names grouped columns, with their sheet", async () => {
    const columns = await grouped((x) =>
      x.replace(
        "<sheetData>",
        '<cols><col min="2" max="2" width="12" outlineLevel="1" customWidth="1"/></cols><sheetData>',
      ),
    );
    expect((await openedFixture(FILE, columns)).opened.notKept).toEqual([{ feature: "grouping", sheets: ["Data"] }]);
  });
});

describe("attributesOf and withSheetSettings", () => {
  it("reads a tag's attributes decoded, without namespace declarations, prefixed ones or those left out", () => {
    expect(
      attributesOf(
        '<sheetView xmlns:x="u" x14ac:y="1" showGridLines="0" topLeftCell=\'B2\' name="a&amp;b" tabSelected="1"',
        ["tabSelected"],
      ),
    ).toEqual([
      ["showGridLines", "0"],
      ["topLeftCell", "B2"],
      ["name", "a&b"],
    ]);
  });

  it("gives the file's view settings a view of their own, after the dimension, where ExcelJS wrote none", () => {
    const before =
      '<worksheet><sheetPr><tabColor rgb="FF0000FF"/></sheetPr><dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/>';
    const settings = {
      sheetPr: [],
      sheetPrChildren: [],
      sheetView: [["showGridLines", "0"]] as const,
      sheetFormatPr: [],
    };
    expect(withSheetSettings(before, settings)).toBe(
      '<worksheet><sheetPr><tabColor rgb="FF0000FF"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>',
    );
  });

  it("puts the file's sheet properties before ExcelJS's pageSetUpPr, and its attributes win over ExcelJS's", () => {
    const before =
      '<worksheet><sheetPr codeName="S"><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView zoomScale="100" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
    const settings = {
      sheetPr: [["filterMode", "1"]] as const,
      sheetPrChildren: ['<tabColor rgb="FF00FF00"/>'],
      sheetView: [["zoomScale", "70"]] as const,
      sheetFormatPr: [["defaultRowHeight", "18"]] as const,
    };
    expect(withSheetSettings(before, settings)).toBe(
      '<worksheet><sheetPr codeName="S" filterMode="1"><tabColor rgb="FF00FF00"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0" zoomScale="70"/></sheetViews><sheetFormatPr defaultRowHeight="18"/>',
    );
  });
});
