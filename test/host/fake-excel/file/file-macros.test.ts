import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { Package, childOrder } from "./package-reader";
import { openXlsx as readWithExcelJs } from "./saved-workbook";

/**
 * A macro-enabled workbook's VBA goes from the opened file into the download untouched. The fixture macros.xlsm is
 * xlsxwriter's (add_signed_vba_project, set_vba_name): the workbook part, typed
 * application/vnd.ms-excel.sheet.macroEnabled.main+xml, relates to xl/vbaProject.bin (MS-XLSB §2.1.7.56: type
 * …/2006/relationships/vbaProject, content type application/vnd.ms-office.vbaProject), which relates to
 * xl/vbaProjectSignature.bin (§2.1.7.58: …/vbaProjectSignature, application/vnd.ms-office.vbaProjectSignature); the
 * code names are TierBook (workbookPr, ECMA-376 Part 1 §18.2.28), CustomerSheet and NotesSheet (sheetPr,
 * §18.3.1.82). The project's and the signature's bytes are in macros.expected.json, as the script wrote them.
 */
const FILE = "macros.xlsm";
const MACRO_ENABLED = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

interface MacrosExpected {
  readonly vbaProjectHex: string;
  readonly signatureHex: string;
  readonly workbookCodeName: string;
  readonly sheetCodeNames: Record<string, string>;
}
const expected = fixtureExpected<MacrosExpected>("macros.expected.json");

/** Opened, packed for the page and unpacked there, a tier column written through office.js, `change`, saved. */
async function download(
  bytes = fixtureBytes(FILE),
  change: (ctx: XlContext) => void = () => undefined,
): Promise<Uint8Array> {
  const { packed, transfer } = packWorkbook(await openWorkbookFile(FILE, bytes));
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state });
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Customers").getRange("C1:C3").values = [["Tier"], ["A"], ["B"]];
    change(ctx);
    await ctx.sync();
  });
  return fake.saveXlsx();
}

/** The fixture with parts taken out, as a damaged file would be. */
async function without(...parts: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(FILE));
  for (const p of parts) zip.remove(p);
  return zip.generateAsync({ type: "uint8array" });
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

/** The part the workbook part's vbaProject relationship names, and the parts that one relates to (by kind). */
async function vbaParts(pkg: Package): Promise<{ project?: string; related: { kind: string; target: string }[] }> {
  const project = (await pkg.rels("xl/workbook.xml")).filter((r) => r.kind === "vbaProject");
  expect(project.length).toBeLessThanOrEqual(1); // MS-XLSB §2.1.7.56: at most one VBA Project part
  if (project.length === 0) return { related: [] };
  const related = (await pkg.rels(project[0].target)).map(({ kind, target }) => ({ kind, target }));
  return { project: project[0].target, related };
}

const codeNameOf = (xml: string, element: string) =>
  new RegExp(`<${element}\\b[^>]*\\scodeName="([^"]*)"`).exec(xml)?.[1];

