import { type Rect, rectAddress } from "../../../engine/cells";

/**
 * A sheet's merged areas as a worksheet's `<mergeCells>` (ECMA-376 Part 1 §18.3.1.55, one `<mergeCell ref>` per
 * area, §18.3.1.56), "" for none. Written by our own code beside the cell data rather than by ExcelJS's
 * Worksheet.mergeCells, which makes a cell object for every cell of an area (a merged column is a million) and
 * turns the cells under it into copies of its first, the look cells of workbook-skeleton.ts among them.
 * CT_Worksheet (§18.3.1.99) puts it after sheetData and the sheet's protection and filter: worksheet-sequence.ts
 * puts it in its place.
 */
export function mergeCellsXml(areas: readonly Rect[]): string {
  if (areas.length === 0) return "";
  const refs = areas.map((a) => `<mergeCell ref="${rectAddress(a)}"/>`).join("");
  return `<mergeCells count="${areas.length}">${refs}</mergeCells>`;
}
