import { type DefaultFont, defaultFontOf } from "./default-font";
import type { FileNormal } from "./normal-style";

/**
 * An opened file's cell styles as the file wrote them, kept so that its download shows the user's cells as they
 * were: what the fake does not read of a cell (its font beyond bold, border, alignment, a fill in a theme colour or
 * a pattern) is carried over as XML. Plain strings, so a worker can send them (structured clone).
 */
export interface FileStyles {
  /** Font 0's name, size and charset (default-font.ts), which replace ExcelJS's Calibri 11 in the download. */
  readonly defaultFont: DefaultFont;
  /** The fonts (ECMA-376 Part 1 §18.8.22), fills (§18.8.20) and borders (§18.8.4) as elements, by index. */
  readonly fonts: readonly string[];
  readonly fills: readonly string[];
  readonly borders: readonly string[];
  /** The differential formats (dxfs dxf, §18.8.14) by dxfId, which kept conditional formats name (file-dxfs.ts). */
  readonly dxfs?: readonly string[];
  /** The cell styles (cellXfs xf, §18.8.45) by the index a cell's `s` gives. */
  readonly xfs: readonly FileXf[];
  /** The theme part (§14.2.7), whose colours and fonts the styles' theme references name; undefined when none. */
  readonly theme?: string;
  /** The Normal cell style when it has formatting beyond the default font (normal-style.ts); undefined when not. */
  readonly normal?: FileNormal;
}

export interface FileXf {
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
  /** The xf's children as written: its alignment (§18.8.1) and protection (§18.8.33). */
  readonly children: string;
}

/** Elements named `name` of the list element `list` in the styles part, each whole (self-closing or not). */
export function elementsOf(xml: string, list: string, name: string): string[] {
  const block = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml);
  if (!block?.[1]) return [];
  return [...block[1].matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g"))].map((m) => m[0]);
}

const number = (tag: string, attribute: string) => Number(new RegExp(`\\s${attribute}="(\\d+)"`).exec(tag)?.[1] ?? 0);

/**
 * The styles part's fonts, fills, borders and cell styles, and the theme part, as the file wrote them, with the
 * file's Normal when it has formatting to keep (normal-style.ts fileNormalOf). The elements are found by pattern:
 * none of them nests an element of its own name (§18.8's schema), so an element ends at the first closing tag of
 * its name.
 */
export function fileStylesOf(
  stylesXml: string | undefined,
  themeXml: string | undefined,
  normal?: FileNormal,
): FileStyles | undefined {
  if (stylesXml === undefined) return undefined;
  const xfs = elementsOf(stylesXml, "cellXfs", "xf").map((xf) => {
    const start = /^<xf\b[^>]*?\/?>/.exec(xf)![0];
    return {
      fontId: number(start, "fontId"),
      fillId: number(start, "fillId"),
      borderId: number(start, "borderId"),
      children: start.endsWith("/>") ? "" : xf.slice(start.length, xf.length - "</xf>".length),
    };
  });
  return {
    defaultFont: defaultFontOf(stylesXml),
    fonts: elementsOf(stylesXml, "fonts", "font"),
    fills: elementsOf(stylesXml, "fills", "fill"),
    borders: elementsOf(stylesXml, "borders", "border"),
    dxfs: elementsOf(stylesXml, "dxfs", "dxf"),
    xfs,
    ...(themeXml === undefined ? {} : { theme: themeXml }),
    ...(normal === undefined ? {} : { normal }),
  };
}
