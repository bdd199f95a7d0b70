import ExcelJS from "exceljs";
import { columnLetters } from "../../../../src/engine/cells";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedSheet } from "../../../../src/host/fake-excel/file/opened-workbook";
import type { Prim } from "../../../../src/host/fake-excel/state";

/**
 * Our reader against another program on generated workbooks: ExcelJS (MIT, a different reader and writer
 * than ours) writes sheets of random cells, with its in-memory writer (shared strings) and its streaming
 * writer (inline strings); we open each file, and ExcelJS reads the same file back. Both must agree with
 * each other cell by cell, and with what was written.
 */

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  "plain",
  "Birch & Co",
  "<tag attr=\"x\">'quoted'</tag>",
  "a > b & c < d",
  "  leading and trailing  ",
  " ",
  "客户 华东区 销售额",
  "line one\nline two",
  "tab\there",
  "😀 emoji outside the BMP",
  "00123",
  "=not a formula",
  "]]> and <![CDATA[",
  "&amp; written out",
];
const NUMBERS = [0, 1, -1, 1e-7, 1e21, -123.456, 0.1 + 0.2, 2 ** 53, 1234567.891, -0.000001];
const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
/**
 * Number formats for numbers, which ExcelJS writes as custom numFmts (ids from 164) or as built-ins both
 * readers name alike. Date formats go with dates only: ExcelJS turns a number in a date format into a Date,
 * and 1e21 days is no Date (it reads NaN).
 */
const FORMATS = ["#,##0.00", "0%", "0.00E+00", "@", '"€"#,##0.00', "0.000"];
const DATE_FORMATS = ["yyyy-mm-dd", "d-mmm-yy h:mm", 'yyyy"年"m"月"d"日"'];

type Written = ExcelJS.CellValue;
interface GeneratedCell {
  readonly row: number; // 1-based, as ExcelJS counts
  readonly column: number;
  readonly value: Written;
  readonly numFmt?: string;
}

/** A sheet of random cells: every kind of value, gaps in rows and between cells, columns past Z and AZ. */
function generateSheet(rand: () => number): GeneratedCell[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const cells: GeneratedCell[] = [];
  let row = 1;
  for (let n = 0; n < 40; n++) {
    row += rand() < 0.2 ? 2 + Math.floor(rand() * 5) : 1; // now and then a few empty rows
    let column = 0;
    const width = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < width; k++) {
      column += rand() < 0.3 ? 2 + Math.floor(rand() * 30) : 1; // gaps, and columns beyond Z and AZ
      const kind = Math.floor(rand() * 7);
      if (kind === 0) cells.push({ row, column, value: pick(TEXTS) });
      else if (kind === 1)
        cells.push({ row, column, value: pick(NUMBERS), numFmt: rand() < 0.5 ? pick(FORMATS) : undefined });
      else if (kind === 2) cells.push({ row, column, value: rand() < 0.5 });
      else if (kind === 3) cells.push({ row, column, value: { error: pick(ERRORS) } as ExcelJS.CellErrorValue });
      else if (kind === 4) {
        // A whole day or a time of day, in UTC (ExcelJS writes a Date as its UTC serial).
        const ms = Date.UTC(1990 + Math.floor(rand() * 40), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28));
        const time = rand() < 0.5 ? 0 : Math.floor(rand() * 86_400) * 1000;
        cells.push({ row, column, value: new Date(ms + time), numFmt: pick(DATE_FORMATS) });
      } else if (kind === 5) {
        const result = rand() < 0.5 ? pick(NUMBERS) : pick(TEXTS.filter((t) => !t.includes("&")));
        cells.push({ row, column, value: { formula: `A1&"x"`, result } as ExcelJS.CellFormulaValue });
      } else {
        const text = pick(TEXTS);
        cells.push({
          row,
          column,
          value: { richText: [{ text: text.slice(0, 3), font: { bold: true } }, { text: text.slice(3) }] },
        });
      }
    }
  }
  return cells;
}

