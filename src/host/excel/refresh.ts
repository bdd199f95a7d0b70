import type { PlanSheet, PlanTable, PlanValue, PreviousTable } from "../../engine/plans";
import { type Rect, MAX_ROWS, bounding } from "./a1";
import type { Batch } from "./batch";
import { rowsPerChunk } from "./chunking";
import { readRowChunks } from "./grid-read";
import { GEOMETRY, rectOf } from "./range-geometry";
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
  /** Chart ids were loaded (ExcelApi 1.7): a failed refresh removes the charts it drew by id. */
  readonly chartIds: boolean;
  /** Tables of the plan that exist from the last run, by the plan's table name. */
  readonly oldTables: {
    readonly planName: string;
    readonly name: string;
    readonly range: XlRange;
    readonly sheet: XlWorksheet;
  }[];
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
  /** Every table on the sheet before the write (id, name, range): a failure puts back those the write turned into cells. */
  readonly allTables: readonly { readonly id: string; readonly name: string; readonly rect: Rect }[];
  /** Set once a clearing step was queued: a failure then restores the cells. */
  touched: boolean;
}

/** Which sheet a refresh probe looks at: the plan's sheet, its registry entry, and its current name. */
export type RefreshSheet = Pick<RefreshProbe, "plan" | "prev" | "name">;

/** How a refresh probe reads: the workbook's table names, the rows of the first window, whether Chart.id is there. */
export interface ProbeOptions {
  readonly tableNames: readonly string[];
  readonly windowRows?: number;
  readonly chartIds?: boolean;
}

/** Queues the second inspection of a sheet to refresh (goes with the check for occupied cells). */
export function queueRefreshProbe(ctx: XlContext, sheet: RefreshSheet, options: ProbeOptions): RefreshProbe {
  const { plan, prev, name } = sheet;
  const { tableNames, windowRows = REFRESH_WINDOW.rows, chartIds = false } = options;
  const ws = ctx.workbook.worksheets.getItem(prev.id);
  const lower = new Set(tableNames.map((n) => n.toLowerCase()));
  const oldTables = plan.tables.flatMap((t) => {
    const recorded = prev.tables?.find((x) => x.plan === t.name)?.name ?? t.name;
    if (!lower.has(recorded.toLowerCase())) return [];
    // Known to exist from the first inspection, so getItem (not a null object) can be chained.
    const table: XlTable = ctx.workbook.tables.getItem(recorded);
    return [
      { planName: t.name, name: recorded, range: table.getRange().load(GEOMETRY), sheet: table.worksheet.load("id") },
    ];
  });
  return {
    plan,
    prev,
    name,
    // Chart.id is ExcelApi 1.7 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart); Table.id 1.1.
    charts: chartIds ? ws.charts.load("items/name,items/id") : ws.charts.load("items/name"),
    chartIds,
    tables: ws.tables.load("items/name,items/id"),
    used: ws.getUsedRangeOrNullObject(false).load(GEOMETRY),
    window: ws
      .getRangeByIndexes(0, 0, Math.max(1, windowRows), REFRESH_WINDOW.columns)
      .getUsedRangeOrNullObject(false)
      .load(`${GEOMETRY},values,formulas,numberFormat`),
    oldTables,
  };
}

/** After the probe's sync: the sheet's cells (the rows beyond the window read in chunks under the budget). */
export async function readOldSheet(batch: Batch, probe: RefreshProbe, windowRead = true): Promise<OldSheet> {
  const { ctx, sync } = batch;
  const tables = probe.oldTables
    .filter((t) => t.sheet.id === probe.prev.id)
    .map((t) => ({ planName: t.planName, name: t.name, rect: rectOf(t.range) }));
  const allTables = await readAllTables(ctx, probe, tables, sync);
  if (probe.used.isNullObject)
    return { probe, values: [], formulas: [], formats: [], tables, userCells: [], allTables, touched: false };
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
  // About 60 bytes a cell: values, formulas and formats.
  await readRowChunks(
    batch,
    { rect, from: done, bytesPerCell: 60 },
    (row, count) =>
      ws.getRangeByIndexes(row, rect.column, count, rect.columnCount).load("values,formulas,numberFormat"),
    (part) => {
      part.values.forEach((r) => values.push(r));
      part.formulas.forEach((r) => formulas.push(r));
      part.numberFormat.forEach((r) => formats.push(r));
    },
  );
  const areas = [...ownAreas(probe.prev), ...tables.map((t) => t.rect)];
  return {
    probe,
    rect,
    values,
    formulas,
    formats,
    tables,
    userCells: findUserCells({ rect, values, formats, formulas }, areas),
    allTables,
    touched: false,
  };
}

