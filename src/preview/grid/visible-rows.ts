import type { Axis } from "./axis";

/**
 * Which rows a scrolled grid must render (windowing, as react-window does): the shown rows between pixels `top`
 * and `bottom` of the rows' axis, plus `overscan` on each side, never one before `from` (the frozen rows are
 * drawn apart). Hidden rows are left out; each step is a binary search over the axis's runs, so a sheet of
 * 1,048,576 rows costs as much as one of 40. In row order; empty when there are no rows.
 */
export function visibleRows(
  rows: Axis,
  window: { top: number; bottom: number; from?: number; overscan?: number },
): number[] {
  const from = window.from ?? 0;
  const overscan = window.overscan ?? 5;
  if (rows.count <= from) return [];
  let first = rows.nextShown(Math.max(rows.indexAt(window.top), from), 1);
  if (first === undefined) first = rows.nextShown(rows.count - 1, -1);
  if (first === undefined || first < from) return [];
  for (let i = 0; i < overscan; i++) {
    const before = rows.nextShown(first - 1, -1);
    if (before === undefined || before < from) break;
    first = before;
  }
  const out: number[] = [];
  let after = 0;
  for (let r: number | undefined = first; r !== undefined && after <= overscan; r = rows.nextShown(r + 1, 1)) {
    out.push(r);
    if (rows.offset(r) + rows.size(r) > window.bottom) after++;
  }
  return out;
}
