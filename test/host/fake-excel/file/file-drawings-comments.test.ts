import type ExcelJS from "exceljs";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { UNDOCUMENTED } from "../../../../src/host/fake-excel/undocumented";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { Package, WORKSHEET_SEQUENCE, childOrder } from "./package-reader";
import { openXlsx } from "./saved-workbook";
import { savedThroughWorker } from "./saved-through-worker";
import { renameFailure } from "./sheet-rename";

/**
 * A user's drawings (a chart of their data, a picture, a textbox: ECMA-376 Part 1 §20.5, §21.2) and notes (the
 * comments part §18.7 with its VML boxes, legacyDrawing §18.3.1.51) go from the opened file to the download byte
 * for byte, through the worker's packing, Office.js writes and the save worker's messages. The file is written by
 * xlsxwriter (test/fixtures/files/make_fixtures.py); the download is checked with JSZip against the fixture's own
 * parts, and re-read with ExcelJS.
 */
const FILE = "drawings-comments.xlsx";

interface Expected {
  readonly notes: Record<string, Record<string, { text: string; author: string }>>;
  readonly picture: { sheet: string; from: { col: number; row: number }; offsetEmu: [number, number]; png: string };
  readonly chartSeries: { categories: string; values: string };
}
const expected = fixtureExpected<Expected>("drawings-comments.expected.json");

/** The relationship types that lead to a sheet's drawings and notes, and from a drawing to what it shows. */
const FOLLOWED = new Set(["drawing", "vmlDrawing", "comments", "chart", "image"]);

/**
 * The fixture opened, packed for the page and unpacked there; TierLadder's output written through office.js (a
 * tier column beside the data, a sheet of its own with a table), then `change` (a deletion); saved through the
 * save worker's messages, each cloned as postMessage clones it.
 */
async function download(change: (ctx: XlContext) => void = () => undefined) {
  const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
  const { packed, transfer } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Customers");
    ws.getRange("E1:E3").values = [["Tier"], ["A"], ["B"]];
    const tiers = ctx.workbook.worksheets.add("Tiers");
    tiers.getRange("A1:B3").values = [
      ["Tier", "Count"],
      ["A", 2],
      ["B", 6],
    ];
    tiers.tables.add("Tiers!A1:B3", true);
    change(ctx);
    await ctx.sync();
  });
  return { opened, bytes: await savedThroughWorker(state) };
}

