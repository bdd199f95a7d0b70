import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes } from "./fixture-files";
import { Package } from "./package-reader";

/**
 * A workbook's Normal cell style (ECMA-376 Part 1 §18.8.7 cellStyle builtinId 0, its cellStyleXfs xf §18.8.9 and
 * cellXfs xf 0 §18.8.10) is the look of every cell without a style of its own, in every sheet, new ones too
 * (MS-XLSB §2.2.6.1.2.2 Normal Style). normal-style.xlsx (make_fixtures.py write_normal_style, openpyxl 3.1.5) has
 * a Normal in italic FF1F4E79 Calibri 11 on a solid FFFFF2CC fill, a thin border on four sides, centred, number
 * format "0.000"; A1:B1 a bold header style of their own (no fill, no border, General); A2:B5 without `s`.
 * The download is read back with regular expressions only (package-reader.ts), not with the code under test.
 */
const FILE = "normal-style.xlsx";

/** A cell format as the styles part says it: its number format code and its font, fill, border and children. */
interface Look {
  readonly numFmt: string;
  readonly font: string;
  readonly fill: string;
  readonly border: string;
  readonly children: string;
}

/** Built-in number formats the tests meet (§18.8.30). */
const BUILT_IN: Record<string, string> = { "0": "General", "9": "0%" };

const listOf = (xml: string, list: string, name: string): string[] => {
  const block = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? "";
  return [...block.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g"))].map((m) => m[0]);
};
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The styles part of a package, read as looks by cell format index (cellXfs) and by cell style index (cellStyleXfs). */
async function stylesOf(pkg: Package) {
  const xml = await pkg.text("xl/styles.xml");
  const codes = new Map(listOf(xml, "numFmts", "numFmt").map((n) => [attribute(n, "numFmtId")!, attribute(n, "formatCode")!])); // prettier-ignore
  const fonts = listOf(xml, "fonts", "font");
  const fills = listOf(xml, "fills", "fill");
  const borders = listOf(xml, "borders", "border");
  const look = (xf: string): Look => {
    const start = /^<xf\b[^>]*>/.exec(xf)![0];
    const id = (a: string) => Number(attribute(start, a) ?? 0);
    const numFmtId = attribute(start, "numFmtId") ?? "0";
    return {
      numFmt: codes.get(numFmtId) ?? BUILT_IN[numFmtId] ?? `built-in ${numFmtId}`,
      font: fonts[id("fontId")],
      fill: fills[id("fillId")],
      border: borders[id("borderId")],
      children: start.endsWith("/>") ? "" : xf.slice(start.length, -"</xf>".length),
    };
  };
  return {
    xml,
    cellXfs: listOf(xml, "cellXfs", "xf").map(look),
    cellStyleXfs: listOf(xml, "cellStyleXfs", "xf").map(look),
    cellStyles: listOf(xml, "cellStyles", "cellStyle"),
  };
}

/** Each cell's `s` (0 when it has none, §18.3.1.4) on a sheet of the package, by reference. */
async function cellStyles(pkg: Package, sheet: string): Promise<Map<string, number>> {
  const xml = await pkg.text(await pkg.sheetPart(sheet));
  return new Map(
    [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)].map(([, r, a]) => [r, Number(attribute(a, "s") ?? 0)]),
  );
}

/** What the Normal of the fixture is, part by part, as the spec spells each (§18.8.22, §18.8.32, §18.8.4, §18.8.1). */
const NORMAL = {
  italic: /<i\b(?![^>]*val="(?:0|false)")/,
  colour: /<color rgb="FF1F4E79"/,
  fill: /<patternFill patternType="solid"\s*>\s*<fgColor rgb="FFFFF2CC"/,
  border: ["left", "right", "top", "bottom"].map((side) => new RegExp(`<${side} style="thin"`)),
  centred: /<alignment horizontal="center"/,
  numFmt: "0.000",
};

/** A look that is the fixture's Normal in everything but what `differs` names. */
function expectNormal(look: Look, differs: readonly ("font" | "fill" | "numFmt")[] = []): void {
  if (!differs.includes("font")) {
    expect(look.font).toMatch(NORMAL.italic);
    expect(look.font).toMatch(NORMAL.colour);
  }
  if (!differs.includes("fill")) expect(look.fill).toMatch(NORMAL.fill);
  for (const side of NORMAL.border) expect(look.border).toMatch(side);
  expect(look.children).toMatch(NORMAL.centred);
  if (!differs.includes("numFmt")) expect(look.numFmt).toBe(NORMAL.numFmt);
}

/** The fixture opened, packed for the page and unpacked there; office.js in front of it. */
async function openedFake() {
  const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
  const { packed, transfer } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state });
  return { opened, fake };
}

/**
 * TierLadder's writes as the pane makes them through office.js: a bold tier header and tiers beside the data, one
 * tier cell filled, a share column in "0%", and a summary sheet with a bold header; then the download.
 */
async function download(): Promise<Package> {
  const { fake } = await openedFake();
  await fake.run(async (c) => {
    const ctx = c as XlContext;
    const sheet = ctx.workbook.worksheets.getItem("Customers");
    sheet.getRange("C1:D5").values = [
      ["Tier", "Share"],
      ["A", 0.5],
      ["B", 0.3],
      ["B", 0.15],
      ["C", 0.05],
    ];
    sheet.getRange("C1").format.font.bold = true;
    sheet.getRange("C2").format.fill.color = "#C6EFCE";
    sheet.getRange("D2:D5").numberFormat = [["0%"], ["0%"], ["0%"], ["0%"]];
    const summary = ctx.workbook.worksheets.add("Summary");
    summary.getRange("A1:B2").values = [
      ["Tier", "Customers"],
      ["A", 1],
    ];
    summary.getRange("A1:B1").format.font.bold = true;
    await ctx.sync();
  });
  return Package.load(await fake.saveXlsx());
}

