import { KeptArray } from "../kept-array";
import { RadixArgsort, type SortedRows } from "./radix-argsort";

/**
 * The sorter's buffers and the finite rows' list are kept from call to call (they grow to the largest
 * column seen, 24 bytes a row, and are not returned): the pane tiers the same table again on every
 * keystroke, and on a million rows the first write to fresh memory costs as much as the sort's passes.
 * So the rows returned are valid only until the next call.
 */
const sorter = new RadixArgsort();
const finiteRows = new KeptArray((n) => new Uint32Array(n));

/** The finite rows of a column sorted ascending, by a radix argsort (no per-row binary search). */
export function sortFinite(column: ArrayLike<number>): SortedRows {
  const rows = column.length;
  let count = 0;
  for (let r = 0; r < rows; r++) if (Number.isFinite(column[r])) count++;
  if (count === rows) return sorter.sort(column);
  const list = finiteRows.take(count);
  for (let r = 0, j = 0; r < rows; r++) if (Number.isFinite(column[r])) list[j++] = r;
  return sorter.sort(column, list);
}
