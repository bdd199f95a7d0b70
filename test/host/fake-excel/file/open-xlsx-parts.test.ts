import JSZip from "jszip";
import { FileOpenError } from "../../../../src/host/fake-excel/file/file-open-error";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenProgress, OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { SheetCells } from "../../../../src/host/fake-excel/file/sheet-cells";
import { XmlScanner } from "../../../../src/host/fake-excel/file/xml-scanner";

/**
 * The reader on packages written by hand here, part by part as ECMA-376 Part 1 describes them, for what
 * the generated workbooks (open-xlsx-generated.test.ts) do not hold: built-in number format ids, ISO dates,
 * the 1904 date system, phonetic runs, escaped characters, shared formulas, omitted row and cell numbers,
 * prefixed element names, and files the fake cannot hold.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Parts {
  readonly sheetData: string;
  readonly sharedStrings?: string[]; // raw <si> contents
  /** cellXfs numFmtIds, and custom numFmts */
  readonly xfs?: number[];
  readonly numFmts?: Record<number, string>;
  readonly date1904?: boolean;
  /** The worksheet's root with a prefix (x:worksheet, x:c …), as some producers write it. */
  readonly prefixed?: boolean;
  /** The whole worksheet part instead. */
  readonly whole?: string;
  /** A table part for the sheet (xl/tables/table1.xml). */
  readonly table?: string;
}

