import type { PlanSheet, PlanTable, PlanValue } from "../../engine/plans/types";
import type { PreviousTable } from "../../engine/plans/carry-over";
import { type Rect, MAX_ROWS } from "./a1";
import { PAYLOAD_BUDGET_BYTES, rowsPerChunk } from "./chunking";
import { errorCode } from "./errors";
import type { RegistrySheet } from "./output-registry";
import { toExcelValue } from "./protect-text";
import { type UserCell, findUserCells, isUserFormula, markFormula } from "./user-cells";
import type { XlChartCollection, XlContext, XlRange, XlTable, XlTableCollection, XlWorksheet } from "./xl-types";

/**
 * Refreshing one of TierLadder's own sheets in place. The sheet itself stays (same id, name and position),
 * so formulas elsewhere that point at it stay valid; its tables keep their names and are resized
 * (Table.resize, ExcelApi 1.13), so structured references such as TierLadderTasks[Status] stay valid too.
 * Before anything is cleared, the sheet's cells (values, formulas and number formats) are read: the task table's
 * rows carry the user's statuses and notes over (engine/plans carryOverTable), and if the write fails the
 * cells are put back. The whole used range is read, every column: non-blank cells outside TierLadder's own
 * tables and blocks (the registry's areas) are the user's and are written back after the refresh
 * (user-cells.ts).
 */
const GEOMETRY = "address,rowIndex,columnIndex,rowCount,columnCount";
/** Rows × columns of the sheet read with the second inspection (about 320,000 cells). */
export const REFRESH_WINDOW = { rows: 5_000, columns: 64 };

export interface RefreshProbe {
  readonly plan: PlanSheet;
  readonly prev: RegistrySheet;
  /** The sheet's current name (the user may have renamed it). */
  readonly name: string;
  readonly charts: XlChartCollection;
  readonly tables: XlTableCollection;
  /** Used range including formatted cells (what is cleared). */
  readonly used: XlRange;
  readonly window: XlRange;
  /** Tables of the plan that exist from the last run, by the plan's table name. */
  readonly oldTables: { readonly planName: string; readonly name: string; readonly range: XlRange; readonly sheet: XlWorksheet }[];
}

export interface OldSheet {
  readonly probe: RefreshProbe;
  /** Cells as they were (values and formats), from `rect`'s top-left. */
  readonly rect?: Rect;
  readonly values: (string | number | boolean)[][];
  /** Range.formulas of the same cells: a user's formula is written back as a formula, not its value. */
  readonly formulas: (string | number | boolean)[][];
  readonly formats: string[][];
  /** Tables of the last run that are still on this sheet: plan name → current name and range. */
  readonly tables: { readonly planName: string; readonly name: string; readonly rect: Rect }[];
  /** Non-blank cells outside TierLadder's own areas of the last run: written back after the refresh. */
  readonly userCells: readonly UserCell[];
  /** Set once a clearing step was queued: a failure then restores the cells. */
  touched: boolean;
}

/** Queues the second inspection of a sheet to refresh (goes with the check for occupied cells). */
export function queueRefreshProbe(ctx: XlContext, plan: PlanSheet, prev: RegistrySheet, name: string, tableNames: readonly string[], windowRows = REFRESH_WINDOW.rows): RefreshProbe {
  const ws = ctx.workbook.worksheets.getItem(prev.id);
  const lower = new Set(tableNames.map((n) => n.toLowerCase()));
  const oldTables = plan.tables.flatMap((t) => {
    const recorded = prev.tables?.find((x) => x.plan === t.name)?.name ?? t.name;
    if (!lower.has(recorded.toLowerCase())) return [];
    // Known to exist from the first inspection, so getItem (not a null object) can be chained.
    const table: XlTable = ctx.workbook.tables.getItem(recorded);
    return [{ planName: t.name, name: recorded, range: table.getRange().load(GEOMETRY), sheet: table.worksheet.load("id") }];
  });
  return {
    plan, prev, name,
    charts: ws.charts.load("items/name"),
    tables: ws.tables.load("items/name"),
    used: ws.getUsedRangeOrNullObject(false).load(GEOMETRY),
    window: ws.getRangeByIndexes(0, 0, Math.max(1, windowRows), REFRESH_WINDOW.columns).getUsedRangeOrNullObject(false).load(`${GEOMETRY},values,formulas,numberFormat`),
    oldTables,
  };
}

