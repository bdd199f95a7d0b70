import { type PlanSheet, type PlanValue, refreshSheetPlan } from "../../engine/plans";
import { type Rect, columnLetters } from "./a1";
import {
  type ApplyRun,
  type ColumnsTarget,
  type Decoration,
  type SheetTarget,
  type Step,
  notice,
  warnOnce,
} from "./apply-types";
import { blockFingerprint } from "./block-fingerprint";
import type { CloserLook } from "./closer-look";
import { commitStep, settingsTidy } from "./commit";
import type { Inspection } from "./inspect";
import { type OutputRegistry, type RegistryColumn, type RegistrySheet, uniqueSheetName } from "./output-registry";
import { type OldSheet, planAreas, previousTable, queueClearCells, queueTidySheet } from "./refresh";
import { type SettingWrite, SETTING_MAX_BYTES, pieceRequestBytes, planSettingWrite, queueWritePiece } from "./settings";
import { type PlacedUserCells, placeUserCells, userCellRects } from "./user-cells";
import { HostError } from "../host-api";
import { refuseNewSheetsWhenLocked } from "./protected-workbook";
import { cellGridSteps, columnSteps, sheetSteps } from "./write-steps";
import type { XlWorksheet } from "./xl-types";

/** Everything a write will do, in order: data steps (ending with the commit), then decorations. */
export interface WritePlan {
  readonly steps: Step[];
  readonly decorations: Decoration[];
  readonly settingWrites: SettingWrite[];
  readonly runId: string;
  /** The plan's sheets as written (key and id), after the commit. */
  placed(): { key: string; id: string }[];
}

/**
 * Builds the write: new sheets first (the registry needs their ids, loaded by the sync that creates them),
 * then their cells, the column blocks, large settings' pieces, the sheets refreshed in place (last, so
 * most failures happen before any of their cells is cleared), and the commit. The decorations: the refreshed
 * sheets' old charts, colours and drop-downs go first, then the new formats and chart titles, then old
 * setting pieces and showing the sheet the plan asks for.
 */
export function buildWrite(
  run: ApplyRun,
  insp: Inspection,
  look: CloserLook,
  targets: readonly ColumnsTarget[],
): WritePlan {
  const tidy: Decoration[] = [];
  const decorations: Decoration[] = [];
  const taken = { names: new Set(insp.sheetNames), tables: new Set([...insp.tableNames, ...insp.definedNames]) };
  const creation: Step[] = [],
    newWrites: Step[] = [],
    refreshWrites: Step[] = [];
  const newSheets: NewSheet[] = [];
  const refreshed: RegistrySheet[] = [];
  for (const s of run.plan.sheets) {
    const old = look.olds.find((o) => o.probe.plan === s);
    if (old) {
      refreshed.push(refreshSteps(run, { plan: s, old }, taken.tables, { steps: refreshWrites, tidy, decorations }));
      continue;
    }
    const made = newSheetSteps(run, s, taken, decorations);
    creation.push(made.create);
    newWrites.push(...made.writes);
    newSheets.push(made.sheet);
  }
  refuseNewSheetsWhenLocked(
    insp.structureLocked,
    newSheets.map((n) => n.name),
  ); // before anything is written
  const columnWrites = targets.flatMap((t) => columnSteps(run, t, decorations));
  const { writes, pieces } = settingSteps(run, insp);
  const registry = () => registryAfter(insp, run.runId, [...refreshed, ...newSheets.map(registrySheet)], targets);
  const steps = [
    ...creation,
    ...newWrites,
    ...columnWrites,
    ...pieces,
    ...refreshWrites,
    commitStep(run, writes, registry),
  ];
  // Earlier snapshot generations go only after the commit (a failure before it keeps them readable).
  const oldSnapshot: Decoration = {
    what: notice("write.finishing.snapshot"),
    queue: (c) => insp.snapshot.queueCommit(c),
  };
  return {
    steps,
    decorations: [
      ...tidy,
      ...decorations,
      ...settingsTidy(writes),
      oldSnapshot,
      ...activation(run, newSheets, refreshed),
    ],
    settingWrites: writes,
    runId: run.runId,
    placed: () => [
      ...refreshed.map((r) => ({ key: r.key, id: r.id })),
      ...newSheets.map((n) => ({ key: n.key, id: n.ref().id })),
    ],
  };
}

/** A sheet this write adds: its plan key, how to reach it once added, its name, its tables' names and its areas. */
interface NewSheet {
  readonly key: string;
  readonly ref: () => XlWorksheet;
  readonly name: string;
  readonly tables: { plan: string; name: string }[];
  readonly areas: RegistrySheet["areas"];
}