describe("a macro-enabled workbook (.xlsm)", () => {
  it("opens with nothing named as dropped: its VBA project and code names are kept", async () => {
    const opened = await openWorkbookFile(FILE, fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(opened.vba?.codeName).toBe(expected.workbookCodeName);
    expect(opened.vba?.project?.parts.map((p) => [p.name, p.contentType])).toEqual([
      ["xl/vbaProject.bin", "application/vnd.ms-office.vbaProject"],
      ["xl/vbaProjectSignature.bin", "application/vnd.ms-office.vbaProjectSignature"],
    ]);
    expect(Object.fromEntries(opened.sheets.map((s) => [s.name, s.kept?.codeName]))).toEqual(expected.sheetCodeNames);
  });

  it("downloads with its VBA project byte for byte, related from the workbook part, its signature related from the project", async () => {
    const saved = await Package.load(await download());
    const { project, related } = await vbaParts(saved);
    expect(project).toBeDefined();
    expect(hex(await saved.bytes(project!))).toBe(expected.vbaProjectHex);
    expect(related.map((r) => r.kind)).toEqual(["vbaProjectSignature"]);
    expect(hex(await saved.bytes(related[0].target))).toBe(expected.signatureHex);
    // Both typed as the file typed them ([Content_Types].xml, a Default for .bin or an Override, OPC §10.1.2).
    expect(await saved.contentType(project!)).toBe("application/vnd.ms-office.vbaProject");
    expect(await saved.contentType(related[0].target)).toBe("application/vnd.ms-office.vbaProjectSignature");
  });

  it("downloads as a macro-enabled workbook: the workbook part typed application/vnd.ms-excel.sheet.macroEnabled.main+xml", async () => {
    const fixture = await Package.load(fixtureBytes(FILE));
    expect(await fixture.contentType("xl/workbook.xml")).toBe(MACRO_ENABLED);
    const saved = await Package.load(await download());
    expect(await saved.contentType("xl/workbook.xml")).toBe(MACRO_ENABLED);
  });

  it("keeps the code names VBA binds to: workbookPr's and each sheet's sheetPr, sheetPr first in the worksheet", async () => {
    const saved = await Package.load(await download());
    expect(codeNameOf(await saved.text("xl/workbook.xml"), "workbookPr")).toBe(expected.workbookCodeName);
    for (const [sheet, codeName] of Object.entries(expected.sheetCodeNames)) {
      const xml = await saved.text(await saved.sheetPart(sheet));
      expect(codeNameOf(xml, "sheetPr")).toBe(codeName);
      expect(childOrder(xml)[0]).toBe("sheetPr"); // CT_Worksheet §18.3.1.99: sheetPr comes first
    }
  });

  it("keeps what TierLadder wrote beside the macros, and opens again with nothing named as dropped", async () => {
    const bytes = await download();
    const wb = await readWithExcelJs(bytes);
    expect(wb.getWorksheet("Customers")!.getCell("C2").value).toBe("A");
    const again = await openWorkbookFile("again.xlsm", bytes);
    expect(again.notKept).toEqual([]);
    expect(hex(again.vba!.project!.parts[0].bytes)).toBe(expected.vbaProjectHex);
    expect(again.vba?.codeName).toBe(expected.workbookCodeName);
  });

  it("is kept by what it holds, not by its name: a renamed copy (.xlsx) keeps its project too", async () => {
    const opened = await openWorkbookFile("renamed.xlsx", fixtureBytes(FILE));
    expect(opened.notKept).toEqual([]);
    expect(hex(opened.vba!.project!.parts[0].bytes)).toBe(expected.vbaProjectHex);
  });

  it("keeps the project and the other sheet's code name when a sheet is deleted; the deleted sheet's goes with it", async () => {
    const saved = await Package.load(
      await download(undefined, (ctx) => ctx.workbook.worksheets.getItem("Notes").delete()),
    );
    expect((await vbaParts(saved)).project).toBeDefined();
    expect(await saved.text("xl/workbook.xml")).not.toContain("Notes");
    expect(codeNameOf(await saved.text(await saved.sheetPart("Customers")), "sheetPr")).toBe("CustomerSheet");
    const sheets = saved.parts().filter((p) => p.startsWith("xl/worksheets/sheet"));
    for (const p of sheets) expect(await saved.text(p)).not.toContain("NotesSheet");
  });
});

describe("a macro-enabled workbook whose VBA project cannot be copied", () => {
  it("names macros when the vbaProject part is missing, and downloads as a plain workbook without a project", async () => {
    const bytes = await without("xl/vbaProject.bin");
    expect((await openWorkbookFile(FILE, bytes)).notKept).toEqual([{ feature: "macros", sheets: [] }]);
    const saved = await Package.load(await download(bytes));
    expect(await vbaParts(saved)).toEqual({ related: [] });
    expect(saved.parts().filter((p) => p.endsWith(".bin"))).toEqual([]);
    expect(await saved.contentType("xl/workbook.xml")).toBe(PLAIN);
  });

  it("names macros when the project's signature part is missing (the project is not copied without it)", async () => {
    const bytes = await without("xl/vbaProjectSignature.bin");
    const opened = await openWorkbookFile(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "macros", sheets: [] }]);
    expect(opened.vba?.project).toBeUndefined();
  });
});

describe("a workbook without VBA", () => {
  it("downloads typed as an .xlsx workbook, with no VBA project", async () => {
    const { state } = openedWorkbookState(await openWorkbookFile("c.xlsx", fixtureBytes("customers-en.xlsx")));
    const fake = createOfficeJsExcel({ sheets: [], state });
    const saved = await Package.load(await fake.saveXlsx());
    expect(await saved.contentType("xl/workbook.xml")).toBe(PLAIN);
    expect(await vbaParts(saved)).toEqual({ related: [] });
  });
});