/** After the probe's sync: the sheet's cells (the rows beyond the window read in chunks under the budget). */
export async function readOldSheet(ctx: XlContext, probe: RefreshProbe, sync: () => Promise<void>, budget = PAYLOAD_BUDGET_BYTES, windowRead = true): Promise<OldSheet> {
  const tables = probe.oldTables
    .filter((t) => t.sheet.id === probe.prev.id)
    .map((t) => ({ planName: t.planName, name: t.name, rect: rectOf(t.range) }));
  if (probe.used.isNullObject) return { probe, values: [], formulas: [], formats: [], tables, userCells: [], touched: false };
  // Every column of the used range: the window (first 64 columns) covers TierLadder's narrow sheets in the
  // probe's sync; a sheet with cells further right is read again in row chunks under the budget.
  const rect = rectOf(probe.used);
  const values: (string | number | boolean)[][] = [];
  const formulas: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  let done = 0;
  if (windowRead && !probe.window.isNullObject) {
    const w = rectOf(probe.window);
    if (w.row === rect.row && w.column === rect.column && w.columnCount === rect.columnCount) {
      probe.window.values.forEach((r) => values.push(r));
      probe.window.formulas.forEach((r) => formulas.push(r));
      probe.window.numberFormat.forEach((r) => formats.push(r));
      done = w.rowCount;
    }
  }
  const ws = ctx.workbook.worksheets.getItem(probe.prev.id);
  let chunk = rowsPerChunk(60 * rect.columnCount, budget); // values, formulas and formats
  while (done < rect.rowCount) {
    const count = Math.min(chunk, rect.rowCount - done);
    const part = ws.getRangeByIndexes(rect.row + done, rect.column, count, rect.columnCount).load("values,formulas,numberFormat");
    try {
      await sync();
    } catch (e) {
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || count === 1) throw e;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    part.values.forEach((r) => values.push(r));
    part.formulas.forEach((r) => formulas.push(r));
    part.numberFormat.forEach((r) => formats.push(r));
    done += count;
  }
  const areas = [...ownAreas(probe.prev), ...tables.map((t) => t.rect)];
  return { probe, rect, values, formulas, formats, tables, userCells: findUserCells(rect, values, formats, areas, formulas), touched: false };
}

/**
 * TierLadder's cells on a sheet of the last run, as the registry recorded them; a registry written before
 * areas were recorded counts the first REFRESH_WINDOW.columns columns as TierLadder's (what refreshes read
 * and cleared then), so only cells right of them are taken for the user's.
 */
function ownAreas(prev: RegistrySheet): Rect[] {
  const ok = Array.isArray(prev.areas) && prev.areas.every((a) => [a?.row, a?.column, a?.rowCount, a?.columnCount].every((n) => Number.isInteger(n) && n >= 0));
  return ok ? [...prev.areas!] : [{ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: REFRESH_WINDOW.columns }];
}

/** The cells a sheet plan writes: its tables (header and at least one data row) and its blocks. */
export function planAreas(sheet: PlanSheet): Rect[] {
  return [
    ...sheet.tables.map((t) => ({ row: t.row, column: t.column, rowCount: Math.max(1, t.rows.length) + 1, columnCount: t.headers.length })),
    ...sheet.blocks.filter((b) => b.values.length > 0 && b.values[0].length > 0).map((b) => ({ row: b.row, column: b.column, rowCount: b.values.length, columnCount: b.values[0].length })),
  ];
}

/**
 * The previous table of a plan table, from the cells read (header row, data rows, first data row's formats).
 * A user's formula in a data cell comes as its formula marked (markFormula), so the carried-over Status or
 * Notes cell is written back as that formula; key columns (found by the plan's key headers, or at their
 * position) keep the value, which the rows are matched by.
 */