/** Adding a sheet under a name not taken (a step of its own: later steps need its id), then its cells. */
function newSheetSteps(
  run: ApplyRun,
  s: PlanSheet,
  taken: { names: Set<string>; tables: Set<string> },
  decorations: Decoration[],
): { create: Step; writes: Step[]; sheet: NewSheet } {
  const name = uniqueSheetName(s.name, taken.names);
  taken.names.add(name);
  let ws: XlWorksheet | undefined;
  const create: Step = {
    bytes: 200 + name.length,
    progress: notice("write.steps.creatingSheet", { sheet: name }),
    createsSheet: true,
    queue: (c) => {
      ws = c.workbook.worksheets.add(name);
      ws.load("id");
    },
  };
  const target: SheetTarget = {
    name,
    ref: () => ws!,
    takenTables: taken.tables,
    tableNames: [],
    canResize: false,
    refreshed: false,
  };
  const writes = sheetSteps(run, s, target, decorations);
  return {
    create,
    writes,
    sheet: { key: s.key, ref: target.ref, name, tables: target.tableNames, areas: planAreas(s) },
  };
}

function registrySheet(n: NewSheet): RegistrySheet {
  return { key: n.key, id: n.ref().id, name: n.name, tables: n.tables, areas: n.areas };
}

/** The registry the commit writes: this run's sheets and column blocks in place of the entries they replace. */
function registryAfter(
  insp: Inspection,
  runId: string,
  sheets: readonly RegistrySheet[],
  targets: readonly ColumnsTarget[],
): OutputRegistry {
  return {
    version: 1,
    runId,
    sheets: [...insp.registry.sheets.filter((x) => !sheets.some((i) => i.key === x.key)), ...sheets],
    columns: [
      ...insp.registry.columns.filter(
        (c) =>
          !targets.some((t) => c.key === t.plan.key && c.sheetId === t.sheetId && c.headerRow === t.plan.headerRow),
      ),
      ...targets.map(registryColumn),
    ],
  };
}

/** Where a refreshed sheet's work goes: its data steps, the tidying that runs first among the decorations, and its other decorations. */
interface RefreshOutput {
  readonly steps: Step[];
  readonly tidy: Decoration[];
  readonly decorations: Decoration[];
}

/** A sheet refreshed in place: same sheet and tables; the user's rows carried over, their other cells kept. */
function refreshSteps(
  run: ApplyRun,
  sheet: { plan: PlanSheet; old: OldSheet },
  takenTables: Set<string>,
  out: RefreshOutput,
): RegistrySheet {
  const { plan: planSheet, old } = sheet;
  const { steps, tidy, decorations } = out;
  const name = old.probe.name;
  const { sheet: s, carried, kept } = refreshSheetPlan(planSheet, (t) => previousTable(old, t.name, t));
  if (carried > 0 || kept > 0)
    run.notices.push(
      notice("write.notices.carried", {
        sheet: name,
        count: carried,
        kept: kept > 0 ? notice("write.notices.keptRows", { count: kept }) : notice("write.notices.keptNone"),
      }),
    );
  const canResize = run.supports("1.13");
  if (!canResize && old.tables.length > 0) warnOnce(run, notice("write.notices.resizeMissing"));
  const ref = () => run.ctx.workbook.worksheets.getItem(old.probe.prev.id);
  const target: SheetTarget = {
    name,
    ref,
    takenTables,
    tableNames: [],
    reuse: new Map(old.tables.map((t) => [t.planName, { name: t.name, rect: t.rect }])),
    canResize,
    refreshed: true,
  };
  steps.push({
    bytes: 600,
    progress: notice("write.steps.clearing", { sheet: name }),
    queue: (c) => queueClearCells(c, old, canResize),
  });
  // Cells the user typed outside TierLadder's output go back where they were, or right of the new output
  // where it grew over them (with a warning).
  const areas = planAreas(s);
  const placed = userCellsAround(run, old, areas);
  tidy.push({
    what: notice("write.finishing.tidy", { sheet: name }),
    queue: (c) => queueTidySheet(c, old, run.supports),
  });
  steps.push(...sheetSteps(run, s, target, decorations));
  const what = notice("write.steps.userCells", { sheet: name });
  for (const u of userCellRects(placed.cells, areas)) steps.push(...cellGridSteps(ref, u, what, run.budget));
  return { key: s.key, id: old.probe.prev.id, name, tables: target.tableNames, areas };
}

