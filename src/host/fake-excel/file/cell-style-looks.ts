import { FillPartsReader, fillColorOf, fillKind, hexColor } from "./fill-reading";
import { attr } from "./xml-scanner";
import { readXml } from "./xlsx-package";

/**
 * What the fake keeps of an opened cell's look (a StyleRecord's): bold text, and a solid fill as "#RRGGBB", the
 * fake's colour (the saver's Decoration in cell-looks.ts is the same pair with the file's ARGB).
 */
export interface StyleLook {
  readonly bold: boolean;
  readonly fill?: string;
}

/** The cell styles' looks: `byStyle[s]` indexes `looks` for the cell style index s; look 0 is plain (neither). */
export interface CellStyleLooks {
  readonly byStyle: readonly number[];
  readonly looks: readonly StyleLook[];
}

export const NO_LOOKS: CellStyleLooks = { byStyle: [], looks: [{ bold: false }] };

/**
 * The legacy indexed colours (ECMA-376 Part 1 §18.8.27 indexedColors: the default palette, fixed by the
 * standard), used where the file does not write its own palette. 64 and 65 are the system foreground and
 * background, which the file does not say: not mapped.
 */
const DEFAULT_PALETTE = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
]; // prettier-ignore

const ON = (v: string | undefined) => v === undefined || v === "1" || v === "true";

/**
 * Bold and solid fill of each cell style (the `xf` elements of `cellXfs`, §18.8.10, by the index a cell's `s`
 * gives), from the fonts (§18.8.23; a font is bold with a `b` element, §18.8.2, whose val is not false) and
 * fills (§18.8.21) the xf's fontId and fillId name. The xf's own fontId and fillId are the cell's whatever its
 * applyFont/applyFill: in cellXfs those say whether a change to the cell style (xfId) overwrites them
 * (MS-OE376, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oe376/59922f8b-0edc-4e93-a822-9f22254aec46).
 * A fill is read when fillKind (fill-reading.ts) says so: a solid patternFill (§18.8.32; a solid fill shows its
 * fgColor) in an rgb colour or an indexed one (the file's own palette, else the default one) without a tint.
 * Theme and tinted colours are left out: such a cell opens unfilled rather than in a guessed colour (the download
 * carries the file's fill over, file-style-xfs.ts). Other font properties (name, size, italic,
 * colour) are not kept by the fake.
 */
export function cellStyleLooks(stylesXml: string | undefined): CellStyleLooks {
  if (stylesXml === undefined) return NO_LOOKS;
  const fontsBold: boolean[] = [];
  const fills: (string | number | undefined)[] = []; // an rgb colour, or an index into the palette
  const xfs: [font: number, fill: number][] = [];
  const palette: string[] = [];
  let section = ""; // the top-level list being read: fonts, fills, cellXfs, indexedColors
  const fill = new FillPartsReader();
  readXml(
    stylesXml,
    (name, tag) => {
      if (name === "fonts" || name === "fills" || name === "cellXfs" || name === "indexedColors") section = name;
      else if (section === "fonts") {
        if (name === "font") fontsBold.push(false);
        else if (name === "b" && fontsBold.length > 0) fontsBold[fontsBold.length - 1] = ON(attr(tag, "val"));
      } else if (section === "fills") fill.open(name, tag);
      else if (section === "cellXfs" && name === "xf")
        xfs.push([Number(attr(tag, "fontId") ?? 0), Number(attr(tag, "fillId") ?? 0)]);
      else if (section === "indexedColors" && name === "rgbColor") palette.push(attr(tag, "rgb") ?? "");
    },
    (name) => {
      if (name === section) section = "";
      else if (name === "fill" && section === "fills") {
        // The palette (colors, §18.8.11) comes after the fills: an indexed colour is looked up at the end.
        const parts = fill.take();
        fills.push(fillKind(parts, fills.length) === "read" ? fillColorOf(parts.fgColor) : undefined);
      }
    },
  );
  const looks: StyleLook[] = [{ bold: false }];
  const byKey = new Map<string, number>([["0|", 0]]);
  const byStyle = xfs.map(([font, fillId]) => {
    const bold = fontsBold[font] === true;
    const c = fills[fillId];
    const color = typeof c === "number" ? hexColor((palette.length > 0 ? palette : DEFAULT_PALETTE)[c]) : c;
    const key = `${bold ? 1 : 0}|${color ?? ""}`;
    let look = byKey.get(key);
    if (look === undefined) {
      byKey.set(key, (look = looks.length));
      looks.push(color === undefined ? { bold } : { bold, fill: color });
    }
    return look;
  });
  return { byStyle, looks };
}