describe("a user's drawings and notes survive open → page → Office.js writes → download", () => {
  let opened: OpenedWorkbook;
  let fixture: Package;
  let saved: Package;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const done = await download();
    opened = done.opened;
    fixture = await Package.load(fixtureBytes(FILE));
    saved = await Package.load(done.bytes);
    book = await openXlsx(done.bytes);
  });

  it("names nothing as not kept on opening", () => {
    expect(opened.notKept).toEqual([]);
  });

  it.each(["Customers", "Notes"])(
    "copies every part the drawing and notes of sheet %s reach, byte for byte, with its content type",
    async (sheet) => {
      const before = await fixture.reachedContent(sheet, FOLLOWED);
      // Customers: drawing, its chart and picture, the notes' VML and comments. Notes: the notes' VML and comments,
      // the header's VML and its picture, the background picture.
      expect(before.map((p) => p.chain).sort()).toEqual(
        sheet === "Customers"
          ? ["comments", "drawing", "drawing>chart", "drawing>image", "vmlDrawing"]
          : ["comments", "image", "vmlDrawing", "vmlDrawing", "vmlDrawing>image"],
      );
      expect(await saved.reachedContent(sheet, FOLLOWED)).toEqual(before);
    },
  );

  it("resolves every r:id, r:embed and relationship target of the download to a part it has", async () => {
    const parts = new Set(saved.parts());
    const xmlParts = saved.parts().filter((p) => /\.(xml|vml)$/.test(p) && !p.includes("_rels/"));
    let checked = 0;
    for (const part of xmlParts) {
      const rels = await saved.rels(part);
      for (const r of rels)
        if (!r.external && r.kind !== "hyperlink")
          expect({ part, target: r.target, there: parts.has(r.target) }).toEqual({
            part,
            target: r.target,
            there: true,
          });
      const ids = new Set(rels.map((r) => r.id));
      for (const [, id] of (await saved.text(part)).matchAll(/\sr:(?:id|embed|link)="([^"]*)"/g)) {
        expect({ part, id, resolves: ids.has(id) }).toEqual({ part, id, resolves: true });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9); // drawing, legacyDrawing ×2, legacyDrawingHF, picture, tableParts ×2, the chart and picture in the drawing
  });

  it("gives every part of the download a content type ([Content_Types].xml, OPC §10.1.2)", async () => {
    for (const part of saved.parts())
      expect({ part, type: await saved.contentType(part) }).toEqual({ part, type: expect.any(String) });
  });

  it("puts the sheets' children in CT_Worksheet's order (§18.3.1.99), drawing and legacyDrawing before tableParts", async () => {
    for (const sheet of ["Customers", "Notes"]) {
      const children = childOrder(await saved.text(await saved.sheetPart(sheet)));
      expect(children).toEqual(expect.arrayContaining(["legacyDrawing"]));
      const places = children.map((c) => WORKSHEET_SEQUENCE.indexOf(c));
      expect(places).not.toContain(-1);
      expect(places).toEqual([...places].sort((a, b) => a - b));
    }
    const customers = childOrder(await saved.text(await saved.sheetPart("Customers")));
    expect(customers.filter((c) => ["drawing", "legacyDrawing", "tableParts"].includes(c))).toEqual([
      "drawing",
      "legacyDrawing",
      "tableParts",
    ]);
  });

  it("keeps the chart's series on the user's cells as written", async () => {
    const chart = (await saved.reached("Customers", FOLLOWED)).find((p) => p.chain === "drawing>chart")!.part;
    const formulas = [...(await saved.text(chart)).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    expect(formulas).toEqual(expect.arrayContaining([expected.chartSeries.categories, expected.chartSeries.values]));
  });

  it("re-reads in ExcelJS: the picture at its cell and offset, and each note's text on its cell", () => {
    const ws = book.getWorksheet(expected.picture.sheet)!;
    const images = ws.getImages();
    expect(images).toHaveLength(1);
    const { tl } = images[0].range as unknown as {
      tl: { nativeCol: number; nativeRow: number; nativeColOff: number; nativeRowOff: number };
    };
    expect([tl.nativeCol, tl.nativeRow, tl.nativeColOff, tl.nativeRowOff]).toEqual([
      expected.picture.from.col,
      expected.picture.from.row,
      ...expected.picture.offsetEmu,
    ]);
    const image = book.getImage(Number(images[0].imageId)) as unknown as { buffer: Buffer };
    expect(Buffer.from(image.buffer).toString("hex")).toBe(expected.picture.png);
    for (const [sheet, notes] of Object.entries(expected.notes))
      for (const [cell, { text }] of Object.entries(notes)) {
        const note = book.getWorksheet(sheet)!.getCell(cell).note as unknown as { texts: { text: string }[] };
        expect({ sheet, cell, text: note.texts.map((t) => t.text).join("") }).toEqual({ sheet, cell, text });
      }
  });

  it("keeps TierLadder's writes beside them", () => {
    expect(book.getWorksheet("Customers")!.getCell("E2").value).toBe("A");
    expect(book.worksheets.map((w) => w.name)).toEqual(["Customers", "Notes", "Tiers"]);
  });
});

describe("a rename while the opened file's charts name sheets", () => {
  it("is refused as undocumented (the fake does not rewrite the charts' references as Excel does); a case-only one is not", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    const { state } = openedWorkbookState(opened);
    const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
    expect(await renameFailure(fake, "Notes", "Plans")).toMatchObject({ code: UNDOCUMENTED });
    expect(await renameFailure(fake, "Customers", "CUSTOMERS")).toBeUndefined();
    expect(state.sheets.map((s) => s.name)).toEqual(["CUSTOMERS", "Notes"]);
  });
});

describe("a deleted sheet takes its drawings and notes with it", () => {
  it("leaves out the Notes sheet's comments and note boxes, and keeps Customers' whole", async () => {
    const { bytes } = await download((ctx) => ctx.workbook.worksheets.getItem("Notes").delete());
    const saved = await Package.load(bytes);
    const fixture = await Package.load(fixtureBytes(FILE));
    const notesParts = (await fixture.reached("Notes", FOLLOWED)).map((p) => p.part);
    const notesBytes = await Promise.all(
      notesParts.map(async (p) => Buffer.from(await fixture.bytes(p)).toString("hex")),
    );
    const all = await Promise.all(saved.parts().map(async (p) => Buffer.from(await saved.bytes(p)).toString("hex")));
    for (const b of notesBytes) expect(all).not.toContain(b);
    expect(saved.parts().filter((p) => /comments|vmlDrawing/i.test(p))).toHaveLength(2);
    expect(await saved.reachedContent("Customers", FOLLOWED)).toEqual(
      await fixture.reachedContent("Customers", FOLLOWED),
    );
  });
});
