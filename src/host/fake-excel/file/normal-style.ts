import { elementsOf } from "./file-styles";
import type { FileXf } from "./file-styles";

/**
 * A cell format of the Normal style as the file wrote it: the ids into the file's lists (FileStyles), its
 * number format and its alignment and protection.
 */
export interface NormalXf extends FileXf {
  readonly numFmtId: number;
  /** The numFmt's formatCode attribute as written (§18.8.30, still escaped) when numFmtId is the file's own (164 up). */
  readonly formatCode?: string;
}

/**
 * The workbook's Normal cell style: the look of every cell without a style of its own, in every sheet, new ones
 * too (MS-XLSB §2.2.6.1.2.2 Normal Style, https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/12e53ebe-f270-4beb-af3f-5ffde9494495:
 * "all cells reference the normal style by default"). Kept when it has formatting beyond the default font's name
 * and size (styles-beyond-looks.ts index 0), so that the download writes it as its own (normal-style-xfs.ts).
 */
export interface FileNormal {
  /** cellXfs xf 0 (ECMA-376 Part 1 §18.8.10), the format of a cell without `s` (§18.3.1.4). */
  readonly cellXf: NormalXf;
  /** The Normal's cellStyleXfs xf (§18.8.9): the one cellStyle builtinId="0" names by xfId (§18.8.7). */
  readonly styleXf: NormalXf;
}

const number = (tag: string, attribute: string) => Number(new RegExp(`\\s${attribute}="(\\d+)"`).exec(tag)?.[1] ?? 0);

/** An xf element as a NormalXf; the file's numFmts (§18.8.31) give its own format codes by id. */
function normalXf(xf: string, codes: ReadonlyMap<number, string>): NormalXf {
  const start = /^<xf\b[^>]*?\/?>/.exec(xf)![0];
  const numFmtId = number(start, "numFmtId");
  const formatCode = numFmtId >= 164 ? codes.get(numFmtId) : undefined;
  return {
    numFmtId,
    ...(formatCode === undefined ? {} : { formatCode }),
    fontId: number(start, "fontId"),
    fillId: number(start, "fillId"),
    borderId: number(start, "borderId"),
    children: start.endsWith("/>") ? "" : xf.slice(start.length, xf.length - "</xf>".length).trim(),
  };
}

/**
 * The Normal of a styles part: cellXfs xf 0 and the cellStyleXfs xf of the cellStyle with builtinId 0 (the first
 * one, §18.8.9, when no cellStyle says so). undefined when the part has no cellXfs.
 */
export function fileNormalOf(stylesXml: string): FileNormal | undefined {
  const cellXfs = elementsOf(stylesXml, "cellXfs", "xf");
  if (cellXfs.length === 0) return undefined;
  const codes = new Map<number, string>();
  for (const numFmt of elementsOf(stylesXml, "numFmts", "numFmt")) {
    const code = /\sformatCode="([^"]*)"/.exec(numFmt)?.[1];
    if (code !== undefined) codes.set(number(numFmt, "numFmtId"), code);
  }
  const named = elementsOf(stylesXml, "cellStyles", "cellStyle").find((s) => /\sbuiltinId="0"/.test(s));
  const styleXfs = elementsOf(stylesXml, "cellStyleXfs", "xf");
  const cellXf = normalXf(cellXfs[0], codes);
  const styleXf = styleXfs[named === undefined ? 0 : number(named, "xfId")];
  return { cellXf, styleXf: styleXf === undefined ? cellXf : normalXf(styleXf, codes) };
}
