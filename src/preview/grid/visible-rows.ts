/**
 * Which rows a scrolled grid must render (windowing, as react-window does): only the rows inside the
 * viewport plus a few on each side, so a sheet of 1,000,000 rows costs as much as one of 40.
 * Rows have a fixed height; returns an inclusive range [first, last], or last < first when there are no rows.
 */
export function visibleRows(args: {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  overscan?: number;
}): { first: number; last: number } {
  const { scrollTop, viewportHeight, rowHeight, rowCount } = args;
  const overscan = args.overscan ?? 5;
  if (rowCount <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const shown = Math.ceil(Math.max(viewportHeight, 0) / rowHeight);
  const first = Math.max(0, Math.min(top, rowCount - 1) - overscan);
  const last = Math.min(rowCount - 1, top + shown + overscan);
  return { first, last };
}
