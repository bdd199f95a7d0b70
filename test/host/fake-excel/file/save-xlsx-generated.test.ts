import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MAX_COLUMNS, type Rect, columnLetters } from "../../../../src/engine/cells";
import type { FileSheet, FileTable, FileWorkbook } from "../../../../src/host/fake-excel/file/file-workbook";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { writeXlsx } from "../../../../src/host/fake-excel/file/write-xlsx";
import type { Prim, StyleRecord } from "../../../../src/host/fake-excel/state";
import { cellValueOf, openXlsx, savedCell } from "./saved-workbook";

/**
 * Round trips of generated sheets through writeXlsx (our own sheet data and shared strings), read back by ExcelJS,
 * a program other than the writer: every cell's value, type, number format, bold and fill must come back as the
 * generator made it. The same cells written by ExcelJS alone (what the save did before) and read back by ExcelJS
 * must agree with ours. Seeded, so a failure repeats.
 */

/** mulberry32: a small seeded generator (public domain), so each run draws the same sheets. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

/** Text a reader could get wrong: XML specials, quotes, CJK, emoji (a surrogate pair), spaces at either end, line breaks, text that looks like a number or formula. */
const TEXTS = [
  "Acme & Sons <Ltd>",
  `He said "hi" & 'bye'`,
  "a < b > c",
  "]]> end",
  "华东区客户",
  "客户 A（重点）",
  "emoji 😀 ok",
  "  leading spaces",
  "trailing spaces  ",
  " both ",
  "line\nbreak",
  "tab\there",
  "0042",
  "1e5",
  "=not a formula",
  "TRUE",
  "Customer",
];
/** Numbers at the edges of their text form: tiny, huge, negative, fractions that print long, integers beyond 2^53. */
const NUMBERS = [
  0,
  1,
  -1,
  0.1,
  1 / 3,
  1e-7,
  -1e-7,
  1e21,
  1.7976931348623157e308,
  5e-324,
  123456789.123,
  2 ** 53 + 2,
  -0.5,
];
const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
/**
 * Formats put on any cell. Date formats go on date serials only: ExcelJS reads any number under a date format as
 * a Date, and a number past Excel's last day (serial 2,958,465) or an error as an invalid one.
 */
const FORMATS = ["#,##0.00", "0%", "@", "0.000E+00"];
const DATE_FORMATS = ["yyyy-mm-dd", "m/d/yyyy h:mm", "yyyy年m月d日"];

interface Generated {
  readonly sheet: FileSheet;
  /** A formula's expected last value is its value; everything else as stored. */
  readonly columns: number;
}