async function xlsx(p: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${p.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
  );
  const numFmts = Object.entries(p.numFmts ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`)
    .join("");
  zip.file(
    "xl/styles.xml",
    `<styleSheet xmlns="${MAIN}"><numFmts>${numFmts}</numFmts><cellStyleXfs><xf numFmtId="4"/></cellStyleXfs><cellXfs>${(
      p.xfs ?? [0]
    )
      .map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`)
      .join("")}</cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<sst xmlns="${MAIN}">${(p.sharedStrings ?? []).map((s) => `<si>${s}</si>`).join("")}</sst>`,
  );
  const sheet = p.prefixed
    ? `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${p.sheetData}</x:sheetData></x:worksheet>`
    : `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${p.sheetData}</sheetData>${p.table ? '<tableParts count="1"><tablePart r:id="rId7"/></tableParts>' : ""}</worksheet>`;
  if (p.table) {
    zip.file("xl/tables/table1.xml", p.table);
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    );
  }
  zip.file("xl/worksheets/sheet1.xml", p.whole ?? sheet);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const open = async (p: Parts) => openWorkbookFile("hand.xlsx", await xlsx(p));
const cell = (w: OpenedWorkbook, r: number, c: number) => ({
  value: w.sheets[0].values[r]?.[c],
  format: w.sheets[0].formats[r]?.[c],
});

describe("an .xlsx written part by part", () => {
  it("names built-in number formats as Excel does (MS-OI29500 §2.1.712: id 14 is m/d/yyyy, not the standard's mm-dd-yy)", async () => {
    const w = await open({
      xfs: [0, 14, 9, 22, 49, 164, 31],
      numFmts: { 164: 'yyyy"年"m"月"d"日"' },
      sheetData:
        '<row r="1"><c r="A1" s="1"><v>45306</v></c><c r="B1" s="2"><v>0.25</v></c><c r="C1" s="3"><v>45306.5</v></c>' +
        '<c r="D1" s="4"><v>7</v></c><c r="E1" s="5"><v>45306</v></c><c r="F1" s="6"><v>45306</v></c><c r="G1" s="0"><v>1</v></c></row>',
    });
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => cell(w, 0, c).format)).toEqual([
      "m/d/yyyy",
      "0%",
      "m/d/yyyy h:mm",
      "@",
      'yyyy"年"m"月"d"日"',
      undefined, // 31: a language-dependent id the standard does not name for all languages: General
      undefined, // General
    ]);
  });

  it('reads t="d" ISO 8601 dates as serials: 2024-01-15 is 45306 (DATE(2024,1,15) in Excel), noon is .5', async () => {
    const w = await open({
      sheetData:
        '<row r="1"><c r="A1" t="d"><v>2024-01-15</v></c><c r="B1" t="d"><v>2024-01-15T12:00:00Z</v></c></row>',
    });
    expect([cell(w, 0, 0).value, cell(w, 0, 1).value]).toEqual([45306, 45306.5]);
  });

  it("moves dates of a 1904 workbook into the 1900 system the fake counts in (1,462 days apart)", async () => {
    // Microsoft, "Date systems in Excel": serial 0 is 1904-01-01 in the 1904 system, 1,462 days after 1900's.
    const w = await open({
      date1904: true,
      xfs: [0, 164],
      numFmts: { 164: "yyyy-mm-dd" },
      sheetData: '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1"><v>5</v></c></row>',
    });
    expect([cell(w, 0, 0).value, cell(w, 0, 1).value]).toEqual([1462, 5]);
  });

  it("reads shared strings: rich text runs joined, phonetic runs left out, _xHHHH_ escapes, entities, CDATA", async () => {
    const w = await open({
      sharedStrings: [
        "<t>plain</t>",
        '<r><t>Bi</t></r><r><rPr><b/></rPr><t xml:space="preserve">rch &amp; Co </t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        "<t>one_x000D_\ntwo _x005F_x0041_</t>",
        "<t><![CDATA[a < b]]></t>",
        "<t>&#x1F600;&lt;&gt;&quot;&apos;</t>",
      ],
      sheetData:
        '<row r="1">' +
        [0, 1, 2, 3, 4, 5].map((i) => `<c r="${"ABCDEF"[i]}1" t="s"><v>${i}</v></c>`).join("") +
        "</row>",
    });
    expect(w.sheets[0].values[0]).toEqual(["plain", "Birch & Co ", "東京", "one\r\ntwo _x0041_", "a < b", "😀<>\"'"]);
  });

  it("reads inline strings, formula string results, booleans and errors", async () => {
    const w = await open({
      sheetData:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>inline &amp; more</t></is></c><c r="B1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c>' +
        '<c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="b"><f>TRUE()</f><v>1</v></c></row>',
    });
    expect(w.sheets[0].values[0]).toEqual(["inline & more", "&lt;", false, "#N/A", true]);
    expect(w.sheets[0].formulas).toEqual([
      [0, 1, '="&lt;"'],
      [0, 4, "=TRUE()"],
    ]);
  });

  it("gives each cell of a shared formula the master's formula moved by its distance (absolute parts and text stay)", async () => {
    const w = await open({
      sheetData:
        '<row r="2"><c r="C2"><f t="shared" ref="C2:D4" si="0">A2*$B$1+SUM($A2:B$2)&amp;"A2"</f><v>1</v></c><c r="D2"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="4"><c r="C4"><f t="shared" si="0"/><v>3</v></c></row>',
    });
    // By hand: one column right, A2 → B2, $A2 → $A2, B$2 → C$2; two rows down, A2 → A4, $A2 → $A4, B$2 stays.
    expect(w.sheets[0].formulas).toEqual([
      [1, 2, '=A2*$B$1+SUM($A2:B$2)&"A2"'],
      [1, 3, '=B2*$B$1+SUM($A2:C$2)&"A2"'],
      [3, 2, '=A4*$B$1+SUM($A4:B$2)&"A2"'],
    ]);
  });

  it("places rows and cells that leave out their numbers (r is optional, §18.3.1.73 and §18.3.1.4)", async () => {
    const w = await open({
      prefixed: true,
      sheetData: "<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row>",
    });
    expect(w.sheets[0].values).toEqual([[1, 2], [3]]);
  });

  it("reads a table whose header has a line break (written _x000a_ in the table part, ST_Xstring §22.9.2.19)", async () => {
    const w = await open({
      sharedStrings: ["<t>Sales\n2024</t>", "<t>Customer</t>"],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>',
      table: `<table xmlns="${MAIN}" id="1" name="T1" displayName="T1" ref="A1:B2"><tableColumns count="2"><tableColumn id="1" name="Customer"/><tableColumn id="2" name="Sales_x000a_2024"/></tableColumns></table>`,
    });
    // No tableStyleInfo: no style, nothing of one shown (§18.5.1.5).
    const noStyle = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
    expect(w.tables).toEqual([
      { name: "T1", sheet: "Data", rect: { row: 0, column: 0, rowCount: 2, columnCount: 2 }, style: noStyle },
    ]);
  });

  it("keeps a blank cell's style out (a format only where a cell holds something)", async () => {
    const w = await open({ xfs: [0, 4], sheetData: '<row r="1"><c r="A1" s="1"/><c r="B1" s="1"><v>2</v></c></row>' });
    expect(w.sheets[0].formats).toEqual([[undefined, "#,##0.00"]]);
  });

  it.each<[string, string, string, string]>([
    ["a row past 1,048,576", '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "tooManyRows", "1048577"],
    ["a column past XFD", '<row r="1"><c r="XFE1"><v>1</v></c></row>', "tooManyColumns", "16385"],
    [
      "text where a number belongs",
      '<row r="1"><c r="B1"><v>12abc</v></c></row>',
      "malformed",
      'Data: cell B1 has "12abc" where a number belongs',
    ],
    [
      "a shared string the file does not have",
      '<row r="1"><c r="A1" t="s"><v>9</v></c></row>',
      "malformed",
      "Data: cell A1 has shared string 9, which the file does not have",
    ],
    [
      "a boolean that is neither 0 nor 1",
      '<row r="1"><c r="C3" t="b"><v>2</v></c></row>',
      "malformed",
      'Data: cell C3 has "2" where a boolean (0 or 1) belongs',
    ],
    [
      "a date with a time zone",
      '<row r="1"><c r="A1" t="d"><v>2024-01-15T10:00:00+08:00</v></c></row>',
      "malformed",
      'Data: cell A1 has "2024-01-15T10:00:00+08:00" where an ISO 8601 date belongs',
    ],
  ])("refuses %s, saying where", async (_what, sheetData, problem, detail) => {
    const error = await open({ sheetData }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileOpenError);
    expect(error).toMatchObject({ problem, detail });
  });

  it("refuses a workbook that lists a sheet whose part is not in the package", async () => {
    const bytes = await xlsx({ sheetData: "" });
    const zip = await JSZip.loadAsync(bytes);
    zip.remove("xl/worksheets/sheet1.xml");
    const error = await openWorkbookFile("gone.xlsx", await zip.generateAsync({ type: "uint8array" })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ problem: "malformed", detail: 'sheet "Data" has no part xl/worksheets/sheet1.xml' });
  });

  it("refuses a sheet whose XML ends inside a tag", async () => {
    const error = await open({
      sheetData: "",
      whole: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"`,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "malformed", detail: 'Data: the XML ends inside a tag: <row r="2"' });
  });

  it("reports progress as a rising share of the cells' bytes, ending at 1", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}" t="s"><v>0</v></c></row>`,
    );
    const bytes = await xlsx({ sharedStrings: ["<t>x</t>"], sheetData: rows.join("") });
    const seen: OpenProgress[] = [];
    await openWorkbookFile("big.xlsx", bytes, (p) => seen.push(p));
    const shares = seen.flatMap((p) => (p.done === undefined ? [] : [p.done]));
    expect(shares.length).toBeGreaterThan(3);
    expect(shares.filter((s) => s > 0 && s < 1).length).toBeGreaterThan(1);
    expect(shares.every((s, i) => s >= 0 && s <= 1 && (i === 0 || s >= shares[i - 1]))).toBe(true);
    expect(shares[shares.length - 1]).toBe(1);
  });
});

