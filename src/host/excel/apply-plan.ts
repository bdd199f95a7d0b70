import type { PlanCellBlock, PlanChart, PlanColumns, PlanRect, PlanSheet, PlanTable, PlanValue, WorkbookPlan } from "../../engine/plans/types";
import { type ApplyProgress, type ApplyReport, HostError } from "../host-api";
import { type Rect, intersect, rectAddress } from "./a1";
import { PAYLOAD_BUDGET_BYTES, chunkRowsByBytes, rowBytes } from "./chunking";
import { errorCode, toHostError } from "./errors";
import { type OutputRegistry, type RegistrySheet, REGISTRY_KEY, parseRegistry, uniqueSheetName, uniqueTableName } from "./output-registry";
import { type OldSheet, planAreas, previousTable, queueClearSheet, queueRefreshProbe, readOldSheet, restoreSheet } from "./refresh";
import { adjacentSeries, decorateSheets } from "./page-layout";
import { markedFormula, movedUserCellsNote, placeUserCells, userCellRects } from "./user-cells";
import { refreshSheetPlan } from "../../engine/plans/carry-over";
import { planStrings } from "../../engine/plans/strings";
import { toExcelValue } from "./protect-text";
import { prepareSnapshotWrite } from "./snapshot-store";
import { type SettingWrite, SETTING_MAX_BYTES, needsCurrentHead, pieceRequestBytes, planSettingWrite, queueListSettingKeys, queueLoadSetting, queueSaveSetting, queueWriteHead, queueWritePiece } from "./settings";
import type { ExcelEnv, XlContext, XlRange, XlWorksheet } from "./xl-types";

export interface ApplyOptions {
  /** Request budget per sync (default 4 MB, under Excel on the web's 5 MB). */
  readonly budgetBytes?: number;
}

const GEOMETRY = "address,rowIndex,columnIndex,rowCount,columnCount";

/** One unit of queued work; chunks of big blocks can split in two when a request turns out too big. */
interface Step {
  bytes: number;
  what: string;
  queue(ctx: XlContext): void;
  split?(): [Step, Step];
  /** Creates a sheet whose id later steps read (so they must go in a later sync). */
  createsSheet?: boolean;
  needsSheetIds?: boolean;
}

/** Where a column block goes, decided after inspecting the workbook. */
interface ColumnsTarget {
  plan: PlanColumns;
  sheetId: string;
  sheetName: string;
  rect: Rect; // header row + data rows × new columns
  addTableColumns: boolean;
  clearRows?: Rect; // rows left over from a longer previous run
}

/**
 * Applies a WorkbookPlan (WorkbookHost.applyPlan). In order:
 * 1. one sync inspects the workbook: the output registry, sheet, table and setting names, and whether the
 *    cells the column blocks would use are empty (used range of the target region);
 * 2. only when needed, a second sync looks closer: cells that may be in a block's way, and TierLadder's
 *    own sheets from an earlier run, whose cells are read before anything is cleared (refresh.ts);
 * 3. writes go in syncs of at most `budgetBytes` (4 MB), big blocks and large settings split in pieces;
 *    each write sync starts with suspendApiCalculationUntilNextSync (ExcelApi 1.6); a request refused as
 *    too large is retried with its chunks halved. New sheets come first, sheets refreshed in place last;
 *    the last sync saves the registry and the settings' heads.
 * A re-run refreshes TierLadder's sheets in place rather than replacing them, so formulas pointing at them
 * stay valid: same sheet, tables kept by name and resized (ExcelApi 1.13), and the task table keeps the
 * statuses, notes and rows the user typed (engine/plans carryOverTable; counts in the warnings).
 * Newer features are used only where the requirement set is supported (conditional formats 1.6,
 * data validation 1.8, Pareto and funnel charts 1.9, Table.resize 1.13), with fallbacks and a warning.
 * Non-empty user cells are never overwritten unless the plan says so: the apply stops first with a
 * HostError listing them. If a write fails midway, what this run created is removed, refreshed sheets get
 * their old cells back, and the error says what had been written.
 */
