import type { CellLook } from "./cell-looks";
import { type FileStyles, elementsOf } from "./file-styles";

/**
 * A style list of the saved styles part (fonts, fills, borders, cellXfs) that new elements are added to: an
 * element equal to one already there (the same XML) is not added twice.
 */
class StyleList {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];

  constructor(
    readonly list: string,
    private readonly existing: readonly string[],
  ) {
    existing.forEach((e, i) => this.index.has(e) || this.index.set(e, i));
  }

  at(i: number): string | undefined {
    return i < this.existing.length ? this.existing[i] : this.added[i - this.existing.length];
  }

  /** The index of `element` in the list, added at the end when new. */
  put(element: string): number {
    let i = this.index.get(element);
    if (i === undefined) {
      i = this.existing.length + this.added.length;
      this.added.push(element);
      this.index.set(element, i);
    }
    return i;
  }

  /** The styles part with the added elements at the end of the list and its count attribute updated. */
  into(xml: string): string {
    if (this.added.length === 0) return xml;
    const block = new RegExp(`<${this.list}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${this.list}>)`).exec(xml);
    if (!block) throw new Error(`The workbook package's styles have no ${this.list}.`);
    const count = this.existing.length + this.added.length;
    const attributes = / count="\d+"/.test(block[1])
      ? block[1].replace(/ count="\d+"/, ` count="${count}"`)
      : `${block[1]} count="${count}"`;
    const whole = `<${this.list}${attributes}>${block[2] ?? ""}${this.added.join("")}</${this.list}>`;
    return xml.slice(0, block.index) + whole + xml.slice(block.index + block[0].length);
  }
}

/** A font element with bold as the look says (§18.8.2 b), the rest as the file wrote it. */
function withBold(font: string, bold: boolean): string {
  const inner = font.endsWith("/>") ? "" : font.slice(font.indexOf(">") + 1, font.length - "</font>".length);
  const rest = inner.replace(/<b\b[^>]*?(?:\/>|>\s*<\/b>)/g, "");
  return `<font>${bold ? "<b/>" : ""}${rest}</font>`;
}

/**
 * A fill the fake does not read and the download carries over: a pattern other than solid, a gradient, or a
 * solid fill in a theme or tinted colour (§18.8.20–§18.8.32). None, the reserved gray125 and a solid rgb or
 * indexed colour are the fake's to say (cell-style-looks.ts reads those into the cell's look).
 */
function isCarriedFill(fill: string | undefined, index: number): boolean {
  if (fill === undefined) return false;
  if (/<gradientFill\b/.test(fill)) return true;
  const pattern = /<patternFill\b[^>]*?\bpatternType="(\w+)"/.exec(fill)?.[1] ?? "none";
  if (pattern === "none" || (pattern === "gray125" && index <= 1)) return false;
  if (pattern !== "solid") return true;
  const fg = /<fgColor\b[^>]*?\/?>/.exec(fill)?.[0] ?? "";
  const tinted = Number(attribute(fg, "tint") ?? 0) !== 0;
  return tinted || (attribute(fg, "rgb") === undefined && attribute(fg, "indexed") === undefined);
}

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
  const fonts = new StyleList("fonts", elementsOf(stylesXml, "fonts", "font"));
  const fills = new StyleList("fills", elementsOf(stylesXml, "fills", "fill"));
  const borders = new StyleList("borders", elementsOf(stylesXml, "borders", "border"));
  const xfs = new StyleList("cellXfs", elementsOf(stylesXml, "cellXfs", "xf"));
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
