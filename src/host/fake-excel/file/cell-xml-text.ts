import { escapeXmlText } from "../../excel/xml-text";

/**
 * Characters XML 1.0 cannot carry at all (§2.2, Char): C0 controls other than tab, LF and CR, lone surrogates,
 * U+FFFE and U+FFFF. A cell's text may hold them, so they are written as ST_Xstring escapes `_xHHHH_`
 * (ECMA-376 Part 1 §22.9.2.19), which Excel and ExcelJS decode back to the character.
 */
/* eslint-disable no-control-regex -- matching the control characters XML forbids is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
/** Text that would itself read as an escape: its underscore is written as `_x005F_` (§22.9.2.19) so it stays as typed. */
const LOOKS_ESCAPED = /_(?=x[0-9A-Fa-f]{4}_)/g;
const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/** A cell's text (a string value, a formula, a formula's text result) as the content of `<t>`, `<v>` or `<f>`. */
export function cellXmlText(text: string): string {
  return escapeXmlText(text.replace(LOOKS_ESCAPED, "_x005F_").replace(NOT_XML, hex4));
}

/** True when `<t>` needs xml:space="preserve" to keep the text's leading or trailing white space (XML 1.0 §2.10). */
export const keepsSpace = (text: string) => /^\s|\n|\s$/.test(text);
