import { attr } from "./xml-scanner";
import { readXml } from "./xlsx-package";

/**
 * The number formats whose code a file does not write (ECMA-376 Part 1 §18.8.30, "All Languages"), as Excel
 * defines them: Microsoft's notes on the standard (MS-OI29500 §2.1.712,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/17d11129-219b-4e2c-88db-45844d21e528)
 * say Excel reads 14 as "m/d/yyyy", 22 as "m/d/yyyy h:mm", 37–40 with "_)" and 47 as "mm:ss.0" where the
 * standard lists "mm-dd-yy" …; the fake answers Range.numberFormat as Excel does, so it takes Excel's. Ids the
 * standard leaves to the language (5–8, 23–36, 41–44, 50–81) are not here: a cell with one opens as General.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0_);(#,##0)",
  38: "#,##0_);[Red](#,##0)",
  39: "#,##0.00_);(#,##0.00)",
  40: "#,##0.00_);[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mm:ss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * The number format of each cell style, by the index a cell's `s` attribute gives (§18.3.1.4): the `xf`
 * elements of `cellXfs` (§18.8.10) in order, each with its numFmtId, whose code is a `numFmt` of the file's
 * `numFmts` (§18.8.31) or a built-in one. undefined for General (the fake keeps no format for it) and for an
 * id the file does not define.
 */
export function cellStyleFormats(stylesXml: string | undefined): (string | undefined)[] {
  if (stylesXml === undefined) return [];
  const codes = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  readXml(
    stylesXml,
    (name, tag) => {
      if (name === "numFmt") {
        const id = Number(attr(tag, "numFmtId"));
        const code = attr(tag, "formatCode");
        if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(attr(tag, "numFmtId") ?? 0));
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  );
  return xfIds.map((id) => {
    const code = codes.get(id) ?? BUILT_IN[id];
    return code === undefined || code === "General" ? undefined : code;
  });
}
