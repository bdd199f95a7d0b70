import type { PlanColumns } from "../../engine/plans";
import { type ApplyRun, notice } from "./apply-types";
import { type OutputRegistry, REGISTRY_KEY, parseRegistry } from "./output-registry";
import { queueProtectionCheck } from "./protected-sheets";
import { queueStructureCheck } from "./protected-workbook";
import { GEOMETRY } from "./range-geometry";
import { queueListSettingKeys, queueLoadSetting } from "./settings";
import { type SnapshotWrite, prepareSnapshotWrite } from "./snapshot-store";
import type { XlRange, XlTableColumn, XlWorksheet } from "./xl-types";

/** What the first look found about one column block of the plan. */
export interface ColumnProbe {
  readonly p: PlanColumns;
  readonly sheet: XlWorksheet;
  /** Used cells (values) in the block's rows, from its first column rightwards. */
  readonly region: XlRange;
  /** The same region with formatted cells counted too: a null object means no format to put back there. */
  readonly formatted: XlRange;
  readonly table?: XlRange;
  /** The table's columns with their ids before the write (TableColumn.id): undo removes the others. */
  readonly tableColumns?: () => XlTableColumn[];
}

/** The workbook before the write: everything a failure must put back is known by id from here. */
export interface Inspection {
  readonly registry: OutputRegistry;
  /** What the registry setting held (undefined when absent), written back after a failure. */
  readonly registryRaw: unknown;
  readonly sheetNames: string[];
  /** Worksheet id → name, before the write. */
  readonly sheetIds: Map<string, string>;
  readonly tableNames: string[];
  /**
   * The workbook's defined names (Workbook.names, ExcelApi 1.1): a new table may not take one ("Duplicate names
   * aren't allowed", https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114).
   */
  readonly definedNames: string[];
  /** Table ids before the write. */
  readonly tableIds: Set<string>;
  readonly settingKeys: string[];
  /** What each setting of the plan held before (value or pieces manifest; undefined when absent). */
  readonly oldHeads: Map<string, unknown>;
  readonly probes: ColumnProbe[];
  /** The last-run snapshot's write (snapshot-store.ts): its parts, its head among the settings, its undo. */
  readonly snapshot: SnapshotWrite;
  /** Whether the workbook's structure is protected (protected-workbook.ts; read only when the plan has sheets). */
  readonly structureLocked: boolean;
}

/**
 * The first sync: the output registry, sheet and table names and ids, setting keys and the plan's settings
 * as they are, and for each column block the used cells where it would go (with and without formats) and
 * its table. Range.getUsedRangeOrNullObject (ExcelApi 1.4), valuesOnly true/false:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)
 */
export async function inspect(run: ApplyRun): Promise<Inspection> {
  const { ctx, plan } = run;
  const registryOf = queueLoadSetting<unknown>(ctx, REGISTRY_KEY);
  const settingKeysOf = queueListSettingKeys(ctx);
  const heads = plan.settings.map((s) => ({ key: s.key, get: queueLoadSetting<unknown>(ctx, s.key) }));
  const sheets = ctx.workbook.worksheets.load("items/name,items/id");
  const tables = ctx.workbook.tables.load("items/name,items/id");
  const names = ctx.workbook.names.load("items/name");
  const snapshotOf = prepareSnapshotWrite(ctx, plan.settings, run.supports);
  const probes = plan.columns.map((p): ColumnProbe => {
    const sheet = ctx.workbook.worksheets.getItem(p.sheet).load("id,name");
    const region = sheet.getRangeByIndexes(p.headerRow, p.firstColumn, p.rows.length + 1, 16_384 - p.firstColumn);
    const t = p.tableName ? ctx.workbook.tables.getItem(p.tableName) : undefined;
    const cols = t?.columns.load("items/id");
    return {
      p,
      sheet,
      region: region.getUsedRangeOrNullObject(true).load(GEOMETRY),
      formatted: region.getUsedRangeOrNullObject(false).load(GEOMETRY),
      table: t?.getRange().load(GEOMETRY),
      tableColumns: cols ? () => t!.columns.items : undefined,
    };
  });
  const protectedSheet = queueProtectionCheck(probes.map((p) => p.sheet));
  const structureLocked = queueStructureCheck(ctx, plan);
  run.onProgress?.({ fraction: 0, step: "Checking the workbook", notice: notice("write.steps.checking") });
  await run.sync();
  protectedSheet(); // before anything is written
  const registryRaw = registryOf();
  return {
    registry: parseRegistry(registryRaw),
    registryRaw,
    sheetNames: sheets.items.map((s) => s.name),
    sheetIds: new Map(sheets.items.map((s) => [s.id, s.name])),
    tableNames: tables.items.map((t) => t.name),
    definedNames: names.items.map((n) => n.name),
    tableIds: new Set(tables.items.map((t) => t.id)),
    settingKeys: settingKeysOf(),
    oldHeads: new Map(heads.map((h) => [h.key, h.get()])),
    probes,
    snapshot: snapshotOf(),
    structureLocked: structureLocked(),
  };
}