/** Every table on the sheet with its range; tables other than the plan's cost one more sync (none in the usual case). */
async function readAllTables(
  ctx: XlContext,
  probe: RefreshProbe,
  known: OldSheet["tables"],
  sync: () => Promise<void>,
): Promise<OldSheet["allTables"]> {
  const lower = (n: string) => n.toLowerCase();
  const others = probe.tables.items
    .filter((t) => !known.some((k) => lower(k.name) === lower(t.name)))
    .map((t) => ({ id: t.id, name: t.name, range: ctx.workbook.tables.getItem(t.id).getRange().load(GEOMETRY) }));
  if (others.length > 0) await sync();
  return [
    ...probe.tables.items.flatMap((t) =>
      known.filter((k) => lower(k.name) === lower(t.name)).map((k) => ({ id: t.id, name: t.name, rect: k.rect })),
    ),
    ...others.map((o) => ({ id: o.id, name: o.name, rect: rectOf(o.range) })),
  ];
}

/**
 * TierLadder's cells on a sheet of the last run, as the registry recorded them; a registry written before
 * areas were recorded counts the first REFRESH_WINDOW.columns columns as TierLadder's (what refreshes read
 * and cleared then), so only cells right of them are taken for the user's.
 */
function ownAreas(prev: RegistrySheet): Rect[] {
  const ok =
    Array.isArray(prev.areas) &&
    prev.areas.every((a) =>
      [a?.row, a?.column, a?.rowCount, a?.columnCount].every((n) => Number.isInteger(n) && n >= 0),
    );
  return ok ? [...prev.areas!] : [{ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: REFRESH_WINDOW.columns }];
}

/** The cells a sheet plan writes: its tables (header and at least one data row) and its blocks. */
export function planAreas(sheet: PlanSheet): Rect[] {
  return [
    ...sheet.tables.map((t) => ({
      row: t.row,
      column: t.column,
      rowCount: Math.max(1, t.rows.length) + 1,
      columnCount: t.headers.length,
    })),
    ...sheet.blocks
      .filter((b) => b.values.length > 0 && b.values[0].length > 0)
      .map((b) => ({ row: b.row, column: b.column, rowCount: b.values.length, columnCount: b.values[0].length })),
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
  const top = t.rect.row - old.rect.row,
    left = t.rect.column - old.rect.column;
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
 * Queues clearing a sheet's cells before it is rewritten: tables of the last run that are kept get their
 * filters cleared (or, without Table.resize, are turned into plain cells to be re-created under the same
 * name), other tables become plain cells, and the contents of every used cell are cleared. Formats,
 * conditional formats, drop-downs, charts and frozen panes stay until the write has committed
 * (queueTidySheet), so a failure has only cells and tables to put back. ClearApplyTo "Contents" leaves
 * formatting intact: https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto
 */
export function queueClearCells(ctx: XlContext, old: OldSheet, canResize: boolean): void {
  old.touched = true;
  const probe = old.probe;
  const ws = ctx.workbook.worksheets.getItem(probe.prev.id);
  const kept = new Set(old.tables.map((t) => t.name.toLowerCase()));
  for (const table of probe.tables.items) {
    if (kept.has(table.name.toLowerCase()) && canResize) table.clearFilters();
    else table.convertToRange();
  }
  if (probe.used.isNullObject) return;
  // A kept table's cells are not blanked here: what Excel names blank header cells, and whether it keeps a
  // calculated column's formula once every cell of it is cleared, are not documented. The new rows are
  // written over them, and what is left of the old table after its resize is cleared then (write-steps.ts).
  const keptRects = canResize ? old.tables.map((t) => t.rect) : [];
  for (const r of keptRects.reduce((parts, h) => parts.flatMap((p) => cutOut(p, h)), [rectOf(probe.used)])) {
    ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).clear("Contents");
  }
}

/** The parts of `a` outside `b`: up to four rectangles (above, below, left, right). */
export function cutOut(a: Rect, b: Rect): Rect[] {
  const top = Math.max(a.row, b.row),
    bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const left = Math.max(a.column, b.column),
    right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (top >= bottom || left >= right) return [a];
  const parts: Rect[] = [];
  if (a.row < top) parts.push({ ...a, rowCount: top - a.row });
  if (bottom < a.row + a.rowCount) parts.push({ ...a, row: bottom, rowCount: a.row + a.rowCount - bottom });
  if (a.column < left) parts.push({ row: top, column: a.column, rowCount: bottom - top, columnCount: left - a.column });
  if (right < a.column + a.columnCount)
    parts.push({ row: top, column: right, rowCount: bottom - top, columnCount: a.column + a.columnCount - right });
  return parts;
}

/**
 * After the write has committed: the previous run's charts (the probe's items: the objects, not names),
 * conditional formats and drop-downs over the old cells, and the frozen header go, before the new ones are
 * drawn. ConditionalFormatCollection.clearAll (ExcelApi 1.6) and DataValidation.clear (1.8):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection ,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation
 */
export function queueTidySheet(ctx: XlContext, old: OldSheet, supports: (v: string) => boolean): void {
  const ws = ctx.workbook.worksheets.getItem(old.probe.prev.id);
  for (const chart of old.probe.charts.items) chart.delete();
  if (old.rect) {
    const r = ws.getRangeByIndexes(old.rect.row, old.rect.column, old.rect.rowCount, old.rect.columnCount);
    if (supports("1.6")) r.conditionalFormats.clearAll();
    if (supports("1.8")) r.dataValidation.clear();
  }
  // WorksheetFreezePanes is ExcelApi 1.7: https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes
  if (supports("1.7")) ws.freezePanes.unfreeze();
}

/**
 * Puts a refreshed sheet back after a failed write: charts this run drew go (found by id: those not on the
 * sheet before), tables it made go back to cells, kept tables get their old size, tables it turned into cells
 * are made again under their names, and every cell the write touched gets its old value, formula and number
 * format back (cells outside the old used range: blank, General). Returns what could not be put back.
 */
export async function restoreSheet(batch: Batch, old: OldSheet, canResize: boolean): Promise<string[]> {
  const { ctx, sync } = batch;
  const problems: string[] = [];
  const ws = ctx.workbook.worksheets.getItem(old.probe.prev.id);
  const charts = old.probe.chartIds ? ws.charts.load("items/id") : undefined;
  const tables = ws.tables.load("items/name,items/id");
  const used = ws.getUsedRangeOrNullObject(false).load(GEOMETRY);
  await sync();
  if (charts) {
    const before = new Set(old.probe.charts.items.map((c) => c.id));
    for (const chart of charts.items) if (!before.has(chart.id)) chart.delete();
  } else if (old.probe.plan.charts.length > 0) problems.push("charts");
  const beforeIds = new Set(old.allTables.map((t) => t.id));
  for (const t of tables.items) if (!beforeIds.has(t.id)) t.convertToRange();
  const now = new Set(tables.items.map((t) => t.id));
  const rangeOf = (r: Rect) => ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);
  // Kept tables back to their old size first, so the cells written back outside them are plain cells.
  for (const t of old.allTables)
    if (now.has(t.id) && canResize) ctx.workbook.tables.getItem(t.id).resize(rangeOf(t.rect));
  const usedRect = used.isNullObject ? undefined : rectOf(used);
  const region = old.rect && usedRect ? bounding(old.rect, usedRect) : (old.rect ?? usedRect);
  if (region) await writeBack(batch, old, region);
  for (const t of old.allTables) if (!now.has(t.id)) ws.tables.add(rangeOf(t.rect), true).name = t.name;
  await sync();
  return problems;
}

