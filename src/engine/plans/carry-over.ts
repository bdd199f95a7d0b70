import type { Rect } from "../cells";
import type { PlanSheet, PlanTable, PlanValue } from "./types";

/** A table as it stood in the workbook before a refresh (header row, data rows, formats of the first data row). */
export interface PreviousTable {
  readonly headers: readonly PlanValue[];
  readonly rows: readonly (readonly PlanValue[])[];
  readonly formats?: readonly (string | undefined)[];
}

export interface CarriedTable {
  readonly table: PlanTable;
  /** New rows whose user columns (Status, Notes) changed to what a previous row with the same key held. */
  readonly carried: number;
  /** Rows of the previous table whose key is not in the new list (added by hand, or no longer planned), kept at the end. */
  readonly kept: number;
  /** Columns added right of the plan's: columns the user added to the table, then the "kept" mark column. */
  readonly addedColumns: number;
}

/**
 * Merges what the user typed into TierLadder's previous table with the new list, so a refresh loses
 * nothing of theirs:
 * - a new row whose key (carryOver.keyColumns, e.g. customer + task + due date; text compared trimmed and
 *   case-insensitively) matches a previous row takes that row's user columns (Status, Notes) when they are
 *   not blank; rows with the same key pair up in order;
 * - previous rows that match no new row — tasks typed in by hand, or tasks no longer planned — are kept,
 *   with all their values, after the new rows, and marked in an extra last column (carryOver.keptHeaders[0]
 *   / keptMark), so a manager can filter them, finish them or delete them; blank rows are dropped;
 * - columns the user added to the table are kept (right of the plan's columns), values following their row.
 * Previous columns are found by header text, else — for a column whose header was renamed or written in
 * the other language — by position when the header there names no other column of the plan.
 */
export function carryOverTable(table: PlanTable, previous: PreviousTable): CarriedTable {
  const spec = table.carryOver;
  if (!spec) return { table, carried: 0, kept: 0, addedColumns: 0 };
  const { map, extras } = previousColumns(table, previous.headers, spec.keptHeaders);
  const translate = (v: PlanValue) => translated(v, spec.translate);

  // Previous rows by key, in order.
  const oldRows = previous.rows.filter((r) => r.some((v) => v !== null && v !== "" && v !== undefined));
  const byKey = rowsByKey(
    oldRows,
    spec.keyColumns.map((j) => map[j]),
  );
  const used = new Uint8Array(oldRows.length);
  let carried = 0;
  const rows: PlanValue[][] = table.rows.map((r) => {
    const out = [...r];
    const match = byKey.get(keyOf(r, spec.keyColumns))?.shift();
    if (match !== undefined) {
      used[match] = 1;
      const old = oldRows[match];
      let changed = false;
      for (const j of spec.userColumns) {
        const v = cell(old, map[j]);
        if (v === null) continue;
        const t = translate(v);
        if (t !== out[j]) changed = true;
        out[j] = t;
      }
      if (changed) carried++;
      for (const i of extras) out.push(cell(old, i));
    } else for (let e = 0; e < extras.length; e++) out.push(null);
    return out;
  });
  const keptRows: PlanValue[][] = [];
  oldRows.forEach((old, k) => {
    if (used[k]) return;
    const out = table.headers.map((_, j) =>
      spec.userColumns.includes(j) ? translate(cell(old, map[j])) : cell(old, map[j]),
    );
    for (const i of extras) out.push(cell(old, i));
    out.push(spec.keptMark);
    keptRows.push(out);
  });
  const kept = keptRows.length;
  if (kept > 0) for (const r of rows) r.push(null);
  const headers = [
    ...table.headers,
    ...extras.map((i) => String(previous.headers[i] ?? "")),
    ...(kept > 0 ? [spec.keptHeaders[0]] : []),
  ];
  return {
    table: {
      ...table,
      headers,
      rows: [...rows, ...keptRows],
      columnFormats: mergedFormats(table, previous.formats, extras, kept > 0),
    },
    carried,
    kept,
    addedColumns: headers.length - table.headers.length,
  };
}

/** A carried value in the new language (a status typed in the other one), else as it was. */
function translated(v: PlanValue, translate: Readonly<Record<string, string>> | undefined): PlanValue {
  return typeof v === "string" && translate && Object.hasOwn(translate, v.trim()) ? translate[v.trim()] : v;
}

/** A previous row's cell in column `i`: null where the column is missing or the cell blank. */
function cell(row: readonly PlanValue[], i: number): PlanValue {
  return i < 0 || row[i] === undefined || row[i] === "" ? null : row[i];
}