export async function applyPlan(env: ExcelEnv, plan: WorkbookPlan, onProgress?: (p: ApplyProgress) => void, options: ApplyOptions = {}): Promise<ApplyReport> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const supports = (v: string) => env.isSetSupported("ExcelApi", v);
  const warnings: string[] = [];
  const written: ApplyReport["written"] = [];
  let syncs = 0;
  try {
    return await env.run(async (ctx) => {
      const sync = async () => {
        syncs++;
        await ctx.sync();
      };

      // 1. Inspect.
      const registryOf = queueLoadSetting<OutputRegistry>(ctx, REGISTRY_KEY);
      const settingKeysOf = queueListSettingKeys(ctx);
      const sheets = ctx.workbook.worksheets.load("items/name,items/id");
      const tables = ctx.workbook.tables.load("items/name");
      const snapshotWrite = prepareSnapshotWrite(ctx, plan.settings, supports);
      const probes = plan.columns.map((p) => {
        const sheet = ctx.workbook.worksheets.getItem(p.sheet).load("id,name");
        const n = p.rows.length + 1;
        const region = sheet.getRangeByIndexes(p.headerRow, p.firstColumn, n, 16_384 - p.firstColumn).getUsedRangeOrNullObject(true).load(GEOMETRY);
        const table = p.tableName ? ctx.workbook.tables.getItem(p.tableName).getRange().load(GEOMETRY) : undefined;
        return { p, sheet, region, table };
      });
      onProgress?.({ fraction: 0, step: "Checking the workbook" });
      await sync();
      const registry = parseRegistry(registryOf());
      const sheetNames = sheets.items.map((s) => s.name);
      const sheetIds = new Map(sheets.items.map((s) => [s.id, s.name]));
      const tableNames = tables.items.map((t) => t.name);
      const settingKeys = settingKeysOf();

      // Decide where column blocks go; check user cells.
      const targets: ColumnsTarget[] = [];
      const uncertain: { target: ColumnsTarget; rect: Rect; range?: XlRange }[] = [];
      for (const { p, sheet, region, table } of probes) {
        const k = p.headers.length;
        const prev = registry.columns.find((c) => c.key === p.key && c.sheetId === sheet.id && c.headerRow === p.headerRow && (c.tableName ?? "") === (p.tableName ?? ""));
        let column = prev ? prev.column : p.firstColumn;
        let addTableColumns = false;
        if (p.tableName && table) {
          const tableRight = table.columnIndex + table.columnCount;
          if (table.rowIndex !== p.headerRow || table.rowCount !== p.rows.length + 1) {
            throw new HostError("TableChanged", `The table ${p.tableName} now spans ${table.address}; it had ${p.rows.length} data rows under a header on row ${p.headerRow + 1} when it was read. Read the selection again.`, "host.tableChanged", { table: p.tableName, address: table.address });
          }
          const prevStillThere = prev && prev.column + prev.columnCount === tableRight && prev.columnCount === k;
          column = prevStillThere ? prev.column : tableRight;
          addTableColumns = !prevStillThere;
        }
        const rect: Rect = { row: p.headerRow, column, rowCount: p.rows.length + 1, columnCount: k };
        const old: Rect | undefined = prev && !addTableColumns ? { row: p.headerRow, column: prev.column, rowCount: prev.rowCount + 1, columnCount: prev.columnCount } : undefined;
        const target: ColumnsTarget = { plan: p, sheetId: sheet.id, sheetName: sheet.name, rect, addTableColumns };
        if (old && old.rowCount > rect.rowCount && old.column === rect.column) {
          target.clearRows = { row: rect.row + rect.rowCount, column: old.column, rowCount: old.rowCount - rect.rowCount, columnCount: old.columnCount };
        }
        const used = region.isNullObject ? undefined : rectOfRange(region);
        const mustBeEmpty = subtract(rect, old);
        for (const e of mustBeEmpty) {
          const insideRegion = e.column >= p.firstColumn && e.row >= p.headerRow && e.row + e.rowCount <= p.headerRow + p.rows.length + 1;
          if (insideRegion && (!used || !intersect(used, e))) continue;
          if (p.findEmptyToRight && !prev && !p.tableName && used && insideRegion) {
            rect.column = used.column + used.columnCount; // right of every used cell in these rows
            break;
          }
          if (!p.overwrite) uncertain.push({ target, rect: e });
        }
        targets.push(target);
      }
      // Second look, only when needed: user cells possibly in the way; TierLadder's sheets to refresh in
      // place (their charts, tables and cells, read before anything is cleared: the task table's rows carry
      // the user's statuses over, and the cells are put back if the write fails); and, after a failed
      // write, which generation of a large setting is live.
      const refreshProbes = plan.sheets.flatMap((s) => {
        const prev = registry.sheets.find((x) => x.key === s.key && sheetIds.has(x.id));
        return prev ? [queueRefreshProbe(ctx, s, prev, sheetIds.get(prev.id)!, tableNames)] : [];
      });
      const heads = plan.settings.filter((x) => needsCurrentHead(x.key, settingKeys)).map((x) => ({ key: x.key, get: queueLoadSetting<unknown>(ctx, x.key) }));
      const olds: OldSheet[] = [];
      if (uncertain.length > 0 || refreshProbes.length > 0 || heads.length > 0) {
        for (const u of uncertain) u.range = ctx.workbook.worksheets.getItem(u.target.sheetName).getRangeByIndexes(u.rect.row, u.rect.column, u.rect.rowCount, u.rect.columnCount).getUsedRangeOrNullObject(true).load(GEOMETRY);
        let windowRead = true;
        try {
          await sync();
        } catch (e) {
          // The sheets' first rows were too much for one response: look again without them.
          if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || refreshProbes.length === 0) throw e;
          for (const u of uncertain) u.range = ctx.workbook.worksheets.getItem(u.target.sheetName).getRangeByIndexes(u.rect.row, u.rect.column, u.rect.rowCount, u.rect.columnCount).getUsedRangeOrNullObject(true).load(GEOMETRY);
          refreshProbes.splice(0, refreshProbes.length, ...refreshProbes.map((r) => queueRefreshProbe(ctx, r.plan, r.prev, r.name, tableNames, 1)));
          for (const h of heads) h.get = queueLoadSetting<unknown>(ctx, h.key);
          await sync();
          windowRead = false;
        }
        const occupied = uncertain.filter((u) => !u.range!.isNullObject);
        if (occupied.length > 0) throw await occupiedError(ctx, occupied.map((u) => ({ sheet: u.target.sheetName, range: u.range! })), sync);
        for (const r of refreshProbes) olds.push(await readOldSheet(ctx, r, sync, budget, windowRead));
      }

      // 2. Build the write steps.
      const created: { sheets: string[]; tableColumns: { table: string; header: string }[]; blocks: { sheet: string; rect: Rect; table: boolean }[] } = { sheets: [], tableColumns: [], blocks: [] };
      const steps: Step[] = [];
      const newRegistry = { version: 1 as const, sheets: [...registry.sheets], columns: [...registry.columns] };
      for (const t of targets) steps.push(...columnSteps(t, supports, warnings, written, created));
      for (const t of targets) {
        newRegistry.columns = newRegistry.columns.filter((c) => !(c.key === t.plan.key && c.sheetId === t.sheetId && c.headerRow === t.plan.headerRow));
        newRegistry.columns.push({ key: t.plan.key, sheetId: t.sheetId, headerRow: t.plan.headerRow, column: t.rect.column, columnCount: t.rect.columnCount, rowCount: t.plan.rows.length, tableName: t.plan.tableName, headers: [...t.plan.headers] });
      }
      const takenNames = new Set(sheetNames);
      const takenTables = new Set(tableNames);
      const finals: ((ctx: XlContext) => void)[] = [];
      const newSheets: { key: string; sheet: () => XlWorksheet; finalName: string; tables: { plan: string; name: string }[]; areas: Rect[] }[] = [];
      const refreshed: RegistrySheet[] = [];
      const sheetCreation: Step[] = [];
      const sheetWrites: Step[] = [];
      const refreshSteps: Step[] = [];
      const canResize = supports("1.13");
      for (const planSheet of plan.sheets) {
        const old = olds.find((o) => o.probe.plan === planSheet);
        if (old) {
          // Refresh in place: keep the sheet and its tables; carry the user's rows over.
          const { sheet: s, carried, kept } = refreshSheetPlan(planSheet, (t) => previousTable(old, t.name, t));
          if (carried > 0 || kept > 0) warnings.push(planStrings(plan.lang).carriedNote(carried, kept, old.probe.name));
          if (!canResize && old.tables.length > 0) warnOnce(warnings, "Excel API 1.13 (Table.resize) is missing: the task table was re-created under the same name; formulas that used its structured references now use cell addresses.");
          const reuse = new Map(old.tables.map((t) => [t.planName, t.name]));
          const sheetRef = () => ctx.workbook.worksheets.getItem(old.probe.prev.id);
          const tables: { plan: string; name: string }[] = [];
          refreshSteps.push({ bytes: 600 + 100 * old.probe.charts.items.length, what: `Clearing ${old.probe.name}`, queue: (c) => queueClearSheet(c, old, canResize) });
          // Cells the user typed outside TierLadder's output go back where they were, or right of the new
          // output where it grew over them (with a warning).
          const areas = planAreas(s);
          let placed;
          try {
            placed = placeUserCells(old.userCells, areas);
          } catch (e) {
            throw new HostError("CellsNotEmpty", `${old.probe.name}: ${(e as Error).message} Move or clear those cells, then run again.`, "host.cellsNotEmpty", { cells: old.probe.name });
          }
          if (placed.moved > 0) warnings.push(movedUserCellsNote(old.probe.name, placed));
          refreshSteps.push(...sheetSteps(s, old.probe.name, sheetRef, supports, warnings, written, takenTables, tables, reuse, canResize));
          for (const u of userCellRects(placed.cells, areas)) refreshSteps.push(...cellGridSteps(sheetRef, u.rect, u.values, u.isFormula, u.formats, `Cells you typed on ${old.probe.name}`, budget));
          refreshed.push({ key: s.key, id: old.probe.prev.id, name: old.probe.name, tables, areas });
          continue;
        }
        const s = planSheet;
        const finalName = uniqueSheetName(s.name, takenNames);
        takenNames.add(finalName);
        let ws: XlWorksheet | undefined;
        const sheetRef = () => ws!;
        sheetCreation.push({ bytes: 200 + finalName.length, what: `Creating sheet ${finalName}`, createsSheet: true, queue: (c) => {
          ws = c.workbook.worksheets.add(finalName);
          ws.load("id");
          if (!created.sheets.includes(finalName)) created.sheets.push(finalName);
        } });
        const tables: { plan: string; name: string }[] = [];
        sheetWrites.push(...sheetSteps(s, finalName, sheetRef, supports, warnings, written, takenTables, tables));
        newSheets.push({ key: s.key, sheet: sheetRef, finalName, tables, areas: planAreas(s) });
      }
      // Settings: small values, saved with the final step. The last-run snapshot goes to custom XML parts,
      // each its own step under the request budget; its small head is saved with the other settings.
      const snapshot = snapshotWrite();
      warnings.push(...snapshot.warnings);
      const settingWrites: SettingWrite[] = [];
      const pieceSteps: Step[] = [...snapshot.steps];
      for (const setting of snapshot.settings) {
        const w = planSettingWrite(setting.key, setting.value, settingKeys, heads.find((h) => h.key === setting.key)?.get());
        if ("tooBig" in w) {
          warnings.push(`The setting ${setting.key} is ${(w.tooBig / 2 ** 20).toFixed(1)} MB, more than the ${SETTING_MAX_BYTES / 2 ** 20} MB TierLadder stores in a workbook; it was not saved${setting.key === "lastRun" ? ", so the next run cannot report tier movement" : ""}.`);
          continue;
        }
        settingWrites.push(w);
        for (const piece of w.pieces) pieceSteps.push({ bytes: pieceRequestBytes(piece), what: `Saving ${setting.key}`, queue: (c) => queueWritePiece(c, piece) });
      }
      const activate = plan.activate;
      finals.push((c) => {
        const ids: RegistrySheet[] = [...refreshed, ...newSheets.map((n) => ({ key: n.key, id: n.sheet().id, name: n.finalName, tables: n.tables, areas: n.areas }))];
        newRegistry.sheets = [...newRegistry.sheets.filter((x) => !ids.some((i) => i.key === x.key)), ...ids];
        queueSaveSetting(c, REGISTRY_KEY, newRegistry);
        for (const w of settingWrites) queueWriteHead(c, w);
        snapshot.queueCommit(c);
        const toShow = newSheets.find((n) => n.key === activate);
        const toShowRefreshed = refreshed.find((n) => n.key === activate);
        if (toShow) toShow.sheet().activate();
        else if (toShowRefreshed) c.workbook.worksheets.getItem(toShowRefreshed.id).activate();
        else if (activate) c.workbook.worksheets.getItem(activate).activate();
      });

      // 3. Run the steps, packed into syncs under the budget.
      try {
        // New sheets first, so that the registry (which needs their ids, loaded by the sync that
        // creates them) can ride with the last write. Sheets refreshed in place come after everything
        // else, so most failures happen before any of their cells is cleared.
        const headBytes = settingWrites.reduce((sum, w) => sum + w.head.bytes + w.stale.length * 100, 0);
        const finalStep: Step = { bytes: 2000 + JSON.stringify(newRegistry).length + headBytes, what: "Saving settings", needsSheetIds: true, queue: (c) => finals.forEach((f) => f(c)) };
        await runSteps(ctx, [...sheetCreation, ...sheetWrites, ...steps, ...pieceSteps, ...refreshSteps, finalStep], budget, supports("1.6"), sync, onProgress);
      } catch (e) {
        const reason = toHostError(e, "Writing to the workbook");
        let leftovers = "";
        await undo(ctx, created, sync).catch(() => { leftovers = " Some partial output could not be removed."; });
        await snapshot.undo(ctx, sync).catch(() => { leftovers += " Parts of this run's saved tiers could not be removed."; });
        const restored: string[] = [];
        for (const old of olds.filter((o) => o.touched)) {
          await restoreSheet(ctx, old, sync, canResize, budget).then(() => restored.push(old.probe.name), () => { leftovers += ` The sheet ${old.probe.name} could not be put back as it was.`; });
        }
        const done = written.length ? ` Written before the failure (now removed): ${written.map((w) => `${w.what} at ${w.address}`).join("; ")}.` : "";
        const back = restored.length ? ` The cells of ${restored.join(", ")} were put back as they were (run again to redraw their charts).` : "";
        throw new HostError(reason.code, `${reason.message}${done}${back}${leftovers}`, reason.key);
      }
      // Decorate phase (cosmetic: print area, page fit, chart labels): a refused step is a warning, never a rollback.
      await decorateSheets(ctx, plan, [...refreshed, ...newSheets.map((n) => ({ key: n.key, id: n.sheet().id }))], supports, warnings, sync);
      onProgress?.({ fraction: 1, step: "Done" });
      return { written, syncs, warnings };
    });
  } catch (e) {
    throw toHostError(e, "Writing to the workbook");
  }
}

