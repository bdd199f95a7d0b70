import { type Rect, intersect, rectAddress } from "../../../engine/cells";
import type { CellLooks } from "./cell-looks";
import type { FileSheet } from "./file-workbook";
import { FileSaveError } from "./file-save-error";

/** Rows [from, to) where the same style rectangles apply: each column's decoration (cell-looks.ts), 0 beyond `decorations`. */
export interface StyleBand {
  readonly from: number;
  readonly to: number;
  readonly decorations: readonly number[];
}

/** "#C6EFCE" → ARGB "FFC6EFCE"; the host sets fills as #RRGGBB only, anything else is refused, not guessed. */
export function argbOf(color: string, sheet: string, address: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  if (!m)
    throw new FileSaveError(
      { problem: "fillColour", sheet, address, detail: color },
      `Sheet “${sheet}”, ${address}: the fill colour “${color}” cannot be saved; only #RRGGBB colours are supported.`,
    );
  return `FF${m[1].toUpperCase()}`;
}

interface Clipped {
  readonly rect: Rect;
  readonly bold?: boolean;
  /** ARGB, null for "no fill", undefined when the rectangle leaves the fill alone. */
  readonly fill?: string | null;
  readonly fileStyle?: number | null;
}

/**
 * Bold, fill and an opened file's own style as the fake keeps them (styles over rectangles, the later one winning, as fake-workbook-view's
 * cellView reads them), inside the sheet's used range (values or formats): a style on cells beyond it — a
 * cleared block, a whole column — has nothing to show and is not written. The rows are cut into bands at each
 * rectangle's edges, so a sheet of a million rows under a few rectangles costs a few bands, not a lookup per cell.
 */
export function styleBands(sheet: FileSheet, looks: CellLooks): StyleBand[] {
  const { used } = sheet;
  if (!used) return [];
  const clipped: Clipped[] = [];
  for (const style of sheet.styles) {
    const rect = intersect(style.rect, used);
    if (!rect) continue;
    const fill = style.fill === null ? null : style.fill && argbOf(style.fill, sheet.name, rectAddress(rect));
    clipped.push({ rect, bold: style.bold, fill, fileStyle: style.fileStyle });
  }
  const edges = [...new Set(clipped.flatMap((s) => [s.rect.row, s.rect.row + s.rect.rowCount]))].sort((a, b) => a - b);
  const bands: StyleBand[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i];
    const bold: (boolean | undefined)[] = [];
    const fill: (string | null | undefined)[] = [];
    const fileStyle: (number | null | undefined)[] = [];
    for (const s of clipped) {
      if (s.rect.row > from || s.rect.row + s.rect.rowCount <= from) continue;
      for (let c = s.rect.column; c < s.rect.column + s.rect.columnCount; c++) {
        if (s.bold !== undefined) bold[c] = s.bold;
        if (s.fill !== undefined) fill[c] = s.fill;
        if (s.fileStyle !== undefined) fileStyle[c] = s.fileStyle;
      }
    }
    const decorations: number[] = [];
    const end = Math.max(bold.length, fill.length, fileStyle.length);
    for (let c = 0; c < end; c++)
      decorations[c] = looks.decoration(bold[c] === true, fill[c] ?? undefined, fileStyle[c] ?? undefined);
    while (decorations.length > 0 && decorations[decorations.length - 1] === 0) decorations.pop();
    if (decorations.length > 0) bands.push({ from, to: edges[i + 1], decorations });
  }
  return bands;
}