/** One generated sheet: `rows` × `columns` with about a third of the cells empty (gaps in the middle of rows). */
function generate(seed: number, name: string, rows: number, columns: number): Generated {
  const rnd = random(seed);
  const values: (Prim | undefined)[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas = new Map<number, string>();
  for (let r = 0; r < rows; r++) {
    if (rnd() < 0.05) continue; // an empty row
    const row: (Prim | undefined)[] = [];
    for (let c = 0; c < columns; c++) {
      const kind = rnd();
      if (kind < 0.3) continue; // an empty cell
      if (kind < 0.5) row[c] = pick(rnd, TEXTS);
      else if (kind < 0.7) row[c] = pick(rnd, NUMBERS);
      else if (kind < 0.75) row[c] = rnd() < 0.5;
      else if (kind < 0.8) row[c] = pick(rnd, ERRORS);
      else if (kind < 0.9) {
        // A date: a serial under a date format.
        row[c] = 45000 + Math.floor(rnd() * 1000) + pick(rnd, [0, 0.5]);
        (formats[r] ??= [])[c] = pick(rnd, DATE_FORMATS);
        continue;
      } else {
        // A formula with its last value: a number, text, a boolean or an error.
        row[c] = pick(rnd, [3, "text & <more>", true, "#N/A"] as const);
        formulas.set(r * MAX_COLUMNS + c, `=IF(A1<>"x&y",${c},"<")`);
      }
      if (rnd() < 0.15) (formats[r] ??= [])[c] = pick(rnd, FORMATS);
    }
    values[r] = row;
  }
  const used: Rect = { row: 0, column: 0, rowCount: Math.max(values.length, formats.length), columnCount: columns };
  return { sheet: fileSheet(name, { values, formats, formulas, used }), columns };
}

function fileSheet(name: string, parts: Partial<FileSheet>): FileSheet {
  return {
    name,
    visibility: "Visible",
    values: [],
    formats: [],
    formulas: new Map(),
    quotePrefix: new Set(),
    styles: [],
    hiddenRows: new Set(),
    outlineRows: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    mergedAreas: [],
    rowHeights: [],
    hiddenColumns: new Set(),
    lineStyles: { rows: [], columns: [] },
    keptElements: [],
    fitToPage: false,
    definedNames: [],
    validations: [],
    condFormats: [],
    notes: [],
    ...parts,
  };
}

const workbook = (sheets: FileSheet[], tables: FileTable[] = []): FileWorkbook => ({
  sheets,
  tables,
  activeSheet: 0,
  parts: ['<?xml version="1.0"?><x xmlns="urn:test"/>'],
  definedNames: [],
  pivotCaches: [],
});

/** What ExcelJS should read back for a stored value: Excel has no negative zero (the file's "0" reads as 0). */
const expected = (v: Prim | undefined) => (typeof v === "number" && Object.is(v, -0) ? 0 : v);

/** Every cell of the generated sheet as ExcelJS reads it from `ws` against the generator's own arrays. */
function expectCells(ws: ExcelJS.Worksheet, g: Generated): number {
  const { sheet } = g;
  let checked = 0;
  for (let r = 0; r < sheet.values.length; r++) {
    for (let c = 0; c < g.columns; c++) {
      const got = savedCell(ws, r, c);
      const address = `${columnLetters(c)}${r + 1}`;
      expect({ address, ...got }).toEqual({
        address,
        value: expected(sheet.values[r]?.[c]),
        numberFormat: sheet.formats[r]?.[c] ?? "General",
        bold: false,
        fill: undefined,
        isFormula: sheet.formulas.has(r * MAX_COLUMNS + c),
      });
      // A number stays a number, text stays text: ExcelJS's value type, not only the value, must match.
      const cell = ws.findCell(r + 1, c + 1);
      const v = sheet.values[r]?.[c];
      if (typeof v === "string" && !sheet.formulas.has(r * MAX_COLUMNS + c))
        expect([address, cell?.type]).toEqual([
          address,
          /^#/.test(v) ? ExcelJS.ValueType.Error : ExcelJS.ValueType.String,
        ]);
      checked++;
    }
  }
  return checked;
}

/** The same cells written by ExcelJS alone, as the save wrote them before (an object per cell). */
async function writtenByExcelJS(g: Generated): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(g.sheet.name);
  g.sheet.values.forEach((row, r) =>
    row?.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const formula = g.sheet.formulas.get(r * MAX_COLUMNS + c);
      const value = typeof v === "string" && /^#/.test(v) ? { error: v } : v;
      cell.value = (formula ? { formula: formula.slice(1), result: value } : value) as ExcelJS.CellValue;
    }),
  );
  g.sheet.formats.forEach((row, r) => row?.forEach((f, c) => f && (ws.getCell(r + 1, c + 1).numFmt = f)));
  return openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("writing generated sheets and reading them back with ExcelJS", () => {
  it.each([1, 2, 3])("keeps every value, type and number format (seed %i), columns past Z and AZ", async (seed) => {
    // 60 columns reach BH: one- and two-letter columns, past Z and AZ.
    const a = generate(seed, "Data", 300, 60);
    const b = generate(seed + 100, "第二页 & <b>", 40, 5);
    const wb = await openXlsx(await writeXlsx(workbook([a.sheet, b.sheet])));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "第二页 & <b>"]);
    expect(expectCells(wb.getWorksheet("Data")!, a)).toBe(300 * 60);
    expectCells(wb.getWorksheet("第二页 & <b>")!, b);
  });

  it("reads back as the same cells as ExcelJS's own file of the same data", async () => {
    const g = generate(7, "Data", 200, 30);
    const ours = (await openXlsx(await writeXlsx(workbook([g.sheet])))).getWorksheet("Data")!;
    const theirs = (await writtenByExcelJS(g)).getWorksheet("Data")!;
    let compared = 0;
    for (let r = 1; r <= 200; r++)
      for (let c = 1; c <= 30; c++) {
        const [x, y] = [ours.findCell(r, c), theirs.findCell(r, c)];
        expect({ at: `${r},${c}`, value: x?.value, type: x?.type, numFmt: x?.numFmt }).toEqual({
          at: `${r},${c}`,
          value: y?.value,
          type: y?.type,
          numFmt: y?.numFmt,
        });
        compared++;
      }
    expect(compared).toBe(6000);
  });

  it("opens again in the standalone mode's own reader as the same values, number formats and formulas", async () => {
    const g = generate(9, "Data", 150, 40);
    const opened = await openWorkbookFile("again.xlsx", await writeXlsx(workbook([g.sheet])));
    const [sheet] = opened.sheets;
    const rows = (x: unknown[][]) => Array.from({ length: g.sheet.values.length }, (_, r) => x[r] ?? []);
    const cells = (x: unknown[][], f: (v: unknown) => unknown) =>
      rows(x).map((row) => Array.from({ length: g.columns }, (_, c) => f(row[c])));
    expect(cells(sheet.values, (v) => v)).toEqual(cells(g.sheet.values, (v) => expected(v as Prim | undefined)));
    expect(cells(sheet.formats, (f) => f ?? "General")).toEqual(cells(g.sheet.formats, (f) => f ?? "General"));
    expect(new Map(sheet.formulas.map(([r, c, f]) => [r * MAX_COLUMNS + c, f]))).toEqual(g.sheet.formulas);
  });

  it("keeps characters XML cannot hold and text that reads as an escape (ST_Xstring, ECMA-376 Part 1 §22.9.2.19)", async () => {
    const texts = ["bell\u0007 and nul\u0000", "_x0041_ stays", "_X0041_ too", "cr\r\nlf", "lone \ud800 surrogate"];
    const sheet = fileSheet("T", { values: texts.map((t) => [t]) });
    const ws = (await openXlsx(await writeXlsx(workbook([sheet])))).getWorksheet("T")!;
    // A lone surrogate is not a character: XML (and so the file) cannot hold it, it is written as _xD800_ and
    // ExcelJS decodes that back to the same code unit.
    expect(texts.map((_, r) => ws.findCell(r + 1, 1)?.value)).toEqual(texts);
  });

  it("writes the seven error values of ECMA-376 §18.17.4 as errors, newer ones (#SPILL!, #CALC!) and quote-prefixed ones as text", async () => {
    const sheet = fileSheet("E", {
      values: [["#DIV/0!", "#SPILL!", "#CALC!", "#N/A"]],
      quotePrefix: new Set([3]),
    });
    const ws = (await openXlsx(await writeXlsx(workbook([sheet])))).getWorksheet("E")!;
    expect([1, 2, 3, 4].map((c) => [ws.findCell(1, c)?.type, cellValueOf(ws.findCell(1, c)!)])).toEqual([
      [ExcelJS.ValueType.Error, "#DIV/0!"],
      [ExcelJS.ValueType.String, "#SPILL!"],
      [ExcelJS.ValueType.String, "#CALC!"],
      [ExcelJS.ValueType.String, "#N/A"],
    ]);
  });

  it("refuses text longer than a cell holds, naming the sheet and cell", async () => {
    const sheet = fileSheet("Long", { values: [[], [undefined, "x".repeat(32_768)]] });
    await expect(writeXlsx(workbook([sheet]))).rejects.toThrow(
      "Sheet “Long”, cell B2: its text of 32768 characters cannot be saved; an Excel cell holds at most 32,767 characters.",
    );
  });
});

