import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { UNDOCUMENTED } from "../../../../src/host/fake-excel/undocumented";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { Package } from "./package-reader";
import { openXlsx } from "./saved-workbook";
import { savedThroughWorker } from "./saved-through-worker";
import { renameFailure } from "./sheet-rename";

/**
 * A user's chart sheets (ECMA-376 Part 1 §18.2.19 sheet, related as …/chartsheet to a chartsheet part whose
 * drawing holds the chart) go from the opened file into the download byte for byte, at their place among the
 * worksheets, with their names and states, while the fake's workbook.worksheets holds the worksheets only. The
 * fixture chart-sheets.xlsx is xlsxwriter's (make_fixtures.py write_chart_sheets): worksheet Data, chart sheet
 * "Sales Chart", worksheet Summary (the active tab, with a name scoped to it), hidden chart sheet "Hidden Chart"
 * (with a name scoped to it). The download is read with JSZip and regular expressions (package-reader.ts).
 */
const FILE = "chart-sheets.xlsx";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHARTSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml";

interface Expected {
  readonly sheets: { name: string; kind: string; state?: string }[];
  readonly activeTab: number;
  readonly names: { name: string; localSheetId: number }[];
}
const expected = fixtureExpected<Expected>("chart-sheets.expected.json");

/** A save runs ExcelJS and JSZip: seconds on a loaded machine, over jest's default 5 s. */
const SAVING = 30_000;

/** What leads from a chart sheet's part to its chart (and a chart's style and colours, when it has them). */
const FOLLOWED = new Set(["drawing", "chart", "chartStyle", "chartColorStyle", "image"]);

/** The workbook part's sheets in order: name, state (absent: visible) and the kind of part related. */
async function listedSheets(pkg: Package): Promise<{ name: string; state?: string; kind: string }[]> {
  const book = await pkg.text("xl/workbook.xml");
  const rels = await pkg.rels("xl/workbook.xml");
  return [...book.matchAll(/<sheet\b([^>]*)\/>/g)].map(([, a]) => {
    const get = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(a)?.[1];
    const state = get("state");
    const kind = rels.find((r) => r.id === get("r:id"))?.kind ?? "no relationship";
    return { name: get("name") ?? "", ...(state && state !== "visible" ? { state } : {}), kind };
  });
}

/** Each defined name with the sheet its localSheetId indexes, and the sheet activeTab indexes. */
async function indexedSheets(pkg: Package): Promise<{ names: Record<string, string>; activeTab: string }> {
  const sheets = (await listedSheets(pkg)).map((s) => s.name);
  const book = await pkg.text("xl/workbook.xml");
  const names: Record<string, string> = {};
  for (const [, name, local] of book.matchAll(/<definedName name="([^"]*)"[^>]*?localSheetId="(\d+)"/g))
    names[name] = sheets[Number(local)];
  for (const [, local, name] of book.matchAll(/<definedName localSheetId="(\d+)" name="([^"]*)"/g))
    names[name] = sheets[Number(local)];
  const activeTab = Number(/<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(book)?.[1] ?? 0);
  return { names, activeTab: sheets[activeTab] };
}

/**
 * `bytes` opened, packed for the page and unpacked there, a tier column written beside the data and a sheet of
 * TierLadder's added through office.js, then `change`; saved through the save worker's messages.
 */
async function download(change: (ctx: XlContext) => void = () => undefined, bytes = fixtureBytes(FILE)) {
  const { packed, transfer } = packWorkbook(await openWorkbookFile(FILE, bytes));
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Data").getRange("C1:C4").values = [["Tier"], ["A"], ["B"], ["A"]];
    ctx.workbook.worksheets.add("Tiers").getRange("A1:B2").values = [
      ["Tier", "Count"],
      ["A", 2],
    ];
    change(ctx);
    await ctx.sync();
  });
  return Package.load(await savedThroughWorker(state));
}

/** The fixture with its zip changed by `edit`. */
async function changedFixture(edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(FILE));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

