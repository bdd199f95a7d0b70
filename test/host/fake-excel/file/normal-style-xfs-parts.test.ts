import type { CellLook } from "../../../../src/host/fake-excel/file/cell-looks";
import type { FileStyles } from "../../../../src/host/fake-excel/file/file-styles";
import { withNormalStyle } from "../../../../src/host/fake-excel/file/normal-style-xfs";

/**
 * withNormalStyle on a FileStyles written here (it reads only the fonts, fills, borders and the Normal) and a
 * download's styles part with ExcelJS's own format 164 and three cell formats: xf 1 quote-prefixed, xf 2 bold
 * (font 1) with format 164 and fill 2.
 */
const CALIBRI = '<font><sz val="11"/><name val="Calibri"/></font>';
const ITALIC_ARIAL = '<font><i/><sz val="11"/><name val="Arial"/></font>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN = '<border><left style="thin"/></border>';
const NONE = '<fill><patternFill patternType="none"/></fill>';
const GRAY = '<fill><patternFill patternType="gray125"/></fill>';
const YELLOW = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill>';
// As Excel writes a solid fill: fgColor and bgColor (two empty elements in one fill).
const RED =
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>';
const ALIGNED = '<alignment horizontal="center"/>';

const download = (numFmts = '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>') =>
  `<styleSheet>${numFmts}<fonts count="2">${CALIBRI}<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="3">${NONE}${GRAY}${RED}</fills><borders count="1">${NO_BORDER}</borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1"><alignment horizontal="left"/></xf></cellXfs></styleSheet>';

type Xf = NonNullable<FileStyles["normal"]>["cellXf"];
const xf = (over: Partial<Xf> = {}): Xf => ({ numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, children: "", ...over });

/** Only what withNormalStyle reads. */
const fileWith = (cellXf: Xf, styleXf: Xf = xf()) =>
  ({ fonts: [CALIBRI, ITALIC_ARIAL], fills: [NONE, GRAY, YELLOW], borders: [NO_BORDER, THIN], normal: { cellXf, styleXf } }) as unknown as FileStyles; // prettier-ignore

const listOf = (xml: string, list: string, name: string) =>
  [...(new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "").matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g"))].map((m) => m[0]); // prettier-ignore

const APPLY = 'xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"';

describe("withNormalStyle, each part of the Normal", () => {
  it("writes the Normal's own format, font, fill, border and alignment as xf 0 and over each look without a file style", () => {
    const file = fileWith(xf({ numFmtId: 170, formatCode: "0.0%", fontId: 1, fillId: 2, borderId: 1, children: ALIGNED }), xf({ numFmtId: 14 })); // prettier-ignore
    const looks: CellLook[] = [
      { bold: false, quotePrefix: false },
      { bold: false, quotePrefix: true },
      { bold: true, numFmt: "0.00", fill: "FFFF0000", quotePrefix: false },
      { bold: false, quotePrefix: false, fileStyle: 0 },
    ];
    const styles = [0, 1, 2, 2];
    const out = withNormalStyle(download(), looks, styles, file);
    // The file's code after the download's highest id (164); the style's built-in 14 as it is.
    expect(out).toMatch(/^<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"\/><numFmt numFmtId="165" formatCode="0.0%"\/><\/numFmts>/); // prettier-ignore
    expect(listOf(out, "fonts", "font")).toEqual([
      CALIBRI,
      '<font><b/><sz val="11"/><name val="Calibri"/></font>',
      ITALIC_ARIAL,
      '<font><b/><i/><sz val="11"/><name val="Arial"/></font>',
    ]);
    expect(out).toContain('<fonts count="4">');
    expect(listOf(out, "fills", "fill")).toEqual([NONE, GRAY, RED, YELLOW]);
    expect(listOf(out, "borders", "border")).toEqual([NO_BORDER, THIN]);
    const normal = `<xf numFmtId="165" fontId="2" fillId="3" borderId="1" ${APPLY} applyAlignment="1" applyProtection="1">${ALIGNED}</xf>`;
    expect(listOf(out, "cellXfs", "xf")).toEqual([
      normal,
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>',
      '<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1"><alignment horizontal="left"/></xf>',
      normal.replace('applyProtection="1">', 'applyProtection="1" quotePrefix="1">'),
      normal.replace('numFmtId="165" fontId="2" fillId="3"', 'numFmtId="164" fontId="3" fillId="2"'),
    ]);
    expect(styles).toEqual([0, 3, 4, 2]);
    expect(listOf(out, "cellStyleXfs", "xf")).toEqual(['<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/>']);
  });

  it("writes a Normal without alignment self-closing with no applyAlignment, and the style's alignment as its children", () => {
    const out = withNormalStyle(download(), [{ bold: false, quotePrefix: false }], [0], fileWith(xf({ borderId: 1 }), xf({ children: ALIGNED }))); // prettier-ignore
    expect(listOf(out, "cellXfs", "xf")[0]).toBe(`<xf numFmtId="0" fontId="0" fillId="0" borderId="1" ${APPLY}/>`);
    expect(listOf(out, "cellStyleXfs", "xf")).toEqual([
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0">${ALIGNED}</xf>`,
    ]);
  });

  it("gives the file's code the download's id when the download has it already, for the cell and the style", () => {
    const same = xf({ numFmtId: 180, formatCode: "0.00" });
    const out = withNormalStyle(download(), [{ bold: false, quotePrefix: false }], [0], fileWith(same, same));
    expect(out).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>');
    expect(listOf(out, "cellXfs", "xf")[0]).toMatch(/^<xf numFmtId="164" /);
    expect(listOf(out, "cellStyleXfs", "xf")[0]).toMatch(/^<xf numFmtId="164" /);
  });

  it("numbers the first own format 164 in an empty numFmts list, and the style's second code after it", () => {
    const file = fileWith(xf({ numFmtId: 170, formatCode: "0.0%" }), xf({ numFmtId: 171, formatCode: "#,##0" }));
    const out = withNormalStyle(download('<numFmts count="0"></numFmts>'), [{ bold: false, quotePrefix: false }], [0], file); // prettier-ignore
    expect(out).toMatch(/^<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"\/><numFmt numFmtId="165" formatCode="#,##0"\/><\/numFmts>/); // prettier-ignore
  });

  it("writes no fill for a Normal fill the file does not have, and an empty font and border for ids it does not have", () => {
    const out = withNormalStyle(download(), [{ bold: false, quotePrefix: false }], [0], fileWith(xf({ fontId: 7, fillId: 5, borderId: 9 }))); // prettier-ignore
    expect(listOf(out, "cellXfs", "xf")[0]).toMatch(/^<xf numFmtId="0" fontId="2" fillId="0" borderId="1" /);
    expect(listOf(out, "fonts", "font")[2]).toBe("<font/>");
    expect(listOf(out, "borders", "border")[1]).toBe("<border/>");
  });

  it("refuses a styles part without fonts (for a new numFmts), without cellXfs or with an empty cellStyleXfs", () => {
    const own = fileWith(xf({ numFmtId: 170, formatCode: "0.0%" }));
    const looks: CellLook[] = [{ bold: false, quotePrefix: false }];
    expect(() => withNormalStyle("<styleSheet><cellXfs><xf/></cellXfs></styleSheet>", looks, [0], own)).toThrow(
      "The workbook package's styles have no fonts.",
    );
    const plain = fileWith(xf({ borderId: 1 }));
    expect(() => withNormalStyle(download().replace(/<cellXfs[\s\S]*<\/cellXfs>/, ""), looks, [0], plain)).toThrow(
      "The workbook package's styles have no cellXfs.",
    );
    expect(() =>
      withNormalStyle(download().replace(/<cellStyleXfs[\s\S]*<\/cellStyleXfs>/, "<cellStyleXfs/>"), looks, [0], plain),
    ).toThrow(
      // prettier-ignore
      "The workbook package's styles have no cellStyleXfs.",
    );
  });

  it("replaces a first xf written over lines or with children, and refuses an empty cellStyleXfs", () => {
    const plain = fileWith(xf({ borderId: 1 }));
    const looks: CellLook[] = [{ bold: false, quotePrefix: false }];
    const pretty = download().replace(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<cellXfs count="3">\n  <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><protection locked="1"/></xf>',
    );
    const out = withNormalStyle(pretty, looks, [0], plain);
    expect(listOf(out, "cellXfs", "xf")[0]).toBe(`<xf numFmtId="0" fontId="0" fillId="0" borderId="1" ${APPLY}/>`);
    expect(out).not.toContain("<protection");
    const empty = download().replace(/<cellStyleXfs[\s\S]*<\/cellStyleXfs>/, '<cellStyleXfs count="0"></cellStyleXfs>');
    expect(() => withNormalStyle(empty, looks, [0], plain)).toThrow(
      "The workbook package's styles have no cellStyleXfs.",
    );
  });

  it("refuses a look whose saved cell format is not in the styles part", () => {
    const looks: CellLook[] = [
      { bold: false, quotePrefix: false },
      { bold: true, quotePrefix: false },
    ];
    expect(() => withNormalStyle(download(), looks, [0, 9], fileWith(xf({ borderId: 1 })))).toThrow(
      "The workbook writer has no cell format for look 1.",
    );
  });
});