describe("writing bold and fills over rectangles", () => {
  /** The later rectangle wins, per property; computed here cell by cell, apart from the writer's row bands. */
  function lookAt(styles: readonly StyleRecord[], r: number, c: number) {
    let bold = false;
    let fill: string | undefined;
    for (const s of styles) {
      const { rect } = s;
      if (r < rect.row || r >= rect.row + rect.rowCount || c < rect.column || c >= rect.column + rect.columnCount)
        continue;
      if (s.bold !== undefined) bold = s.bold;
      if (s.fill === null) fill = undefined;
      else if (s.fill !== undefined) fill = s.fill.toUpperCase();
    }
    return { bold, fill };
  }

  it.each([11, 12])("gives each cell the bold and fill of the last rectangles over it (seed %i)", async (seed) => {
    const rnd = random(seed);
    const rows = 120;
    const columns = 12;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * 100 + c));
    const styles: StyleRecord[] = Array.from({ length: 25 }, () => {
      const row = Math.floor(rnd() * rows);
      const column = Math.floor(rnd() * columns);
      const rect = {
        row,
        column,
        rowCount: 1 + Math.floor(rnd() * (rows - row)),
        columnCount: 1 + Math.floor(rnd() * (columns - column)),
      };
      const k = rnd();
      return k < 0.3
        ? { rect, bold: rnd() < 0.7 }
        : k < 0.8
          ? { rect, fill: pick(rnd, ["#C6EFCE", "#ffc7ce", "#FFEB9C"]) }
          : { rect, fill: null, bold: false };
    });
    const used = { row: 0, column: 0, rowCount: rows, columnCount: columns };
    const sheet = fileSheet("S", { values, styles, used });
    const ws = (await openXlsx(await writeXlsx(workbook([sheet])))).getWorksheet("S")!;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const got = savedCell(ws, r, c);
        const want = lookAt(styles, r, c);
        expect({ at: `${r},${c}`, value: got.value, bold: got.bold, fill: got.fill }).toEqual({
          at: `${r},${c}`,
          value: r * 100 + c,
          bold: want.bold,
          fill: want.fill,
        });
      }
  });
});

