import type { CellLook } from "./cell-looks";
import type { FileStyles } from "./file-styles";
import { fillKind, fillPartsOf } from "./fill-reading";
import { StyleList } from "./style-list";

/** A font element with bold as the look says (§18.8.2 b), the rest as the file wrote it. */
export function withBold(font: string, bold: boolean): string {
  const inner = font.endsWith("/>") ? "" : font.slice(font.indexOf(">") + 1, font.length - "</font>".length);
  const rest = inner.replace(/<b\b[^>]*?(?:\/>|>\s*<\/b>)/g, "");
  return `<font>${bold ? "<b/>" : ""}${rest}</font>`;
}

/**
 * A fill the fake does not read and the download carries over (fill-reading.ts fillKind "beyond"). None, the
 * reserved gray125 and the colours the fake reads are the fake's to say (cell-style-looks.ts reads those).
 */
const isCarriedFill = (fill: string | undefined, index: number) =>
  fill !== undefined && fillKind(fillPartsOf(fill), index) === "beyond";

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The saved styles part with a cell format (cellXfs xf, §18.8.45) for each look that carries an opened file's
 * style (CellLook.fileStyle), and `styles` (each look's xf index, lookStyles' result) pointing at it. The format
 * is the file's own — its font with bold as the look says, its border, alignment and protection, its fill unless
 * the look sets one or the fake read it — with the number format and quote prefix of the look's ExcelJS xf (the
 * fake's, which the user's and TierLadder's writes change). The file's fonts, fills and borders are copied into
 * the lists; theme colours in them name the file's theme, which the download keeps (write-xlsx.ts).
 */
export function withFileStyleXfs(
  stylesXml: string,
  looks: readonly CellLook[],
  styles: number[],
  file: FileStyles,
): string {
  const fonts = StyleList.of(stylesXml, "fonts", "font");
  const fills = StyleList.of(stylesXml, "fills", "fill");
  const borders = StyleList.of(stylesXml, "borders", "border");
  const xfs = StyleList.of(stylesXml, "cellXfs", "xf");
  looks.forEach((look, i) => {
    if (look.fileStyle === undefined) return;
    const own = file.xfs[look.fileStyle];
    const saved = xfs.at(styles[i]);
    if (!own || !saved) throw new Error(`The workbook writer has no cell format for look ${i}.`);
    const font = fonts.put(withBold(file.fonts[own.fontId] ?? "<font/>", look.bold));
    const fileFill = file.fills[own.fillId];
    const fill =
      look.fill === undefined && isCarriedFill(fileFill, own.fillId)
        ? fills.put(fileFill!)
        : Number(attribute(saved, "fillId") ?? 0);
    const border = borders.put(file.borders[own.borderId] ?? "<border/>");
    const quote = attribute(saved, "quotePrefix") === "1" ? ' quotePrefix="1"' : "";
    const start =
      `<xf numFmtId="${attribute(saved, "numFmtId") ?? 0}" fontId="${font}" fillId="${fill}" borderId="${border}"` +
      ` xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"` +
      `${own.children ? ' applyAlignment="1" applyProtection="1"' : ""}${quote}`;
    styles[i] = xfs.put(own.children ? `${start}>${own.children}</xf>` : `${start}/>`);
  });
  return [fonts, fills, borders, xfs].reduce((xml, list) => list.into(xml), stylesXml);
}