/** Writes the old cells over `region` in row chunks: old formulas/values and formats inside old.rect, blank and General elsewhere. */
async function writeBack(batch: Batch, old: OldSheet, region: Rect): Promise<void> {
  const { ctx, sync, budget } = batch;
  const ws = ctx.workbook.worksheets.getItem(old.probe.prev.id);
  const o = old.rect;
  const cell = (r: number, c: number): { v: string | number | boolean; f: string } => {
    const i = o ? r - o.row : -1,
      j = o ? c - o.column : -1;
    if (!o || i < 0 || j < 0 || i >= o.rowCount || j >= o.columnCount) return { v: "", f: "General" };
    const v = old.values[i]?.[j] ?? "",
      f = old.formulas[i]?.[j];
    // Range.formulas: the user's formulas go back as formulas, every other cell as its (protected) value.
    return { v: isUserFormula(v, f) ? f : toExcelValue(v), f: old.formats[i]?.[j] ?? "General" };
  };
  const perRow = Math.max(1, region.columnCount * 24 + JSON.stringify(old.values[0] ?? []).length * 2);
  const chunk = rowsPerChunk(perRow, budget / 2);
  for (let start = 0; start < region.rowCount; start += chunk) {
    const count = Math.min(chunk, region.rowCount - start);
    const rows = Array.from({ length: count }, (_, i) =>
      Array.from({ length: region.columnCount }, (_, j) => cell(region.row + start + i, region.column + j)),
    );
    const range = ws.getRangeByIndexes(region.row + start, region.column, count, region.columnCount);
    range.numberFormat = rows.map((r) => r.map((x) => x.f));
    range.formulas = rows.map((r) => r.map((x) => x.v));
    if (start + count < region.rowCount) await sync();
  }
}

function norm(v: PlanValue | undefined): string {
  return String(v ?? "")
    .trim()
    .toLowerCase();
}
