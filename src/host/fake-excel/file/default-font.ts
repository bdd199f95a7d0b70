import { attr } from "./xml-scanner";
import { readXml } from "./xlsx-package";

/**
 * A workbook's default font: font 0 of its styles (ECMA-376 Part 1 §18.8.22), which the Normal cell style and
 * every cell without a font of its own use. A Chinese Excel writes 等线 11, WPS 宋体 11 (with charset 134, GB2312),
 * an English Excel Calibri 11, which is also what ExcelJS writes when given none.
 */
export interface DefaultFont {
  readonly name: string;
  readonly size: number;
  /** §18.4.1 charset: the character set the font is chosen for (134 GB2312 in Chinese files); absent when not said. */
  readonly charset?: number;
}

/** ExcelJS's font 0 (lib/xlsx/xform/style/styles-xform.js), and a font's name and size when it does not say them. */
export const SAVED_DEFAULT_FONT: DefaultFont = { name: "Calibri", size: 11 };

/** Font 0 of a styles part; a name or size it leaves out is Calibri's or 11. */
export function defaultFontOf(stylesXml: string | undefined): DefaultFont {
  if (stylesXml === undefined) return SAVED_DEFAULT_FONT;
  let fonts = 0;
  let inFonts = false;
  const font: { name?: string; size?: number; charset?: number } = {};
  readXml(
    stylesXml,
    (name, tag) => {
      if (name === "fonts") inFonts = true;
      else if (inFonts && name === "font") fonts++;
      else if (inFonts && fonts === 1) {
        const val = attr(tag, "val");
        if (name === "name" && val) font.name = val;
        else if (name === "sz" && Number(val) > 0) font.size = Number(val);
        else if (name === "charset" && Number.isInteger(Number(val))) font.charset = Number(val);
      }
    },
    (name) => {
      if (name === "fonts") inFonts = false;
    },
  );
  const out = { name: font.name ?? SAVED_DEFAULT_FONT.name, size: font.size ?? SAVED_DEFAULT_FONT.size };
  return font.charset === undefined ? out : { ...out, charset: font.charset };
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A styles part (as ExcelJS writes it) with `font` as its default: font 0's name and size replaced, its theme
 * scheme taken off (§18.8.35 scheme: a minor-scheme font shows the theme's minor font, which in ExcelJS's theme is
 * Calibri, whatever the name says) and the charset set; every other font of the `fonts` list that names no
 * font or size (ExcelJS writes a bold font as `<font><b/></font>`) gets the default's, so bold text stays in it.
 * Unchanged when the default is Calibri 11 without a charset. Differential fonts (dxfs) are left alone: they
 * change only what they say.
 */
export function withDefaultFont(stylesXml: string, font: DefaultFont): string {
  if (font.name === SAVED_DEFAULT_FONT.name && font.size === SAVED_DEFAULT_FONT.size && font.charset === undefined)
    return stylesXml;
  const block = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml);
  if (!block) throw new Error("The workbook package's styles have no fonts.");
  const name = `<name val="${escapeAttr(font.name)}"/>`;
  const size = `<sz val="${font.size}"/>`;
  const charset = font.charset === undefined ? "" : `<charset val="${font.charset}"/>`;
  let index = 0;
  const fonts = block[1].replace(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g, (whole, inner: string | undefined) => {
    const body = inner ?? "";
    if (index++ === 0) {
      const rest = body.replace(/<(?:name|sz|scheme|charset)\b[^>]*\/>/g, "");
      return `<font>${size}${rest}${name}${charset}</font>`;
    }
    const needs = (el: string) => !new RegExp(`<${el}\\b`).test(body);
    if (!needs("name") && !needs("sz")) return whole;
    return `<font>${body}${needs("sz") ? size : ""}${needs("name") ? name + charset : ""}</font>`;
  });
  const start = block.index + block[0].indexOf(">") + 1;
  return stylesXml.slice(0, start) + fonts + stylesXml.slice(start + block[1].length);
}