describe("writing what sits beside the cells", () => {
  it("writes a table's header names into its header cells, as text, and keeps its range", async () => {
    // A number and a blank in the header row: the table names them "2024" and "Column2" (file-workbook.ts).
    const values: (Prim | undefined)[][] = [
      [2024, undefined, "Sales"],
      ...Array.from({ length: 5 }, (_, i) => [i, i, i]),
    ];
    const sheet = fileSheet("T", { values, used: { row: 0, column: 0, rowCount: 6, columnCount: 3 } });
    const table = {
      name: "Sales",
      sheet: 0,
      rect: { row: 0, column: 0, rowCount: 6, columnCount: 3 },
      headers: ["2024", "Column2", "Sales"],
    };
    const ws = (await openXlsx(await writeXlsx(workbook([sheet], [table])))).getWorksheet("T")!;
    expect([1, 2, 3].map((c) => ws.findCell(1, c)?.value)).toEqual(["2024", "Column2", "Sales"]);
    const t = Object.values((ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
    expect(t.map((x) => x.table.tableRef)).toEqual(["A1:C6"]);
    expect(ws.findCell(6, 3)?.value).toBe(4);
  });

  it("keeps hidden rows, those without cells too, and writes the sheet's dimension", async () => {
    const sheet = fileSheet("H", {
      values: [["a"], [], ["c"]],
      hiddenRows: new Set([1, 2, 9]),
      used: { row: 0, column: 0, rowCount: 3, columnCount: 1 },
    });
    const bytes = await writeXlsx(workbook([sheet]));
    const ws = (await openXlsx(bytes)).getWorksheet("H")!;
    expect([1, 2, 3, 4, 10].map((r) => ws.getRow(r).hidden)).toEqual([false, true, true, false, true]);
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    // Cells A1 and A3 only (hidden rows without cells do not widen it), ECMA-376 Part 1 §18.3.1.35.
    expect(/<dimension ref="([^"]+)"\/>/.exec(xml)?.[1]).toBe("A1:A3");
  });

  it("stores each distinct text once in the shared strings, counting every use", async () => {
    const sheet = fileSheet("S", {
      values: [
        ["x", "y"],
        ["x", "x"],
        [1, "z"],
      ],
    });
    const zip = await JSZip.loadAsync(await writeXlsx(workbook([sheet])));
    const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(/count="(\d+)" uniqueCount="(\d+)"/.exec(sst)?.slice(1)).toEqual(["5", "3"]);
    expect([...sst.matchAll(/<t>([^<]*)<\/t>/g)].map((m) => m[1])).toEqual(["x", "y", "z"]);
  });

  it("reports progress from 0 to 1 as it goes, through every phase", async () => {
    const g = generate(5, "P", 60_000, 3);
    const seen: number[] = [];
    await writeXlsx(workbook([g.sheet]), (d) => seen.push(d));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b));
    // Looking over 60,000 rows, writing them and compressing each report several steps, not one jump.
    expect(seen.filter((d) => d < 0.1).length).toBeGreaterThanOrEqual(2);
    expect(seen.filter((d) => d > 0.1 && d < 0.7).length).toBeGreaterThanOrEqual(2);
    expect(seen.filter((d) => d > 0.7 && d < 1).length).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
