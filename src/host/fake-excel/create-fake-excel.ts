import type { Grid } from "../../engine/cells";
import { pickLanguage } from "../../i18n/language";
import type { ExcelEnv, XlContext } from "../excel";
import { REPORTED_UNSUPPORTED_CHART_MEMBERS, type UnsupportedChartMembers } from "./chart-support";
import { type FakeRuntime, type FakeStats, versionAtLeast } from "./context";
import { FakeContext } from "./fake-context";
import { type FakeExcelTesting, type PlannedFailure, fakeTesting } from "./fake-testing";
import { type FakeWorkbookView, fakeWorkbookView } from "./fake-workbook-view";
import { WorkbookState } from "./state";

export interface FakeSheetInput {
  readonly name: string;
  /** Row-major cells from A1; null, undefined and "" are blank. Written as Excel stores typed input. */
  readonly grid?: Grid;
  /** Number formats, same shape as grid (e.g. "yyyy-mm-dd" for date serials). */
  readonly numberFormats?: (string | undefined)[][];
}

export interface FakeExcelOptions {
  readonly sheets: readonly FakeSheetInput[];
  /** Supported requirement sets, e.g. { ExcelApi: "1.8" }. Default: ExcelApi 1.13 (everything the host uses; Table.resize is 1.13). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Excel on the web refuses requests and responses over 5 MB. */
  readonly maxRequestBytes?: number;
  readonly maxResponseBytes?: number;
  readonly displayLanguage?: string;
  /**
   * Chart members that throw UnsupportedOperation, by chart type (e.g. { Funnel: ["title"] }). Default: what
   * the office-js tracker reports (chart-support.ts); a test may declare a host where more fails.
   */
  readonly unsupportedChartMembers?: UnsupportedChartMembers;
  /** A workbook already filled (a file opened in the standalone mode: file/opened-workbook-state.ts); `sheets` are added to it. */
  readonly state?: WorkbookState;
}

export interface FakeExcel {
  /** Excel.run over the in-memory workbook. */
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Everything src/host/excel needs (pass to createExcelHost). */
  readonly env: ExcelEnv;
  readonly workbookState: FakeWorkbookView;
  readonly stats: FakeStats;
  readonly testing: FakeExcelTesting;
  /**
   * The workbook as .xlsx bytes (file/save-xlsx.ts, loaded on first use), chart notes in the display language;
   * `onProgress` gets the share done, 0 to 1.
   */
  saveXlsx(onProgress?: (done: number) => void): Promise<Uint8Array>;
}

const FIVE_MB = 5 * 1024 * 1024;

/**
 * A TEST DOUBLE of Excel: a strict, typed, in-memory subset of the Excel JavaScript API (the members in
 * src/host/excel/xl-types.ts), with Office.js semantics — proxies, load() + context.sync(), reading an
 * unloaded property throws PropertyNotLoaded, operations run in queue order at sync, requirement sets
 * enforced (ApiNotFound), and the 5 MB request/response limits of Excel on the web
 * (RequestPayloadSizeLimitExceeded). It is not Excel: no formulas are evaluated, and only the behaviour
 * the host relies on is modelled. Where Excel is less kind than a plain store, the fake follows Office's
 * documentation or the office-js issue tracker, each with its source beside the code: tables grow by
 * auto-expansion and calculated columns (table-growth.ts), table column names stay unique and columns have
 * ids (table-headers.ts, table-columns.ts), reads of more than 5,000,000 cells and settings over 2 MB are refused
 * (limits.ts), chart members reported unsupported throw (chart-support.ts), and a selected chart or shape is
 * not a range. Where Office's behaviour is not documented, it throws "fake: undocumented behaviour, …"
 * (undocumented.ts) rather than guess.
 */
export function createFakeExcel(options: FakeExcelOptions): FakeExcel {
  const state = options.state ?? new WorkbookState();
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], suspendCalculationCalls: 0 };
  const failures: PlannedFailure[] = [];
  const runtime = fakeRuntime(options, { state, stats, failures });
  seedSheets(state, options.sheets);
  const selectionListeners = new Set<() => void>();

  const run = async <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(runtime);
    const result = await batch(ctx);
    // Excel.run sends what is still queued when the batch resolves.
    if (ctx.queue.pending > 0) await ctx.sync();
    return result;
  };
  const env: ExcelEnv = {
    run,
    isSetSupported: runtime.supports,
    displayLanguage: () => options.displayLanguage ?? "en-US",
    onSelectionChanged(callback) {
      selectionListeners.add(callback);
      return () => selectionListeners.delete(callback);
    },
  };
  const testing = fakeTesting(state, { failures, stats, selectionListeners });
  const saveXlsx = async (onProgress?: (done: number) => void) =>
    (await import("./file/save-xlsx")).saveXlsx(state, { lang: pickLanguage(options.displayLanguage), onProgress });
  return { run, env, workbookState: fakeWorkbookView(state), stats, testing, saveXlsx };
}

/** What every request context of this fake shares: the state, counters, limits, requirement sets and planned failures. */
function fakeRuntime(
  options: FakeExcelOptions,
  parts: { state: WorkbookState; stats: FakeStats; failures: PlannedFailure[] },
): FakeRuntime {
  const sets = options.requirementSets ?? { ExcelApi: "1.13" };
  const { state, stats, failures } = parts;
  return {
    state,
    stats,
    maxRequestBytes: options.maxRequestBytes ?? FIVE_MB,
    maxResponseBytes: options.maxResponseBytes ?? FIVE_MB,
    supports: (set, version) => sets[set] !== undefined && versionAtLeast(sets[set], version),
    chartMemberUnsupported: (type, member) =>
      (options.unsupportedChartMembers ?? REPORTED_UNSUPPORTED_CHART_MEMBERS)[type]?.includes(member) ?? false,
    failOn: (info) => {
      const i = failures.findIndex((f) => f.match(info));
      if (i < 0) return undefined;
      return failures.splice(i, 1)[0].code;
    },
  };
}

/** The sheets given, their cells written as Excel stores typed input; A1 of the first sheet selected. */
function seedSheets(state: WorkbookState, sheets: readonly FakeSheetInput[]): void {
  for (const input of sheets) {
    const sheet = state.addSheet(input.name);
    input.grid?.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = input.numberFormats?.[r]?.[c];
        if (f) state.setFormat(sheet, r, c, f);
        if (v !== null && v !== undefined && v !== "")
          state.setTyped(sheet, r, c, typeof v === "object" ? "#VALUE!" : v);
      }),
    );
  }
  if (state.sheets.length === 0) state.addSheet("Sheet1");
  state.selection = { sheet: state.sheets[0], areas: [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }] };
}
