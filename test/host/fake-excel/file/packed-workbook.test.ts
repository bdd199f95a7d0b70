import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes } from "./fixture-files";

/** Structured clone, as postMessage does (transferred buffers are moved, the rest copied). */
const postMessageCopy = <T>(value: T, transfer: ArrayBuffer[]): T => structuredClone(value, { transfer });

describe("a workbook packed for the trip from the file worker to the page", () => {
  it("comes back cell for cell: numbers, text (also empty-looking and non-BMP), booleans, formats on blanks", async () => {
    const workbook: OpenedWorkbook = {
      fileName: "x.xlsx",
      sheets: [
        {
          name: "A",
          values: [["h", 1.5, true], undefined as never, [undefined, "😀 客户", false, -0.25], [], ["  "]],
          formats: [[], [undefined, "0%"], [undefined, undefined, undefined, "#,##0.00"]],
          formulas: [[0, 1, "=1+0.5"]],
        },
        { name: "B", visibility: "VeryHidden", values: [], formats: [], formulas: [] },
      ],
      tables: [{ name: "T", sheet: "A", rect: { row: 0, column: 0, rowCount: 3, columnCount: 3 } }],
      xmlParts: ["<a/>"],
      notKept: [{ feature: "hyperlinks", sheets: ["A"] }],
    };
    const { packed, transfer } = packWorkbook(workbook);
    const back = await unpackWorkbook(postMessageCopy(packed, transfer));
    // Holes and trailing empty rows are not cells; compare cell by cell.
    const cells = (w: OpenedWorkbook) =>
      w.sheets.map((s) => ({
        name: s.name,
        values: s.values.flatMap((row, r) => (row ?? []).map((v, c) => [r, c, v]).filter((x) => x[2] !== undefined)),
        formats: s.formats.flatMap((row, r) => (row ?? []).map((f, c) => [r, c, f]).filter((x) => x[2] !== undefined)),
        formulas: s.formulas,
      }));
    expect(cells(back)).toEqual(cells(workbook));
    expect(back.tables).toEqual(workbook.tables);
    expect(back.xmlParts).toEqual(workbook.xmlParts);
    expect(back.notKept).toEqual(workbook.notKept);
    expect(back.sheets.map((s) => s.visibility)).toEqual([undefined, "VeryHidden"]);
  });

  it("sends a column's repeated texts once, and a column of names (over 4,096 different texts) text by text", async () => {
    // 10,000 rows: a unique name, one of four regions, and a column that repeats "x" after 5,000 unique texts.
    const values = Array.from({ length: 10_000 }, (_, r) => [
      `C${r}`,
      ["North", "South", "East", "West"][r % 4],
      r < 5000 ? `u${r}` : "x",
    ]);
    const workbook: OpenedWorkbook = {
      fileName: "x.xlsx",
      sheets: [{ name: "A", values, formats: [], formulas: [] }],
      tables: [],
      xmlParts: [],
      notKept: [],
    };
    const { packed, transfer } = packWorkbook(workbook);
    const sheet = packed.sheets[0];
    // Shared: the first 4,096 names, the four regions, the third column's first 4,096 texts (hand count).
    expect(sheet.sharedEnds.length).toBe(4096 + 4 + 4096);
    // Own: the other 5,904 names, and the third column's texts after it gave up (904 unique + 5,000 "x").
    expect(sheet.ownEnds.length).toBe(5904 + 904 + 5000);
    expect(sheet.textRefs.length).toBe(30_000);
    const back = await unpackWorkbook(postMessageCopy(packed, transfer));
    expect(back.sheets[0].values).toEqual(values);
  });

  it("gives rows of the same number formats one array, which an Office.js write to one row does not change for the others", async () => {
    const money = "#,##0.00";
    const date = "yyyy-mm-dd";
    const workbook: OpenedWorkbook = {
      fileName: "x.xlsx",
      sheets: [
        {
          name: "A",
          values: [["Customer", "Sales", "Last order"], ...[1, 2, 3, 4].map((i) => [`C${i}`, i * 10, 45000 + i])],
          formats: [[], ...[1, 2, 3, 4].map(() => [undefined, money, date]), [undefined, money]],
          formulas: [],
        },
      ],
      tables: [],
      xmlParts: [],
      notKept: [],
    };
    const { packed, transfer } = packWorkbook(workbook);
    const back = await unpackWorkbook(postMessageCopy(packed, transfer));
    const rows = back.sheets[0].formats;
    expect(rows[2]).toBe(rows[1]);
    expect(rows[4]).toBe(rows[1]);
    expect(rows[5]).not.toBe(rows[4]); // different formats: an array of its own
    // Office.js writes through Microsoft's client library (test/support/office-js) onto the opened workbook.
    const fake = createOfficeJsExcel({ sheets: [], state: openedWorkbookState(back).state });
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("A");
      sheet.getRange("B3").numberFormat = [["0%"]];
      sheet.getRange("C4").clear("Formats");
      await ctx.sync();
    });
    const formatsNow = await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("A").getRange("B2:C6").load("numberFormat");
      await ctx.sync();
      return range.numberFormat;
    });
    expect(formatsNow).toEqual([
      [money, date],
      ["0%", date],
      [money, "General"],
      [money, date],
      [money, "General"],
    ]);
  });

  it("moves the cells' buffers instead of copying them", () => {
    const { transfer } = packWorkbook({
      fileName: "x.csv",
      sheets: [{ name: "A", values: [[1, "a"]], formats: [], formulas: [] }],
      tables: [],
      xmlParts: [],
      notKept: [],
    });
    structuredClone(null, { transfer });
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true); // detached: moved to the other side
  });

  it("carries a fixture workbook unchanged", async () => {
    const opened = await openWorkbookFile("customers-zh.xlsx", fixtureBytes("customers-zh.xlsx"));
    const { packed } = packWorkbook(opened);
    const back = await unpackWorkbook(packed);
    expect(back.sheets.map((s) => s.values)).toEqual(opened.sheets.map((s) => s.values));
    expect(back.sheets.map((s) => s.formats)).toEqual(opened.sheets.map((s) => s.formats));
  });
});
