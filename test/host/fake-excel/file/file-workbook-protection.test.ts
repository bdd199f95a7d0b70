import { UNDOCUMENTED } from "../../../../src/host/fake-excel/undocumented";
import { failure } from "./batch-failure";
import { fixtureExpected } from "./fixture-files";
import { openedFixture } from "./opened-fixture";
import { openXlsx } from "./saved-workbook";
import { workbookChildren, workbookPart } from "./workbook-part";

/**
 * A workbook whose structure another program protected (make_fixtures.py: xlsxwriter's file with
 * `<workbookProtection workbookPassword=… lockStructure="1"/>`, ECMA-376 Part 1 §18.2.29, put in after workbookPr)
 * keeps its protection in the download, and the fake honours it: Office.js reads it through Workbook.protection
 * (ExcelApi 1.7), and sheets cannot be added, deleted or renamed until it is unprotected. Every Office.js call goes
 * through Microsoft's office.js client library.
 */
interface BookExpected {
  readonly workbookProtection: string;
  readonly password: string;
  readonly sheets: string[];
  readonly customers: (string | number)[][];
}
const expected = fixtureExpected<BookExpected>("workbook-protected.expected.json");
const FILE = "workbook-protected.xlsx";

describe("a workbook whose structure another program protected (§18.2.29 workbookProtection)", () => {
  it("is opened without naming the protection as not kept", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.notKept).toEqual([]);
  });

  it("reads protected through Workbook.protection", async () => {
    const { excel } = await openedFixture(FILE);
    const read = await excel(async (ctx) => {
      const p = ctx.workbook.protection.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(read).toBe(true);
  });

  it("refuses adding, deleting and renaming a sheet while the structure is locked, and changes nothing", async () => {
    const { excel, fake } = await openedFixture(FILE);
    const before = fake.workbookState.snapshot();
    const tries: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => ctx.workbook.worksheets.add("Tiers"),
      (ctx) => ctx.workbook.worksheets.getItem("Notes").delete(),
      (ctx) => (ctx.workbook.worksheets.getItem("Notes").name = "Renamed"),
    ];
    for (const attempt of tries) {
      const error = await failure(
        excel(async (ctx) => {
          attempt(ctx);
          await ctx.sync();
        }),
      );
      expect(error?.code).toBe(UNDOCUMENTED);
      expect(error?.message).toContain("structure is protected");
    }
    expect(fake.workbookState.snapshot()).toEqual(before);
  });

  it("still takes cell edits: a locked structure does not protect the sheets' cells", async () => {
    const { excel } = await openedFixture(FILE);
    await excel(async (ctx) => {
      ctx.workbook.worksheets.getItem("Customers").getRange("C1").values = [["Tier"]];
      await ctx.sync();
    });
    const value = await excel(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Customers").getRange("C1").load("values");
      await ctx.sync();
      return cell.values[0][0];
    });
    expect(value).toBe("Tier");
  });

  it("refuses unprotect without the file's password, and adds sheets once unprotected with it", async () => {
    const { excel } = await openedFixture(FILE);
    const wrong = await failure(
      excel(async (ctx) => {
        ctx.workbook.protection.unprotect("not-it");
        await ctx.sync();
      }),
    );
    expect(wrong?.code).toBe(UNDOCUMENTED);
    const after = await excel(async (ctx) => {
      ctx.workbook.protection.unprotect(expected.password);
      ctx.workbook.worksheets.add("Tiers");
      const p = ctx.workbook.protection.load("protected");
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return { protected: p.protected, sheets: sheets.items.map((s) => s.name) };
    });
    expect(after).toEqual({ protected: false, sheets: [...expected.sheets, "Tiers"] });
  });

  it("protect() locks the structure with the password's legacy hash, the one the other program wrote for it", async () => {
    const { excel, fake } = await openedFixture(FILE);
    await excel(async (ctx) => {
      ctx.workbook.protection.unprotect(expected.password);
      ctx.workbook.protection.protect(expected.password);
      await ctx.sync();
    });
    const xml = await workbookPart(await fake.saveXlsx());
    expect(/<workbookProtection\b[^>]*\/>/.exec(xml)?.[0]).toBe(
      `<workbookProtection workbookPassword="${/workbookPassword="([^"]+)"/.exec(expected.workbookProtection)![1]}" lockStructure="1"/>`,
    );
  });
});

describe("the download of a structure-protected workbook", () => {
  let download: Uint8Array;

  beforeAll(async () => {
    const { excel, fake } = await openedFixture(FILE);
    await excel(async (ctx) => {
      ctx.workbook.worksheets.getItem("Customers").getRange("C1").values = [["Tier"]];
      await ctx.sync();
    });
    download = await fake.saveXlsx();
  });

  it("holds the file's workbookProtection element exactly as the file wrote it", async () => {
    const xml = await workbookPart(download);
    expect(xml.match(/<workbookProtection\b[^>]*\/>/g)).toEqual([expected.workbookProtection]);
  });

  it("puts it at its place in CT_Workbook's sequence (§18.2.27): after workbookPr, before bookViews and sheets", async () => {
    const order = workbookChildren(await workbookPart(download));
    const at = order.indexOf("workbookProtection");
    expect(order.indexOf("workbookPr")).toBeGreaterThanOrEqual(0);
    expect(at).toBeGreaterThan(order.indexOf("workbookPr"));
    expect(order.indexOf("bookViews")).toBe(at + 1);
    expect(order.indexOf("sheets")).toBeGreaterThan(at);
  });

  it("is read by ExcelJS with its sheets and the user's cells as the file had them", async () => {
    const book = await openXlsx(download);
    expect(book.worksheets.map((w) => w.name)).toEqual(expected.sheets);
    const customers = book.getWorksheet("Customers")!;
    expected.customers.forEach((row, r) =>
      row.forEach((v, c) => expect(customers.getCell(r + 1, c + 1).value).toBe(v)),
    );
  });
});
