import type { CellLook } from "../../../../src/host/fake-excel/file/cell-looks";
import { fileStylesOf } from "../../../../src/host/fake-excel/file/file-styles";
import { fileNormalOf } from "../../../../src/host/fake-excel/file/normal-style";
import { withNormalStyle } from "../../../../src/host/fake-excel/file/normal-style-xfs";
import { stylesBeyondLooks } from "../../../../src/host/fake-excel/file/styles-beyond-looks";

/**
 * The Normal (cellStyleXfs xf of cellStyle builtinId 0, ECMA-376 Part 1 §18.8.7, §18.8.9; cellXfs xf 0 §18.8.10)
 * read from a file's styles part and written into the styles part ExcelJS made for the download.
 */
const file = (normalXf: string, extra = "") =>
  '<styleSheet><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  `<cellStyleXfs count="1">${normalXf.replace(/ xfId="0"/, "")}</cellStyleXfs>` +
  `<cellXfs count="2">${normalXf}${extra}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** ExcelJS's styles part with no number formats of its own (as it writes it when no look has one). */
const EXCELJS =
  '<styleSheet><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>';

const LOOKS: CellLook[] = [
  { bold: false, quotePrefix: false },
  { bold: false, quotePrefix: true },
  { bold: true, quotePrefix: false },
];

/** The file's styles as the opener reads them, its Normal with them. */
const opened = (xml: string) => fileStylesOf(xml, undefined, fileNormalOf(xml))!;

const xfsOf = (xml: string, list: string) =>
  [...(new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]); // prettier-ignore

describe("the Normal in the download's styles part", () => {
  it("is marked in styles-beyond-looks at index 0 for bold alone, and then every other cell format is marked too", () => {
    const bold = file('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/>', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'); // prettier-ignore
    expect([...stylesBeyondLooks(bold)]).toEqual([1, 1]);
    const plain = file('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/>'); // prettier-ignore
    expect([...stylesBeyondLooks(plain)]).toEqual([0, 0]);
  });

  it("adds the numFmts list before the fonts (§18.8.39's order) when ExcelJS wrote none, with the file's code at id 164", () => {
    const styles = opened(file('<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"/>')); // prettier-ignore
    const out = withNormalStyle(EXCELJS, LOOKS, [0, 1, 2], styles);
    expect(out).toMatch(/^<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts><fonts/);
    expect(xfsOf(out, "cellXfs")[0]).toMatch(/^<xf numFmtId="164" /);
    expect(xfsOf(out, "cellStyleXfs")).toEqual(['<xf numFmtId="164" fontId="0" fillId="0" borderId="0"/>']);
  });

  it("writes a Normal whose fill is one of the two reserved ones (§18.8.21) with no fill, and keeps a look's quote prefix", () => {
    const styles = opened(file('<xf numFmtId="0" fontId="1" fillId="1" borderId="0" xfId="0"/>')); // prettier-ignore
    const looks = [0, 1, 2];
    const out = withNormalStyle(EXCELJS, LOOKS, looks, styles);
    const xfs = xfsOf(out, "cellXfs");
    expect(xfs[0]).toMatch(/ fillId="0" /);
    expect(xfs[looks[1]]).toMatch(/ quotePrefix="1"/);
    // The quote-prefixed look is the Normal's bold font too, though its own look is not bold.
    const fonts = [...out.matchAll(/<font>[\s\S]*?<\/font>/g)].map((m) => m[0]);
    expect(fonts[Number(/ fontId="(\d+)"/.exec(xfs[looks[1]])![1])]).toContain("<b/>");
  });

  it("leaves the styles part as ExcelJS wrote it when the file's Normal has nothing beyond its font's name and size", () => {
    const styles = fileStylesOf(file('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'), undefined)!; // prettier-ignore
    const looks = [0, 1, 2];
    expect(withNormalStyle(EXCELJS, LOOKS, looks, styles)).toBe(EXCELJS);
    expect(looks).toEqual([0, 1, 2]);
  });
});