function rectOfRange(r: XlRange): Rect {
  return { row: r.rowIndex, column: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };
}

/** The parts of `a` outside `b` (at most two rectangles when b shares a's top-left corner, else a itself). */
function subtract(a: Rect, b: Rect | undefined): Rect[] {
  if (!b || !intersect(a, b)) return [a];
  const out: Rect[] = [];
  const bBottom = b.row + b.rowCount, aBottom = a.row + a.rowCount;
  const bRight = b.column + b.columnCount, aRight = a.column + a.columnCount;
  if (b.row > a.row || b.column > a.column) return [a];
  if (aBottom > bBottom) out.push({ row: bBottom, column: a.column, rowCount: aBottom - bBottom, columnCount: a.columnCount });
  if (aRight > bRight) out.push({ row: a.row, column: bRight, rowCount: Math.min(aBottom, bBottom) - a.row, columnCount: aRight - bRight });
  return out;
}

async function occupiedError(ctx: XlContext, ranges: { sheet: string; range: XlRange }[], sync: () => Promise<void>): Promise<HostError> {
  const samples = ranges.map(({ sheet, range }) => {
    const r = rectOfRange(range);
    const head = ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(r.row, r.column, Math.min(r.rowCount, 200), r.columnCount).load("values");
    return { sheet, r, head };
  });
  await sync();
  const cells: string[] = [];
  for (const { sheet, r, head } of samples) {
    head.values.forEach((row, i) => row.forEach((v, j) => {
      if (v !== "" && v !== null) cells.push(`${rectAddress({ row: r.row + i, column: r.column + j, rowCount: 1, columnCount: 1 }, sheet)} ("${String(v)}")`);
    }));
  }
  const shown = cells.slice(0, 10).join(", ");
  const more = cells.length > 10 ? ` and ${cells.length - 10} more` : "";
  return new HostError("CellsNotEmpty", `TierLadder would write over cells that are not empty: ${shown}${more}. Move or clear them, or choose to overwrite.`, "host.cellsNotEmpty", { cells: `${shown}${more}` });
}

