import { InputError } from "../errors";

/** Rows bucketed by group key: group g holds rows[start[g] .. start[g + 1] − 1], in row order. */
export interface RowGroups {
  /** Group names in order of first appearance. */
  readonly names: string[];
  /** Group index of each row. */
  readonly of: Int32Array;
  readonly start: Int32Array;
  readonly rows: Int32Array;
}

/**
 * Buckets rows by key with one counting sort (no per-row arrays), so grouped methods copy each group's
 * values into one typed array. Blank keys form a group of their own.
 */
export function groupRows(groupKeys: readonly string[], expectedRows: number): RowGroups {
  const n = groupKeys.length;
  if (n !== expectedRows) {
    throw new InputError(
      "grouped.rows",
      { keys: n, values: expectedRows },
      `grouped tiering: expected one group key per row (${expectedRows}), found ${n}.`,
    );
  }
  const ids = new Map<string, number>();
  const of = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const key = groupKeys[r];
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    of[r] = id;
  }
  return { names: [...ids.keys()], of, ...bucketRows(of, ids.size) };
}

/**
 * The rows of each group, in row order, by one counting sort over each row's group index (`of`; a row of
 * group −1 is in none): group g holds rows[start[g] .. start[g + 1] − 1].
 */
export function bucketRows(of: Int32Array, groupCount: number): Pick<RowGroups, "start" | "rows"> {
  const start = new Int32Array(groupCount + 1);
  for (let r = 0; r < of.length; r++) if (of[r] >= 0) start[of[r] + 1]++;
  for (let i = 0; i < groupCount; i++) start[i + 1] += start[i];
  const fill = start.slice(0, groupCount);
  const rows = new Int32Array(start[groupCount]);
  for (let r = 0; r < of.length; r++) if (of[r] >= 0) rows[fill[of[r]]++] = r;
  return { start, rows };
}

/** The values of group g, copied into a new Float64Array. */
export function gatherGroup(groups: RowGroups, g: number, values: ArrayLike<number>): Float64Array {
  const a = groups.start[g];
  const b = groups.start[g + 1];
  const out = new Float64Array(b - a);
  for (let j = a; j < b; j++) out[j - a] = values[groups.rows[j]];
  return out;
}