/** The user's cells of a refreshed sheet placed around the new output `areas`; a warning when some moved. */
function userCellsAround(run: ApplyRun, old: OldSheet, areas: readonly Rect[]): PlacedUserCells {
  const name = old.probe.name;
  let placed: PlacedUserCells;
  try {
    placed = placeUserCells(old.userCells, areas);
  } catch (e) {
    throw new HostError(
      "CellsNotEmpty",
      `${name}: ${(e as Error).message} Move or clear those cells, then run again.`,
      "host.cellsNotEmpty",
      { cells: name },
    );
  }
  if (placed.moved > 0) {
    run.notices.push(
      notice("write.notices.movedCells", {
        sheet: name,
        count: placed.moved,
        shift: notice("write.notices.columns", { count: placed.shift }),
        from: columnLetters(placed.from),
        to: columnLetters(placed.from + placed.shift),
      }),
    );
  }
  return placed;
}

/** Large values (the last-run snapshot of a million customers) go in pieces, each its own step under the budget; heads go with the commit. */
function settingSteps(run: ApplyRun, insp: Inspection): { writes: SettingWrite[]; pieces: Step[] } {
  const writes: SettingWrite[] = [];
  const pieces: Step[] = [];
  const snapshot = insp.snapshot;
  for (const w of snapshot.warnings) run.notices.push(snapshotNotice(w));
  // The snapshot's parts (custom XML parts) before the settings' pieces; its head is among the settings.
  pieces.push(
    ...snapshot.steps.map((s, i): Step => ({
      bytes: s.bytes,
      progress: notice("write.steps.savingSnapshot", { part: i + 1, parts: snapshot.steps.length }),
      queue: (c) => s.queue(c),
    })),
  );
  for (const setting of snapshot.settings) {
    const w = planSettingWrite(setting.key, setting.value, {
      keys: insp.settingKeys,
      current: insp.oldHeads.get(setting.key),
    });
    if ("tooBig" in w) {
      const params = {
        setting: setting.key,
        size: (w.tooBig / 2 ** 20).toFixed(1),
        limit: SETTING_MAX_BYTES / 2 ** 20,
      };
      run.notices.push(
        notice(setting.key === "lastRun" ? "write.notices.lastRunTooLarge" : "write.notices.settingTooLarge", params),
      );
      continue;
    }
    writes.push(w);
    for (const piece of w.pieces)
      pieces.push({
        bytes: pieceRequestBytes(piece),
        progress: notice("write.steps.savingSetting", { setting: setting.key }),
        queue: (c) => queueWritePiece(c, piece),
      });
  }
  return { writes, pieces };
}

/** The snapshot store's English warning (a snapshot too large to keep) as a catalog notice with its figures. */
function snapshotNotice(english: string): ReturnType<typeof notice> {
  const [size = "?", limit = "?"] = english.match(/\d+(?:\.\d+)?(?= MB)/g) ?? [];
  return notice("write.notices.snapshotTooLarge", { size, limit });
}

/** What the registry records of a column block: where, and a fingerprint of what was written (a table's header is Excel's to rename). */
function registryColumn(t: ColumnsTarget): RegistryColumn {
  const p = t.plan;
  const header: PlanValue[] = p.tableName ? p.headers.map(() => "") : [...p.headers];
  const cells = [header, ...p.rows].map((r) => r.map(readBack));
  return {
    key: p.key,
    sheetId: t.sheetId,
    headerRow: p.headerRow,
    column: t.rect.column,
    columnCount: t.rect.columnCount,
    rowCount: p.rows.length,
    tableName: p.tableName,
    headers: [...p.headers],
    fingerprint: blockFingerprint(cells),
  };
}

/** A plan value as Excel reads it back after TierLadder wrote it (text stays text: protect-text.ts). */
function readBack(v: PlanValue): string | number | boolean {
  if (v === null) return "";
  return typeof v === "number" && !Number.isFinite(v) ? "" : v;
}

/** Showing the sheet the plan asks for, last. */
function activation(
  run: ApplyRun,
  newSheets: { key: string; ref: () => XlWorksheet; name: string }[],
  refreshed: RegistrySheet[],
): Decoration[] {
  const key = run.plan.activate;
  if (!key) return [];
  const fresh = newSheets.find((n) => n.key === key);
  const kept = refreshed.find((n) => n.key === key);
  const sheet = fresh?.name ?? kept?.name ?? key;
  return [
    {
      what: notice("write.finishing.activate", { sheet }),
      queue: (c) => {
        if (fresh) fresh.ref().activate();
        else c.workbook.worksheets.getItem(kept?.id ?? key).activate();
      },
    },
  ];
}
