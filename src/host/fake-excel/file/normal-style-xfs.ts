import type { CellLook } from "./cell-looks";
import { type FileStyles, elementsOf } from "./file-styles";
import { withBold } from "./file-style-xfs";
import type { NormalXf } from "./normal-style";
import { StyleList } from "./style-list";

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The download's id for an xf's number format: a built-in id as it is (§18.8.30), the file's own code under the
 * download's id for the same code, else a new id after the download's highest (§18.8.31 numFmts, which comes
 * first in the styles part, §18.8.39).
 */
function withNumFmt(xml: string, xf: NormalXf): { xml: string; id: number } {
  const code = xf.formatCode;
  if (code === undefined) return { xml, id: xf.numFmtId };
  const numFmts = elementsOf(xml, "numFmts", "numFmt");
  const same = numFmts.find((n) => attribute(n, "formatCode") === code);
  if (same) return { xml, id: Number(attribute(same, "numFmtId")) };
  const id = Math.max(163, ...numFmts.map((n) => Number(attribute(n, "numFmtId") ?? 0))) + 1;
  const element = `<numFmt numFmtId="${id}" formatCode="${code}"/>`;
  if (/<numFmts\b/.test(xml)) {
    const list = new StyleList("numFmts", numFmts);
    list.put(element);
    return { xml: list.into(xml), id };
  }
  const fonts = xml.indexOf("<fonts");
  if (fonts < 0) throw new Error("The workbook package's styles have no fonts.");
  return { xml: `${xml.slice(0, fonts)}<numFmts count="1">${element}</numFmts>${xml.slice(fonts)}`, id };
}

/** The styles part with the first xf of `list` (cellXfs or cellStyleXfs) replaced by `xf`. */
function withFirstXf(xml: string, list: string, xf: string): string {
  const open = new RegExp(`<${list}\\b[^>]*>`).exec(xml);
  const from = open ? open.index + open[0].length : -1;
  const first = open?.[0].endsWith("/>") ? null : /^\s*<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/.exec(xml.slice(from));
  if (!open || !first) throw new Error(`The workbook package's styles have no ${list}.`);
  return xml.slice(0, from) + xf + xml.slice(from + first[0].length);
}

interface XfParts {
  readonly numFmtId: number | string;
  readonly fontId: number | string;
  readonly fillId: number | string;
  readonly borderId: number | string;
  readonly children: string;
}

const ids = (p: XfParts) =>
  `numFmtId="${p.numFmtId}" fontId="${p.fontId}" fillId="${p.fillId}" borderId="${p.borderId}"`;

/** A cell format (§18.8.45) that says each of its properties, as file-style-xfs.ts writes the file's. */
function cellXf(p: XfParts, quote: string): string {
  const start =
    `<xf ${ids(p)} xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"` +
    `${p.children ? ' applyAlignment="1" applyProtection="1"' : ""}${quote}`;
  return p.children ? `${start}>${p.children}</xf>` : `${start}/>`;
}

/**
 * The saved styles part with an opened file's Normal (normal-style.ts) as its own: the Normal's cellStyleXf and
 * cellXfs xf 0 with the file's font, fill, border, number format, alignment and protection, so a cell without `s`
 * (the user's unstyled and blank cells, a new sheet's) looks as in the file. Each look without a file style
 * (TierLadder's writes, cell-looks.ts) becomes the Normal with what the look sets over it: Office.js's
 * range.format writes set only what they set (bold, a fill, a number format), and Excel formats the rest of such a
 * cell by its style, the Normal (MS-XLSB §2.2.6.1.2.2, https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/12e53ebe-f270-4beb-af3f-5ffde9494495).
 * A look's bold false keeps the Normal's font as it is (the fake does not read a bold Normal, so false is "not
 * set"). Runs after withFileStyleXfs, whose formats say everything and are left alone; `styles` is updated.
 */
export function withNormalStyle(
  stylesXml: string,
  looks: readonly CellLook[],
  styles: number[],
  file: FileStyles,
): string {
  const normal = file.normal;
  if (normal === undefined) return stylesXml;
  const cellFormat = withNumFmt(stylesXml, normal.cellXf);
  const styleFormat = withNumFmt(cellFormat.xml, normal.styleXf);
  let xml = styleFormat.xml;
  const fonts = StyleList.of(xml, "fonts", "font");
  const fills = StyleList.of(xml, "fills", "fill");
  const borders = StyleList.of(xml, "borders", "border");
  const xfs = StyleList.of(xml, "cellXfs", "xf");
  const fontOf = (xf: NormalXf) => file.fonts[xf.fontId] ?? "<font/>";
  const parts = (xf: NormalXf, numFmtId: number): XfParts => ({
    numFmtId,
    fontId: fonts.put(fontOf(xf)),
    // Fills 0 and 1 are reserved (none, gray125, §18.8.21): the file's first two are no fill.
    fillId: xf.fillId <= 1 || file.fills[xf.fillId] === undefined ? 0 : fills.put(file.fills[xf.fillId]),
    borderId: borders.put(file.borders[xf.borderId] ?? "<border/>"),
    children: xf.children,
  });
  const cell = parts(normal.cellXf, cellFormat.id);
  const style = parts(normal.styleXf, styleFormat.id);
  looks.forEach((look, i) => {
    if (i === 0 || look.fileStyle !== undefined) return; // look 0 is xf 0 (no `s`), written below
    const saved = xfs.at(styles[i]);
    if (!saved) throw new Error(`The workbook writer has no cell format for look ${i}.`);
    const own: XfParts = {
      ...cell,
      numFmtId: look.numFmt === undefined ? cell.numFmtId : (attribute(saved, "numFmtId") ?? 0),
      fontId: look.bold ? fonts.put(withBold(fontOf(normal.cellXf), true)) : cell.fontId,
      fillId: look.fill === undefined ? cell.fillId : (attribute(saved, "fillId") ?? 0),
    };
    styles[i] = xfs.put(cellXf(own, attribute(saved, "quotePrefix") === "1" ? ' quotePrefix="1"' : ""));
  });
  xml = [fonts, fills, borders, xfs].reduce((x, list) => list.into(x), xml);
  xml = withFirstXf(xml, "cellXfs", cellXf(cell, ""));
  const styleXf = `<xf ${ids(style)}${style.children ? `>${style.children}</xf>` : "/>"}`;
  return withFirstXf(xml, "cellStyleXfs", styleXf);
}
