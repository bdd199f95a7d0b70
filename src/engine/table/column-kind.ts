import type { ColumnKind } from "./types";

/** How many cells of each kind a column holds (see cellKind), plus how many numbers look like serial dates. */
export interface KindCounts {
  blank: number;
  number: number;
  date: number;
  text: number;
  boolean: number;
  error: number;
  /** Numbers in 1 … 2958465, i.e. that could be Excel date serials. */
  serialLike: number;
}

export const emptyCounts = (): KindCounts => ({
  blank: 0,
  number: 0,
  date: 0,
  text: 0,
  boolean: 0,
  error: 0,
  serialLike: 0,
});

/** Share of the non-blank, non-error cells one kind must reach for the column to be that kind. */
export const DOMINANT_SHARE = 0.8;

/**
 * A column's kind from its cell counts: the kind of at least 80 % of its non-blank, non-error cells
 * (a stray "n/a" or #N/A does not turn a sales column into "mixed"); numbers and dates together count
 * as the more frequent of the two; booleans count with text; no cells at all is "empty".
 */
export function columnKind(counts: KindCounts): ColumnKind {
  const considered = counts.number + counts.date + counts.text + counts.boolean;
  if (considered === 0) return counts.error > 0 ? "mixed" : "empty";
  const need = DOMINANT_SHARE * considered;
  if (counts.number + counts.date >= need) return counts.date > counts.number ? "date" : "number";
  if (counts.text + counts.boolean >= need) return "text";
  return "mixed";
}