async function writeWithExcelJS(sheets: GeneratedCell[][], streaming: boolean): Promise<Uint8Array> {
  const fill = (ws: ExcelJS.Worksheet, cells: GeneratedCell[]) => {
    for (const c of cells) {
      const cell = ws.getCell(c.row, c.column);
      cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
  };
  if (!streaming) {
    const wb = new ExcelJS.Workbook();
    sheets.forEach((cells, i) => fill(wb.addWorksheet(`Sheet ${i + 1}`), cells));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const chunks: Buffer[] = [];
  const { PassThrough } = await import("node:stream");
  const stream = new PassThrough();
  stream.on("data", (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  for (const [i, cells] of sheets.entries()) {
    const ws = wb.addWorksheet(`Sheet ${i + 1}`);
    const byRow = new Map<number, GeneratedCell[]>();
    cells.forEach((c) => byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]));
    for (const [r, rowCells] of [...byRow].sort((a, b) => a[0] - b[0])) {
      const row = ws.getRow(r);
      for (const c of rowCells) {
        row.getCell(c.column).value = c.value;
        if (c.numFmt) row.getCell(c.column).numFmt = c.numFmt;
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** A value written, as the fake holds it: a formula's result, rich text's text, an error's text, a Date's serial. */
function heldAs(v: Written): Prim | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? undefined : v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569; // 1900 system, 1970-01-01 is serial 25569
  if ("richText" in v) return v.richText.map((r) => r.text).join("") || undefined;
  if ("error" in v) return v.error;
  if ("formula" in v) return heldAs((v as ExcelJS.CellFormulaValue).result as Written);
  return undefined;
}

type CellMap = Record<string, { value?: Prim; format?: string; formula?: string }>;

function ours(sheet: OpenedSheet): CellMap {
  const out: CellMap = {};
  const at = (r: number, c: number) => (out[`${columnLetters(c)}${r + 1}`] ??= {});
  sheet.values.forEach((row, r) => row?.forEach((v, c) => v !== undefined && (at(r, c).value = v)));
  sheet.formats.forEach((row, r) => row?.forEach((f, c) => f !== undefined && (at(r, c).format = f)));
  sheet.formulas.forEach(([r, c, f]) => (at(r, c).formula = f));
  return out;
}

function theirs(ws: ExcelJS.Worksheet): CellMap {
  const out: CellMap = {};
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const entry: CellMap[string] = {};
      const v = heldAs(cell.value);
      if (v !== undefined) entry.value = v;
      if (cell.numFmt && cell.numFmt !== "General") entry.format = cell.numFmt;
      if (cell.type === ExcelJS.ValueType.Formula) entry.formula = `=${cell.formula}`;
      if (Object.keys(entry).length > 0) out[`${columnLetters(c - 1)}${r}`] = entry;
    }),
  );
  return out;
}

/**
 * Two things ExcelJS 4.4 reads differently from what its own writer put in the file (the comparison with what
 * was written checks ours against the file): a formula whose cached value is 0 (`<f>…</f><v>0</v>`) comes back
 * without a result, and a `t="str"` cell's text is decoded twice (its `&amp;amp;` becomes "&"). Those values
 * are left out of the comparison with ExcelJS, on both sides.
 */
function forExcelJS(ours: CellMap, theirs: CellMap): [CellMap, CellMap] {
  const differs = (e: CellMap[string] | undefined) =>
    (e?.formula !== undefined && (e.value === 0 || e.value === undefined)) ||
    (typeof e?.value === "string" && /&\w+;/.test(e.value));
  const keep = (cells: CellMap) =>
    Object.fromEntries(Object.entries(cells).map(([k, e]) => [k, differs(ours[k]) ? { ...e, value: undefined } : e]));
  return [keep(ours), keep(theirs)];
}

function written(cells: GeneratedCell[]): CellMap {
  const out: CellMap = {};
  for (const c of cells) {
    const entry: CellMap[string] = {};
    const v = heldAs(c.value);
    // ExcelJS writes a number with String(n): -0 is written "0" (both readers then read 0).
    if (v !== undefined) entry.value = Object.is(v, -0) ? 0 : v;
    if (c.numFmt) entry.format = c.numFmt;
    if (typeof c.value === "object" && c.value !== null && "formula" in c.value) entry.formula = `=${c.value.formula}`;
    if (Object.keys(entry).length > 0) out[`${columnLetters(c.column - 1)}${c.row}`] = entry;
  }
  return out;
}

/**
 * Dates: ExcelJS turns a serial into a Date rounded to the millisecond and we keep the serial as written, so
 * serials are compared to a millisecond (1 / 86,400,000 of a day); everything else exactly.
 */
function expectSameCells(actual: CellMap, expected: CellMap): void {
  const close = (a: CellMap) =>
    Object.fromEntries(
      Object.entries(a).map(([k, e]) => [
        k,
        { ...e, value: typeof e.value === "number" ? Math.round(e.value * 86_400_000) / 86_400_000 : e.value },
      ]),
    );
  expect(close(actual)).toEqual(close(expected));
}

describe.each([
  ["in-memory writer, shared strings", false],
  ["streaming writer, inline strings", true],
])("workbooks ExcelJS wrote (%s), opened by us and by ExcelJS", (_what, streaming) => {
  it.each([1, 2, 3, 4, 5])("seed %i: every cell's value, number format and formula agree", async (seed) => {
    const rand = random(seed * 7919 + (streaming ? 1 : 0));
    const sheets = [generateSheet(rand), generateSheet(rand)];
    const bytes = await writeWithExcelJS(sheets, streaming);
    const opened = await openWorkbookFile("generated.xlsx", bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(opened.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
    opened.sheets.forEach((sheet, i) => {
      expectSameCells(...forExcelJS(ours(sheet), theirs(wb.worksheets[i])));
      expectSameCells(ours(sheet), written(sheets[i]));
    });
  });
});
