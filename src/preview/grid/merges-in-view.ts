import type { Rect } from "../../engine/cells";

/**
 * The merged areas among the rendered rows (in ascending order), each under the first rendered row it covers:
 * that row draws it as one cell over all its rows, even when its top row is scrolled out of view or hidden.
 * `inView` lists them all, so a cell can be checked against a few areas rather than the sheet's every one.
 */
export function mergesInView(
  merges: readonly Rect[],
  rows: readonly number[],
): { byRow: Map<number, Rect[]>; inView: Rect[] } {
  const byRow = new Map<number, Rect[]>();
  const inView: Rect[] = [];
  for (const m of merges) {
    // The first rendered row at or after the area's top row (binary search).
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < m.row) lo = mid + 1;
      else hi = mid;
    }
    const row = rows[lo];
    if (row === undefined || row >= m.row + m.rowCount) continue;
    inView.push(m);
    const list = byRow.get(row);
    if (list) list.push(m);
    else byRow.set(row, [m]);
  }
  return { byRow, inView };
}
