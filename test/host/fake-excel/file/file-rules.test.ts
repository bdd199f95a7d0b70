import JSZip from "jszip";
import { columnLetters, parseAddress } from "../../../../src/engine/cells";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import type { OfficeJsExcel } from "../../../support/office-js";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes } from "./fixture-files";

/**
 * A user's conditional formats (ECMA-376 Part 1 §18.3.1.18, §18.3.1.10) and data validations (§18.3.1.32), every
 * kind, with a data bar's Excel 2010 extension in the worksheet's extLst (MS-XLSX §2.2.4.12), go from the opened file
 * to its download beside the rules TierLadder adds through Office.js. The file is xlsxwriter's
 * (test/fixtures/files/rules-kept.xlsx, make_fixtures.py write_rules); the expected XML is read from it with JSZip.
 */
const FIXTURE = "rules-kept.xlsx";
const SHEET = "xl/worksheets/sheet1.xml"; // Customers, the first sheet, in the fixture and in the download

async function partsOf(bytes: Uint8Array): Promise<{ sheet: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: await zip.file(SHEET)!.async("string"),
    styles: await zip.file("xl/styles.xml")!.async("string"),
  };
}

/** Elements of the qualified name `name` (prefix included), whole; none of them nests one of its own name. */
const elements = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<(${name})(?=[\\s/>])(?:"[^"]*"|[^">])*?(?:/>|>[\\s\\S]*?</\\1>)`, "g"))].map(
    (m) => m[0],
  );
const startTag = (xml: string) => /^<(?:"[^"]*"|[^">])*>/.exec(xml)![0];
const attributes = (xml: string): Record<string, string> =>
  Object.fromEntries([...startTag(xml).matchAll(/\s([\w:.-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const inner = (xml: string) =>
  startTag(xml).endsWith("/>") ? "" : xml.slice(startTag(xml).length, xml.lastIndexOf("</"));
const without = (o: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !names.includes(k)));

/** A conditionalFormatting's rules as comparable: each cfRule's attributes but priority and dxfId, and its children. */
const rulesOf = (cf: string) =>
  elements(cf, "cfRule").map((r) => ({ ...without(attributes(r), "priority", "dxfId"), children: inner(r) }));

/** The worksheet's children after sheetData, each whole with its name (depth counted over the tags). */
function childrenAfterSheetData(sheet: string): { name: string; xml: string }[] {
  const rest = sheet.slice(sheet.indexOf("</sheetData>") + "</sheetData>".length, sheet.lastIndexOf("</worksheet>"));
  const out: { name: string; xml: string }[] = [];
  let depth = 0;
  let start = 0;
  for (const m of rest.matchAll(/<(\/?)([\w:.-]+)(?:"[^"]*"|[^">])*>/g)) {
    if (m[1] === "" && depth === 0) start = m.index;
    if (m[1] === "" && !m[0].endsWith("/>")) depth++;
    if (m[1] === "/") depth--;
    if (depth === 0) out.push({ name: m[2], xml: rest.slice(start, m.index + m[0].length) });
  }
  return out;
}

/** Every cell of a list of ranges (§18.18.76), as "A1" addresses. */
function cellsOf(sqref: string): string[] {
  return sqref.split(" ").flatMap((ref) => {
    const r = parseAddress(ref)!.rect;
    const out: string[] = [];
    for (let row = r.row; row < r.row + r.rowCount; row++)
      for (let c = r.column; c < r.column + r.columnCount; c++) out.push(`${columnLetters(c)}${row + 1}`);
    return out;
  });
}

/** The fixture opened as the standalone mode opens it (worker, packing, page), Office.js on it. */
async function openedFixture(): Promise<OfficeJsExcel> {
  const opened = await openWorkbookFile(FIXTURE, fixtureBytes(FIXTURE));
  const { packed } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed)));
  return createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
}

/** A tier column J as the add-in writes one (decorate.ts): its values, a drop-down, and a fill per tier. */
async function writeTierColumn(fake: OfficeJsExcel): Promise<void> {
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Customers");
    ws.getRange("J1:J9").values = [["Tier"], ["A"], ["B"], ["A"], ["C"], ["B"], ["A"], ["C"], ["B"]];
    const body = ws.getRange("J2:J9");
    body.dataValidation.rule = { list: { inCellDropDown: true, source: "A,B,C" } };
    body.conditionalFormats.clearAll();
    for (const [tier, color] of [
      ["A", "#C6EFCE"],
      ["B", "#FFEB9C"],
    ]) {
      const f = body.conditionalFormats.add("CellValue");
      f.cellValue.format.fill.color = color;
      f.cellValue.rule = { formula1: `="${tier}"`, operator: "EqualTo" };
    }
    await ctx.sync();
  });
}

describe("a file's conditional formats and data validations survive open → Office.js writes → download", () => {
  let fixture: { sheet: string; styles: string };
  let saved: { sheet: string; styles: string };

  beforeAll(async () => {
    fixture = await partsOf(fixtureBytes(FIXTURE));
    const fake = await openedFixture();
    await writeTierColumn(fake);
    saved = await partsOf(await fake.saveXlsx());
  }, 60_000);

  it("keeps every conditionalFormatting the fake does not hold with its rules' attributes and children as the file wrote them", () => {
    const held = (cf: string) => attributes(cf).sqref === "C2:C9"; // the cell-value fill rule, the fake's own
    const expected = elements(fixture.sheet, "conditionalFormatting").filter((cf) => !held(cf));
    expect(expected).toHaveLength(5);
    const savedBySqref = new Map(
      elements(saved.sheet, "conditionalFormatting").map((cf) => [attributes(cf).sqref, cf]),
    );
    for (const cf of expected) expect(rulesOf(savedBySqref.get(attributes(cf).sqref)!)).toEqual(rulesOf(cf));
  });

  it("keeps the cell-value fill rule the fake holds, written back by the saver", () => {
    const cf = elements(saved.sheet, "conditionalFormatting").find((c) => attributes(c).sqref === "C2:C9")!;
    const [rule] = elements(cf, "cfRule");
    expect(without(attributes(rule), "priority", "dxfId")).toEqual({ type: "cellIs", operator: "greaterThan" });
    expect(elements(rule, "formula").map(inner)).toEqual(["20"]);
    const dxf = elements(elements(saved.styles, "dxfs")[0], "dxf")[Number(attributes(rule).dxfId)];
    expect(dxf).toMatch(/<bgColor rgb="FFFFEB9C"\/>/);
  });

  it("points each kept rule's dxfId (§18.3.1.10) at a differential format (§18.8.14) equal to the file's", () => {
    const fileDxfs = elements(elements(fixture.styles, "dxfs")[0], "dxf");
    const savedDxfsList = elements(saved.styles, "dxfs")[0];
    const savedDxfs = elements(savedDxfsList, "dxf");
    expect(Number(attributes(savedDxfsList).count)).toBe(savedDxfs.length);
    const fileRules = elements(fixture.sheet, "conditionalFormatting")
      .filter((cf) => attributes(cf).sqref !== "C2:C9")
      .flatMap((cf) => elements(cf, "cfRule").map((r) => ({ sqref: attributes(cf).sqref, rule: attributes(r) })));
    const savedRules = elements(saved.sheet, "conditionalFormatting").flatMap((cf) =>
      elements(cf, "cfRule").map((r) => ({ sqref: attributes(cf).sqref, rule: attributes(r) })),
    );
    const withDxf = fileRules.filter((r) => r.rule.dxfId !== undefined);
    expect(withDxf).toHaveLength(3); // the formula rule's font and border, top 3's fill, duplicates' italic
    for (const { sqref, rule } of withDxf) {
      const match = savedRules.find((s) => s.sqref === sqref && s.rule.type === rule.type)!;
      expect(savedDxfs[Number(match.rule.dxfId)]).toBe(fileDxfs[Number(rule.dxfId)]);
    }
  });

  it("numbers priorities uniquely on the sheet: TierLadder's rules first, the last added first, then the file's in its order", () => {
    const ranked = elements(saved.sheet, "conditionalFormatting")
      .flatMap((cf) =>
        elements(cf, "cfRule").map((r): Record<string, string> => ({ sqref: attributes(cf).sqref, ...attributes(r) })),
      )
      .filter((r) => r.priority !== undefined)
      .sort((a, b) => Number(a.priority) - Number(b.priority));
    expect(ranked.map((r) => Number(r.priority))).toEqual(ranked.map((_, i) => i + 1));
    const ours = ranked.slice(0, 2);
    expect(ours.map((r) => r.sqref)).toEqual(["J2:J9", "J2:J9"]);
    const fileOrder = elements(fixture.sheet, "conditionalFormatting")
      .flatMap((cf) =>
        elements(cf, "cfRule").map((r): Record<string, string> => ({ sqref: attributes(cf).sqref, ...attributes(r) })),
      )
      .sort((a, b) => Number(a.priority) - Number(b.priority))
      .map((r) => `${r.sqref} ${r.type}`);
    expect(ranked.slice(2).map((r) => `${r.sqref} ${r.type}`)).toEqual(fileOrder);
  });

  it("gives the tier added last the first priority (ConditionalFormatCollection.add: 'at the first/top priority')", () => {
    const tierRules = elements(saved.sheet, "conditionalFormatting")
      .filter((cf) => attributes(cf).sqref === "J2:J9")
      .flatMap((cf) => elements(cf, "cfRule"))
      .sort((a, b) => Number(attributes(a).priority) - Number(attributes(b).priority));
    expect(tierRules.map((r) => elements(r, "formula").map(inner)[0])).toEqual(["&quot;B&quot;", "&quot;A&quot;"]);
  });

  it("writes one dataValidations whose count is its children's, each file validation as the file wrote it", () => {
    const lists = elements(saved.sheet, "dataValidations");
    expect(lists).toHaveLength(1);
    const validations = elements(lists[0], "dataValidation");
    expect(Number(attributes(lists[0]).count)).toBe(validations.length);
    const bySqref = new Map(validations.map((v) => [attributes(v).sqref, v]));
    const fileValidations = elements(fixture.sheet, "dataValidation");
    expect(fileValidations).toHaveLength(7);
    for (const v of fileValidations.filter((f) => attributes(f).sqref !== "I2:I9")) {
      const s = bySqref.get(attributes(v).sqref)!;
      expect(attributes(s)).toEqual(attributes(v));
      expect(inner(s)).toBe(inner(v));
    }
    // The typed list, the fake's own, written back with its error alert; and TierLadder's drop-down.
    expect(attributes(bySqref.get("I2:I9")!)).toMatchObject({ type: "list", allowBlank: "1", showErrorMessage: "1" });
    expect(inner(bySqref.get("I2:I9")!)).toBe("<formula1>&quot;Active,Paused,Churned&quot;</formula1>");
    expect(inner(bySqref.get("J2:J9")!)).toBe("<formula1>&quot;A,B,C&quot;</formula1>");
    expect(validations).toHaveLength(8);
  });

  it("keeps the data bar's x14 extension (extLst, MS-XLSX §2.2.4.12) as the file wrote it, in the one extLst", () => {
    const children = childrenAfterSheetData(saved.sheet);
    expect(children.filter((c) => c.name === "extLst")).toHaveLength(1);
    const fileExtLst = childrenAfterSheetData(fixture.sheet).find((c) => c.name === "extLst")!;
    expect(children.find((c) => c.name === "extLst")!.xml).toBe(fileExtLst.xml);
  });

  it("puts the worksheet's children after sheetData in the §18.3.1.99 order", () => {
    // CT_Worksheet's sequence, the part of it these sheets use.
    const order = ["conditionalFormatting", "dataValidations", "pageMargins", "pageSetup", "extLst"];
    const names = childrenAfterSheetData(saved.sheet).map((c) => c.name);
    expect(names.every((n) => order.includes(n))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(names.filter((n) => n === "conditionalFormatting")).toHaveLength(8); // the file's 6, the tiers' 2
  });
});

describe("TierLadder's rules over cells a kept rule covers", () => {
  let saved: { sheet: string; styles: string };

  beforeAll(async () => {
    const fake = await openedFixture();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Customers");
      // A drop-down over the lower half of the file's region list (H2:H9, another sheet's list)…
      ws.getRange("H6:H9").dataValidation.rule = { list: { inCellDropDown: true, source: "North,South" } };
      // …and the colours cleared from the lower half of the data bar (D2:D9) and the whole-table formula rule's column.
      ws.getRange("D6:D9").conditionalFormats.clearAll();
      await ctx.sync();
    });
    saved = await partsOf(await fake.saveXlsx());
  }, 60_000);

  it("takes a kept validation off the cells a new rule is set on (Range.dataValidation replaces their rule): no cell has two", () => {
    const validations = elements(elements(saved.sheet, "dataValidations")[0], "dataValidation");
    const cells = validations.flatMap((v) => cellsOf(attributes(v).sqref));
    expect(new Set(cells).size).toBe(cells.length);
    const region = validations.find((v) => inner(v).includes("Lists!$A$1:$A$3"))!;
    expect(attributes(region).sqref).toBe("H2:H5");
    expect(attributes(region).prompt).toBe("Enter a region");
    expect(validations.find((v) => inner(v).includes("&quot;North,South&quot;"))!).toMatch(/sqref="H6:H9"/);
  });

  it("takes kept conditional formats off the cells clearAll() clears, the data bar's x14 extension with it", () => {
    const bySqref = elements(saved.sheet, "conditionalFormatting").map((cf) => attributes(cf).sqref);
    expect(bySqref).toContain("D2:D5");
    expect(bySqref).not.toContain("D2:D9");
    // The whole-table formula rule A2:I9 leaves D6:D9: rows 2–5 whole, then rows 6–9 left and right of column D.
    expect(bySqref).toContain("A2:I5 A6:C9 E6:I9");
    const x14 = elements(saved.sheet, "xm:sqref").map(inner);
    expect(x14).toEqual(["D2:D5"]);
  });
});