describe("a workbook whose Normal style has a fill, a border, an alignment, a font colour and a number format", () => {
  let saved: Package;
  beforeAll(async () => {
    saved = await download();
  });

  it("opens with nothing named as not kept, and the fixture's Normal is as make_fixtures.py wrote it", async () => {
    const { opened } = await openedFake();
    expect(opened.notKept).toEqual([]);
    const fixture = await stylesOf(await Package.load(fixtureBytes(FILE)));
    expectNormal(fixture.cellXfs[0]);
    expectNormal(fixture.cellStyleXfs[0]);
  });

  it("is the download's style 0: cellXfs xf 0 and the Normal cellStyle's cellStyleXfs xf have its font, fill, border, alignment and number format", async () => {
    const styles = await stylesOf(saved);
    expectNormal(styles.cellXfs[0]);
    const normal = styles.cellStyles.find((s) => attribute(s, "builtinId") === "0");
    expect(normal).toBeDefined();
    expect(attribute(normal!, "name")).toBe("Normal");
    expectNormal(styles.cellStyleXfs[Number(attribute(normal!, "xfId") ?? 0)]);
  });

  it("keeps the user's unstyled cells (A2:B5, no `s` in the file) in the Normal's look", async () => {
    const styles = await stylesOf(saved);
    const s = await cellStyles(saved, "Customers");
    for (const ref of ["A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5"])
      expect(styles.cellXfs[s.get(ref) ?? 0]).toEqual(styles.cellXfs[0]);
  });

  it("keeps the user's own header style as the file wrote it: bold, and neither the Normal's fill, border nor number format", async () => {
    const styles = await stylesOf(saved);
    const header = styles.cellXfs[(await cellStyles(saved, "Customers")).get("A1")!];
    expect(header.font).toMatch(/<b\b/);
    expect(header.font).not.toMatch(NORMAL.italic);
    expect(header.fill).not.toMatch(/solid/);
    expect(header.border).not.toMatch(/style=/);
    expect(header.children).toBe("");
    expect(header.numFmt).toBe("General");
  });

  it("gives TierLadder's cells the Normal under what Office.js set: a bold header stays italic, coloured, filled, bordered and centred", async () => {
    const styles = await stylesOf(saved);
    const s = await cellStyles(saved, "Customers");
    const tierHeader = styles.cellXfs[s.get("C1")!];
    expect(tierHeader.font).toMatch(/<b\b/);
    expectNormal(tierHeader);
    // A tier without a fill of its own shows the Normal's; the filled one its own fill, the rest the Normal's.
    expectNormal(styles.cellXfs[s.get("C3") ?? 0]);
    const filled = styles.cellXfs[s.get("C2")!];
    expect(filled.fill).toMatch(/<patternFill patternType="solid"\s*>\s*<fgColor rgb="FFC6EFCE"/);
    expect(filled.font).not.toMatch(/<b\b/);
    expectNormal(filled, ["fill"]);
    // The share column's number format is its own, "0%"; its font, fill, border and alignment the Normal's.
    const share = styles.cellXfs[s.get("D3")!];
    expect(share.numFmt).toBe("0%");
    expectNormal(share, ["numFmt"]);
  });

  it("gives a new sheet's cells the Normal too, bold where Office.js made them bold", async () => {
    const styles = await stylesOf(saved);
    const s = await cellStyles(saved, "Summary");
    const header = styles.cellXfs[s.get("A1")!];
    expect(header.font).toMatch(/<b\b/);
    expectNormal(header);
    expect(styles.cellXfs[s.get("B2") ?? 0]).toEqual(styles.cellXfs[0]);
  });

  it("reads an unstyled cell's number format through Office.js as the Normal's, as Excel shows it", async () => {
    const { fake } = await openedFake();
    const formats = await fake.run(async (c) => {
      const ctx = c as XlContext;
      const range = ctx.workbook.worksheets.getItem("Customers").getRange("A1:B2").load("numberFormat");
      await ctx.sync();
      return range.numberFormat;
    });
    expect(formats).toEqual([
      ["General", "General"],
      ["0.000", "0.000"],
    ]);
  });

  it("leaves a protected sheet's unstyled cells unlocked when the Normal is (§18.8.33), its own locked style locked", async () => {
    const { fake } = await openedFake();
    const write = (address: string) =>
      fake
        .run(async (c) => {
          const ctx = c as XlContext;
          ctx.workbook.worksheets.getItem("Locked").getRange(address).values = [["West"]];
          await ctx.sync();
        })
        .then(
          () => "written",
          (e: { code?: string }) => e.code,
        );
    expect(await write("A2")).toBe("written");
    expect(await write("B5")).toBe("written");
    expect(await write("A1")).toBe("AccessDenied");
  });

  it("is opened again from the download with the same Normal and nothing named as not kept", async () => {
    const bytes = await saved.zip.generateAsync({ type: "uint8array" });
    const reopened = await openWorkbookFile("download.xlsx", bytes);
    expect(reopened.notKept).toEqual([]);
    expect(reopened.fileStyles?.normal?.cellXf.children).toMatch(NORMAL.centred);
  });
});