/** Steps writing a value grid at (row, column), split into row chunks under the budget. */
function gridSteps(sheetOf: (c: XlContext) => XlWorksheet, sheetName: string, row: number, column: number, values: PlanValue[][], formats: readonly (string | undefined)[] | undefined, what: string, budget = PAYLOAD_BUDGET_BYTES): Step[] {
  if (values.length === 0) return [];
  const width = values[0].length;
  // A user's formula carried over (Status, Notes) goes in as the formula: Range.values takes "=…" as one.
  const excel = values.map((r) => r.map((v) => markedFormula(v) ?? toExcelValue(v)));
  const formatted = (formats ?? []).map((f, j) => (f ? j : -1)).filter((j) => j >= 0);
  const fmtBytes = formatted.reduce((s, j) => s + rowBytes([formats![j]]), 0);
  const make = (start: number, count: number): Step => ({
    bytes: excel.slice(start, start + count).reduce((s, r) => s + rowBytes(r), 0) + count * fmtBytes + 100,
    what: `${what}: rows ${start + 1}–${start + count} of ${values.length}`,
    queue: (c) => {
      const ws = sheetOf(c);
      // Formats first: the values that follow are then read with the right format.
      for (const j of formatted) ws.getRangeByIndexes(row + start, column + j, count, 1).numberFormat = Array.from({ length: count }, () => [formats![j]]);
      ws.getRangeByIndexes(row + start, column, count, width).values = excel.slice(start, start + count);
    },
    split: count > 1 ? () => [make(start, Math.ceil(count / 2)), make(start + Math.ceil(count / 2), count - Math.ceil(count / 2))] : undefined,
  });
  // Leave 16 KB per sync for the small steps (headers, formats, charts) that share it.
  return chunkRowsByBytes(excel.length, (i) => rowBytes(excel[i]) + fmtBytes, budget - 16_384).map((ch) => make(ch.start, ch.count));
}

