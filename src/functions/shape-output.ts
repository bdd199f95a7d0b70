import type { Orientation } from "./coerce-cells";

/** Lays a list out as Excel spills it: one cell per row for a column, one row for a row. */
export function shapeLike<T>(items: ArrayLike<T>, orientation: Orientation): T[][] {
  if (orientation === "row") return [Array.from(items)];
  const out = new Array<T[]>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = [items[i]];
  return out;
}