export function previousTable(old: OldSheet, planName: string, plan?: PlanTable): PreviousTable | undefined {
  const t = old.tables.find((x) => x.planName === planName);
  if (!t || !old.rect) return undefined;
  const top = t.rect.row - old.rect.row, left = t.rect.column - old.rect.column;
  if (top < 0 || left < 0 || left + t.rect.columnCount > old.rect.columnCount) return undefined;
  const slice = (r: number): PlanValue[] => (old.values[top + r] ?? []).slice(left, left + t.rect.columnCount);
  const headers = slice(0);
  const keys = plan?.carryOver?.keyColumns ?? [];
  const keyHeaders = new Set(keys.map((j) => norm(plan!.headers[j])));
  const isKey = (j: number) => keys.includes(j) || keyHeaders.has(norm(headers[j]));
  const rows: PlanValue[][] = [];
  for (let r = 1; r < t.rect.rowCount; r++) {
    const f = (old.formulas[top + r] ?? []).slice(left, left + t.rect.columnCount);
    rows.push(slice(r).map((v, j) => (!isKey(j) && isUserFormula(v, f[j]) ? markFormula(f[j] as string) : v)));
  }
  return { headers, rows, formats: (old.formats[top + 1] ?? []).slice(left, left + t.rect.columnCount) };
}

/**
 * Queues clearing a sheet before it is rewritten: its charts are deleted, tables of the last run that are
 * kept get their filters cleared (or, without Table.resize, are turned into plain cells to be re-created
 * under the same name), other tables become plain cells, and every used cell is cleared.
 */
export function queueClearSheet(ctx: XlContext, old: OldSheet, canResize: boolean): void {
  old.touched = true;
  const probe = old.probe;
  const ws = ctx.workbook.worksheets.getItem(probe.prev.id);
  for (const chart of probe.charts.items) chart.delete();
  const kept = new Set(old.tables.map((t) => t.name.toLowerCase()));
  for (const table of probe.tables.items) {
    if (kept.has(table.name.toLowerCase()) && canResize) table.clearFilters();
    else table.convertToRange();
  }
  if (!probe.used.isNullObject) {
    const u = rectOf(probe.used);
    ws.getRangeByIndexes(u.row, u.column, u.rowCount, u.columnCount).clear("All");
  }
  ws.freezePanes.unfreeze();
}

/**
 * Puts a refreshed sheet's cells back after a failed write: what this run drew is removed, the cells and
 * number formats read before are written again, and the kept tables get their old size (or are re-created
 * under their old names). Charts deleted by the failed run are not redrawn; running again redraws them.
 */
export async function restoreSheet(ctx: XlContext, old: OldSheet, sync: () => Promise<void>, canResize: boolean, budget = PAYLOAD_BUDGET_BYTES): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(old.probe.prev.id);
  const charts = ws.charts.load("items/name");
  const tables = ws.tables.load("items/name");
  const used = ws.getUsedRangeOrNullObject(false).load(GEOMETRY);
  await sync();
  for (const chart of charts.items) chart.delete();
  const names = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const keep = new Set(old.tables.map((t) => t.name.toLowerCase()));
  for (const t of tables.items) if (!keep.has(t.name.toLowerCase()) || !canResize) t.convertToRange();
  if (!used.isNullObject) ws.getRangeByIndexes(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount).clear("All");
  if (old.rect) {
    const rect = old.rect;
    const perRow = Math.max(1, JSON.stringify(old.formulas[0] ?? old.values[0] ?? []).length + JSON.stringify(old.formats[0] ?? []).length) * 1.5;
    const chunk = rowsPerChunk(perRow, budget / 2);
    for (let start = 0; start < rect.rowCount; start += chunk) {
      const count = Math.min(chunk, rect.rowCount - start);
      const range = ws.getRangeByIndexes(rect.row + start, rect.column, count, rect.columnCount);
      range.numberFormat = old.formats.slice(start, start + count);
      // Range.formulas: the user's formulas go back as formulas, every other cell as its (protected) value.
      range.formulas = old.values.slice(start, start + count).map((r, i) => r.map((v, j) => {
        const f = old.formulas[start + i]?.[j];
        return isUserFormula(v, f) ? f : toExcelValue(v);
      }));
      if (start + count < rect.rowCount) await sync();
    }
  }
  for (const t of old.tables) {
    const range = ws.getRangeByIndexes(t.rect.row, t.rect.column, t.rect.rowCount, t.rect.columnCount);
    if (names.has(t.name.toLowerCase()) && canResize) ctx.workbook.tables.getItem(t.name).resize(range);
    else ws.tables.add(range, true).name = t.name;
  }
  await sync();
}

function rectOf(r: XlRange): Rect {
  return { row: r.rowIndex, column: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };
}

function norm(v: PlanValue | undefined): string {
  return String(v ?? "").trim().toLowerCase();
}
