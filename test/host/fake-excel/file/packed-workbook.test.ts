import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
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