describe("the sheet scanner, fed in pieces", () => {
  const xml =
    `<worksheet xmlns="${MAIN}"><!-- a comment with <c> in it --><?pi x?><sheetData>` +
    '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &gt; "c" </t></is></c>' +
    '<c r="B1" s="0"><v>1.5E-7</v></c><c r="AB1" t="str"><f>A1&amp;"&gt;"</f><v><![CDATA[x]]>y</v></c></row>' +
    '<row r="3"><c r="C3" t="b" attr=\'has > inside\'><v>1</v></c><c r="D3"><v>-0</v></c></row></sheetData></worksheet>';

  const read = (pieces: string[]) => {
    const cells = new SheetCells({ sharedStrings: [], styleFormats: [], date1904: false });
    const scanner = new XmlScanner(cells, 1);
    pieces.forEach((p) => scanner.write(p));
    scanner.end();
    cells.finish();
    return { values: cells.values, formulas: cells.formulas };
  };

  it("reads the same cells wherever the chunks break: inside tags, names, entities, CDATA and text", () => {
    const whole = read([xml]);
    expect(whole.values[0]).toEqual([' a & b > "c" ', 1.5e-7, ...Array<undefined>(25), "xy"]);
    expect(Object.is(whole.values[2][3], -0)).toBe(true);
    expect(whole.values[2][2]).toBe(true);
    for (let i = 1; i < xml.length; i++) expect(read([xml.slice(0, i), xml.slice(i)])).toEqual(whole);
    for (let size = 1; size <= 7; size++) {
      const pieces = Array.from({ length: Math.ceil(xml.length / size) }, (_, k) =>
        xml.slice(k * size, (k + 1) * size),
      );
      expect(read(pieces)).toEqual(whole);
    }
  });
});
