import { gatherGroup, type RowGroups } from "../group-rows";

/** Runs fn on each group's rows (or once on all rows) and writes its per-row output back. */
export function perGroup(
  groups: RowGroups | undefined,
  columns: readonly Float64Array[],
  out: Float64Array | Int32Array,
  fn: (cols: Float64Array[], g: number) => ArrayLike<number>,
): void {
  if (!groups) {
    out.set(fn([...columns], 0));
    return;
  }
  for (let g = 0; g < groups.names.length; g++) {
    const part = fn(
      columns.map((c) => gatherGroup(groups, g, c)),
      g,
    );
    for (let j = groups.start[g]; j < groups.start[g + 1]; j++) out[groups.rows[j]] = part[j - groups.start[g]];
  }
}
