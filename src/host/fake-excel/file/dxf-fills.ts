import { elementsOf } from "./file-styles";
import { readXml } from "./xlsx-package";
import { siblingElements } from "./worksheet-sequence";
import { attr } from "./xml-scanner";

/**
 * Each differential format's solid fill colour as the fake holds a fill ("#RRGGBB"), by dxfId (styles.xml dxfs,
 * ECMA-376 Part 1 §18.8.17): a dxf's pattern fill colour is its bgColor (§18.8.32, as the saver writes it). A dxf
 * without a fill, with a theme or indexed colour, or with more than a fill (a font, a border, a number format,
 * which the fake's rule does not hold) has none: its rules are kept as the file wrote them (sheet-rules-kept.ts).
 */
export function dxfFills(stylesXml: string | undefined): (string | undefined)[] {
  const fills: (string | undefined)[] = [];
  if (stylesXml === undefined) return fills;
  let inDxfs = false;
  let current = -1;
  readXml(
    stylesXml,
    (name, tag) => {
      if (name === "dxfs") inDxfs = true;
      else if (inDxfs && name === "dxf") fills[(current = fills.length)] = undefined;
      else if (inDxfs && current >= 0 && name === "bgColor") {
        const rgb = attr(tag, "rgb");
        if (rgb && /^[0-9A-Fa-f]{8}$/.test(rgb)) fills[current] = `#${rgb.slice(2).toUpperCase()}`;
      }
    },
    (name) => {
      if (name === "dxfs") inDxfs = false;
    },
  );
  elementsOf(stylesXml, "dxfs", "dxf").forEach((dxf, i) => {
    const inner = dxf.endsWith("/>") ? "" : dxf.slice(dxf.indexOf(">") + 1);
    if (siblingElements(inner).elements.some((e) => e.element !== "fill")) fills[i] = undefined;
  });
  return fills;
}
