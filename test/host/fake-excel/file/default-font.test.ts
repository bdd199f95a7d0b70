import ExcelJS from "exceljs";
import JSZip from "jszip";
import { defaultFontOf, withDefaultFont } from "../../../../src/host/fake-excel/file/default-font";
import { fakeExcelFromFile } from "../../../../src/host/fake-excel/file/fake-excel-from-file";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import { openXlsx } from "./saved-workbook";

/**
 * A workbook's default font (font 0 of its styles, ECMA-376 Part 1 §18.8.22) is kept from the opened file to its
 * download: Chinese Excel writes 等线 11 and WPS 宋体 11 with charset 134, and before this every cell of such a
 * file came back in Calibri.
 */
const WPS_FONT0 = '<font><sz val="11"/><name val="宋体"/><charset val="134"/><scheme val="minor"/></font>';

/** An .xlsx written by ExcelJS (an outside program) whose styles part is given WPS's default font by hand. */
async function fileWithDefaultFont(font0: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("客户");
  ws.getCell("A1").value = "客户名称";
  ws.getCell("A1").font = { bold: true }; // ExcelJS writes this font as <font><b/></font>: the default's name and size
  ws.getCell("A2").value = "华东机电";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const first = /<font>[\s\S]*?<\/font>/.exec(styles)![0];
  zip.file("xl/styles.xml", styles.replace(first, font0));
  return zip.generateAsync({ type: "uint8array" });
}

const stylesOf = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");

describe("a workbook's default font", () => {
  it("is font 0's name, size and charset; Calibri 11 where the styles do not say", () => {
    expect(defaultFontOf(`<styleSheet><fonts count="1">${WPS_FONT0}</fonts></styleSheet>`)).toEqual({
      name: "宋体",
      size: 11,
      charset: 134,
    });
    expect(defaultFontOf("<styleSheet><fonts><font><b/></font></fonts></styleSheet>")).toEqual({
      name: "Calibri",
      size: 11,
    });
    expect(defaultFontOf(undefined)).toEqual({ name: "Calibri", size: 11 });
  });

  it("replaces ExcelJS's font 0 without its theme scheme, fills in fonts that name none, and leaves dxf fonts alone", () => {
    const excelJs =
      '<styleSheet><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>' +
      '<scheme val="minor"/></font><font><b/></font></fonts>' +
      '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>';
    expect(withDefaultFont(excelJs, { name: "宋体", size: 11, charset: 134 })).toBe(
      '<styleSheet><fonts count="2"><font><sz val="11"/><color theme="1"/><family val="2"/><name val="宋体"/>' +
        '<charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>' +
        '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>',
    );
    expect(withDefaultFont(excelJs, { name: "Calibri", size: 11 })).toBe(excelJs);
  });

  it("goes from the opened file, through the page's packing, to the download, so the file opens with nothing dropped", async () => {
    const bytes = await fileWithDefaultFont(WPS_FONT0);
    const opened = await openWorkbookFile("客户.xlsx", bytes);
    expect(opened.notKept).toEqual([]);
    const { packed } = packWorkbook(opened);
    const unpacked = await unpackWorkbook(structuredClone(packed), () => undefined);
    const saved = await fakeExcelFromFile(unpacked, "zh-CN").fake.saveXlsx();

    const font0 = /<fonts\b[^>]*><font>([\s\S]*?)<\/font>/.exec(await stylesOf(saved))![1];
    expect(font0).toContain('<name val="宋体"/>');
    expect(font0).toContain('<charset val="134"/>');
    expect(font0).not.toContain("<scheme");
    // Read back by ExcelJS: the bold header is bold in 宋体 11, the other cell is in the workbook's default.
    const ws = (await openXlsx(saved)).getWorksheet("客户")!;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "宋体", size: 11 });
    expect(ws.getCell("A2").value).toBe("华东机电");
    const reopened = await openWorkbookFile("下载.xlsx", saved);
    expect(reopened.fileStyles?.defaultFont).toEqual({ name: "宋体", size: 11, charset: 134 });
    expect(reopened.notKept).toEqual([]);
  });

  it("is kept whole when it is italic too: the Normal's font, named as dropped no more (normal-style.ts)", async () => {
    const italic = '<font><i/><sz val="11"/><name val="宋体"/></font>';
    const opened = await openWorkbookFile("italic.xlsx", await fileWithDefaultFont(italic));
    expect(opened.notKept).toEqual([]);
    const saved = await fakeExcelFromFile(opened, "zh-CN").fake.saveXlsx();
    const styles = await stylesOf(saved);
    const xf0 = /<cellXfs\b[^>]*><xf\b[^>]*\sfontId="(\d+)"/.exec(styles)![1];
    const fonts = [...styles.matchAll(/<font>[\s\S]*?<\/font>|<font\/>/g)].map((m) => m[0]);
    expect(fonts[Number(xf0)]).toBe(italic);
  });
});
