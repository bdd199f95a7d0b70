import type { Table } from "../table";
import { groupRows, type RowGroups } from "./group-rows";
import { NO_TIER } from "./types";

/** 1 at each data row whose grid row is in `exclude`; undefined when no row is. */
export function excludedRows(table: Table, exclude: ReadonlySet<number> | undefined): Uint8Array | undefined {
  if (!exclude || exclude.size === 0) return undefined;
  const out = new Uint8Array(table.rows.length);
  let any = false;
  for (let i = 0; i < out.length; i++) {
    if (exclude.has(table.firstRow + i)) {
      out[i] = 1;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** The table with the excluded rows blanked (same grid rows, so the report still points at the right cells). */
export function blankRows(table: Table, dropped: Uint8Array): Table {
  const blank = table.columns.map(() => null);
  return { ...table, rows: table.rows.map((row, i) => (dropped[i] ? blank : row)) };
}

/**
 * Groups of the kept rows only, so a group made only of left-out rows does not exist; a left-out row
 * belongs to no group (of = −1) and so gets no per-group figure.
 */
export function groupKeptRows(keys: readonly string[], dropped: Uint8Array | undefined): RowGroups {
  if (!dropped) return groupRows(keys, keys.length);
  const kept: number[] = [];
  for (let i = 0; i < keys.length; i++) if (!dropped[i]) kept.push(i);
  const g = groupRows(
    kept.map((i) => keys[i]),
    kept.length,
  );
  const of = new Int32Array(keys.length).fill(-1);
  for (let j = 0; j < kept.length; j++) of[kept[j]] = g.of[j];
  return { names: g.names, of, start: g.start, rows: Int32Array.from(g.rows, (j) => kept[j]) };
}

/** The per-row arrays a left-out row is cleared in. */
export interface DroppedFigures {
  readonly tier: Int32Array;
  readonly rank: Int32Array;
  readonly groupSize: Int32Array;
  readonly floats: readonly (Float64Array | undefined)[];
  readonly ruleIndex?: Int32Array;
}

/** What a left-out row shows: no tier, no rank, no share, no score. */
export function clearDropped(dropped: Uint8Array, a: DroppedFigures): void {
  for (let i = 0; i < dropped.length; i++) {
    if (!dropped[i]) continue;
    a.tier[i] = NO_TIER;
    a.rank[i] = 0;
    a.groupSize[i] = 0;
    for (const f of a.floats) if (f) f[i] = NaN;
    if (a.ruleIndex) a.ruleIndex[i] = -1;
  }
}