/** Steps writing cells with a number format each (the user's cells kept by a refresh), in row chunks under the budget. */
function cellGridSteps(sheetOf: () => XlWorksheet, rect: Rect, values: (string | number | boolean)[][], isFormula: boolean[][], formats: string[][], what: string, budget = PAYLOAD_BUDGET_BYTES): Step[] {
  // The user's formulas as they were, every other cell protected as text where it is text.
  const excel = values.map((r, i) => r.map((v, j) => (isFormula[i]?.[j] ? v : typeof v === "string" ? toExcelValue(v) : v)));
  const bytesOf = (i: number) => rowBytes(excel[i]) + rowBytes(formats[i]);
  const make = (start: number, count: number): Step => ({
    bytes: Array.from({ length: count }, (_, k) => bytesOf(start + k)).reduce((a, b) => a + b, 0) + 100,
    what: `${what}: rows ${start + 1}–${start + count} of ${values.length}`,
    queue: () => {
      const range = sheetOf().getRangeByIndexes(rect.row + start, rect.column, count, rect.columnCount);
      // Formats first: the values that follow are then read with the right format.
      range.numberFormat = formats.slice(start, start + count);
      range.formulas = excel.slice(start, start + count);
    },
    split: count > 1 ? () => [make(start, Math.ceil(count / 2)), make(start + Math.ceil(count / 2), count - Math.ceil(count / 2))] : undefined,
  });
  return chunkRowsByBytes(excel.length, bytesOf, budget - 16_384).map((ch) => make(ch.start, ch.count));
}