/** The plan's column formats, then the user's added columns' own (General as none), then none for the kept mark; undefined when there is none at all. */
function mergedFormats(
  table: PlanTable,
  previousFormats: PreviousTable["formats"],
  extras: readonly number[],
  withKeptMark: boolean,
): (string | undefined)[] | undefined {
  if (!table.columnFormats && !extras.some((i) => previousFormats?.[i])) return undefined;
  return [
    ...table.headers.map((_, j) => table.columnFormats?.[j]),
    ...extras.map((i) => (previousFormats?.[i] && previousFormats[i] !== "General" ? previousFormats[i] : undefined)),
    ...(withKeptMark ? [undefined] : []),
  ];
}

/**
 * Where each plan column was in the previous table (`map`, -1 when nowhere) and the previous columns the
 * user added (`extras`): found by header text, else by position when the header there names no other plan
 * column; the "kept" mark column is neither.
 */
function previousColumns(
  table: PlanTable,
  previousHeaders: readonly PlanValue[],
  keptHeaders: readonly string[],
): { map: number[]; extras: number[] } {
  const oldHeaders = previousHeaders.map(norm);
  const keptNames = new Set(keptHeaders.map(norm));
  const keptColumn = oldHeaders.findIndex((h) => keptNames.has(h));
  const planNames = new Set(table.headers.map(norm));
  const map = table.headers.map((h) => oldHeaders.indexOf(norm(h)));
  map.forEach((i, j) => {
    if (i < 0 && j < oldHeaders.length && j !== keptColumn && !map.includes(j) && !planNames.has(oldHeaders[j]))
      map[j] = j;
  });
  const extras = oldHeaders.map((_, i) => i).filter((i) => i !== keptColumn && !map.includes(i));
  return { map, extras };
}

/** Previous rows' indexes by key, in order; none when a key column is missing from the previous table. */
function rowsByKey(rows: readonly (readonly PlanValue[])[], keyColumns: readonly number[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  if (!keyColumns.every((i) => i >= 0)) return byKey;
  rows.forEach((r, k) => {
    const key = keyOf(r, keyColumns);
    const list = byKey.get(key);
    if (list) list.push(k);
    else byKey.set(key, [k]);
  });
  return byKey;
}

/**
 * A sheet plan refreshed over the sheet's previous tables (see carryOverTable): each table with a
 * carryOver and a previous table is merged; what lies right of a widened table moves right with it, and
 * drop-downs and fills on a table's data rows cover the rows kept from before.
 */
export function refreshSheetPlan(
  sheet: PlanSheet,
  previousOf: (table: PlanTable) => PreviousTable | undefined,
): { sheet: PlanSheet; carried: number; kept: number } {
  let s = sheet;
  let carried = 0,
    kept = 0;
  for (let k = 0; k < s.tables.length; k++) {
    const t = s.tables[k];
    const previous = t.carryOver ? previousOf(t) : undefined;
    if (!previous) continue;
    const merged = carryOverTable(t, previous);
    carried += merged.carried;
    kept += merged.kept;
    const right = t.column + t.headers.length;
    const by = merged.addedColumns;
    const bodyBefore = {
      row: t.row + 1,
      column: t.column,
      rowCount: Math.max(1, t.rows.length),
      columnCount: t.headers.length,
    };
    const bodyRows = Math.max(1, merged.table.rows.length);
    const move = (r: Rect): Rect => {
      const shifted = r.column >= right ? { ...r, column: r.column + by } : r;
      const onBody =
        r.row === bodyBefore.row &&
        r.rowCount === bodyBefore.rowCount &&
        r.column >= t.column &&
        r.column + r.columnCount <= right;
      return onBody ? { ...shifted, rowCount: bodyRows } : shifted;
    };
    s = {
      ...s,
      tables: s.tables.map((x, i) =>
        i === k ? merged.table : x.column >= right ? { ...x, column: x.column + by } : x,
      ),
      blocks: s.blocks.map((b) => (b.column >= right ? { ...b, column: b.column + by } : b)),
      validations: s.validations.map((v) => ({ ...v, range: move(v.range) })),
      conditionalFills: s.conditionalFills.map((f) => ({ ...f, range: move(f.range) })),
      charts: s.charts.map((c) => ({
        ...c,
        categories: move(c.categories),
        position: move(c.position),
        series: c.series.map((x) => ({ ...x, values: move(x.values) })),
      })),
      columnWidths: s.columnWidths?.map((w) => (w.column >= right ? { ...w, column: w.column + by } : w)),
    };
  }
  return { sheet: s, carried, kept };
}

/** Text trimmed and lower-cased; numbers and booleans as JavaScript prints them; blanks as "". */
function norm(v: PlanValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim().toLowerCase() : String(v);
}

function keyOf(row: readonly PlanValue[], columns: readonly number[]): string {
  return columns.map((i) => norm(row[i])).join("\u0000");
}
