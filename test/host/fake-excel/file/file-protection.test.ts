import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadOfficeJs } from "../../../support/office-js";
import { failure } from "./batch-failure";
import { fixtureBytes, fixtureExpected } from "./fixture-files";
import { openedFixture } from "./opened-fixture";
import { openXlsx } from "./saved-workbook";

/**
 * A sheet protected by another program (xlsxwriter's protect(), make_fixtures.py: sheetProtection ECMA-376 Part 1
 * §18.3.1.85 with a legacy password hash, sorting and filtering allowed, the Notes column unlocked by its cell
 * format's `<protection locked="0"/>` §18.8.33) is kept for the download, and the fake honours it as Excel does:
 * Office.js reads it through Worksheet.protection (ExcelApi 1.2), locked cells refuse writes with AccessDenied.
 * Every Office.js call goes through Microsoft's office.js client library.
 */
interface ProtectedExpected {
  readonly password: string;
  readonly protectedSheet: string;
  readonly unprotectedSheet: string;
  readonly allowed: string[];
  readonly unlocked: string;
  readonly locked: string;
}
const expected = fixtureExpected<ProtectedExpected>("protected.expected.json");
const FILE = "protected.xlsx";

/** A part of a package, as text. */
async function partOf(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

const sheetProtectionOf = (sheetXml: string) => /<sheetProtection\b[^>]*\/>/.exec(sheetXml)?.[0];

/** The cellXfs xf a cell's `s` names, in a package's styles part. */
async function cellXf(bytes: Uint8Array, sheetPath: string, cell: string): Promise<string> {
  const sheet = await partOf(bytes, sheetPath);
  const s = Number(new RegExp(`<c r="${cell}"(?: [^>]*)? s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
  const styles = await partOf(bytes, "xl/styles.xml");
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][s][0];
}

describe("a protected sheet of another program's file: kept for the download, and honoured as Excel does", () => {
  it("names nothing as not kept: the protection is kept", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.notKept).toEqual([]);
  });

  it("reads protected and the options the file allowed through Worksheet.protection (§18.3.1.85: an attribute of 1 locks)", async () => {
    const { excel } = await openedFixture(FILE);
    const read = await excel(async (ctx) => {
      const guarded = ctx.workbook.worksheets.getItem(expected.protectedSheet).protection.load("protected,options");
      const free = ctx.workbook.worksheets.getItem(expected.unprotectedSheet).protection.load("protected");
      await ctx.sync();
      return { guarded: guarded.toJSON(), free: free.protected };
    });
    expect(read.guarded.protected).toBe(true);
    const options = read.guarded.options as Record<string, unknown>;
    const allowed = Object.entries(options)
      .filter(([k, v]) => k.startsWith("allow") && v === true)
      .map(([k]) => k)
      .sort();
    expect(allowed).toEqual([...expected.allowed].sort());
    expect(Object.keys(options).filter((k) => k.startsWith("allow"))).toHaveLength(13);
    expect(options.selectionMode).toBe("Normal");
    expect(read.free).toBe(false);
  });

  it("refuses a value written over a locked cell with AccessDenied, as an OfficeExtension.Error, and keeps the cell", async () => {
    const { excel } = await openedFixture(FILE);
    const error = await failure(
      excel(async (ctx) => {
        ctx.workbook.worksheets.getItem(expected.protectedSheet).getRange("A2").values = [["typed over"]];
        await ctx.sync();
      }),
    );
    expect(error).toBeInstanceOf(loadOfficeJs().OfficeExtension.Error);
    expect(error?.code).toBe("AccessDenied");
    expect(error?.message).toMatch(/^You cannot perform the requested operation\./);
    const a2 = await excel(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(expected.protectedSheet).getRange("A2").load("values");
      await ctx.sync();
      return r.values[0][0] as unknown;
    });
    expect(a2).toBe("Acme Ltd");
  });

  it("refuses a new column beside the data (cells locked by default), its width and a table on it", async () => {
    const { excel } = await openedFixture(FILE);
    const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(expected.protectedSheet);
    const codes = [];
    for (const write of [
      (ctx: Excel.RequestContext) => (sheet(ctx).getRange("F1:F2").values = [["Tier"], ["A"]]),
      (ctx: Excel.RequestContext) => (sheet(ctx).getRange("F:F").format.columnWidth = 80),
      (ctx: Excel.RequestContext) => (sheet(ctx).getRange("E2:E3").numberFormat = [["0"], ["0"]]),
      (ctx: Excel.RequestContext) => sheet(ctx).tables.add("Customers!A1:E6", true),
    ])
      codes.push(
        (
          await failure(
            excel(async (ctx) => {
              write(ctx);
              await ctx.sync();
            }),
          )
        )?.code,
      );
    // Office.js's docs name no answer for a table on a protected sheet, nor for formats on unlocked cells: the fake
    // does not guess (undocumented.ts).
    expect(codes).toEqual(["AccessDenied", "AccessDenied", "FakeUndocumentedBehaviour", "FakeUndocumentedBehaviour"]);
  });

  it('lets values land in the unlocked cells (locked="0"), and on the unprotected sheet', async () => {
    const { excel } = await openedFixture(FILE);
    const read = await excel(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem(expected.protectedSheet).getRange(expected.unlocked.split("!")[1]);
      notes.values = [["a"], ["b"], ["c"], ["d"], ["e"]];
      ctx.workbook.worksheets.getItem(expected.unprotectedSheet).getRange("B2").values = [["free"]];
      const scratch = ctx.workbook.worksheets.getItem(expected.unprotectedSheet).getRange("B2").load("values");
      notes.load("values");
      await ctx.sync();
      return [notes.values.map((r) => r[0] as unknown), scratch.values[0][0] as unknown];
    });
    expect(read).toEqual([["a", "b", "c", "d", "e"], "free"]);
  });

  it("protect() on the protected sheet fails (AccessDenied); unprotect() needs the file's password, then writes land", async () => {
    const { excel } = await openedFixture(FILE);
    const protection = (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(expected.protectedSheet).protection;
    const again = await failure(
      excel(async (ctx) => {
        protection(ctx).protect();
        await ctx.sync();
      }),
    );
    expect(again?.code).toBe("AccessDenied");
    const wrong = await failure(
      excel(async (ctx) => {
        protection(ctx).unprotect("not-it");
        await ctx.sync();
      }),
    );
    expect(wrong?.code).toBe("FakeUndocumentedBehaviour");
    const after = await excel(async (ctx) => {
      protection(ctx).unprotect(expected.password);
      ctx.workbook.worksheets.getItem(expected.protectedSheet).getRange("A2").values = [["typed over"]];
      const cell = ctx.workbook.worksheets.getItem(expected.protectedSheet).getRange("A2").load("values");
      const p = protection(ctx).load("protected");
      await ctx.sync();
      return [p.protected, cell.values[0][0] as unknown];
    });
    expect(after).toEqual([false, "typed over"]);
  });
});

describe("the download keeps the protection as the file wrote it", () => {
  let download: Uint8Array;
  const source = fixtureBytes(FILE);

  beforeAll(async () => {
    const { excel, fake } = await openedFixture(FILE);
    await excel(async (ctx) => {
      ctx.workbook.worksheets.getItem(expected.protectedSheet).getRange("E3").values = [["noted"]];
      ctx.workbook.worksheets.add("Tiers").getRange("A1").values = [["Tier"]];
      await ctx.sync();
    });
    download = await fake.saveXlsx();
  });

  it("writes the file's sheetProtection element unchanged (password hash and allowances), right after sheetData (§18.3.1.99)", async () => {
    const original = sheetProtectionOf(await partOf(source, "xl/worksheets/sheet1.xml"));
    expect(original).toMatch(/password="[0-9A-F]+"/);
    const saved = await partOf(download, "xl/worksheets/sheet1.xml");
    expect(sheetProtectionOf(saved)).toBe(original);
    expect(saved).toMatch(/<\/sheetData><sheetProtection /);
    // The unprotected sheets, the file's and TierLadder's, stay unprotected.
    expect(await partOf(download, "xl/worksheets/sheet2.xml")).not.toContain("<sheetProtection");
    expect(await partOf(download, "xl/worksheets/sheet3.xml")).not.toContain("<sheetProtection");
  });

  it('keeps the unlocked cells\' formats with <protection locked="0"/> (§18.8.33), and the locked ones without', async () => {
    const original = await cellXf(source, "xl/worksheets/sheet1.xml", "E3");
    expect(original).toContain('<protection locked="0"/>');
    for (const cell of ["E2", "E3", "E6"])
      expect(await cellXf(download, "xl/worksheets/sheet1.xml", cell)).toContain('<protection locked="0"/>');
    expect(await cellXf(download, "xl/worksheets/sheet1.xml", "A2")).not.toContain("<protection");
  });

  it("opens in ExcelJS as a protected sheet with unlocked notes", async () => {
    const wb = await openXlsx(download);
    const ws = wb.getWorksheet(expected.protectedSheet)! as ExcelJS.Worksheet & {
      sheetProtection?: Record<string, unknown>;
    };
    // ExcelJS's model lists what is allowed (sort: true for the file's sort="0"), as Office.js does; the rest is absent.
    expect(ws.sheetProtection).toMatchObject({ sheet: true, sort: true, autoFilter: true });
    expect(ws.sheetProtection?.formatCells).toBeUndefined();
    expect(ws.getCell("E3").protection).toMatchObject({ locked: false });
    expect(ws.getCell("E3").value).toBe("noted");
    expect(ws.getCell("A2").protection?.locked).not.toBe(false);
  });
});

describe("protect() and unprotect() change what the download holds", () => {
  it("unprotect() drops the element; protect(options, password) writes Excel's legacy hash of the password", async () => {
    const { excel, fake } = await openedFixture(FILE);
    await excel(async (ctx) => {
      ctx.workbook.worksheets.getItem(expected.protectedSheet).protection.unprotect(expected.password);
      ctx.workbook.worksheets
        .getItem(expected.unprotectedSheet)
        .protection.protect({ allowFormatCells: true, selectionMode: "Unlocked" }, expected.password);
      await ctx.sync();
    });
    const download = await fake.saveXlsx();
    expect(await partOf(download, "xl/worksheets/sheet1.xml")).not.toContain("<sheetProtection");
    const scratch = sheetProtectionOf(await partOf(download, "xl/worksheets/sheet2.xml"))!;
    // The same password hashes as xlsxwriter hashed it in the fixture.
    const hashOf = (xml: string) => /\spassword="([0-9A-F]+)"/.exec(xml)?.[1];
    expect(hashOf(scratch)).toBe(hashOf(sheetProtectionOf(await partOf(source(), "xl/worksheets/sheet1.xml"))!));
    expect(scratch).toContain('sheet="1"');
    expect(scratch).toContain('formatCells="0"');
    expect(scratch).toContain('sort="1"');
    expect(scratch).toContain('selectLockedCells="1"');
    const wb = await openXlsx(download);
    const ws = wb.getWorksheet(expected.unprotectedSheet)! as ExcelJS.Worksheet & {
      sheetProtection?: Record<string, unknown>;
    };
    expect(ws.sheetProtection).toMatchObject({ sheet: true, formatCells: true });
    expect(ws.sheetProtection?.sort).toBeUndefined();
  });
});

const source = () => fixtureBytes(FILE);
