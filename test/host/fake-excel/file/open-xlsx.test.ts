import { columnLetters, parseAddress, rectAddress } from "../../../../src/engine/cells";
import { fakeExcelFromFile } from "../../../../src/host/fake-excel/file/fake-excel-from-file";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedSheet } from "../../../../src/host/fake-excel/file/opened-workbook";
import { type XlsxExpected, fixtureBytes, fixtureExpected } from "./fixture-files";

/** Every non-blank cell of a sheet as "A1" → value. */
function cellsOf(sheet: OpenedSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.values.forEach((row, r) => row?.forEach((v, c) => v !== undefined && (out[`${columnLetters(c)}${r + 1}`] = v)));
  return out;
}
function formatsOf(sheet: OpenedSheet): Record<string, string> {
  const out: Record<string, string> = {};
  sheet.formats.forEach((row, r) =>
    row?.forEach((f, c) => f !== undefined && (out[`${columnLetters(c)}${r + 1}`] = f)),
  );
  return out;
}

describe.each([
  ["customers-en.xlsx", "customers-en.expected.json"],
  ["customers-zh.xlsx", "customers-zh.expected.json"],
])("opening %s (written by xlsxwriter)", (file, expectedFile) => {
  const expected = fixtureExpected<XlsxExpected>(expectedFile);
  const [main, notes] = expected.sheets;
  const opened = openWorkbookFile(file, fixtureBytes(file));

  it("reads the sheets in order", async () => {
    expect((await opened).sheets.map((s) => s.name)).toEqual(expected.sheets);
  });

  it("reads every cell of the customer sheet as the script wrote it: text, numbers, dates as serials", async () => {
    const grid = expected.cells[main] as unknown[][];
    const want: Record<string, unknown> = {};
    grid.forEach((row, r) => row.forEach((v, c) => (want[`${columnLetters(c)}${r + 1}`] = v)));
    expect(cellsOf((await opened).sheets[0])).toEqual(want);
  });

  it("keeps each data cell's number format (dates stay dates) and leaves the header General", async () => {
    const grid = expected.cells[main] as unknown[][];
    const want: Record<string, string> = {};
    expected.columnFormats[main].forEach((f, c) => {
      if (f) for (let r = 1; r < grid.length; r++) want[`${columnLetters(c)}${r + 1}`] = f;
    });
    expect(formatsOf((await opened).sheets[0])).toEqual(want);
  });

  it("reads the odd cells of the second sheet: text digits stay text, a boolean, a percent, a far cell", async () => {
    const sheet = (await opened).sheets[1];
    expect(cellsOf(sheet)).toEqual(expected.cells[notes]);
    expect(formatsOf(sheet)).toEqual(expected.formats[notes]);
  });

  it("reads the table: name, sheet and range with its header row", async () => {
    const tables = (await opened).tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: rectAddress(t.rect) }));
    expect(tables).toEqual(expected.tables.map(({ name, sheet, ref }) => ({ name, sheet, ref })));
  });

  it("becomes a fake workbook the host reads as Excel would hold it", async () => {
    const { fake, settingsUnreadable } = fakeExcelFromFile(await opened, "en-US");
    const view = fake.workbookState;
    expect(settingsUnreadable).toBe(false);
    expect(view.sheetNames()).toEqual(expected.sheets);
    expect(view.tables()).toEqual(
      expected.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet,
        address: rectAddress(parseAddress(t.ref)!.rect, t.sheet),
        headers: t.headers,
      })),
    );
    // Stored as the file holds it, not re-typed: "00123" is text in the file, and stays text.
    expect(view.cell(notes, "A1").value).toBe("00123");
    const dateCell = `F2`;
    expect(view.cell(main, dateCell).numberFormat).toBe("yyyy-mm-dd");
    expect(view.cell(main, dateCell).value).toBe((expected.cells[main] as unknown[][])[1][5]);
    // Through the Excel API the host uses.
    const values = await fake.run(async (ctx) => {
      const range = ctx.workbook.tables.getItem(expected.tables[0].name).getRange().load("values, address");
      await ctx.sync();
      return { values: range.values, address: range.address };
    });
    expect(values.values).toEqual(expected.cells[main]);
    expect(parseAddress(values.address)?.rect).toEqual(parseAddress(expected.tables[0].ref)?.rect);
  });
});

describe("custom XML parts in an .xlsx (added to an xlsxwriter file as Excel stores them)", () => {
  const expected = fixtureExpected<{ customXml: string[] }>("customers-en-parts.expected.json");

  it("reads every part, in item order", async () => {
    const opened = await openWorkbookFile("parts.xlsx", fixtureBytes("customers-en-parts.xlsx"));
    expect(opened.xmlParts).toEqual(expected.customXml);
  });

  it("makes the settings part the workbook's settings and keeps the other part with its namespace", async () => {
    const opened = await openWorkbookFile("parts.xlsx", fixtureBytes("customers-en-parts.xlsx"));
    const { fake } = fakeExcelFromFile(opened, "en-US");
    // The script's settings part holds {"tierladder.demo": "{\"n\":1}"}: a setting whose JSON value is {n: 1}.
    expect(fake.workbookState.settings()).toEqual({ "tierladder.demo": { n: 1 } });
    const other = await fake.run(async (ctx) => {
      const parts = ctx.workbook.customXmlParts.getByNamespace("urn:example:other").load("items");
      await ctx.sync();
      const first = ctx.workbook.customXmlParts.getItem(parts.items[0].id).getXml();
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult, read after the sync above (the rule takes it for a proxy)
      return { count: parts.items.length, xml: first.value };
    });
    expect(other).toEqual({ count: 1, xml: expected.customXml[1] });
  });

  it("opens the workbook without settings, and says so, when the settings part cannot be read", async () => {
    const opened = await openWorkbookFile("parts.xlsx", fixtureBytes("customers-en-parts.xlsx"));
    const broken = opened.xmlParts[0].replace("{", "{not json");
    const { fake, settingsUnreadable } = fakeExcelFromFile({ ...opened, xmlParts: [broken] }, "en-US");
    expect(settingsUnreadable).toBe(true);
    expect(fake.workbookState.settings()).toEqual({});
  });
});
