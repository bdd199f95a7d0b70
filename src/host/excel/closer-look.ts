import { HostError } from "../host-api";
import { intersect, rectAddress } from "./a1";
import type { ApplyRun, ColumnsTarget } from "./apply-types";
import { errorCode } from "./errors";
import { type CellGrid, GRID_IN_ONE_READ, queueGrid, readGrid } from "./grid-read";
import type { ColumnProbe, Inspection } from "./inspect";
import { checkOwnBlock, queueOccupiedCheck } from "./place";
import { rectOf } from "./range-geometry";
import { type OldSheet, type RefreshProbe, queueRefreshProbe, readOldSheet } from "./refresh";
import type { XlRange } from "./xl-types";

/** What the closer look read: TierLadder's sheets to refresh, and the cells under each column block. */
export interface CloserLook {
  readonly olds: OldSheet[];
  /** Cells a failure puts back, per column block; a block without one was blank and unformatted. */
  readonly grids: Map<ColumnsTarget, CellGrid>;
}

/**
 * The second sync, only when needed: cells that may be in a block's way; the previous block of each
 * re-run (checked to still hold what TierLadder wrote, and kept to be put back after a failure); cells under a
 * first-run block that carry formats; and TierLadder's own sheets to refresh in place (their cells read before
 * anything is touched: refresh.ts). Stops with a HostError listing occupied or changed cells.
 */
export async function closerLook(
  run: ApplyRun,
  insp: Inspection,
  targets: ColumnsTarget[],
  uncertain: { target: ColumnsTarget; rect: import("./a1").Rect }[],
): Promise<CloserLook> {
  const grids = new Map<ColumnsTarget, CellGrid>();
  const gridTargets = targets.filter((t) =>
    needsGrid(
      t,
      insp.probes.find((p) => p.p === t.plan)!,
    ),
  );
  let refreshProbes = queueRefreshProbes(run, insp);
  if (uncertain.length === 0 && refreshProbes.length === 0 && gridTargets.length === 0) return { olds: [], grids };
  let occupied = queueOccupiedCheck(run, uncertain);
  const small = gridTargets
    .filter((t) => cells(t) <= GRID_IN_ONE_READ)
    .map((t) => ({ t, take: queueGrid(run.ctx, t.sheetName, t.restoreRect) }));
  let windowRead = true;
  try {
    await run.sync();
  } catch (e) {
    // The sheets' first rows were too much for one response: look again without them, blocks in chunks.
    if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    occupied = queueOccupiedCheck(run, uncertain);
    refreshProbes = refreshProbes.map((r) =>
      queueRefreshProbe(run.ctx, r, { tableNames: insp.tableNames, windowRows: 1, chartIds: run.supports("1.7") }),
    );
    small.length = 0;
    await run.sync();
    windowRead = false;
  }
  const inTheWay = occupied();
  if (inTheWay.length > 0) throw await occupiedError(run, inTheWay);
  for (const { t, take } of small) grids.set(t, take());
  for (const t of gridTargets) if (!grids.has(t)) grids.set(t, await readGrid(run, t.sheetName, t.restoreRect));
  for (const t of gridTargets) checkOwnBlock(t, blockCells(t, grids.get(t)!));
  const olds: OldSheet[] = [];
  for (const r of refreshProbes) olds.push(await readOldSheet(run, r, windowRead));
  return { olds, grids };
}

function queueRefreshProbes(run: ApplyRun, insp: Inspection): RefreshProbe[] {
  return run.plan.sheets.flatMap((s) => {
    const prev = insp.registry.sheets.find((x) => x.key === s.key && insp.sheetIds.has(x.id));
    const sheet = prev && { plan: s, prev, name: insp.sheetIds.get(prev.id)! };
    return sheet
      ? [queueRefreshProbe(run.ctx, sheet, { tableNames: insp.tableNames, chartIds: run.supports("1.7") })]
      : [];
  });
}

/** A re-run's previous block is read (to check it and put it back); a first run's cells only when formatted. */
function needsGrid(t: ColumnsTarget, probe: ColumnProbe): boolean {
  if (t.addTableColumns) return false;
  if (t.prev) return true;
  return !probe.formatted.isNullObject && !!intersect(rectOf(probe.formatted), t.restoreRect);
}

function cells(t: ColumnsTarget): number {
  return t.restoreRect.rowCount * t.restoreRect.columnCount;
}

/** The previous block's cells within the grid read over restoreRect. */
function blockCells(t: ColumnsTarget, grid: CellGrid): (string | number | boolean)[][] {
  const prev = t.prev;
  if (!prev) return [];
  const top = t.plan.headerRow - grid.rect.row,
    left = prev.column - grid.rect.column;
  return grid.values.slice(top, top + prev.rowCount + 1).map((r) => r.slice(left, left + prev.columnCount));
}

async function occupiedError(run: ApplyRun, ranges: { sheet: string; range: XlRange }[]): Promise<HostError> {
  const samples = ranges.map(({ sheet, range }) => {
    const r = rectOf(range);
    const head = run.ctx.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(r.row, r.column, Math.min(r.rowCount, 200), r.columnCount)
      .load("values");
    return { sheet, r, head };
  });
  await run.sync();
  const found: string[] = [];
  for (const { sheet, r, head } of samples) {
    head.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== "" && v !== null)
          found.push(
            `${rectAddress({ row: r.row + i, column: r.column + j, rowCount: 1, columnCount: 1 }, sheet)} ("${String(v)}")`,
          );
      }),
    );
  }
  const shown = found.slice(0, 10).join(", ");
  const more = found.length > 10 ? ` and ${found.length - 10} more` : "";
  return new HostError(
    "CellsNotEmpty",
    `TierLadder would write over cells that are not empty: ${shown}${more}. Move or clear them, or choose to overwrite.`,
    "host.cellsNotEmpty",
    { cells: `${shown}${more}` },
  );
}
