import type { Grid } from "../engine/cells";
import type { WorkbookPlan } from "../engine/plans";

/**
 * The one boundary between the task pane and the workbook. The pane never calls Office.js: it calls
 * this interface, implemented by src/host/excel (real Excel, Office.js) and, in tests and the preview
 * page, by the same code running on src/host/fake-excel.
 */
export interface SelectionRead {
  /** e.g. "Sheet1!A1:D501", after trimming whole columns to the used range. */
  readonly address: string;
  readonly sheet: string;
  /** 0-based row and column of grid[0][0] on the sheet. */
  readonly top: number;
  readonly left: number;
  readonly grid: Grid;
  /** Number formats, same shape as grid, where they were read (dates matter). */
  readonly numberFormats?: string[][];
  /** Grid row indexes that are hidden or filtered out. */
  readonly hiddenRows: number[];
  /** Set when the selection lies in an Excel table: the whole table was read, header included. */
  readonly tableName?: string;
}

/**
 * A message from the host for the user: a catalog key (src/i18n, en-US and zh-CN) with its params; a param
 * may itself be a notice, rendered first (src/i18n/render-notice.ts), so a message built of parts reads
 * well in either language.
 */
export interface HostNotice {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number | HostNotice>>;
}

export interface ApplyProgress {
  /** 0..1 */
  readonly fraction: number;
  /** English one-liner of the step ("Writing rows 1–50,000 of Tasks"). */
  readonly step: string;
  /** The same step as a catalog key, for the pane to show in the user's language. */
  readonly notice?: HostNotice;
}

/** What was written where, for the result message. */
export interface ApplyReport {
  readonly written: { readonly sheet: string; readonly address: string; readonly what: string }[];
  readonly syncs: number;
  /** The warnings in English (logs, tests); `notices` holds the same, to translate. */
  readonly warnings: string[];
  readonly notices?: readonly HostNotice[];
}

/**
 * Features TierLadder uses only where this Excel's API has them (src/host/excel/requirement-sets.ts):
 * tier movement between runs (custom XML parts, 1.5), tier colours (conditional formats, 1.6), status
 * drop-downs (data validation, 1.8), Pareto and funnel charts (1.9), reading a whole table from a
 * selection inside it (1.9), resizing the task table in place (1.13).
 */
export type HostFeature =
  | "movement"
  | "tierColours"
  | "statusLists"
  | "paretoFunnelCharts"
  | "printLayout"
  | "tablesInSelection"
  | "tableResize";

/** What this Excel offers of the API TierLadder needs, for the pane's start message. */
export interface HostRequirements {
  /** The ExcelApi version the manifest declares, e.g. "1.7". */
  readonly minimum: string;
  /** False: reading and writing the workbook would fail here. */
  readonly meetsMinimum: boolean;
  /** Features left out in this Excel (each has a fallback). */
  readonly unavailable: readonly HostFeature[];
}

/** Where a read came from, to read it again later (SelectionRead's sheet, address and table). */
export type RangeRef = Pick<SelectionRead, "sheet" | "address" | "tableName">;

export interface WorkbookHost {
  /** Reads the current selection as a grid (see SelectionRead). Throws HostError on multi-area selections. */
  readSelection(): Promise<SelectionRead>;
  /** Reads a range read before (its sheet and address, or its table), as it is now; see read.ts readRange. */
  readRange(ref: RangeRef): Promise<SelectionRead>;
  /** Calls back when the selection changes; returns an unsubscribe function. */
  onSelectionChanged(callback: () => void): () => void;
  /** Applies a workbook plan (engine/plans); reports progress for long work. */
  applyPlan(plan: WorkbookPlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport>;
  /** Settings stored in the workbook (the last scheme, the last-run snapshot). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** Selects one cell so the user sees it (jumping from the input report). */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /** Office's display language, e.g. "zh-CN" or "en-US". */
  displayLanguage(): string;
  /** Which requirement sets this Excel supports, as features (see HostRequirements). */
  requirements(): HostRequirements;
}

/** An error from the host with Office's error code (or our own) and a human message. */
export class HostError extends Error {
  /** What a failed write had done and undone, as notices (the message says the same in English); set by the transaction. */
  details?: readonly HostNotice[];
  constructor(
    readonly code: string,
    message: string,
    readonly key?: string,
    /** The details (cells in the way, areas selected, …) for the catalogs' `errors.hostDetail.*`, so a translated message keeps them. */
    readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
    this.name = "HostError";
  }
}
