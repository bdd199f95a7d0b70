import { defaultFontOf } from "./default-font";
import { FillPartsReader, fillKind } from "./fill-reading";
import { attr } from "./xml-scanner";
import { readXml } from "./xlsx-package";

/**
 * Font properties (ECMA-376 Part 1 §18.8.22 font) that change how text looks. Left out: b (bold is kept),
 * family, charset and scheme (bookkeeping for font substitution and the theme, not a look of their own).
 */
const FONT_LOOKS = new Set(["name", "sz", "i", "u", "strike", "color", "vertAlign", "outline", "shadow", "condense", "extend"]); // prettier-ignore

/** The default text colour as files write it (§18.8.3 color: theme 1 is dk1, indexed 8/64 black and system text). */
const isDefaultTextColor = (tag: string) =>
  attr(tag, "auto") === "1" || attr(tag, "theme") === "1" || ["8", "64"].includes(attr(tag, "indexed") ?? "");

/**
 * For each cell style (cellXfs xf, §18.8.10, by the index a cell's `s` gives), whether it has formatting the
 * fake does not read, which the download carries over as the file's style (file-style-xfs.ts): a font other
 * than the workbook's default (font 0's name and size, default-font.ts) in anything but bold (§18.8.22), a
 * border line (§18.8.4: any side with a style other than none), an alignment (§18.8.1: any attribute), a
 * protection (§18.8.33: locked="0" unlocks a cell of a protected sheet, hidden="1" hides its formula; the fake reads
 * locked from the kept xf, sheet-protection.ts), or a fill the fake does not read (fill-reading.ts fillKind
 * "beyond": theme and tinted colours, patterns, gradients).
 * Number formats, bold and plain fills are what the fake reads.
 * Index 0, the format of every cell without `s` (§18.3.1.4), is 1 when it has any formatting beyond the default
 * font's name and size: a number format, bold, any fill, border, alignment, protection or other font look (normal-
 * style.ts keeps it). Then every other index is 1 too: the fake's look says nothing of what a cell's own format
 * lacks (no fill, General), which the download must write where the Normal would otherwise show (file-style-xfs.ts).
 */
export function stylesBeyondLooks(stylesXml: string | undefined): Uint8Array {
  if (stylesXml === undefined) return new Uint8Array(0);
  const fonts: string[][] = [];
  const fills: boolean[] = []; // beyond what the fake reads, or not
  const filled: boolean[] = []; // any fill but none
  const bold: boolean[] = [];
  const borders: boolean[] = []; // has a line
  const xfs: { font: number; fill: number; border: number; numFmt: number; aligned: boolean }[] = [];
  let section = "";
  const fill = new FillPartsReader();
  readXml(
    stylesXml,
    (name, tag) => {
      if (name === "fonts" || name === "fills" || name === "borders" || name === "cellXfs") section = name;
      else if (section === "fonts") {
        if (name === "font") {
          fonts.push([]);
          bold.push(false);
        }
        else if (name === "b" && bold.length > 0) bold[bold.length - 1] = !["0", "false"].includes(attr(tag, "val") ?? "");
        else if (FONT_LOOKS.has(name) && fonts.length > 0 && !(name === "color" && isDefaultTextColor(tag)))
          fonts[fonts.length - 1].push(`${name}=${attr(tag, "val") ?? attr(tag, "rgb") ?? attr(tag, "theme") ?? attr(tag, "indexed") ?? "1"}`); // prettier-ignore
      } else if (section === "fills") fill.open(name, tag);
      else if (section === "borders") {
        if (name === "border") borders.push(false);
        else if (attr(tag, "style") !== undefined && attr(tag, "style") !== "none" && borders.length > 0)
          borders[borders.length - 1] = true;
      } else if (section === "cellXfs") {
        const n = (a: string) => Number(attr(tag, a) ?? 0);
        if (name === "xf")
          xfs.push({ font: n("fontId"), fill: n("fillId"), border: n("borderId"), numFmt: n("numFmtId"), aligned: false }); // prettier-ignore
        else if ((name === "alignment" || name === "protection") && xfs.length > 0 && /\s\w+\s*=/.test(tag))
          xfs[xfs.length - 1].aligned = true; // an alignment or a protection: the xf's children, kept as written
      }
    },
    (name) => {
      if (name === section) section = "";
      else if (name === "fill" && section === "fills") {
        const kind = fillKind(fill.take(), fills.length);
        fills.push(kind === "beyond");
        filled.push(kind !== "none");
      }
    },
  );
  // The default's name and size are kept (default-font.ts); a font that does not say them has the default's
  // (ExcelJS writes a bold font as <font><b/></font>), so only what differs from the default counts.
  const kept = defaultFontOf(stylesXml);
  const isDefault = (p: string) =>
    p === `name=${kept.name}` || (p.startsWith("sz=") && Number(p.slice(3)) === kept.size);
  const fontDropped = fonts.map((f) => f.some((p) => !isDefault(p)));
  const beyond = Uint8Array.from(xfs, (x) => (fontDropped[x.font] || fills[x.fill] || borders[x.border] || x.aligned ? 1 : 0)); // prettier-ignore
  const normal = xfs[0];
  if (normal && (beyond[0] === 1 || bold[normal.font] || filled[normal.fill] || normal.numFmt !== 0)) beyond.fill(1);
  return beyond;
}
