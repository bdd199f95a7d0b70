import { columnLetters, MAX_COLUMNS, MAX_ROWS } from "../../../../src/engine/cells";
import { FileOpenError } from "../../../../src/host/fake-excel/file/file-open-error";
import { csvCell, csvText, sheetNameOfCsv } from "../../../../src/host/fake-excel/file/open-csv";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { fixtureBytes, fixtureExpected } from "./fixture-files";

describe("a CSV field becomes the cell Excel makes of it", () => {
  it.each([
    ["1234.5", 1234.5, undefined],
    ["-0.25", -0.25, undefined],
    ["1,234.50", 1234.5, undefined],
    ["1e3", 1000, undefined],
    ["0", 0, undefined],
    ["25%", 0.25, "0%"],
    ["TRUE", true, undefined],
    ["false", false, undefined],
    // Serials by hand: 2024-01-01 is 45292 (Excel's DATE(2024,1,1)); +31 (January) +28 = 2024-02-29.
    ["2024-01-01", 45292, "yyyy-mm-dd"],
    ["2024-02-29", 45351, "yyyy-mm-dd"],
    ["2024/2/29", 45351, "yyyy-mm-dd"],
    ["2024-01-01 18:00", 45292.75, "yyyy-mm-dd hh:mm"],
  ])("%s → %s", (text, value, format) => {
    expect(csvCell(text)).toEqual(format ? { value, format } : { value });
  });

  it.each(["00123", "2025-02-30", "=1+1", "1.2.3", "12 apples", "1,23", "Delta, Inc."])("keeps %s as text", (text) => {
    expect(csvCell(text)).toEqual({ value: text });
  });

  it("leaves an empty field blank", () => {
    expect(csvCell("")).toEqual({ value: undefined });
  });

  it("reads UTF-8 with or without a byte order mark, and GB18030 (Excel's plain CSV on Chinese Windows)", () => {
    expect(csvText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    // "客户" in GB2312/GBK: 客 = 0xBFCD, 户 = 0xBBA7 (GB 2312 code table).
    expect(csvText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x31]))).toBe("客户,1");
  });

  it("names the sheet after the file, within Excel's sheet-name rules", () => {
    expect(sheetNameOfCsv("C:\\fakepath\\客户 2025.csv")).toBe("客户 2025");
    expect(sheetNameOfCsv("a[1]:b.csv")).toBe("a_1__b");
    expect(sheetNameOfCsv("x".repeat(40) + ".csv")).toBe("x".repeat(31));
  });
});

describe("opening a CSV file", () => {
  it.each(["customers-zh.csv", "customers-en.csv"])("reads every cell of %s (Python's csv module)", async (file) => {
    const lang = file.includes("zh") ? "zh" : "en";
    const expected = fixtureExpected<{ cells: unknown[][]; dateColumn: number }>("customers-zh.csv.expected.json");
    const opened = await openWorkbookFile(file, fixtureBytes(file));
    const sheet = opened.sheets[0];
    expect(opened.sheets.map((s) => s.name)).toEqual([file.replace(".csv", "")]);
    if (lang === "zh") expect(sheet.values).toEqual(expected.cells);
    else expect(sheet.values.length).toBe(expected.cells.length);
    // The date column holds serials with a date format, every other cell is General.
    const formatted: string[] = [];
    sheet.formats.forEach((row, r) => row?.forEach((f, c) => f && formatted.push(`${columnLetters(c)}${r + 1}=${f}`)));
    const dateCol = columnLetters(expected.dateColumn);
    expect(formatted).toEqual(expected.cells.slice(1).map((_, i) => `${dateCol}${i + 2}=yyyy-mm-dd`));
  });

  it("refuses a file with more rows than a sheet holds, saying how many a sheet holds", async () => {
    const bytes = new TextEncoder().encode("1\n".repeat(MAX_ROWS + 1));
    await expect(openWorkbookFile("big.csv", bytes)).rejects.toMatchObject({ problem: "tooManyRows" });
    const fits = await openWorkbookFile("fits.csv", new TextEncoder().encode("1\n".repeat(MAX_ROWS)));
    expect(fits.sheets[0].values.length).toBe(MAX_ROWS);
  });

  it("refuses a row with more columns than a sheet holds", async () => {
    const bytes = new TextEncoder().encode(`${"1,".repeat(MAX_COLUMNS)}1\n`);
    const error = await openWorkbookFile("wide.csv", bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileOpenError);
    expect(error).toMatchObject({ problem: "tooManyColumns", detail: `${MAX_COLUMNS + 1} in row 1` });
  });

  it("calls an unclosed quote malformed, with its row", async () => {
    const bytes = new TextEncoder().encode('a,b\n1,"open\n');
    await expect(openWorkbookFile("bad.csv", bytes)).rejects.toMatchObject({ problem: "malformed" });
  });
});