describe("a user's chart sheets on opening", () => {
  it("are kept whole, not named as dropped, each with its part, what it reaches, its state and the worksheet it follows", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(
      opened.chartSheets?.map((c) => ({
        name: c.name,
        visibility: c.visibility,
        after: c.after,
        parts: c.parts.map((p) => p.name),
      })),
    ).toEqual([
      {
        name: "Sales Chart",
        visibility: "Visible",
        after: "Data",
        parts: ["xl/chartsheets/sheet1.xml", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml"],
      },
      {
        name: "Hidden Chart",
        visibility: "Hidden",
        after: "Summary",
        parts: ["xl/chartsheets/sheet2.xml", "xl/drawings/drawing2.xml", "xl/charts/chart2.xml"],
      },
    ]);
  });

  it("are not worksheets: workbook.worksheets holds Data and Summary, and getItem of a chart sheet is ItemNotFound", async () => {
    const { state } = openedWorkbookState(await openWorkbookFile(FILE, fixtureBytes(FILE)));
    const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Summary"]);
      ctx.workbook.worksheets.getItem("Sales Chart").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("leave the file's active tab active when it is a worksheet (activeTab 2: Summary)", async () => {
    expect(expected.activeTab).toBe(2);
    const { state } = openedWorkbookState(await openWorkbookFile(FILE, fixtureBytes(FILE)));
    expect(state.activeSheet?.name).toBe("Summary");
  });
});

describe("a chart sheet that is the file's active tab", () => {
  it(
    "leaves the first visible worksheet active, the fake's worksheets holding no chart sheet, and the download opens on it",
    async () => {
      const bytes = await changedFixture(async (zip) => {
        const book = await zip.file("xl/workbook.xml")!.async("string");
        zip.file("xl/workbook.xml", book.replace('activeTab="2"', 'activeTab="1"'));
      });
      const { state } = openedWorkbookState(await openWorkbookFile(FILE, bytes));
      expect(state.activeSheet?.name).toBe("Data");
      expect((await indexedSheets(await download(undefined, bytes))).activeTab).toBe("Data");
    },
    SAVING,
  );
});

describe("a user's chart sheets in the download", () => {
  let fixture: Package;
  let saved: Package;

  beforeAll(async () => {
    fixture = await Package.load(fixtureBytes(FILE));
    saved = await download((ctx) => ctx.workbook.worksheets.getItem("Summary").pageLayout.setPrintArea("A1:B1"));
  }, SAVING);

  it.each(["Sales Chart", "Hidden Chart"])(
    "copies chart sheet %s's part and every part its drawing reaches byte for byte, with their content types",
    async (sheet) => {
      const part = await fixture.sheetPart(sheet);
      const copy = await saved.sheetPart(sheet);
      expect(Buffer.from(await saved.bytes(copy)).equals(Buffer.from(await fixture.bytes(part)))).toBe(true);
      expect(await saved.contentType(copy)).toBe(CHARTSHEET_TYPE);
      const before = await fixture.reachedContent(sheet, FOLLOWED);
      expect(before.map((p) => p.chain)).toEqual(["drawing", "drawing>chart"]);
      expect(await saved.reachedContent(sheet, FOLLOWED)).toEqual(before);
    },
  );

  it("lists every sheet in the file's order, the added worksheet after the last chart sheet, states kept", async () => {
    expect(await listedSheets(fixture)).toEqual(
      expected.sheets.map(({ name, kind, state }) => ({ name, kind, ...(state ? { state } : {}) })),
    );
    expect(await listedSheets(saved)).toEqual([
      { name: "Data", kind: "worksheet" },
      { name: "Sales Chart", kind: "chartsheet" },
      { name: "Summary", kind: "worksheet" },
      { name: "Hidden Chart", kind: "chartsheet", state: "hidden" },
      { name: "Tiers", kind: "worksheet" },
    ]);
  });

  it("gives every sheet its own sheetId (§18.2.19: unique in the workbook)", async () => {
    const ids = [...(await saved.text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("points each name's localSheetId and the active tab at the same sheets as the file did, and a print area set through Office.js at its sheet", async () => {
    const before = await indexedSheets(fixture);
    // What make_fixtures.py wrote: each name's localSheetId and the activeTab, as sheet names.
    const sheet = (index: number) => expected.sheets[index].name;
    expect(before).toEqual({
      names: Object.fromEntries(expected.names.map((n) => [n.name, sheet(n.localSheetId)])),
      activeTab: sheet(expected.activeTab),
    });
    expect(before).toEqual({ names: { Total: "Summary", Source: "Hidden Chart" }, activeTab: "Summary" });
    // The print area set on Summary is written by ExcelJS, which counts worksheets alone: renumbered.
    expect(await indexedSheets(saved)).toEqual({
      ...before,
      names: { ...before.names, "_xlnm.Print_Area": "Summary" },
    });
  });

  it("lists the chart sheets under Charts in the extended properties, after the worksheets", async () => {
    const app = await saved.text("docProps/app.xml");
    expect(app).toContain(
      '<vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector>',
    );
    const titles = [.../<TitlesOfParts>.*<\/TitlesOfParts>/.exec(app)![0].matchAll(/<vt:lpstr>([^<]*)</g)];
    expect(titles.map((m) => m[1])).toEqual(["Data", "Summary", "Tiers", "Sales Chart", "Hidden Chart"]);
    expect(app).toMatch(/<TitlesOfParts><vt:vector size="5" /);
  });

  it("keeps the worksheets readable by another program (ExcelJS), TierLadder's writes among them", async () => {
    const zip = saved.zip;
    const book = await openXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(book.getWorksheet("Data")!.getCell("C2").value).toBe("A");
    expect(book.getWorksheet("Summary")!.getCell("B1").value).toBe(600);
  });
});

describe("a kept chart sheet's place when worksheets go", () => {
  it(
    "follows the worksheet before the one it followed when that is deleted; the deleted sheet's name goes with it",
    async () => {
      const saved = await download((ctx) => ctx.workbook.worksheets.getItem("Summary").delete());
      expect((await listedSheets(saved)).map((s) => s.name)).toEqual(["Data", "Sales Chart", "Hidden Chart", "Tiers"]);
      // Summary was active: the first visible worksheet is (state.ts deleteSheet), at index 0.
      expect(await indexedSheets(saved)).toEqual({ names: { Source: "Hidden Chart" }, activeTab: "Data" });
    },
    SAVING,
  );

  it(
    "comes first when the worksheet it followed was the first and is deleted",
    async () => {
      const saved = await download((ctx) => ctx.workbook.worksheets.getItem("Data").delete());
      expect((await listedSheets(saved)).map((s) => s.name)).toEqual([
        "Sales Chart",
        "Summary",
        "Hidden Chart",
        "Tiers",
      ]);
      expect(await indexedSheets(saved)).toEqual({
        names: { Total: "Summary", Source: "Hidden Chart" },
        activeTab: "Summary",
      });
    },
    SAVING,
  );
});

describe("Office.js beside kept chart sheets", () => {
  const fakeOf = async () => {
    const { state } = openedWorkbookState(await openWorkbookFile(FILE, fixtureBytes(FILE)));
    return { state, fake: createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" }) };
  };

  it.each(["Sales Chart", "hidden chart"])(
    "refuses a worksheet added under a chart sheet's name (%s) with ItemAlreadyExists, as a name in use",
    async (name) => {
      const { fake, state } = await fakeOf();
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      });
      expect(state.sheets.map((s) => s.name)).toEqual(["Data", "Summary"]);
    },
  );

  it("gives an added worksheet without a name one no chart sheet has", async () => {
    const bytes = await changedFixture(async (zip) => {
      const book = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", book.replace('name="Sales Chart"', 'name="Sheet1"'));
    });
    const { state } = openedWorkbookState(await openWorkbookFile(FILE, bytes));
    const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add();
      await ctx.sync();
    });
    expect(state.sheets.map((s) => s.name)).toEqual(["Data", "Summary", "Sheet2"]);
  });

  it("refuses renaming a worksheet to a chart sheet's name with ItemAlreadyExists", async () => {
    const { fake, state } = await fakeOf();
    expect(await renameFailure(fake, "Summary", "Sales Chart")).toMatchObject({ code: "ItemAlreadyExists" });
    expect(state.sheets.map((s) => s.name)).toEqual(["Data", "Summary"]);
  });

  it("refuses renaming a worksheet as undocumented, the chart sheets' series naming sheets; a case-only rename is not", async () => {
    const { fake, state } = await fakeOf();
    expect(await renameFailure(fake, "Data", "Sales")).toMatchObject({ code: UNDOCUMENTED });
    expect(await renameFailure(fake, "Data", "DATA")).toBeUndefined();
    expect(state.sheets.map((s) => s.name)).toEqual(["DATA", "Summary"]);
  });
});

describe("a chart sheet that cannot be copied whole", () => {
  it(
    "is named as not kept and left out, when a part it reaches (its chart) is missing",
    async () => {
      const bytes = await changedFixture((zip) => void zip.remove("xl/charts/chart1.xml"));
      const opened = await openWorkbookFile("broken.xlsx", bytes);
      expect(opened.notKept).toEqual([{ feature: "chartSheets", sheets: ["Sales Chart"] }]);
      expect(opened.chartSheets?.map((c) => c.name)).toEqual(["Hidden Chart"]);
      const saved = await download(undefined, bytes);
      expect((await listedSheets(saved)).map((s) => s.name)).toEqual(["Data", "Summary", "Hidden Chart", "Tiers"]);
      expect(await indexedSheets(saved)).toEqual({
        names: { Total: "Summary", Source: "Hidden Chart" },
        activeTab: "Summary",
      });
    },
    SAVING,
  );

  it("is named as not kept when its chartsheet part is missing", async () => {
    const bytes = await changedFixture((zip) => void zip.remove("xl/chartsheets/sheet2.xml"));
    const opened = await openWorkbookFile("broken.xlsx", bytes);
    expect(opened.notKept).toEqual([{ feature: "chartSheets", sheets: ["Hidden Chart"] }]);
    expect(opened.chartSheets?.map((c) => c.name)).toEqual(["Sales Chart"]);
  });
});

describe("a dialog sheet (§18.2.19 related as …/dialogsheet, added by hand: no program here writes one)", () => {
  it(
    "is kept whole the same way, at its place in the tab order",
    async () => {
      const dialog = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dialogsheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></dialogsheet>`;
      const bytes = await changedFixture(async (zip) => {
        const edit = async (path: string, change: (xml: string) => string) =>
          zip.file(path, change(await zip.file(path)!.async("string")));
        await edit("xl/workbook.xml", (x) =>
          x.replace("</sheets>", '<sheet name="Dialog1" sheetId="9" r:id="rId99"/></sheets>'),
        );
        await edit("xl/_rels/workbook.xml.rels", (x) =>
          x.replace(
            "</Relationships>",
            `<Relationship Id="rId99" Type="${REL}/dialogsheet" Target="dialogsheets/sheet1.xml"/></Relationships>`,
          ),
        );
        await edit("[Content_Types].xml", (x) =>
          x.replace(
            "</Types>",
            '<Override PartName="/xl/dialogsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml"/></Types>',
          ),
        );
        zip.file("xl/dialogsheets/sheet1.xml", dialog);
      });
      expect((await openWorkbookFile("dialog.xlsx", bytes)).notKept).toEqual([]);
      const saved = await download(undefined, bytes);
      expect((await listedSheets(saved)).slice(-2)).toEqual([
        { name: "Dialog1", kind: "dialogsheet" },
        { name: "Tiers", kind: "worksheet" },
      ]);
      expect(await saved.text(await saved.sheetPart("Dialog1"))).toBe(dialog);
    },
    SAVING,
  );
});
