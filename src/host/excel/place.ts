import { HostError } from "../host-api";
import { type Rect, bounding, intersect, rectAddress } from "./a1";
import type { ApplyRun, ColumnsTarget } from "./apply-types";
import { blockFingerprint, changedColumns } from "./block-fingerprint";
import type { ColumnProbe, Inspection } from "./inspect";
import type { RegistryColumn } from "./output-registry";
import { GEOMETRY, rectOf } from "./range-geometry";
import type { XlRange } from "./xl-types";

/**
 * Where each column block goes. A block goes where TierLadder wrote it last time (the registry's entry for
 * the same key, sheet id, header row and table), else at the plan's first column, or right of every used
 * cell in its rows when the plan allows; in a table, as new table columns. Cells the block needs that are not
 * TierLadder's previous block must be empty: those possibly in the way are listed in `uncertain` for a
 * closer look (closer-look.ts), which also checks that the previous block still holds what was written.
 */
export function placeColumns(insp: Inspection): {
  targets: ColumnsTarget[];
  uncertain: { target: ColumnsTarget; rect: Rect }[];
} {
  const targets: ColumnsTarget[] = [];
  const uncertain: { target: ColumnsTarget; rect: Rect }[] = [];
  for (const probe of insp.probes) {
    const { target, mustBeEmpty } = placeOne(insp, probe);
    targets.push(target);
    for (const rect of mustBeEmpty) uncertain.push({ target, rect });
  }
  return { targets, uncertain };
}

function placeOne(
  insp: Inspection,
  { p, sheet, region, table }: ColumnProbe,
): { target: ColumnsTarget; mustBeEmpty: Rect[] } {
  const k = p.headers.length;
  const prev = previousBlock(insp, p, sheet.id);
  const { column, addTableColumns } =
    p.tableName && table
      ? tableColumns(p, table, prev)
      : { column: prev ? prev.column : p.firstColumn, addTableColumns: false };
  const rect: Rect = { row: p.headerRow, column, rowCount: p.rows.length + 1, columnCount: k };
  const kept = prev && !addTableColumns ? prev : undefined;
  const old: Rect | undefined = kept && {
    row: p.headerRow,
    column: kept.column,
    rowCount: kept.rowCount + 1,
    columnCount: kept.columnCount,
  };
  const used = region.isNullObject ? undefined : rectOf(region);
  const mustBeEmpty: Rect[] = [];
  for (const e of subtract(rect, old)) {
    const insideRegion =
      e.column >= p.firstColumn && e.row >= p.headerRow && e.row + e.rowCount <= p.headerRow + p.rows.length + 1;
    if (insideRegion && (!used || !intersect(used, e))) continue;
    if (p.findEmptyToRight && !prev && !p.tableName && used && insideRegion) {
      rect.column = used.column + used.columnCount; // right of every used cell in these rows
      mustBeEmpty.length = 0;
      break;
    }
    if (!p.overwrite) mustBeEmpty.push(e);
  }
  const clearRows =
    old && old.rowCount > rect.rowCount && old.column === rect.column
      ? {
          row: rect.row + rect.rowCount,
          column: old.column,
          rowCount: old.rowCount - rect.rowCount,
          columnCount: old.columnCount,
        }
      : undefined;
  const restoreRect = old && old.column === rect.column ? bounding(rect, old) : { ...rect };
  return {
    target: {
      plan: p,
      sheetId: sheet.id,
      sheetName: sheet.name,
      rect,
      addTableColumns,
      clearRows,
      prev: kept,
      restoreRect,
    },
    mustBeEmpty,
  };
}

/** The registry's entry for the block TierLadder wrote last time: same key, sheet, header row and table. */
function previousBlock(insp: Inspection, p: ColumnProbe["p"], sheetId: string): RegistryColumn | undefined {
  return insp.registry.columns.find(
    (c) =>
      c.key === p.key &&
      c.sheetId === sheetId &&
      c.headerRow === p.headerRow &&
      (c.tableName ?? "") === (p.tableName ?? ""),
  );
}

/**
 * A block in a table: where the table still has the previous block as its last columns, there; else as new
 * table columns right of it. The table must still span the rows that were read.
 */
