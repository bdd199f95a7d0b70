import { attr } from "./xml-scanner";
import { readXml } from "./xlsx-package";

/** A fill (ECMA-376 Part 1 §18.8.20) as the readers see it: its pattern, whether it is a gradient, its fgColor tag. */
export interface FillParts {
  /** patternFill's patternType (§18.8.32); undefined when the fill has no patternFill. */
  pattern?: string;
  gradient: boolean;
  /** The patternFill's fgColor element (§18.8.19), whole; undefined when none. */
  fgColor?: string;
}

/** An ARGB or RGB hex colour (§18.8.19 color rgb; the alpha byte is not shown by Excel) as "#RRGGBB". */
export function hexColor(rgb: string | undefined): string | undefined {
  const m = rgb === undefined ? null : /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(rgb);
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

/**
 * The colour the fake reads from a solid fill's fgColor: "#RRGGBB" from an rgb colour, or the palette index of an
 * indexed one (§18.8.27), when it has no tint. Theme colours (which need the theme part and Excel's order of its
 * colours) and tinted colours are not read: undefined.
 */
export function fillColorOf(fgColor: string | undefined): string | number | undefined {
  if (fgColor === undefined || Number(attr(fgColor, "tint") ?? 0) !== 0) return undefined;
  const indexed = attr(fgColor, "indexed");
  return indexed !== undefined ? Number(indexed) : hexColor(attr(fgColor, "rgb"));
}

/**
 * What a cell style's fill is to the fake, the one rule the reader (cell-style-looks.ts), the not-kept check
 * (styles-beyond-looks.ts) and the saver (file-style-xfs.ts) share: "none" for no pattern and for the reserved
 * gray125 (fills 0 and 1 are reserved, §18.8.21); "read" for a solid fill in a colour fillColorOf reads, which
 * becomes the cell's fill in the fake; "beyond" for the rest (other patterns, gradients §18.8.24, theme or
 * tinted colours), which the fake does not read and the download carries over as the file wrote it.
 */
export function fillKind(fill: FillParts, index: number): "none" | "read" | "beyond" {
  if (fill.gradient) return "beyond";
  const p = fill.pattern;
  if (p === undefined || p === "none" || (p === "gray125" && index <= 1)) return "none";
  if (p !== "solid") return "beyond";
  return fillColorOf(fill.fgColor) === undefined ? "beyond" : "read";
}

/**
 * Collects a fill's parts from a streamed styles part: `open` takes each opened element inside a fill, `take`
 * gives the parts at the fill's end and starts afresh.
 */
export class FillPartsReader {
  private parts: FillParts = { gradient: false };

  open(name: string, tag: string): void {
    if (name === "patternFill") this.parts.pattern = attr(tag, "patternType") ?? "none";
    else if (name === "gradientFill") this.parts.gradient = true;
    else if (name === "fgColor") this.parts.fgColor = tag;
  }

  take(): FillParts {
    const parts = this.parts;
    this.parts = { gradient: false };
    return parts;
  }
}

/** The parts of one fill element given as XML. */
export function fillPartsOf(fillXml: string): FillParts {
  const reader = new FillPartsReader();
  readXml(fillXml, (name, tag) => reader.open(name, tag));
  return reader.take();
}