function columnSteps(t: ColumnsTarget, supports: (v: string) => boolean, warnings: string[], written: ApplyReport["written"], created: { tableColumns: { table: string; header: string }[]; blocks: { sheet: string; rect: Rect; table: boolean }[] }): Step[] {
  const p = t.plan;
  const sheetOf = (c: XlContext) => c.workbook.worksheets.getItem(t.sheetName);
  const steps: Step[] = [];
  const { rect } = t;
  const address = rectAddress(rect, t.sheetName);
  steps.push({ bytes: 300 + JSON.stringify(p.headers).length, what: `Header of ${p.what}`, queue: (c) => {
    const ws = sheetOf(c);
    if (t.addTableColumns && p.tableName) {
      const table = c.workbook.tables.getItem(p.tableName);
      for (const h of p.headers) {
        table.columns.add(undefined, undefined, h);
        if (!created.tableColumns.some((x) => x.header === h && x.table === p.tableName)) created.tableColumns.push({ table: p.tableName, header: h });
      }
    } else {
      ws.getRangeByIndexes(rect.row, rect.column, 1, rect.columnCount).values = [p.headers.map((h) => toExcelValue(h))];
    }
    if (!created.blocks.some((b) => b.rect === rect)) created.blocks.push({ sheet: t.sheetName, rect, table: t.addTableColumns });
    const header = ws.getRangeByIndexes(rect.row, rect.column, 1, rect.columnCount);
    header.format.font.bold = true;
    if (p.headerFill) header.format.fill.color = p.headerFill;
    if (t.clearRows) ws.getRangeByIndexes(t.clearRows.row, t.clearRows.column, t.clearRows.rowCount, t.clearRows.columnCount).clear("All");
  } });
  steps.push(...gridSteps(sheetOf, t.sheetName, rect.row + 1, rect.column, p.rows, p.columnFormats, p.what));
  steps.push({ bytes: 400, what: `Formatting ${p.what}`, queue: (c) => {
    const ws = sheetOf(c);
    const cf = p.conditionalFills;
    if (cf && p.rows.length > 0) {
      if (supports("1.6")) {
        const body = ws.getRangeByIndexes(rect.row + 1, rect.column + cf.column, p.rows.length, 1);
        body.conditionalFormats.clearAll();
        for (const rule of cf.rules) {
          const f = body.conditionalFormats.add("CellValue");
          f.cellValue.format.fill.color = rule.fill;
          f.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
        }
      } else if (!warnings.some((w) => w.startsWith("Tier colours"))) {
        warnings.push("Tier colours were left out: conditional formats need Excel API 1.6.");
      }
    }
    ws.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount).format.autofitColumns();
  } });
  written.push({ sheet: t.sheetName, address, what: p.what });
  return steps;
}

