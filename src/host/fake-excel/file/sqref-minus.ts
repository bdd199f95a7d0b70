import { type Rect, intersect, parseAddress, rectAddress } from "../../../engine/cells";

/** `a` less `hole`: the rows above and below the overlap across `a`, then the columns left and right of it. */
function rectMinus(a: Rect, hole: Rect): Rect[] {
  const i = intersect(a, hole);
  if (!i) return [a];
  const bands: Rect[] = [
    { row: a.row, column: a.column, rowCount: i.row - a.row, columnCount: a.columnCount },
    {
      row: i.row + i.rowCount,
      column: a.column,
      rowCount: a.row + a.rowCount - i.row - i.rowCount,
      columnCount: a.columnCount,
    },
    { row: i.row, column: a.column, rowCount: i.rowCount, columnCount: i.column - a.column },
    {
      row: i.row,
      column: i.column + i.columnCount,
      rowCount: i.rowCount,
      columnCount: a.column + a.columnCount - i.column - i.columnCount,
    },
  ];
  return bands.filter((b) => b.rowCount > 0 && b.columnCount > 0);
}

/**
 * A list of ranges (ST_Sqref, ECMA-376 Part 1 §18.18.76: references separated by spaces) without the cells of
 * `hole`; the same text when no reference meets it, "" when none of its cells is left. A reference that is not a
 * range is left as it is.
 */
export function sqrefMinus(sqref: string, hole: Rect): string {
  const refs = sqref.split(/\s+/).filter(Boolean);
  const rects = refs.map((ref) => parseAddress(ref)?.rect);
  if (!rects.some((r) => r !== undefined && intersect(r, hole))) return sqref;
  return refs
    .flatMap((ref, k) => {
      const r = rects[k];
      return r === undefined ? [ref] : rectMinus(r, hole).map((part) => rectAddress(part));
    })
    .join(" ");
}