function tableColumns(
  p: ColumnProbe["p"],
  table: XlRange,
  prev: RegistryColumn | undefined,
): { column: number; addTableColumns: boolean } {
  if (table.rowIndex !== p.headerRow || table.rowCount !== p.rows.length + 1) {
    throw new HostError(
      "TableChanged",
      `The table ${p.tableName} now spans ${table.address}; it had ${p.rows.length} data rows under a header on row ${p.headerRow + 1} when it was read. Read the selection again.`,
      "host.tableChanged",
      { table: p.tableName!, address: table.address },
    );
  }
  const tableRight = table.columnIndex + table.columnCount;
  const prevStillThere =
    !!prev && prev.column + prev.columnCount === tableRight && prev.columnCount === p.headers.length;
  return prevStillThere
    ? { column: prev.column, addTableColumns: false }
    : { column: tableRight, addTableColumns: true };
}

/** Queues the check of cells that may be in a block's way (read after the closer look's sync). */
export function queueOccupiedCheck(
  run: ApplyRun,
  uncertain: { target: ColumnsTarget; rect: Rect }[],
): () => { sheet: string; range: XlRange }[] {
  const ranges = uncertain.map((u) => ({
    sheet: u.target.sheetName,
    range: run.ctx.workbook.worksheets
      .getItem(u.target.sheetName)
      .getRangeByIndexes(u.rect.row, u.rect.column, u.rect.rowCount, u.rect.columnCount)
      .getUsedRangeOrNullObject(true)
      .load(GEOMETRY),
  }));
  return () => ranges.filter((r) => !r.range.isNullObject);
}

/**
 * Stops when the previous block no longer holds what TierLadder wrote there (the user typed over it,
 * deleted it, or inserted a column so their data moved in): its cells are not TierLadder's to overwrite.
 * `cells` are the block's current values (header row first); registries without a fingerprint compare the header.
 */
export function checkOwnBlock(t: ColumnsTarget, cells: readonly (readonly (string | number | boolean)[])[]): void {
  const prev = t.prev;
  if (!prev) return;
  const block = cells
    .slice(0, prev.rowCount + 1)
    .map((r, i) =>
      i === 0 && prev.tableName ? r.slice(0, prev.columnCount).map(() => "") : r.slice(0, prev.columnCount),
    );
  const changed = prev.fingerprint
    ? changedColumns(prev.fingerprint, blockFingerprint(block), prev.columnCount)
    : prev.headers.map((h, j) => (String(block[0]?.[j] ?? "") === h ? -1 : j)).filter((j) => j >= 0);
  if (changed.length === 0) return;
  const address = rectAddress(
    { row: prev.headerRow, column: prev.column, rowCount: prev.rowCount + 1, columnCount: prev.columnCount },
    t.sheetName,
  );
  const columns = changed
    .map((j) =>
      rectAddress({ row: prev.headerRow, column: prev.column + j, rowCount: 1, columnCount: 1 }).replace(/\d+$/, ""),
    )
    .join(", ");
  throw new HostError(
    "CellsNotEmpty",
    `TierLadder would write over cells that are no longer its own: ${address} changed since the last run (column ${columns}). Move or clear them, or choose to overwrite.`,
    "host.outputChanged",
    { cells: address, columns },
  );
}

/** The parts of `a` outside `b` (at most two rectangles when b shares a's top-left corner, else a itself). */
function subtract(a: Rect, b: Rect | undefined): Rect[] {
  if (!b || !intersect(a, b)) return [a];
  const out: Rect[] = [];
  const bBottom = b.row + b.rowCount,
    aBottom = a.row + a.rowCount;
  const bRight = b.column + b.columnCount,
    aRight = a.column + a.columnCount;
  if (b.row > a.row || b.column > a.column) return [a];
  if (aBottom > bBottom)
    out.push({ row: bBottom, column: a.column, rowCount: aBottom - bBottom, columnCount: a.columnCount });
  if (aRight > bRight)
    out.push({
      row: a.row,
      column: bRight,
      rowCount: Math.min(aBottom, bBottom) - a.row,
      columnCount: aRight - bRight,
    });
  return out;
}