function sheetSteps(
  s: PlanSheet, finalName: string, sheetRef: () => XlWorksheet, supports: (v: string) => boolean, warnings: string[], written: ApplyReport["written"],
  takenTables: Set<string>, tableNames: { plan: string; name: string }[], reuse = new Map<string, string>(), canResize = false,
): Step[] {
  const steps: Step[] = [];
  const sheetOf = () => sheetRef();
  const fit: Rect[] = [];
  for (const b of s.blocks) steps.push(...blockSteps(b, finalName, sheetOf, fit, written));
  for (const t of s.tables) steps.push(...tableSteps(t, finalName, sheetOf, fit, written, takenTables, tableNames, reuse.get(t.name), canResize));
  steps.push({ bytes: 300 + JSON.stringify(s.validations).length + JSON.stringify(s.conditionalFills).length, what: `Formatting ${finalName}`, queue: () => {
    const ws = sheetOf();
    for (const v of s.validations) {
      if (supports("1.8")) {
        range(ws, v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      } else warnOnce(warnings, "Drop-down lists were left out: data validation needs Excel API 1.8.");
    }
    for (const cf of s.conditionalFills) {
      if (!supports("1.6")) {
        warnOnce(warnings, "Tier colours were left out: conditional formats need Excel API 1.6.");
        continue;
      }
      for (const rule of cf.rules) {
        const f = range(ws, cf.range).conditionalFormats.add("CellValue");
        f.cellValue.format.fill.color = rule.fill;
        f.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
    }
    if (s.autofit) for (const r of fit) range(ws, r).format.autofitColumns();
    for (const w of s.columnWidths ?? []) ws.getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width;
    if (s.freezeRows > 0) ws.freezePanes.freezeRows(s.freezeRows);
  } });
  for (const chart of s.charts) steps.push(chartStep(chart, sheetOf, supports, warnings));
  return steps;
}

function range(ws: XlWorksheet, r: PlanRect): XlRange {
  return ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);
}

function warnOnce(warnings: string[], text: string): void {
  if (!warnings.includes(text)) warnings.push(text);
}

function blockSteps(b: PlanCellBlock, sheetName: string, sheetOf: () => XlWorksheet, fit: Rect[], written: ApplyReport["written"]): Step[] {
  if (b.values.length === 0) return [];
  const headerRows = b.headerRows ?? 0;
  const rect = { row: b.row, column: b.column, rowCount: b.values.length, columnCount: b.values[0].length };
  fit.push(rect);
  written.push({ sheet: sheetName, address: rectAddress(rect, sheetName), what: b.what });
  const steps = gridSteps(sheetOf, sheetName, b.row, b.column, b.values.slice(0, headerRows), undefined, b.what);
  steps.push(...gridSteps(sheetOf, sheetName, b.row + headerRows, b.column, b.values.slice(headerRows), b.columnFormats, b.what));
  if (headerRows > 0) {
    steps.push({ bytes: 150, what: `Header of ${b.what}`, queue: () => {
      const header = sheetOf().getRangeByIndexes(b.row, b.column, headerRows, rect.columnCount);
      header.format.font.bold = true;
      if (b.headerFill) header.format.fill.color = b.headerFill;
    } });
  }
  return steps;
}

/**
 * Steps writing a table: header and rows, then the Excel table over them — a new one, or (on a refresh) the
 * table of the last run resized to the new rows (`reuse` is its name), keeping its name and references.
 */
function tableSteps(
  t: PlanTable, sheetName: string, sheetOf: () => XlWorksheet, fit: Rect[], written: ApplyReport["written"], takenTables: Set<string>,
  tableNames: { plan: string; name: string }[], reuse?: string, canResize = false,
): Step[] {
  const name = reuse ?? uniqueTableName(t.name, takenTables);
  takenTables.add(name);
  tableNames.push({ plan: t.name, name });
  const rect = { row: t.row, column: t.column, rowCount: t.rows.length + 1, columnCount: t.headers.length };
  fit.push(rect);
  written.push({ sheet: sheetName, address: rectAddress(rect, sheetName), what: t.what });
  const steps = gridSteps(sheetOf, sheetName, t.row, t.column, [[...t.headers]], undefined, t.what);
  steps.push(...gridSteps(sheetOf, sheetName, t.row + 1, t.column, t.rows, t.columnFormats, t.what));
  steps.push({ bytes: 200 + name.length, what: `Table ${name}`, queue: (c) => {
    // An Excel table needs at least one data row: an empty list gets one blank row.
    const body = Math.max(1, t.rows.length);
    const target = range(sheetOf(), { ...rect, rowCount: body + 1 });
    if (reuse && canResize) {
      c.workbook.tables.getItem(reuse).resize(target);
    } else {
      const table = sheetOf().tables.add(target, true);
      table.name = name;
    }
  } });
  return steps;
}

function chartStep(chart: PlanChart, sheetOf: () => XlWorksheet, supports: (v: string) => boolean, warnings: string[]): Step {
  return { bytes: 600, what: `Chart ${chart.title}`, queue: () => {
    const ws = sheetOf();
    let kind = chart.kind;
    if ((kind === "pareto" || kind === "funnel") && !supports("1.9")) {
      const fallback = kind === "pareto" ? "columns with a cumulative line" : "a bar chart";
      warnOnce(warnings, `The ${kind} chart needs Excel API 1.9; ${fallback} was drawn instead.`);
      kind = kind === "pareto" ? "columnLine" : "bar";
    }
    const first = chart.series[0];
    // Source: header row above the categories and the first series, when they sit side by side.
    const adjacent = chart.categories.column + 1 === first.values.column && chart.categories.row === first.values.row;
    const source = adjacent
      ? range(ws, { row: chart.categories.row - 1, column: chart.categories.column, rowCount: chart.categories.rowCount + 1, columnCount: 1 + adjacentSeries(chart) })
      : range(ws, first.values);
    const type = { pareto: "Pareto", funnel: "Funnel", bar: "BarClustered", columnLine: "ColumnClustered" }[kind];
    const c = ws.charts.add(type, source, "Columns");
    c.title.text = chart.title;
    if (!adjacent && supports("1.7")) c.series.getItemAt(0).setXAxisValues(range(ws, chart.categories));
    if (kind === "columnLine" && chart.series[1]) {
      if (supports("1.7")) {
        const line = c.series.add(chart.series[1].name);
        line.setValues(range(ws, chart.series[1].values));
        line.setXAxisValues(range(ws, chart.categories));
        line.chartType = "Line";
        if (supports("1.8")) line.axisGroup = "Secondary";
      } else warnOnce(warnings, "The cumulative line was left out: it needs Excel API 1.7.");
    }
    const p = chart.position;
    c.setPosition(rectAddress({ ...p, rowCount: 1, columnCount: 1 }), rectAddress({ row: p.row + p.rowCount - 1, column: p.column + p.columnCount - 1, rowCount: 1, columnCount: 1 }));
  } };
}

/** Packs steps into syncs under the budget; a request refused as too large is retried with its chunks halved. */
async function runSteps(ctx: XlContext, steps: Step[], budget: number, canSuspend: boolean, sync: () => Promise<void>, onProgress?: (p: ApplyProgress) => void): Promise<void> {
  const total = steps.reduce((s, x) => s + x.bytes, 0) || 1;
  let done = 0;
  let i = 0;
  let limit = budget;
  while (i < steps.length) {
    let bytes = 0;
    let j = i;
    while (j < steps.length && (j === i || bytes + steps[j].bytes <= limit)) {
      if (steps[j].needsSheetIds && j > i && steps.slice(i, j).some((s) => s.createsSheet)) break;
      bytes += steps[j++].bytes;
    }
    if (canSuspend) ctx.application.suspendApiCalculationUntilNextSync();
    for (let k = i; k < j; k++) steps[k].queue(ctx);
    try {
      await sync();
    } catch (e) {
      if (errorCode(e) !== "RequestPayloadSizeLimitExceeded") throw e;
      // Nothing of a refused request was applied: halve this batch's chunks and send it again.
      const batch = steps.slice(i, j);
      const splittable = batch.some((s) => s.split);
      if (!splittable && j - i === 1) throw e;
      const halves = batch.flatMap((s) => (s.split ? s.split() : [s]));
      steps.splice(i, j - i, ...halves);
      limit = Math.max(1, Math.floor(Math.min(limit, bytes) / 2));
      continue;
    }
    for (let k = i; k < j; k++) done += steps[k].bytes;
    onProgress?.({ fraction: Math.min(0.99, done / total), step: steps[j - 1].what });
    i = j;
    limit = budget;
  }
}

/** Removes what this run created: new sheets, added table columns, written column blocks. */
async function undo(ctx: XlContext, created: { sheets: string[]; tableColumns: { table: string; header: string }[]; blocks: { sheet: string; rect: Rect; table: boolean }[] }, sync: () => Promise<void>): Promise<void> {
  const sheets = created.sheets.map((name) => ctx.workbook.worksheets.getItemOrNullObject(name));
  await sync();
  sheets.forEach((s) => { if (!s.isNullObject) s.delete(); });
  for (const b of created.blocks) {
    if (!b.table) ctx.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.rect.row, b.rect.column, b.rect.rowCount, b.rect.columnCount).clear("All");
  }
  for (const c of [...created.tableColumns].reverse()) ctx.workbook.tables.getItem(c.table).columns.getItemOrNullObject(c.header).delete();
  await sync();
}
